#!/usr/bin/env node
// Compiles the command line into one JavaScript file, dist-cli/chi-tieu.js: the package's
// `chi-tieu` bin. Runs on `npm ci` / `npm install` (the `prepare` script), so `npx chi-tieu` works
// right after installing; no TypeScript is compiled when the command runs.
//
// Start-up matters (a run over a folder should not pay for what it does not use):
// * one bundle, so node resolves and reads one file instead of a hundred modules;
// * packages stay in node_modules (they are the package's dependencies), and the two heavy ones
//   the extraction of plain text never needs — exceljs (.xlsx) and jszip (.docx) — are loaded
//   on first use: their imports are bound to a stand-in that requires the real module the first
//   time anything of it is touched. (pdfjs-dist and htmlparser2 are loaded on demand already.)
import { build } from "esbuild";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist-cli", "chi-tieu.js");
const LAZY = ["exceljs", "jszip"];
const quiet = process.argv.includes("--quiet");

/** `import X from "exceljs"` → a stand-in that loads exceljs when X is first used. */
const lazyPackages = {
  name: "lazy-packages",
  setup(b) {
    const filter = new RegExp(`^(?:${LAZY.join("|")})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === "lazy-package" ? { path: args.path, external: true } : { path: args.path, namespace: "lazy-package" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-package" }, (args) => ({
      resolveDir: ROOT,
      loader: "js",
      contents: `
        let real;
        const load = () => (real ??= require(${JSON.stringify(args.path)}));
        export default new Proxy(function () {}, {
          get: (_t, key) => load()[key],
          has: (_t, key) => key in load(),
          construct: (_t, argv) => new (load())(...argv),
          apply: (_t, self, argv) => load().apply(self, argv),
        });
      `,
    }));
  },
};

const t0 = Date.now();
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
await build({
  entryPoints: [path.join(ROOT, "src/cli/main.ts")],
  outfile: OUT,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // every package stays a require() of node_modules, except the lazy ones handled above
  external: Object.keys(pkg.dependencies ?? {}).filter((d) => !LAZY.includes(d)),
  plugins: [lazyPackages],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
});
if (!quiet) {
  const kb = Math.round(statSync(OUT).size / 1024);
  console.error(`chi-tieu: compiled ${path.relative(ROOT, OUT)} (${kb} kB) in ${Date.now() - t0} ms`);
}
