// npx tsx scripts/bench-workbook.ts [--provinces 63 --indicators 25 --periods 12] [--out FILE]
// Time and memory of facts → WorkbookPlan → .xlsx at national scale (~20 000 synthetic facts).
import { mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { writePlanToFile } from "../src/adapters/xlsx/writePlan";
import { catalog } from "../src/cli/build";
import type { Fact } from "../src/core/facts/fact";
import { buildWorkbookPlan } from "../src/core/workbook";
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

async function main(): Promise<void> {
  const provinces = arg("provinces", 63), indicators = arg("indicators", 25), periods = arg("periods", 12);
  const outIdx = process.argv.indexOf("--out");
  const out = outIdx >= 0 ? process.argv[outIdx + 1]! : join(ROOT, "out", "bench", "bench-workbook.xlsx");
  mkdirSync(dirname(out), { recursive: true });

  let peakRss = 0, peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

  const facts = syntheticFacts(provinces, indicators, periods);
  sample();
  const t0 = performance.now();
  const plan = buildWorkbookPlan(facts, { lang: "vi", catalog });
  const t1 = performance.now();
  sample();
  await writePlanToFile(plan, out);
  const t2 = performance.now();
  sample();
  clearInterval(timer);

  const cells = plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.cells.reduce((k, r) => k + r.length, 0), 0), 0);
  console.log(`bench-workbook: ${provinces} units × ${indicators} indicators × ${periods} periods = ${facts.length} facts, ${cells} plan cells`);
  console.log(`  plan   ${(t1 - t0).toFixed(0)} ms`);
  console.log(`  xlsx   ${(t2 - t1).toFixed(0)} ms  (${(statSync(out).size / 1048576).toFixed(1)} MB → ${out})`);
  console.log(`  total  ${(t2 - t0).toFixed(0)} ms; peak rss ${mb(peakRss)}, peak heapUsed ${mb(peakHeap)}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
