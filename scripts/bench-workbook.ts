// npx tsx scripts/bench-workbook.ts [--provinces 63 --indicators 25 --periods 12] [--out FILE] [--no-recalc]
// A national year through `build`: ~20 000 synthetic facts as JSON Lines, read and written as the
// CLI's build does (src/cli/build.ts buildBook), in a process of its own so its peak memory is its
// own; then the same book refreshed; then LibreOffice's full recalculation of it, timed as the
// difference between converting it with every formula recalculated and without.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { buildBook, catalog } from "../src/cli/build";
import { toJsonFact, type Fact } from "../src/core/facts/fact";
import { csvArgs, soffice, sofficeArgs } from "../test/e2e/workbookLibreOffice";
import { ROOT } from "./demoFacts";

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

export function syntheticFacts(provinces: number, indicators: number, periods: number): Fact[] {
  const ids = catalog.indicators.map((i) => i.id);
  const facts: Fact[] = [];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let p = 0; p < provinces; p++) {
    const entity = `Tỉnh ${String(p + 1).padStart(2, "0")}`;
    for (let k = 0; k < indicators; k++) {
      const id = ids[k % ids.length]! + (k >= ids.length ? `_${k}` : "");
      const unit = catalog.indicators[k % ids.length]!.unit;
      for (let t = 0; t < periods; t++) {
        const period = `${2015 + Math.floor(t / 4)}-Q${(t % 4) + 1}`;
        const base = { doc: `synthetic_${p}.txt`, entity, indicator: id, period, unit, qualifier: null, source: { start: 0, end: 10, text: "tổng hợp" } };
        facts.push({ ...base, basis: "actual", measure: "value", value: Math.round(rnd() * 100000) / 10 });
        // every 16th figure also comes with a % of plan, as reports often state both
        if ((p + k + t) % 16 === 0) facts.push({ ...base, basis: "actual", measure: "pct_of_plan", unit: "%", value: 80 + Math.round(rnd() * 400) / 10 });
      }
    }
  }
  return facts;
}

interface Run { wallMs: number; cpuMs: number; maxRssMb: number; bytes: number }

/** The child: JSON Lines → facts → buildBook, as `build` does; prints what it cost. */
async function child(jsonl: string, out: string): Promise<void> {
  const t0 = performance.now();
  const facts = readFileSync(jsonl, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Fact);
  await buildBook(facts, { out, lang: "vi", now: "2025-01-01 08:00:00" });
  const wallMs = performance.now() - t0;
  const u = process.resourceUsage();
  const run: Run = { wallMs, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024, bytes: statSync(out).size };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function build(jsonl: string, out: string): Run {
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), __filename, "--child", jsonl, out], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Run;
}

/** One soffice run's wall and CPU seconds (CPU through /usr/bin/time: the machine may be shared). */
function lo(args: string[], profile: string, recalc: boolean): { wall: number; cpu: number } {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "CPU %U %S", "soffice", ...sofficeArgs(args, profile, recalc)], { encoding: "utf8", timeout: 600_000 });
  const wall = (performance.now() - t0) / 1000;
  const m = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  if (r.status !== 0 || !m) throw new Error(`soffice failed: ${r.stderr}`);
  return { wall, cpu: Number(m[1]) + Number(m[2]) };
}

async function main(): Promise<void> {
  const provinces = arg("provinces", 63), indicators = arg("indicators", 25), periods = arg("periods", 12);
  const outIdx = process.argv.indexOf("--out");
  const out = outIdx >= 0 ? process.argv[outIdx + 1]! : join(ROOT, "out", "bench", "bench-workbook.xlsx");
  mkdirSync(dirname(out), { recursive: true });
  rmSync(out, { force: true });
  const tmp = mkdtempSync(join(tmpdir(), "chi-tieu-bench-"));
  const facts = syntheticFacts(provinces, indicators, periods);
  const jsonl = join(tmp, "facts.jsonl");
  writeFileSync(jsonl, facts.map((f) => JSON.stringify(toJsonFact(f))).join("\n") + "\n");
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  const line = (what: string, r: Run) =>
    `  ${what.padEnd(8)} ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s cpu, peak rss ${mb(r.maxRssMb)}; ${(r.bytes / 2 ** 20).toFixed(1)} MB`;

  console.log(`bench-workbook: ${provinces} units × ${indicators} indicators × ${periods} periods = ${facts.length} facts (${(statSync(jsonl).size / 2 ** 20).toFixed(1)} MB of JSON Lines) through build`);
  console.log(line("new book", build(jsonl, out)));
  console.log(line("refresh", build(jsonl, out)));
  console.log(`  → ${out}`);

  try {
    if (!process.argv.includes("--no-recalc")) recalculation(out, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function recalculation(out: string, tmp: string): void {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
  } catch {
    console.log("  LibreOffice: soffice not found, recalculation not measured (scripts/ensure-debian-packages.sh installs it)");
    return;
  }
  // Our book holds no cached results, so LibreOffice computes every formula whatever it is told.
  // To time the recalculation alone, LibreOffice first saves the book with its results; then that
  // copy is opened and exported twice, once recalculating everything and once using the results.
  const profile = (p: string) => join(tmp, p);
  const ours = lo(csvArgs(out, join(tmp, "csv-ours")), profile("lo-recalc"), true);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(tmp, "cached"), out], profile("lo-recalc"));
  const cached = join(tmp, "cached", out.replace(/^.*\//, ""));
  const best = (recalc: boolean) => [0, 1].map((i) => lo(csvArgs(cached, join(tmp, `csv-${recalc}${i}`)), profile(recalc ? "lo-recalc" : "lo-plain"), recalc)).sort((a, b) => a.cpu - b.cpu)[0]!;
  const withRecalc = best(true), without = best(false);
  const s2 = (x: number) => `${x.toFixed(1)} s`;
  console.log(`  LibreOffice: our book opened, every formula computed, every sheet exported: ${s2(ours.cpu)} cpu (${s2(ours.wall)} wall)`);
  const recalc = withRecalc.cpu - without.cpu;
  console.log(
    `  LibreOffice full recalculation: ${recalc < 0.5 ? "under 0.5 s (the two runs differ by less than their noise)" : `${s2(recalc)} cpu`} ` +
      `(the book with cached results: ${s2(withRecalc.cpu)} cpu recalculating everything, ${s2(without.cpu)} using the results; best of 2)`,
  );
}

if (require.main === module) {
  const at = process.argv.indexOf("--child");
  (at >= 0 ? child(process.argv[at + 1]!, process.argv[at + 2]!) : main()).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
