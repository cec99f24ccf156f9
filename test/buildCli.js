// Jest global setup: compiles the command line (dist-cli/chi-tieu.js) from the current sources
// once before the tests, so the CLI tests run exactly what `npx chi-tieu` runs.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build-cli.mjs"), "--quiet"], { stdio: "inherit" });
};
