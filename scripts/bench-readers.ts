// Reading throughput per format over the reader fixtures: npx tsx scripts/bench-readers.ts [seconds per format]
// Each format's files are read repeatedly until the time budget is spent; reported as MB/s of input.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readDocument } from "../src/adapters/readers";

const ROOT = path.join(__dirname, "..", "test", "fixtures", "readers");
const budgetMs = Number(process.argv[2] ?? 2) * 1000;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return n === "broken" ? [] : walk(p);
    return [p];
  });
}

async function main(): Promise<void> {
  const byExt = new Map<string, Array<{ name: string; bytes: Uint8Array }>>();
  for (const f of walk(ROOT)) {
    const ext = path.extname(f).slice(1).toLowerCase();
    if (!ext || ext === "fodt") continue;
    byExt.set(ext, [...(byExt.get(ext) ?? []), { name: path.basename(f), bytes: new Uint8Array(readFileSync(f)) }]);
  }
  console.log(`format  files  KB/pass   passes   MB/s   ms/file`);
  for (const [ext, files] of [...byExt].sort()) {
    const size = files.reduce((s, f) => s + f.bytes.length, 0);
    for (const f of files) await readDocument(f.name, f.bytes); // warm-up: module loading, JIT
    let passes = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < budgetMs || passes < 3) {
      for (const f of files) await readDocument(f.name, f.bytes);
      passes++;
    }
    const ms = performance.now() - t0;
    const mbs = (size * passes) / 1048576 / (ms / 1000);
    console.log(`${ext.padEnd(6)} ${String(files.length).padStart(6)} ${(size / 1024).toFixed(1).padStart(8)} ${String(passes).padStart(8)} ${mbs.toFixed(2).padStart(7)} ${(ms / (passes * files.length)).toFixed(2).padStart(9)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
