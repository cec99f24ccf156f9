// The pure refresh: read back what a plan wrote, merge, rebuild — what the office-js path does
// through the plan — and the view by new units.
import { formatSummary, mergeRefresh, readPreviousBook } from "../../src/core/refresh";
import { buildWorkbookPlan } from "../../src/core/workbook";
import type { CellValue, SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { catalog, cellsOf, fact, goldFacts, sheet } from "../workbook/fixtures";

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
      data[0]![27] = "Ghi chú";
      const r = data.findIndex((row) => row[13] === "Hà Tĩnh|poverty_rate|2023|actual|value|000_844639c4afc40b91.txt|");
      data[r]![14] = 2.9;
      data[r]![27] = "theo Sở LĐTBXH";
    });
    const cells = cellsOf(sheet(plan, "data"));
    const row = [...cells.entries()].find(([k, c]) => k.startsWith("N") && c.v === "Hà Tĩnh|poverty_rate|2023|actual|value|000_844639c4afc40b91.txt|")![0].slice(1);
    expect(cells.get(`O${row}`)?.v).toBe(2.9);
    expect(cells.get(`T${row}`)?.v).toBe(3.01);
    // user columns go right after the table, whichever column they were in
    expect(cells.get("AA1")?.v).toBe("Ghi chú");
    expect(cells.get(`AA${row}`)?.v).toBe("theo Sở LĐTBXH");
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
    const sumRow = [...data.entries()].find(([k, c]) => k.startsWith("N") && c.v === "Σ|Phú Thọ|budget_revenue|2023|actual|value")![0].slice(1);
    const f = data.get(`G${sumRow}`)!;
    for (const part of ["Vĩnh Phúc", "Hòa Bình", "Phú Thọ"]) expect(f.f).toContain(`"${part}|budget_revenue|2023|actual|value|${part}.txt|"`);
    expect(f.f).toContain("CT_FactKey");
    expect(f.note).toContain("Vĩnh Phúc");
    expect(data.get(`R${sumRow}`)?.v).toBe("Cộng đơn vị mới");
    // compared as new units only: merged old units are not rows of their own
    const compare = cellsOf(sheet(plan, "compare"));
    const units = [...compare.entries()].filter(([k]) => /^A\d+$/.test(k) && Number(k.slice(1)) >= 8).map(([, c]) => c.v);
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
      const row = [...data.entries()].find(([k, c]) => k.startsWith("N") && c.v === "Vĩnh Phúc|budget_revenue|2025-H2|actual|value|Vĩnh Phúc.txt|")![0].slice(1);
      expect(data.get(`A${row}`)?.v).toBe("Vĩnh Phúc");
      expect(data.get(`S${row}`)?.v).toBe("Phú Thọ");
    }
  });

  it("keeps the old units as they were in the old view", () => {
    const compare = cellsOf(sheet(buildWorkbookPlan(facts, { lang: "vi", catalog, units: "old" }), "compare"));
    const units = [...compare.entries()].filter(([k]) => /^A\d+$/.test(k) && Number(k.slice(1)) >= 8).map(([, c]) => c.v);
    expect(units).toEqual(expect.arrayContaining(["Vĩnh Phúc", "Hòa Bình", "Phú Thọ", "Bắc Kạn"]));
  });
});
