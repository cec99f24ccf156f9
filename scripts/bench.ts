// npm run bench: extraction throughput on a ≥ 20 MB varied corpus, then the other benches
// (readers, workbook, office-js writer) where they exist. Prints the machine it ran on.
import os from "node:os";
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildCorpus } from "./benchCorpus";
import { extractFacts } from "../src/core/extract";

function machine(): string {
  const cpu = os.cpus()[0];
  return `${cpu?.model ?? "cpu"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()} ${os.arch()}`;
}

function benchExtraction(): void {
  const docs = buildCorpus(20 * 1024 * 1024);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
  // one untimed pass compiles the regexes and lets the JIT settle (its time is printed too: the
  // cost of a cold start); then three timed passes, the median reported
  const c0 = process.hrtime.bigint();
  for (const d of docs) extractFacts(d, { doc: "w.txt" });
  const cold = Number(process.hrtime.bigint() - c0) / 1e9;
  const runs: number[] = [];
  let facts = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    facts = 0;
    for (let i = 0; i < docs.length; i++) facts += extractFacts(docs[i], { doc: `d${i}.txt` }).facts.length;
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const s = runs.sort((a, b) => a - b)[1];
  console.log(
    `extraction in process: ${(bytes / 2 ** 20).toFixed(1)} MB in ${docs.length} documents, ${facts} facts; median of 3 passes ${s.toFixed(2)} s → ` +
      `${(bytes / 2 ** 20 / s).toFixed(1)} MB/s on one core (passes: ${runs.map((x) => x.toFixed(2)).join(", ")} s; cold first pass ${(bytes / 2 ** 20 / cold).toFixed(1)} MB/s)`,
  );
}

console.log(`machine: ${machine()}`);
benchExtraction();
// bench-cli.ts: the whole command line end to end (process start to exit, files to JSON Lines)
for (const script of ["bench-cli.ts", "bench-readers.ts", "bench-workbook.ts", "bench-office.ts"]) {
  const p = path.join(__dirname, script);
  if (!existsSync(p)) continue;
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), p], { stdio: "inherit" });
  if (r.status !== 0) console.log(`${script}: failed (${r.status})`);
}
