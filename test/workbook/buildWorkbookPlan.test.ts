import { factKey } from "../../src/core/facts/fact";
import { keyedFacts } from "../../src/core/refresh";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { CC, CR, HC } from "../../src/core/workbook/compareSheet";
import { DC, HIDDEN_FROM } from "../../src/core/workbook/dataSheet";
import { colLetter } from "../../src/core/workbook/address";
import { catalog, cellsOf, fact, goldFacts, sheet, visibleCells } from "./fixtures";

const EXCEL_2016 = new Set([
  "IF", "IFERROR", "INDEX", "MATCH", "SUMIFS", "COUNTIFS", "AND", "OR", "ISNUMBER", "RANK", "ROW", "ROWS", "MIN", "MAX", "AGGREGATE", "SUMPRODUCT",
]);

/** The rows of one indicator's block on the comparison sheet: unit → Excel row. */
function block(cells: Map<string, { v?: unknown }>, indicator: string): Map<string, number> {
  const id = colLetter(HC.id);
  const title = [...cells.entries()].find(([k, c]) => k.startsWith(id) && /^[A-Z]+\d+$/.test(k) && k.replace(/\d+$/, "") === id && c.v === indicator);
  if (!title) throw new Error(`no block for ${indicator}`);
  const r0 = Number(title[0].slice(id.length));
  const out = new Map<string, number>();
  for (let r = r0 + 1; ; r++) {
    const unit = cells.get(`A${r}`)?.v;
    if (typeof unit !== "string" || cells.get(`${id}${r}`)) break;
    out.set(unit, r);
  }
  return out;
}

