// The demo workbook through LibreOffice: every figure on the comparison and summary sheets is
// recalculated from the formulas (no cached values exist) and checked against numbers read by
// hand from the seed reports in samples/seeds.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBuild } from "../../src/cli/build";
import type { Fact } from "../../src/core/facts/fact";
import { loadDemoFacts } from "../../scripts/demoFacts";
import { colLetter } from "../../src/core/workbook/address";
import { DC } from "../../src/core/workbook/dataSheet";
import { compareCell, comparedUnits, recalc, summaryRow } from "./workbookCsv";

const num = (s: string) => (s === "" ? NaN : Number(s));

function extra(p: Pick<Fact, "entity" | "indicator" | "value" | "unit">): Fact {
  return { doc: "e2e-extra.txt", period: "2023", basis: "actual", measure: "value", qualifier: null, source: { start: 0, end: 1, text: p.entity }, ...p };
}

async function editCells(book: string, out: string, sheet: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  edit(ws);
  await wb.xlsx.writeFile(out);
}

/** The Excel row of the data sheet holding one fact, found by its columns. */
function dataRow(ws: ExcelJS.Worksheet, entity: string, indicator: string, period: string, measure: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (found) return;
    const v = (c: number) => row.getCell(c + 1).value;
    if (v(DC.entity) === entity && v(DC.indicatorId) === indicator && v(DC.period) === period && v(DC.measure) === measure) found = r;
  });
  if (!found) throw new Error(`no data row ${entity} ${indicator} ${period} ${measure}`);
  return found;
}

