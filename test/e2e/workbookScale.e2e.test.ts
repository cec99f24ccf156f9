// A national year (63 units × 25 indicators × 12 periods, about 20 000 facts) written by `build`
// and recalculated by LibreOffice: every figure of the comparison is what the facts say. And two
// reports disagreeing on one figure: the latest is used, the other shown, every row kept.
// (How long it takes is measured by `npm run bench`, not here.)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildBook, catalog } from "../../src/cli/build";
import type { Fact } from "../../src/core/facts/fact";
import { CC, HC } from "../../src/core/workbook/compareSheet";
import { DC } from "../../src/core/workbook/dataSheet";
import { syntheticFacts } from "../../scripts/bench-workbook";
import { compareCell, recalc, summaryRow } from "./workbookCsv";

const num = (s: string | undefined) => (s === undefined || s === "" ? NaN : Number(s));

describe("a national year recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "chi-tieu-scale-"));
  const book = join(dir, "national.xlsx");
  const facts = syntheticFacts(63, 25, 12);
  const period = "2017-Q4";
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    await buildBook(facts, { out: book, period, lang: "vi", now: "2025-01-01 08:00:00" });
    sheets = recalc(book, join(dir, "csv"), join(dir, "lo"));
  }, 300_000);

  it("shows every unit's actual, % of plan, derived plan and status for the selected period", () => {
    const cmp = sheets["So sánh"]!;
    const ids = [...new Set(facts.map((f) => f.indicator))];
    let checked = 0;
    for (const indicator of ids) {
      for (const entity of [...new Set(facts.map((f) => f.entity))]) {
        const of = facts.filter((f) => f.entity === entity && f.indicator === indicator && f.period === period);
        const actual = of.find((f) => f.measure === "value")!;
        const pct = of.find((f) => f.measure === "pct_of_plan");
        const c = compareCell(cmp, entity, indicator);
        expect({ entity, indicator, actual: num(c.actual) }).toEqual({ entity, indicator, actual: actual.value });
        if (pct) {
          expect(num(c.pct)).toBeCloseTo(pct.value, 9);
          expect(num(c.plan)).toBeCloseTo(actual.value / (pct.value / 100), 6);
          expect(c.planSource).toBe("Suy ra");
          // the plan is derived from the %: met when the % is at least 100 (at most, where lower is better)
          const lower = catalog.indicators.find((i) => i.id === indicator)?.direction === "lower";
          expect(c.status).toBe((lower ? pct.value <= 100 : pct.value >= 100) ? "Đạt" : "Không đạt");
        } else expect([c.plan, c.pct, c.status]).toEqual(["", "", ""]);
        checked++;
      }
    }
    expect(checked).toBe(63 * 25);
  });

  it("ranks within each block and sums the summary over all 63 units", () => {
    const cmp = sheets["So sánh"]!;
    const block = cmp.findIndex((r) => r[HC.id] === "budget_revenue");
    const ranks = cmp.slice(block + 1, block + 64).map((r) => num(r[CC.rank]));
    expect([...ranks].sort((a, b) => a - b)).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
    const row = summaryRow(sheets["Tổng hợp"]!, "budget_revenue", period);
    const values = facts.filter((f) => f.indicator === "budget_revenue" && f.period === period && f.measure === "value").map((f) => f.value);
    expect(num(row[4])).toBe(63);
    expect(num(row[5])).toBeCloseTo(values.reduce((a, b) => a + b, 0), 6);
    expect(num(row[6])).toBe(Math.min(...values));
    expect(row[7]).toBe(facts.find((f) => f.indicator === "budget_revenue" && f.period === period && f.measure === "value" && f.value === Math.min(...values))!.entity);
  });

  it("shows on the leaders' page exactly what the comparison shows", () => {
    const brief = sheets["Tóm tắt"]!;
    const units = brief.slice(4).filter((r) => r[0] && r[0].startsWith("Tỉnh"));
    expect(units).toHaveLength(63);
    const keyName = brief[2]![1]!;
    const id = sheets["So sánh"]!.find((r) => r[0]?.startsWith(keyName.replace(/ \(.*$/, "")) && r[HC.id])![HC.id]!;
    for (const r of units) expect([r[0], num(r[2])]).toEqual([r[0], num(compareCell(sheets["So sánh"]!, r[0]!, id).actual)]);
  });
});

