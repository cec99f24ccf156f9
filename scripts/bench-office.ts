// Measures the office-js writer on a large book through the recording fake:
// 63 provinces × 25 indicators × 12 periods: round trips, the largest request and response, and
// reading the book back (in chunks under Excel on the web's 5 MB response limit).
// Run: npx tsx scripts/bench-office.ts
import catalogJson from "../src/core/catalog/indicators.json";
import provinces from "../src/core/entities/provinces.json";
import type { Fact } from "../src/core/facts/fact";
import { buildWorkbookPlan, type WorkbookCatalog } from "../src/core/workbook";
import { applyPlan } from "../src/adapters/office/applyPlan";
import { readPreviousBookInExcel } from "../src/adapters/office/readPreviousBook";
import { summarizePlan } from "../src/adapters/office/summary";
import { createFakeExcel, WEB_REQUEST_LIMIT } from "../test/office/fakeExcel";

const catalog = catalogJson as unknown as WorkbookCatalog;

function benchFacts(nProvinces: number, nIndicators: number, nPeriods: number): Fact[] {
  const names = (provinces as { old: { name: string }[] }).old.map((p) => p.name).slice(0, nProvinces);
  const indicators = catalog.indicators.slice(0, nIndicators);
  const facts: Fact[] = [];
  names.forEach((entity, pi) =>
    indicators.forEach((ind, ii) => {
      for (let m = 1; m <= nPeriods; m++) {
        const period = `2024-M${String(m).padStart(2, "0")}`;
        const value = Math.round((pi + 1) * (ii + 3) * (m + 7) * 1.37 * 100) / 100;
        const text = `${ind.vi} tháng ${m} đạt ${value}`;
        facts.push({
          doc: `bao-cao-${pi}.txt`, entity, indicator: ind.id, period, basis: "actual", measure: "value",
          value, unit: ind.unit, qualifier: null, source: { start: 0, end: text.length, text },
        });
      }
    }),
  );
  return facts;
}

async function main(): Promise<void> {
  const facts = benchFacts(63, 25, 12);
  const t0 = Date.now();
  const plan = buildWorkbookPlan(facts, { lang: "vi", catalog });
  const t1 = Date.now();
  const fake = createFakeExcel();
  const summary = await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
  const t2 = Date.now();
  const cells = summarizePlan(plan);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
  console.log(`facts:                 ${facts.length}`);
  console.log(`sheets:                ${cells.sheets.map((s) => `${s.name} ${s.rows}×${s.cols}`).join(", ")}`);
  console.log(`cells written:         ${summary.cells}`);
  console.log(`context.sync calls:    ${fake.rec.syncs}`);
  console.log(`API calls:             ${fake.rec.apiCalls}`);
  console.log(`largest request:       ${mb(fake.rec.largestRequestBytes)} (limit ${mb(WEB_REQUEST_LIMIT)}); largest response ${mb(fake.rec.largestResponseBytes)}`);
  console.log(`skipped:               ${summary.skipped.join(", ") || "nothing"}`);
  console.log(`requests (calls/size): ${fake.rec.requests.map((r) => `${r.calls}/${mb(r.bytes)}`).join(" ")}`);
  console.log(`time: plan ${t1 - t0} ms, apply (fake) ${t2 - t1} ms`);
  // The same plan again into the same book: owned sheets are refreshed in place (staged, then
  // copied over), so this is the cost of a refresh.
  const again = createFakeExcel({ model: fake.model });
  const t3 = Date.now();
  await applyPlan(plan, { run: again.run, isSetSupported: again.isSetSupported });
  const t4 = Date.now();
  console.log(`refresh: context.sync calls ${again.rec.syncs}, API calls ${again.rec.apiCalls}, largest request ${mb(again.rec.largestRequestBytes)}, apply (fake) ${t4 - t3} ms`);
  // Reading it back before a refresh. The fake does not compute formulas (their cells read empty),
  // so what Excel sends is somewhat more than this; the reader sizes its chunks from each response.
  const reader = createFakeExcel({ model: fake.model });
  const read = await readPreviousBookInExcel({ run: reader.run });
  console.log(
    `read back: ${read.previous?.rows.length ?? 0} rows in ${read.syncs} round trips, largest response ${mb(reader.rec.largestResponseBytes)} ` +
      `(responses: ${reader.rec.requests.map((r) => mb(r.response)).join(" ")})`,
  );
  if (Math.max(fake.rec.largestRequestBytes, again.rec.largestRequestBytes, reader.rec.largestResponseBytes) > WEB_REQUEST_LIMIT) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
