// The pure refresh: read back what a plan wrote, merge, rebuild — what the office-js path does
// through the plan — and the view by new units.
import { formatSummary, mergeRefresh, readPreviousBook } from "../../src/core/refresh";
import { buildWorkbookPlan } from "../../src/core/workbook";
import type { CellValue, SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { colLetter } from "../../src/core/workbook/address";
import { DATA_NCOLS, DC } from "../../src/core/workbook/dataSheet";
import { HC } from "../../src/core/workbook/compareSheet";
import { catalog, cellsOf, fact, goldFacts, sheet } from "../workbook/fixtures";

const col = (k: keyof typeof DC) => colLetter(DC[k]);
/** The data row (Excel row number) whose key is `key`. */
const rowWithKey = (cells: Map<string, { v?: unknown }>, key: string) =>
  [...cells.entries()].find(([k, c]) => k.replace(/\d+$/, "") === col("factKey") && c.v === key)![0].slice(col("factKey").length);
/** Units on the comparison sheet (column A of its body rows, block titles left out). */
const comparedUnits = (cells: Map<string, { v?: unknown }>) =>
  [...cells.entries()].filter(([k]) => /^A\d+$/.test(k) && Number(k.slice(1)) >= 4 && !cells.has(`${colLetter(HC.id)}${k.slice(1)}`)).map(([, c]) => c.v);

/** A sheet's values as a writer would read them back (formulas have no value without Excel). */
function grid(s: SheetPlan): CellValue[][] {
  const out: CellValue[][] = [];
  for (const b of s.blocks) {
    b.cells.forEach((row, i) => row.forEach((c, j) => {
      const r = b.row + i;
      while (out.length <= r) out.push([]);
      out[r]![b.col + j] = c.f !== undefined ? null : (c.v ?? null);
    }));
  }
  return out.map((r) => Array.from(r, (v) => v ?? null));
}

function rebuild(plan: WorkbookPlan, facts: Parameters<typeof buildWorkbookPlan>[0], edit?: (data: CellValue[][]) => void) {
  const data = grid(sheet(plan, "data"));
  edit?.(data);
  const previous = readPreviousBook(data, grid(sheet(plan, "log")));
  const merged = mergeRefresh(previous, facts, [], { now: "T2", lang: "vi" });
  return { merged, plan: buildWorkbookPlan(merged.facts, { lang: "vi", catalog, refresh: merged.refresh }) };
}

describe("refresh through the plan", () => {
  const facts = goldFacts();
  const first = mergeRefresh(undefined, facts, [], { now: "T1", lang: "vi" });
  const plan1 = buildWorkbookPlan(first.facts, { lang: "vi", catalog, refresh: first.refresh });

  it("rebuilds the identical plan from unchanged facts, whatever order they arrive in", () => {
    const { merged, plan } = rebuild(plan1, [...facts].reverse());
    expect(merged.summary.unchanged).toBe(facts.length);
    expect(plan).toEqual(plan1);
  });

  it("carries an override and a user column to the row of the same key", () => {
    const { plan } = rebuild(plan1, facts, (data) => {
      data[0]![DATA_NCOLS + 2] = "Ghi chú";
      const r = data.findIndex((row) => row[DC.factKey] === "Hà Tĩnh|poverty_rate|2023|actual|value|000_844639c4afc40b91.txt|");
      data[r]![DC.override] = 2.9;
      data[r]![DATA_NCOLS + 2] = "theo Sở LĐTBXH";
    });
    const cells = cellsOf(sheet(plan, "data"));
    const row = rowWithKey(cells, "Hà Tĩnh|poverty_rate|2023|actual|value|000_844639c4afc40b91.txt|");
    expect(cells.get(`${col("override")}${row}`)?.v).toBe(2.9);
    expect(cells.get(`${col("overrideBase")}${row}`)?.v).toBe(3.01);
    // user columns go right after the table, whichever column they were in
    const user = colLetter(DATA_NCOLS);
    expect(cells.get(`${user}1`)?.v).toBe("Ghi chú");
    expect(cells.get(`${user}${row}`)?.v).toBe("theo Sở LĐTBXH");
  });

  it("says what changed in short lines, in both languages", () => {
    const changed = facts.map((f) => (f.entity === "Hà Tĩnh" && f.indicator === "budget_revenue" && f.measure === "value" && f.basis === "actual" ? { ...f, value: 18000 } : f));
    const { merged } = rebuild(plan1, changed);
    expect(formatSummary(merged.summary, "vi")).toEqual([
      `0 thêm, 1 thay đổi, 0 bỏ, 0 ghi đè cần xem lại, 0 nguồn lỗi, ${facts.length - 1} giữ nguyên`,
      "  ~ Hà Tĩnh · Tổng thu ngân sách nhà nước trên địa bàn · 2023: 17946 → 18000",
    ]);
    expect(formatSummary(merged.summary, "en")[1]).toBe("  ~ Hà Tĩnh · State budget revenue · 2023: 17946 → 18000");
  });
});

describe("comparison by new units", () => {
  const rev = (entity: string, value: number, period = "2023") => fact({ entity, indicator: "budget_revenue", period, value, doc: `${entity}.txt` });
  const pov = (entity: string, value: number) => fact({ entity, indicator: "poverty_rate", period: "2023", value, unit: "%", doc: `${entity}.txt` });
  const facts = [rev("Vĩnh Phúc", 32000), rev("Hòa Bình", 5500), rev("Phú Thọ", 11000), rev("Hà Tĩnh", 17946), pov("Vĩnh Phúc", 1.2), pov("Phú Thọ", 3), rev("Bắc Kạn", 900), rev("Vĩnh Phúc", 16000, "2025-H2")];

  it("sums additive indicators of the merged old units into the new unit, by formula over their rows", () => {
    const plan = buildWorkbookPlan(facts, { lang: "vi", catalog, units: "new" });
    const data = cellsOf(sheet(plan, "data"));
    const sumRow = rowWithKey(data, "Σ|Phú Thọ|budget_revenue|2023|actual|value");
    const f = data.get(`${col("value")}${sumRow}`)!;
    // one binary-searched lookup per old unit, by the numeric key of that unit's row
    for (const part of ["Vĩnh Phúc", "Hòa Bình", "Phú Thọ"]) {
      const key = data.get(`${col("numKey")}${rowWithKey(data, `${part}|budget_revenue|2023|actual|value|${part}.txt|`)}`)!.v;
      expect(f.f).toContain(`INDEX(CT_Value,IFERROR(IF(CT_Sorted,IF(INDEX(CT_Key,MATCH(${key},CT_Key,1))=${key},`);
    }
    expect(f.f!.match(/INDEX\(CT_Value,/g)).toHaveLength(3);
    expect(f.note).toContain("Vĩnh Phúc");
    expect(data.get(`${col("status")}${sumRow}`)?.v).toBe("Cộng đơn vị mới");
    // old Phú Thọ (feeding the sum) and new Phú Thọ (the sum) share a name, never a key
    const keys = [...data.entries()].filter(([k]) => k.replace(/\d+$/, "") === col("numKey") && k !== `${col("numKey")}1`).map(([, c]) => c.v as number);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < keys.length; i++) expect(keys[i]!).toBeGreaterThan(keys[i - 1]!);
    // compared as new units only: merged old units are not rows of their own
    const compare = cellsOf(sheet(plan, "compare"));
    const units = comparedUnits(compare);
    expect(units).toContain("Phú Thọ");
    expect(units).toContain("Hà Tĩnh");
    expect(units).not.toContain("Vĩnh Phúc");
    expect(units).not.toContain("Hòa Bình");
    // Bắc Kạn alone is not all of Thái Nguyên: no sum, no row
    expect(units).not.toContain("Thái Nguyên");
    expect(units).not.toContain("Bắc Kạn");
    // rates are not summed, and the header says why the cell is blank
    expect([...data.values()].some((c) => typeof c.v === "string" && c.v.startsWith("Σ|Phú Thọ|poverty_rate"))).toBe(false);
    const notes = [...compare.values()].map((c) => c.note).filter(Boolean);
    expect(notes.some((n) => n!.includes("tỷ lệ"))).toBe(true);
    expect(notes.some((n) => n!.includes("tổng các tỉnh cũ"))).toBe(true);
  });

  it("attributes a figure reported after 1 July 2025 to the new unit, in either view", () => {
    for (const units of ["old", "new"] as const) {
      const data = cellsOf(sheet(buildWorkbookPlan(facts, { lang: "vi", catalog, units }), "data"));
      const row = rowWithKey(data, "Vĩnh Phúc|budget_revenue|2025-H2|actual|value|Vĩnh Phúc.txt|");
      expect(data.get(`A${row}`)?.v).toBe("Vĩnh Phúc");
      expect(data.get(`${col("unitCompared")}${row}`)?.v).toBe("Phú Thọ");
    }
  });

  it("keeps the old units as they were in the old view", () => {
    const compare = cellsOf(sheet(buildWorkbookPlan(facts, { lang: "vi", catalog, units: "old" }), "compare"));
    const units = comparedUnits(compare);
    expect(units).toEqual(expect.arrayContaining(["Vĩnh Phúc", "Hòa Bình", "Phú Thọ", "Bắc Kạn"]));
  });
});

describe("a book written by the previous version", () => {
  it("reads its rows by header; the columns that version had and this one dropped are not taken for the user's", () => {
    const L = { key: "Khóa", json: "Số liệu (JSON)", override: "Ghi đè" };
    const fact0 = goldFacts()[0]!;
    const grid = [
      ["Đơn vị", L.key, "Khóa tra cứu", L.override, "Nhóm|giá trị", L.json, "Ghi chú của tôi"],
      ["Hà Tĩnh", "k1", "Hà Tĩnh|x", 5, "g|1", JSON.stringify(fact0), "đã kiểm tra"],
    ];
    const previous = readPreviousBook(grid)!;
    expect(previous.userColumns).toEqual(["Ghi chú của tôi"]);
    expect(previous.rows).toEqual([{ key: "k1", fact: fact0, override: 5, user: ["đã kiểm tra"] }]);
  });
});