describe("two reports on one figure, recalculated by LibreOffice", () => {
  const f = (p: Partial<Fact> & Pick<Fact, "value" | "doc">): Fact => ({
    entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", basis: "actual", measure: "value", unit: "bn VND", qualifier: null,
    source: { start: 0, end: 1, text: "tổng thu ngân sách" }, ...p,
  });

  it("uses the latest report, an actual over a later estimate, marks the cell and keeps every row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chi-tieu-sources-"));
    const out = join(dir, "sources.xlsx");
    const facts = [
      f({ value: 17900, doc: "bao-cao-thang-12.docx", reportDate: "2023-12-10" }),
      f({ value: 17946, doc: "bao-cao-nam.docx", reportDate: "2024-01-15" }),
      f({ value: 18100, doc: "thong-cao-quy-1.docx", reportDate: "2024-04-02", basis: "estimate" }),
      f({ entity: "Đồng Tháp", value: 8151, doc: "dong-thap.docx" }),
    ];
    await buildBook(facts, { out, period: "2023", lang: "vi" });
    const s = recalc(out, join(dir, "csv"), join(dir, "lo"));
    const c = compareCell(s["So sánh"]!, "Hà Tĩnh", "budget_revenue");
    expect(num(c.actual)).toBe(17946);
    expect(c.note).toBe("Nguồn khác: 17.900 (bao-cao-thang-12.docx, 10/12/2023)");
    expect(compareCell(s["So sánh"]!, "Đồng Tháp", "budget_revenue").note).toBe("");
    const rows = s["Dữ liệu"]!.filter((r) => r[DC.indicatorId] === "budget_revenue" && r[DC.entity] === "Hà Tĩnh");
    expect(rows.map((r) => r[DC.doc])).toEqual(["bao-cao-nam.docx", "bao-cao-thang-12.docx", "thong-cao-quy-1.docx"]);
    expect(rows[1]![DC.warning]).toContain("bảng so sánh dùng số của bao-cao-nam.docx");
    // the summary counts the unit once, with the figure used
    const sum = summaryRow(s["Tổng hợp"]!, "budget_revenue", "2023");
    expect([num(sum[4]), num(sum[5])]).toEqual([2, 17946 + 8151]);
  });
});

describe("a data sheet the user re-sorted, recalculated by LibreOffice", () => {
  it("is noticed (CT_Sorted false), read by exact match instead, and shows the same figures", async () => {
    const { buildWorkbookPlan } = await import("../../src/core/workbook");
    const { writePlanToFile } = await import("../../src/adapters/xlsx/writePlan");
    const { goldFacts } = await import("../workbook/fixtures");
    const dir = mkdtempSync(join(tmpdir(), "chi-tieu-resorted-"));
    const plan = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog, period: "2023" });
    // the user sorts the data table by value, largest first: each row keeps its own formulas
    const data = plan.sheets.find((s) => s.key === "data")!;
    const [header, ...body] = data.blocks[0]!.cells;
    const order = body.map((row, i) => ({ row, i, v: Number(row[DC.value]?.v ?? 0) })).sort((a, b) => b.v - a.v);
    const moved = order.map(({ row, i }, j) =>
      row.map((c) => (c.f ? { ...c, f: c.f.replace(new RegExp(`(\\$[A-Z]{1,2})${i + 2}(?!\\d)`, "g"), `$1${j + 2}`) } : c)),
    );
    const resorted = { ...plan, sheets: plan.sheets.map((s) => (s === data ? { ...s, blocks: [{ ...s.blocks[0]!, cells: [header!, ...moved] }] } : s)) };
    await writePlanToFile(plan, join(dir, "sorted.xlsx"));
    await writePlanToFile(resorted, join(dir, "resorted.xlsx"));
    const a = recalc(join(dir, "sorted.xlsx"), join(dir, "csv-a"), join(dir, "lo-a"));
    const b = recalc(join(dir, "resorted.xlsx"), join(dir, "csv-b"), join(dir, "lo-b"));
    expect(a["So sánh"]![0]![3]).toBe("");
    expect(b["So sánh"]![0]![3]).toMatch(/sắp xếp lại/);
    const visible = (g: string[][]) => g.map((r) => r.slice(0, 8));
    expect(visible(b["So sánh"]!.slice(3))).toEqual(visible(a["So sánh"]!.slice(3)));
    expect(b["Tóm tắt"]).toEqual(a["Tóm tắt"]);
    expect(b["Tổng hợp"]!.map((r) => r.slice(0, 13))).toEqual(a["Tổng hợp"]!.map((r) => r.slice(0, 13)));
    expect(num(compareCell(b["So sánh"]!, "Hà Tĩnh", "budget_revenue").actual)).toBe(17946);
  });
});
