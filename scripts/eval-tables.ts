// Accuracy on indicator tables laid out as provincial offices lay out their appendices: every table
// of test/data/tables (made into .docx, .doc, .pdf, .html, .xlsx, .xls by LibreOffice: see
// scripts/make-table-fixtures.ts) is read and extracted the way the CLI and the pane do, then scored
// per format by the shared scorer (scripts/eval/score.mjs) against the facts annotated by hand.
// The held-out tables (manifest.json) are never tuned on and are reported apart.
//   npx tsx scripts/eval-tables.ts [--show 10] [--format pdf] [--min-f1 0.9]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readDocument } from "../src/adapters/readers";
import { documentFacts } from "../src/core/document";
import { toJsonFact, type Fact } from "../src/core/facts/fact";

const ROOT = path.join(__dirname, "..");
const DIR = path.join(ROOT, "test", "data", "tables");
const SCORER = path.join(ROOT, "scripts", "eval", "score.mjs");

interface Manifest {
  holdout: string[];
}

interface GoldFact {
  doc: string;
  entity: string;
  indicator: string;
  period: string;
  basis: string;
  measure: string;
  value: number;
  qualifier: string | null;
  upper?: number;
}

/** gold.txt: "doc | entity | indicator | period | basis | measure | value [| qualifier | upper]" */
export function readGold(): GoldFact[] {
  return readFileSync(path.join(DIR, "gold.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [doc, entity, indicator, period, basis, measure, value, qualifier, upper] = l.split("|").map((s) => s.trim());
      return { doc, entity, indicator, period, basis, measure, value: Number(value), qualifier: qualifier || null, ...(upper ? { upper: Number(upper) } : {}) };
    });
}

export interface FormatScore {
  format: string;
  set: "tuned" | "held-out";
  f1: number;
  p: number;
  r: number;
  tp: number;
  fp: number;
  fn: number;
  docs: number;
  /** facts whose value is 1000× (or 1/1000×) the gold's */
  off1000: string[];
  report: string;
  errors: string[];
  ms: number;
}

const stem = (file: string) => path.basename(file).replace(/\.\w+$/, "");

function score(gold: GoldFact[], pred: Array<Record<string, unknown>>, show: number): { line: string; report: string } {
  const tmp = mkdtempSync(path.join(tmpdir(), "eval-tables-"));
  try {
    const g = path.join(tmp, "gold.jsonl");
    const p = path.join(tmp, "pred.jsonl");
    writeFileSync(g, gold.map((f) => JSON.stringify(f)).join("\n") + "\n");
    writeFileSync(p, pred.map((f) => JSON.stringify(f)).join("\n") + "\n");
    const report = execFileSync("node", [SCORER, "--gold", g, "--pred", p, "--show", String(show)], { encoding: "utf8" });
    const line = report.trim().split("\n").pop() ?? "";
    return { line, report };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function offBy1000(gold: GoldFact[], pred: Fact[]): string[] {
  const out: string[] = [];
  for (const p of pred) {
    const g = gold.find((x) => x.doc === p.doc && x.indicator === p.indicator && x.period === p.period && x.measure === p.measure && x.entity === p.entity);
    if (!g || !g.value || !p.value) continue;
    const ratio = Math.abs(p.value / g.value);
    if (Math.abs(ratio - 1000) < 1 || Math.abs(ratio - 0.001) < 1e-6) out.push(`${p.doc} ${p.indicator} ${p.period}: ${p.value} for ${g.value}`);
  }
  return out;
}

export async function evaluateTables(opts: { show?: number; formats?: string[] } = {}): Promise<FormatScore[]> {
  const manifest = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as Manifest;
  const gold = readGold();
  const converted = path.join(DIR, "converted");
  const formats = readdirSync(converted).filter((f) => !opts.formats || opts.formats.includes(f)).sort();
  const out: FormatScore[] = [];
  for (const format of formats) {
    const files = readdirSync(path.join(converted, format)).sort();
    const preds: Fact[] = [];
    const errors: string[] = [];
    const t0 = performance.now();
    for (const file of files) {
      try {
        const doc = await readDocument(file, new Uint8Array(readFileSync(path.join(converted, format, file))));
        const r = documentFacts(doc);
        for (const f of r.facts) preds.push({ ...f, doc: stem(file) });
      } catch (e) {
        errors.push(`${file}: ${(e as Error).message}`);
      }
    }
    const ms = performance.now() - t0;
    for (const set of ["tuned", "held-out"] as const) {
      const docs = new Set(files.map(stem).filter((d) => manifest.holdout.includes(d) === (set === "held-out")));
      const g = gold.filter((f) => docs.has(f.doc));
      const p = preds.filter((f) => docs.has(f.doc));
      const { line, report } = score(g, p.map((f) => toJsonFact(f)), opts.show ?? 10);
      const m = /F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\) tp (\d+) fp (\d+) fn (\d+)/.exec(line);
      out.push({
        format,
        set,
        f1: m ? +m[1] : 0,
        p: m ? +m[2] : 0,
        r: m ? +m[3] : 0,
        tp: m ? +m[4] : 0,
        fp: m ? +m[5] : 0,
        fn: m ? +m[6] : 0,
        docs: docs.size,
        off1000: offBy1000(g, p),
        report,
        errors: errors.filter((e) => docs.has(stem(e.split(":")[0]))),
        ms,
      });
    }
  }
  return out;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const show = Number(arg("show") ?? 8);
  const formats = arg("format")?.split(",");
  const scores = await evaluateTables({ show, formats });
  const verbose = process.argv.includes("--misses") || formats !== undefined;
  for (const s of scores) {
    // the held-out tables' misses are not shown unless asked for: nothing is tuned on them
    if (!verbose || s.tp + s.fn + s.fp === 0 || (s.set === "held-out" && !process.argv.includes("--held-out-misses"))) continue;
    console.log(`\n===== ${s.format} (${s.set}) =====`);
    console.log(s.report.split("\n").filter((l) => /^(missed|not in gold|\S+\.?\S* \|)/.test(l) || l.startsWith("t")).join("\n"));
  }
  console.log("\nformat  set        docs    F1     P      R     tp  fp  fn  ×1000  ms");
  for (const s of scores) {
    console.log(
      `${s.format.padEnd(7)} ${s.set.padEnd(9)} ${String(s.docs).padStart(4)}  ${s.f1.toFixed(3)}  ${s.p.toFixed(3)}  ${s.r.toFixed(3)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${String(s.off1000.length).padStart(4)}  ${s.set === "tuned" ? Math.round(s.ms) : ""}`,
    );
    for (const e of s.errors) console.log(`   error: ${e}`);
    for (const o of s.off1000) console.log(`   ×1000: ${o}`);
  }
  const min = arg("min-f1");
  if (min !== undefined && scores.some((s) => s.f1 < Number(min))) process.exitCode = 1;
}

if (require.main === module) void main();