describe("buildWorkbookPlan", () => {
  const facts = goldFacts();
  const plan = buildWorkbookPlan(facts, { lang: "vi", catalog });

  it("names the sheets in Vietnamese by default and in English on request", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["So sánh", "Tóm tắt", "Biểu đồ", "Tổng hợp", "Dữ liệu", "Danh mục", "Nhật ký"]);
    const en = buildWorkbookPlan(facts, { lang: "en", catalog });
    expect(en.sheets.map((s) => s.name)).toEqual(["Comparison", "Brief", "Chart", "Summary", "Data", "Lists", "Log"]);
    expect(cellsOf(sheet(en, "data")).get(`${colLetter(DC.override)}1`)?.v).toBe("Override");
    expect(cellsOf(sheet(en, "data")).get(`${colLetter(DC.basis)}2`)?.v).toMatch(/^(Actual|Estimate|Plan)$/);
  });

  it("writes one data row per fact with its key, an override column and a live value-used formula", () => {
    const data = sheet(plan, "data");
    const cells = cellsOf(data);
    const col = (k: keyof typeof DC) => colLetter(DC[k]);
    expect(cells.get(`${col("override")}1`)?.v).toBe("Ghi đè");
    const keys = new Set<string>();
    for (let r = 2; r <= facts.length + 1; r++) keys.add(String(cells.get(`${col("factKey")}${r}`)?.v));
    // the fact key, numbered when one document states the same figure twice
    expect(keys).toEqual(new Set(keyedFacts(facts).map((k) => k.key)));
    expect(new Set([...keys].map((k) => k.replace(/#\d+$/, "")))).toEqual(new Set(facts.map(factKey)));
    expect(keys.size).toBe(facts.length);
    expect(cells.get(`${col("valueUsed")}2`)?.f).toBe(`IF($${col("override")}2<>"",$${col("override")}2,$${col("value")}2)`);
    expect(data.tables).toEqual([expect.objectContaining({ ref: `A1:${colLetter(DC.met)}${facts.length + 1}` })]);
    const quotes = [...cells.entries()].filter(([k]) => k.startsWith(col("quote")) && /^[A-Z]+\d+$/.test(k) && k.replace(/\d+$/, "") === col("quote") && k !== `${col("quote")}1`).map(([, c]) => c.v);
    expect(quotes.sort()).toEqual(facts.map((f) => f.source.text).sort());
  });

  it("keys every data row by a number, ascending down the sheet, so lookups can binary-search", () => {
    const cells = cellsOf(sheet(plan, "data"));
    const keys: number[] = [];
    for (let r = 2; r <= facts.length + 1; r++) keys.push(cells.get(`${colLetter(DC.numKey)}${r}`)!.v as number);
    expect(keys.every((k) => Number.isSafeInteger(k))).toBe(true);
    for (let i = 1; i < keys.length; i++) expect(keys[i]!).toBeGreaterThan(keys[i - 1]!);
    // and the book checks the order itself, falling back to an exact scan if the user re-sorts
    const sorted = plan.names.find((n) => n.name === "CT_Sorted")!;
    expect(sorted.ref).toMatch(/^'Danh mục'!\$[A-Z]+\$\d+$/);
  });

  it("finds every figure on the comparison sheet by binary search, never by a scan of the data", () => {
    const formulas = plan.sheets.flatMap((s) => [...cellsOf(s).values()].map((c) => c.f).filter((f): f is string => !!f));
    const lookups = formulas.filter((f) => f.includes("CT_Key"));
    expect(lookups.length).toBeGreaterThan(50);
    for (const f of lookups) {
      // MATCH(…,CT_Key,1) with an exact check; MATCH(…,CT_Key,0) only in the branch for a re-sorted sheet
      for (const m of f.matchAll(/MATCH\(([^()]*),CT_Key,0\)/g)) {
        const branch = f.slice(0, m.index);
        expect(branch).toMatch(/IF\(CT_Sorted,IF\(INDEX\(CT_Key,MATCH\([^,]+,CT_Key,1\)\)=[^,]+,MATCH\([^,]+,CT_Key,1\),""\),$/);
      }
    }
    // no COUNTIF over the data and no exact MATCH over any other data column
    for (const f of formulas) {
      expect(f).not.toMatch(/COUNTIF\(/);
      expect(f).not.toMatch(/MATCH\([^()]*,CT_(?!Key|Periods|ChartIndicators)\w+,0\)/);
    }
  });

  it("includes derived facts and marks them", () => {
    const withDerived = [
      ...facts,
      fact({ entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", basis: "plan", value: 17491.2, derived: true }),
    ];
    const cells = cellsOf(sheet(buildWorkbookPlan(withDerived, { lang: "vi", catalog }), "data"));
    const d = colLetter(DC.derived);
    const derivedRows = [...cells.entries()].filter(([k, c]) => k.replace(/\d+$/, "") === d && k !== `${d}1` && c.v === "Suy ra");
    expect(derivedRows).toHaveLength(1);
    const r = derivedRows[0]![0].slice(d.length);
    expect(cells.get(`${colLetter(DC.value)}${r}`)?.v).toBe(17491.2);
    expect(cells.get(`${colLetter(DC.basis)}${r}`)?.v).toBe("Kế hoạch");
  });

  it("stacks one block per indicator on the comparison sheet, one row per unit, the name alone in column A", () => {
    const cells = cellsOf(sheet(plan, "compare"));
    expect(cells.get("B2")?.v).toBe("2023");
    const budget = block(cells, "budget_revenue");
    expect([...budget.keys()]).toEqual(["Bắc Kạn", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh", "Đồng Tháp", "Hà Tĩnh", "TP Hà Tĩnh"]);
    const title = cells.get(`A${budget.get("Bắc Kạn")! - 1}`)?.v;
    expect(title).toBe("Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)");
    // eight visible columns, whatever the number of indicators
    expect(sheet(plan, "compare").page?.area).toMatch(/^A1:H\d+$/);
  });

  it("makes every comparison and summary figure a formula (no computed numbers)", () => {
    for (const key of ["compare", "brief", "chart", "summary"] as const) {
      const s = sheet(plan, key);
      for (const [addr, c] of visibleCells(s)) expect([addr, typeof c.v === "number"]).toEqual([addr, false]);
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
    const lists = cellsOf(sheet(plan, "lists"));
    const m = /^'Danh mục'!\$A\$(\d+):\$A\$(\d+)$/.exec(periods.ref)!;
    expect(Number(m[2]) - Number(m[1])).toBe(2);
    expect([0, 1, 2].map((i) => lists.get(`A${Number(m[1]) + i}`)?.v)).toEqual(["2022", "2023", "2024-Q1"]);
    expect(plan.names.find((n) => n.name === "CT_SelPeriod")?.ref).toBe("'So sánh'!$B$2");
  });

  it("honours direction: lower poverty rate meets the plan and ranks first", () => {
    const cells = cellsOf(sheet(plan, "compare"));
    const r = block(cells, "poverty_rate").get("Hà Tĩnh")!;
    expect(cells.get(`${colLetter(CC.status)}${r}`)?.f).toContain("<=");
    expect(cells.get(`${colLetter(CC.rank)}${r}`)?.f).toMatch(/RANK\(.*,1\),""\)$/);
    const b = block(cells, "budget_revenue").get("Hà Tĩnh")!;
    expect(cells.get(`${colLetter(CC.status)}${b}`)?.f).toContain(">=");
    expect(cells.get(`${colLetter(CC.rank)}${b}`)?.f).toMatch(/RANK\(.*,0\),""\)$/);
  });

  it("derives the plan from actual ÷ % only when no plan is reported, and says so", () => {
    const cells = cellsOf(sheet(plan, "compare"));
    const r = block(cells, "budget_revenue").get("Bắc Kạn")!;
    const planCell = cells.get(`B${r}`)!.f!;
    const pos = (c: number) => `$${colLetter(c)}${r}`;
    expect(planCell).toBe(`IF(${pos(HC.plan)}<>"",INDEX(CT_Value,${pos(HC.plan)}),IFERROR(D${r}/(${pos(HC.pct)}/100),""))`);
    expect(cells.get(`C${r}`)!.f).toContain('"Suy ra"');
  });

  it("sums only additive indicators on the summary sheet", () => {
    const cells = cellsOf(sheet(plan, "summary"));
    const rows = [...cells.entries()].filter(([k]) => /^B\d+$/.test(k) && Number(k.slice(1)) >= 5);
    expect(rows.length).toBeGreaterThan(10);
    for (const [k, c] of rows) {
      const r = k.slice(1);
      const agg = catalog.indicators.find((i) => i.vi === c.v)?.aggregate;
      expect([c.v, cells.has(`F${r}`)]).toEqual([c.v, agg === "sum"]);
      // over the pair's own block of the data sheet, found by binary search
      expect(cells.get(`G${r}`)?.f).toContain(`AGGREGATE(15,6,INDEX(CT_Value,$N${r}):INDEX(CT_Value,$O${r})/(INDEX(CT_Group,$N${r}):INDEX(CT_Group,$O${r})=`);
      expect(cells.get(`H${r}`)?.f).toContain("INDEX(CT_Entity,AGGREGATE(15,6,");
      expect(cells.get(`N${r}`)?.f).toMatch(/^IF\(CT_Sorted,MIN\(ROWS\(CT_Key\),IFERROR\(MATCH\(\d+,CT_Key,1\),0\)\+1\),1\)$/);
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

  it("shows no raw indicator code and no English unit in a visible cell of a Vietnamese book", () => {
    const ids = new Set(catalog.indicators.map((i) => i.id));
    const english = /\b(bn VND|mn USD|mn VND|persons|count)\b/;
    for (const s of plan.sheets) {
      for (const [addr, c] of visibleCells(s)) {
        if (typeof c.v !== "string") continue;
        expect({ sheet: s.name, addr, raw: ids.has(c.v) || [...ids].some((id) => c.v === id || (c.v as string).includes(`${id}|`)) }).toEqual({ sheet: s.name, addr, raw: false });
        expect({ sheet: s.name, addr, english: english.test(c.v) }).toEqual({ sheet: s.name, addr, english: false });
      }
    }
    const units = [...cellsOf(sheet(plan, "summary")).entries()].filter(([k]) => /^D\d+$/.test(k) && Number(k.slice(1)) >= 5).map(([, c]) => c.v);
    expect(new Set(units)).toEqual(new Set(["%", "tỷ đồng", "người", "tổ chức đảng", "doanh nghiệp", "triệu USD", "triệu đồng/người/năm", "chỉ tiêu", "sản phẩm", "cây xanh"].filter((u) => units.includes(u))));
    expect(units).toEqual(expect.arrayContaining(["tỷ đồng", "người", "%"]));
  });

  it("sets every visible sheet for A4, fitted to one page wide, titles repeated, a header with the title and date", () => {
    for (const s of plan.sheets) {
      const p = s.page!;
      expect({ sheet: s.name, paper: p.paper }).toEqual({ sheet: s.name, paper: "A4" });
      expect(p.titleRows).toBeDefined();
      expect(p.header.left).toBeTruthy();
      expect(p.header.right).toContain("&D");
      expect(p.footer.center).toContain("&P");
    }
    expect(sheet(plan, "compare").page!.titleCols).toEqual([0, 0]);
    expect(sheet(plan, "brief").page!.fitTall).toBe(1);
    for (const key of ["data", "summary", "brief", "chart", "log"] as const) expect({ key, o: sheet(plan, key).page!.orientation }).toEqual({ key, o: "landscape" });
    expect(sheet(plan, "compare").page!.orientation).toBe("portrait");
    // the chart has a page of its own: its figures start the next one
    const chart = sheet(plan, "chart");
    expect(chart.page!.breaks).toEqual([chart.charts[0]!.anchor.row + chart.charts[0]!.anchor.rows + 2]);
  });

  it("hides the helper columns: raw ids, keys, JSON and lookups", () => {
    const data = sheet(plan, "data");
    for (let c = HIDDEN_FROM; c <= DC.met; c++) expect(data.columns.find((x) => x.index === c)?.hidden).toBe(true);
    for (let c = 0; c < HIDDEN_FROM; c++) expect(data.columns.find((x) => x.index === c)?.hidden).toBeFalsy();
    const cmp = sheet(plan, "compare");
    for (const c of Object.values(HC)) expect(cmp.columns.find((x) => x.index === c)?.hidden).toBe(true);
    expect(sheet(plan, "summary").columns[0]!.hidden).toBe(true);
  });

  it("gives a leader one page: key indicators, one row per unit, plan, actual, % and status read from So sánh", () => {
    const brief = sheet(plan, "brief");
    const cells = cellsOf(brief);
    expect(cells.get("A1")?.v).toBe("Tóm tắt kết quả thực hiện các chỉ tiêu chủ yếu");
    expect(cells.get("B2")?.f).toBe("CT_SelPeriod");
    expect([...cells.entries()].filter(([k]) => /^[B-Z]4$/.test(k)).map(([, c]) => c.v).slice(0, 4)).toEqual(["KH", "TH", "% KH", "Đánh giá"]);
    const cmp = cellsOf(sheet(plan, "compare"));
    const budget = block(cmp, "budget_revenue").get("Hà Tĩnh")!;
    const refs = [...cells.values()].map((c) => c.f).filter(Boolean);
    expect(refs).toContain(`'So sánh'!$D$${budget}`);
    expect(refs).toContain(`'So sánh'!$F$${budget}`);
  });

  it("restricts the comparison to chosen indicators and a chosen period", () => {
    const p = buildWorkbookPlan(facts, { lang: "vi", catalog, indicators: ["poverty_rate", "budget_revenue"], period: "2022" });
    const cells = cellsOf(sheet(p, "compare"));
    expect(cells.get("B2")?.v).toBe("2022");
    const id = colLetter(HC.id);
    const blocks = [...cells.entries()].filter(([k]) => k.replace(/\d+$/, "") === id).map(([, c]) => c.v);
    expect(blocks).toEqual(["poverty_rate", "budget_revenue"]);
    expect(cells.get(`A${CR.first + 1}`)?.v).toBe("Tỷ lệ hộ nghèo (%)");
  });

  it("still builds a consistent book without facts", () => {
    const p = buildWorkbookPlan([], { lang: "vi", catalog });
    expect(p.sheets).toHaveLength(7);
    expect(p.names.find((n) => n.name === "CT_Value")?.ref).toBe(`'Dữ liệu'!$${colLetter(DC.valueUsed)}$2:$${colLetter(DC.valueUsed)}$2`);
  });
});

describe("two reports giving the same figure", () => {
  const older = fact({ entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", value: 17900, doc: "a-bao-cao-thang-12.docx", reportDate: "2023-12-10" });
  const newer = fact({ entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", value: 17946, doc: "b-bao-cao-nam.docx", reportDate: "2024-01-15" });
  const same = fact({ entity: "Hà Tĩnh", indicator: "poverty_rate", period: "2023", value: 3.01, unit: "%", doc: "a-bao-cao-thang-12.docx" });
  const same2 = { ...same, doc: "b-bao-cao-nam.docx" };

  for (const order of [[older, newer], [newer, older]]) {
    it(`uses the most recent report, whatever the order facts arrive in (${order[0]!.doc} first)`, () => {
      const plan = buildWorkbookPlan([...order, same, same2], { lang: "vi", catalog });
      const cells = cellsOf(sheet(plan, "data"));
      const c = (k: keyof typeof DC, r: number) => cells.get(`${colLetter(DC[k])}${r}`)?.v;
      const rows = [2, 3, 4, 5].filter((r) => c("indicatorId", r) === "budget_revenue");
      // every source's row stays; the newer is first in key order and the only one a lookup finds
      expect(rows.map((r) => c("doc", r))).toEqual(["b-bao-cao-nam.docx", "a-bao-cao-thang-12.docx"]);
      const [used, other] = rows as [number, number];
      expect((c("numKey", used) as number) % 10).toBe(0);
      expect((c("numKey", other) as number) % 10).toBe(1);
      expect(c("reportDate", used)).toBe("15/01/2024");
      // the disagreement shows where the figure is used, and the other row says why it is not
      expect(c("sources", used)).toBe("Nguồn khác: 17.900 (a-bao-cao-thang-12.docx, 10/12/2023)");
      expect(c("warning", other)).toBe("nguồn khác số: bảng so sánh dùng số của b-bao-cao-nam.docx (báo cáo mới hơn)");
      // the same figure from two reports is no disagreement
      const pov = [2, 3, 4, 5].filter((r) => c("indicatorId", r) === "poverty_rate");
      expect(pov.map((r) => c("sources", r))).toEqual([undefined, undefined]);
      expect(c("warning", pov[1]!)).toContain("cùng số với");
      // and the comparison marks the cell: a note column and an orange format keyed on it
      const cmp = sheet(plan, "compare");
      expect(cmp.conditionalFormats.some((cf) => cf.rules.some((r) => r.style === "conflict"))).toBe(true);
    });
  }

  it("takes report dates from the documents when the facts carry none", () => {
    const a = { ...older, reportDate: undefined }, b = { ...newer, reportDate: undefined };
    const plan = buildWorkbookPlan([b, a], { lang: "vi", catalog, docDates: { [a.doc]: "2024-02-01", [b.doc]: "2024-01-15" } });
    const cells = cellsOf(sheet(plan, "data"));
    expect(cells.get(`${colLetter(DC.doc)}2`)?.v).toBe(a.doc);
  });
});
