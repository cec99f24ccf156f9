import { factKey } from "../../src/core/facts/fact";
import { keyedFacts } from "../../src/core/refresh";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { catalog, cellsOf, fact, goldFacts, sheet } from "./fixtures";

const EXCEL_2016 = new Set([
  "IF", "IFERROR", "INDEX", "MATCH", "SUMIFS", "COUNTIFS", "COUNTIF", "AND", "OR", "ISNUMBER", "RANK", "ROW", "AGGREGATE",
]);

describe("buildWorkbookPlan", () => {
  const facts = goldFacts();
  const plan = buildWorkbookPlan(facts, { lang: "vi", catalog });

  it("names the sheets in Vietnamese by default and in English on request", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["So sánh", "Tổng hợp", "Dữ liệu", "Danh mục", "Nhật ký"]);
    const en = buildWorkbookPlan(facts, { lang: "en", catalog });
    expect(en.sheets.map((s) => s.name)).toEqual(["Comparison", "Summary", "Data", "Lists", "Log"]);
    expect(cellsOf(sheet(en, "data")).get("O1")?.v).toBe("Override");
    expect(cellsOf(sheet(en, "data")).get("E2")?.v).toMatch(/^(Actual|Estimate|Plan)$/);
  });

  it("writes one data row per fact with its key, an override column and a live value-used formula", () => {
    const data = sheet(plan, "data");
    const cells = cellsOf(data);
    expect(cells.get("O1")?.v).toBe("Ghi đè");
    const keys = new Set<string>();
    for (let r = 2; r <= facts.length + 1; r++) keys.add(String(cells.get(`N${r}`)?.v));
    // the fact key, numbered when one document states the same figure twice
    expect(keys).toEqual(new Set(keyedFacts(facts).map((k) => k.key)));
    expect(new Set([...keys].map((k) => k.replace(/#\d+$/, "")))).toEqual(new Set(facts.map(factKey)));
    expect(keys.size).toBe(facts.length);
    expect(cells.get("P2")?.f).toBe('IF($O2<>"",$O2,$G2)');
    expect(data.tables).toEqual([expect.objectContaining({ ref: `A1:Z${facts.length + 1}` })]);
    const quotes = [...cells.entries()].filter(([k]) => /^M\d+$/.test(k) && k !== "M1").map(([, c]) => c.v);
    expect(quotes.sort()).toEqual(facts.map((f) => f.source.text).sort());
  });

  it("includes derived facts and marks them", () => {
    const withDerived = [
      ...facts,
      fact({ entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", basis: "plan", value: 17491.2, derived: true }),
    ];
    const cells = cellsOf(sheet(buildWorkbookPlan(withDerived, { lang: "vi", catalog }), "data"));
    const derivedRows = [...cells.entries()].filter(([k, c]) => /^K\d+$/.test(k) && k !== "K1" && c.v === "Suy ra");
    expect(derivedRows).toHaveLength(1);
    const r = derivedRows[0]![0].slice(1);
    expect(cells.get(`G${r}`)?.v).toBe(17491.2);
    expect(cells.get(`E${r}`)?.v).toBe("Kế hoạch");
    // its lookup key carries the marker, so comparison formulas derive the plan themselves
    expect(cells.get(`V${r}`)?.f).toContain('IF($K' + r + '<>"","|"&$K' + r);
  });

  it("puts one row per unit on the comparison sheet, the name alone in column A", () => {
    const cells = cellsOf(sheet(plan, "compare"));
    const units = [8, 9, 10, 11, 12].map((r) => cells.get(`A${r}`)?.v);
    expect(units).toEqual(["Bắc Kạn", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh", "Đồng Tháp", "Hà Tĩnh", "TP Hà Tĩnh"]);
    expect(cells.get("B2")?.v).toBe("2023");
  });

  it("makes every comparison and summary figure a formula (no computed numbers)", () => {
    for (const key of ["compare", "summary"] as const) {
      const s = sheet(plan, key);
      for (const [addr, c] of cellsOf(s)) {
        expect([addr, typeof c.v === "number"]).toEqual([addr, false]);
      }
    }
  });

  it("uses only Excel 2016 functions in every formula", () => {
    const used = new Set<string>();
    for (const s of plan.sheets) {
      for (const c of cellsOf(s).values()) {
        if (!c.f) continue;
        expect(c.f.startsWith("=")).toBe(false);
        // function names: identifiers followed by "(", outside string literals
        const code = c.f.replace(/"(?:[^"]|"")*"/g, '""');
        for (const m of code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
      }
    }
    for (const fn of used) expect(EXCEL_2016.has(fn) ? fn : `not allowed: ${fn}`).toBe(fn);
    expect([...used]).toEqual(expect.arrayContaining(["SUMIFS", "COUNTIFS", "INDEX", "MATCH", "IFERROR", "RANK"]));
  });

  it("drives the comparison by a period drop-down over the periods present", () => {
    const cmp = sheet(plan, "compare");
    expect(cmp.validations).toContainEqual({ ref: "B2", listFormula: "CT_Periods" });
    const periods = plan.names.find((n) => n.name === "CT_Periods")!;
    expect(periods.ref).toBe("'Danh mục'!$A$2:$A$4");
    const lists = cellsOf(sheet(plan, "lists"));
    expect(["A2", "A3", "A4"].map((a) => lists.get(a)?.v)).toEqual(["2022", "2023", "2024-Q1"]);
    expect(plan.names.find((n) => n.name === "CT_SelPeriod")?.ref).toBe("'So sánh'!$B$2");
  });

  it("honours direction: lower poverty rate meets the plan and ranks first", () => {
    const cmp = sheet(plan, "compare");
    const cells = cellsOf(cmp);
    const col = [...cells.entries()].find(([k, c]) => /^[A-Z]+6$/.test(k) && c.v === "poverty_rate")![0].replace("6", "");
    const colIdx = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));
    const c0 = colIdx(col);
    expect(cells.get(`${letter(c0 + 4)}8`)?.f).toContain("<=");
    expect(cells.get(`${letter(c0 + 5)}8`)?.f).toMatch(/RANK\(.*,1\),""\)$/);
    const budget = [...cells.entries()].find(([k, c]) => /^[A-Z]+6$/.test(k) && c.v === "budget_revenue")![0].replace("6", "");
    const b0 = colIdx(budget);
    expect(cells.get(`${letter(b0 + 4)}8`)?.f).toContain(">=");
    expect(cells.get(`${letter(b0 + 5)}8`)?.f).toMatch(/RANK\(.*,0\),""\)$/);
  });

  it("derives the plan from actual ÷ % only when no plan is reported, and says so", () => {
    const cells = cellsOf(sheet(plan, "compare"));
    const plan8 = cells.get("B8")!.f!;
    expect(plan8).toMatch(/^IFERROR\(INDEX\(CT_Value,MATCH\(.*Kế hoạch\|Giá trị.*\),IFERROR\(D8\/\(.*% kế hoạch.*\/100\),""\)\)$/);
    expect(cells.get("C8")!.f).toContain('"Suy ra"');
  });

  it("sums only additive indicators on the summary sheet", () => {
    const cells = cellsOf(sheet(plan, "summary"));
    const rows = [...cells.entries()].filter(([k]) => /^A\d+$/.test(k) && Number(k.slice(1)) >= 5);
    expect(rows.length).toBeGreaterThan(10);
    for (const [k, c] of rows) {
      const r = k.slice(1);
      const agg = catalog.indicators.find((i) => i.id === c.v)?.aggregate;
      expect([c.v, cells.has(`F${r}`)]).toEqual([c.v, agg === "sum"]);
      expect(cells.get(`G${r}`)?.f).toContain("AGGREGATE(15,6,CT_Value/(CT_Group=");
      expect(cells.get(`H${r}`)?.f).toContain("CT_GroupValue");
    }
  });

  it("writes every string as text and formats numbers with format codes", () => {
    for (const s of plan.sheets) {
      for (const c of cellsOf(s).values()) {
        if (typeof c.v === "string") expect(c.text).toBe(true);
        if (c.fmt) expect(c.fmt).toMatch(/0/);
      }
    }
  });

  it("restricts the comparison to chosen indicators and a chosen period", () => {
    const p = buildWorkbookPlan(facts, { lang: "vi", catalog, indicators: ["poverty_rate", "budget_revenue"], period: "2022" });
    const cells = cellsOf(sheet(p, "compare"));
    expect(cells.get("B2")?.v).toBe("2022");
    expect(cells.get("B6")?.v).toBe("poverty_rate");
    expect(cells.get("H6")?.v).toBe("budget_revenue");
    expect(cells.get("N6")).toBeUndefined();
  });

  it("still builds a consistent book without facts", () => {
    const p = buildWorkbookPlan([], { lang: "vi", catalog });
    expect(p.sheets).toHaveLength(5);
    expect(p.names.find((n) => n.name === "CT_Value")?.ref).toBe("'Dữ liệu'!$P$2:$P$2");
  });
});
