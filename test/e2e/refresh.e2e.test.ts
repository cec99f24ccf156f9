// A refreshed book through LibreOffice: after refreshes, with the user's override kept, every
// comparison figure still recalculates right, and a changed source shows the review flag.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildBook } from "../../src/cli/build";
import type { Fact } from "../../src/core/facts/fact";
import { DC } from "../../src/core/workbook/dataSheet";
import { COL, editBook, HT_BUDGET, refresh, rowOfKey, seedFolder } from "../refresh/helpers";
import { compareCell, comparedUnits, recalc } from "./workbookCsv";

const num = (s: string) => (s === "" ? NaN : Number(s));
const HT_POVERTY = "Hà Tĩnh|poverty_rate|2023|actual|value|000_844639c4afc40b91.txt|";
const SEED0 = "000_844639c4afc40b91.txt";

function dataRow(grid: string[][], key: string): string[] {
  const row = grid.find((r) => r[DC.factKey] === key);
  if (!row) throw new Error(`no data row ${key}`);
  return row;
}

describe("refreshed book recalculated by LibreOffice", () => {
  const { dir, sources } = seedFolder();
  const book = join(dir, "book.xlsx");

  it("keeps the comparison right and the override flowing after refreshes", async () => {
    await refresh(sources, book, { period: "2023" });
    await editBook(book, (wb) => {
      const ws = wb.getWorksheet("Dữ liệu")!;
      ws.getCell(`${COL.override}${rowOfKey(ws, HT_POVERTY)}`).value = 6;
      ws.getCell(`${COL.override}${rowOfKey(ws, HT_BUDGET)}`).value = 17946;
    });
    const r = await refresh(sources, book);
    expect(r.summary.changed).toEqual([]);
    const s = recalc(book, join(dir, "csv1"), join(dir, "lo-profile-refresh-1"));
    const budget = compareCell(s["So sánh"]!, "Hà Tĩnh", "budget_revenue");
    expect(num(budget.actual)).toBe(17946);
    expect(num(budget.pct)).toBeCloseTo(102.6, 6);
    expect(budget.status).toBe("Đạt");
    expect(num(compareCell(s["So sánh"]!, "Hà Tĩnh", "poverty_rate").actual)).toBe(6);
    expect(dataRow(s["Dữ liệu"]!, HT_POVERTY)[DC.review]).toBe("");
  });

  it("flags the override for review once its source figure changes", async () => {
    const file = join(sources, SEED0);
    writeFileSync(file, readFileSync(file, "utf8").replace("đạt 17.946 tỷ đồng", "đạt 18.046 tỷ đồng"));
    const r = await refresh(sources, book);
    expect(r.summary.conflicts.map((c) => c.key)).toEqual([HT_BUDGET]);
    const s = recalc(book, join(dir, "csv2"), join(dir, "lo-profile-refresh-2"));
    // the user's 17946 still wins in the comparison, and the row says to look at it
    expect(num(compareCell(s["So sánh"]!, "Hà Tĩnh", "budget_revenue").actual)).toBe(17946);
    const row = dataRow(s["Dữ liệu"]!, HT_BUDGET);
    expect(num(row[DC.value]!)).toBe(18046);
    expect(row[DC.review]).toBe("Cần xem lại");
    expect(dataRow(s["Dữ liệu"]!, HT_POVERTY)[DC.review]).toBe("");
  });

  it("sums an additive indicator into the new unit and follows an override of one old unit", async () => {
    const f = (entity: string, value: number): Fact => ({
      doc: `${entity}.txt`, entity, indicator: "budget_revenue", period: "2023", basis: "actual", measure: "value",
      value, unit: "bn VND", qualifier: null, source: { start: 0, end: 1, text: entity },
    });
    const out = join(dir, "new-units.xlsx");
    const facts = [f("Vĩnh Phúc", 32000), f("Hòa Bình", 5500), f("Phú Thọ", 11000), f("Hà Tĩnh", 17946)];
    await buildBook(facts, { out, units: "new", period: "2023" });
    await editBook(out, (wb) => {
      const ws = wb.getWorksheet("Dữ liệu")!;
      ws.getCell(`${COL.override}${rowOfKey(ws, "Hòa Bình|budget_revenue|2023|actual|value|Hòa Bình.txt|")}`).value = 6000;
    });
    const again = await buildBook(facts, { out });
    expect(again.summary.changed).toEqual([]);
    const s = recalc(out, join(dir, "csv3"), join(dir, "lo-profile-refresh-3"));
    expect(num(compareCell(s["So sánh"]!, "Phú Thọ", "budget_revenue").actual)).toBe(32000 + 6000 + 11000);
    expect(num(compareCell(s["So sánh"]!, "Hà Tĩnh", "budget_revenue").actual)).toBe(17946);
    expect(comparedUnits(s["So sánh"]!)).not.toContain("Vĩnh Phúc");
  });
});