describe("comparison workbook recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "chi-tieu-e2e-"));
  const book = join(dir, "demo.xlsx");
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    const demo = await loadDemoFacts();
    if (demo.source !== "extractor") console.warn("e2e: facts from the gold file, the extractor (src/core/extract/index.ts) does not exist yet");
    const facts = [
      ...demo.facts,
      // a second unit with a higher (worse) poverty rate, to check the rank direction
      extra({ entity: "Tỉnh Thử", indicator: "poverty_rate", value: 5.2, unit: "%" }),
      // document text that looks like a formula must come out as the same text
      extra({ entity: "=1+1", indicator: "new_enterprises", value: 7, unit: "count" }),
    ];
    await runBuild(facts, { out: book, period: "2023", lang: "vi" });
    sheets = recalc(book, join(dir, "csv"), join(dir, "lo-profile-1"));
  });

  it("reads Hà Tĩnh 2023 budget revenue with a plan derived from % of plan", () => {
    const c = compareCell(sheets["So sánh"]!, "Hà Tĩnh", "budget_revenue");
    expect(num(c.actual)).toBe(17946);
    expect(num(c.pct)).toBeCloseTo(102.6, 6);
    expect(num(c.plan)).toBeCloseTo(17946 / 1.026, 3);
    expect(Math.round(num(c.plan))).toBe(17491);
    expect(c.planSource).toBe("Suy ra");
    expect(c.status).toBe("Đạt");
  });

  it("ranks the lower poverty rate first", () => {
    const ht = compareCell(sheets["So sánh"]!, "Hà Tĩnh", "poverty_rate");
    const other = compareCell(sheets["So sánh"]!, "Tỉnh Thử", "poverty_rate");
    expect(num(ht.actual)).toBeCloseTo(3.01, 6);
    expect(num(other.actual)).toBeCloseTo(5.2, 6);
    expect([ht.rank, other.rank]).toEqual(["1", "2"]);
  });

  it("leaves cells blank, not zero, where a unit reported nothing", () => {
    const c = compareCell(sheets["So sánh"]!, "Bắc Kạn", "budget_revenue");
    expect(c).toEqual({ plan: "", planSource: "", actual: "", pct: "", status: "", rank: "", note: "" });
  });

  it("summarizes 2023 budget revenue over the units reporting it", () => {
    const r = summaryRow(sheets["Tổng hợp"]!, "budget_revenue", "2023");
    // E units, F sum, G min, H unit, I max, J unit
    expect(num(r[4]!)).toBe(2);
    expect(num(r[5]!)).toBeCloseTo(17946 + 8151, 6);
    expect([num(r[6]!), r[7]]).toEqual([8151, "Đồng Tháp"]);
    expect([num(r[8]!), r[9]]).toEqual([17946, "Hà Tĩnh"]);
    expect(num(r[11]!)).toBe(1); // only Hà Tĩnh has a plan (derived) for 2023
    expect(num(r[12]!)).toBe(1);
  });

  it("writes formula-looking document text as that text", () => {
    expect(comparedUnits(sheets["So sánh"]!)).toContain("=1+1");
    expect(compareCell(sheets["So sánh"]!, "=1+1", "new_enterprises").actual).toBe("7");
    expect(summaryRow(sheets["Tổng hợp"]!, "new_enterprises", "2023")[7]).toBe("=1+1");
  });

  it("follows the period selector: TP Hà Tĩnh 2022 budget revenue 1172.5 at 152 %", async () => {
    const book2022 = join(dir, "period2022.xlsx");
    await editCells(book, book2022, "So sánh", (ws) => {
      ws.getCell("B2").value = "2022";
    });
    const s = recalc(book2022, join(dir, "csv2022"), join(dir, "lo-profile-2"));
    const c = compareCell(s["So sánh"]!, "TP Hà Tĩnh", "budget_revenue");
    expect(num(c.actual)).toBeCloseTo(1172.5, 6);
    expect(num(c.pct)).toBeCloseTo(152, 6);
    expect(num(c.plan)).toBeCloseTo(1172.5 / 1.52, 3);
    expect(c.status).toBe("Đạt");
    expect(compareCell(s["So sánh"]!, "Hà Tĩnh", "budget_revenue").actual).toBe("");
  });

  it("lets an override in Ghi đè flow through the comparison and the summary", async () => {
    const edited = join(dir, "override.xlsx");
    await editCells(book, edited, "Dữ liệu", (ws) => {
      const O = colLetter(DC.override);
      expect(ws.getCell(`${O}1`).value).toBe("Ghi đè");
      // the reported 102.6 % of plan corrected to 95 %, and the poverty rate to 6 %
      ws.getCell(`${O}${dataRow(ws, "Hà Tĩnh", "budget_revenue", "2023", "% kế hoạch")}`).value = 95;
      ws.getCell(`${O}${dataRow(ws, "Hà Tĩnh", "poverty_rate", "2023", "Giá trị")}`).value = 6;
    });
    const s = recalc(edited, join(dir, "csv-override"), join(dir, "lo-profile-3"));
    const b = compareCell(s["So sánh"]!, "Hà Tĩnh", "budget_revenue");
    expect(num(b.pct)).toBeCloseTo(95, 6);
    expect(num(b.plan)).toBeCloseTo(17946 / 0.95, 3);
    expect(b.status).toBe("Không đạt");
    const p = compareCell(s["So sánh"]!, "Hà Tĩnh", "poverty_rate");
    expect([num(p.actual), p.rank]).toEqual([6, "2"]);
    expect(compareCell(s["So sánh"]!, "Tỉnh Thử", "poverty_rate").rank).toBe("1");
    expect(num(summaryRow(s["Tổng hợp"]!, "budget_revenue", "2023")[12]!)).toBe(0);
  });

  it("computes the same figures with English labels (labels are data, not a fork)", async () => {
    const demo = await loadDemoFacts();
    const en = join(dir, "demo-en.xlsx");
    await runBuild(demo.facts, { out: en, period: "2023", lang: "en" });
    const s = recalc(en, join(dir, "csv-en"), join(dir, "lo-profile-4"));
    // CT_meta: the veryHidden sheet recording which sheets the add-in owns (LibreOffice exports it too)
    expect(Object.keys(s).sort()).toEqual(["Brief", "CT_meta", "Chart", "Comparison", "Data", "Lists", "Log", "Summary"]);
    const c = compareCell(s["Comparison"]!, "Hà Tĩnh", "budget_revenue");
    expect([num(c.actual), c.planSource, c.status]).toEqual([17946, "Derived", "Met"]);
    expect(num(c.plan)).toBeCloseTo(17946 / 1.026, 3);
  });
});
