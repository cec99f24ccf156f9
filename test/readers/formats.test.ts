import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocument } from "../../src/adapters/readers";
import { documentFacts } from "../../src/cli/sources";
import type { Fact } from "../../src/core/facts/fact";
import { fixture, SEEDS_DIR } from "./helpers";

const SEED0 = readFileSync(path.join(SEEDS_DIR, "000_844639c4afc40b91.txt"), "utf8");
const find = (facts: Fact[], indicator: string, basis: string, measure = "value") =>
  facts.filter((f) => f.indicator === indicator && f.basis === basis && f.measure === measure && !f.derived);

describe("indicator tables", () => {
  test(".docx: merged two-row header, title entity, footnote after the body, legacy-font run converted", async () => {
    const doc = await readDocument("indicator-table.docx", fixture("indicator-table.docx"));
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0];
    expect(t.title).toMatch(/^Biểu 01: .*Hà Tĩnh năm 2023$/);
    expect(t.rows[0].find((c) => c.text === "Năm 2023")).toMatchObject({ colSpan: 2 });
    expect(t.rows[0].find((c) => c.text === "Chỉ tiêu")).toMatchObject({ rowSpan: 2 });
    expect(doc.text).toContain("Tỉnh ủy Hà Tĩnh chỉ đạo quyết liệt.");
    const body = doc.text.indexOf("bằng 102,6% dự toán");
    const note = doc.text.indexOf("Số liệu của Sở Tài chính");
    expect(body).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(doc.text.indexOf("Nguồn: Cục Thống kê"));
    expect(doc.text.slice(note - 40, note)).toMatch(/footnote/);
    expect(doc.notes.join("\n")).toMatch(/1 footnote appended/);
    expect(doc.notes.join("\n")).toMatch(/legacy Vietnamese fonts/);

    const { facts, warnings } = documentFacts(doc, {});
    const growth = find(facts, "grdp_growth", "actual");
    expect(growth).toHaveLength(1);
    expect(growth[0]).toMatchObject({ entity: "Hà Tĩnh", period: "2023", value: 8.05, unit: "%" });
    expect(growth[0].source.cell).toMatchObject({ table: 0, row: 2, col: 4 });
    expect(growth[0].source.cell).toMatchObject({ quote: "Tốc độ tăng trưởng GRDP | Năm 2023 / Thực hiện", text: "8,05" });
    expect(doc.text.slice(growth[0].source.start, growth[0].source.end)).toBe("Tốc độ tăng trưởng GRDP");
    const plan = find(facts, "budget_revenue", "plan");
    expect(plan[0]).toMatchObject({ value: 17491, unit: "bn VND", period: "2023" });
    expect(plan[0].warnings).toBeUndefined();
    // the prose and the table both give 17.946: kept once
    expect(find(facts, "budget_revenue", "actual")).toHaveLength(1);
    expect(find(facts, "poverty_rate", "actual")[0]).toMatchObject({ value: 3.01, unit: "%" });
    expect(find(facts, "members_admitted", "actual")[0]).toMatchObject({ value: 2234, unit: "persons" });
    expect(warnings.join("\n")).toMatch(/1 row with figures name no indicator/);
  });

  test(".xlsx: merged title and header, formula with percent format, cell addresses and sheet", async () => {
    const doc = await readDocument("indicator-table.xlsx", fixture("indicator-table.xlsx"));
    const { facts } = documentFacts(doc, {});
    const rev = find(facts, "budget_revenue", "actual");
    expect(rev[0]).toMatchObject({ entity: "Hà Tĩnh", period: "2023", value: 17946, unit: "bn VND" });
    expect(rev[0].source.cell).toEqual({ table: 0, row: 4, col: 4, sheet: "Biểu 01", address: "E5", quote: "Tổng thu ngân sách nhà nước trên địa bàn | Năm 2023 / Thực hiện", text: "17946" });
    const pct = find(facts, "budget_revenue", "actual", "pct_of_plan");
    expect(pct[0].value).toBeCloseTo(102.6, 6);
    expect(pct[0].source.cell?.address).toBe("F5");
    expect(find(facts, "budget_revenue", "plan")[0].value).toBe(17491);
    expect(facts.every((f) => !f.warnings?.length)).toBe(true);
  });

  test(".csv with ';': the same figures; no unit of government in the file, so the user is told", async () => {
    const doc = await readDocument("indicator-table.csv", fixture("indicator-table.csv"));
    const { facts, warnings } = documentFacts(doc, {});
    expect(find(facts, "budget_revenue", "actual")[0]).toMatchObject({ value: 17946, entity: "" });
    expect(warnings.join("\n")).toMatch(/reporting unit unknown/);
    const withEntity = documentFacts(doc, { entity: "Hà Tĩnh" }).facts;
    expect(find(withEntity, "budget_revenue", "plan")[0]).toMatchObject({ value: 17491, entity: "Hà Tĩnh", period: "2023" });
    expect(find(withEntity, "budget_revenue", "plan")[0].source.cell?.address).toBe("D3");
  });
});

describe("text encodings", () => {
  const straight = SEED0.replace(/[“”]/g, '"');
  test.each([
    ["legacy-tcvn3.txt", /TCVN3/],
    ["legacy-vni.txt", /VNI/],
    ["legacy-1258.txt", /windows-1258/],
  ])("%s is converted to the seed's Unicode text and says so", async (file, note) => {
    const doc = await readDocument(file, fixture(file));
    expect(doc.text.normalize("NFC")).toBe(straight);
    expect(doc.notes.join()).toMatch(note);
    const facts = documentFacts(doc, {}).facts;
    expect(find(facts, "budget_revenue", "actual")[0]).toMatchObject({ entity: "Hà Tĩnh", value: 17946, period: "2023" });
  });
});

describe("html", () => {
  test("the article without menus, scripts, sidebars or related-article lists", async () => {
    const doc = await readDocument("article.html", fixture("article.html"));
    expect(doc.text).toContain("tổng thu ngân sách trên địa bàn năm 2023 đạt 17.946 tỷ đồng");
    for (const junk of ["99.999", "Trang chủ", "Tin liên quan", "20.000 tỷ", "9,5%", "Chia sẻ", "dataLayer", "Tổng biên tập", "display:flex"]) expect(doc.text).not.toContain(junk);
    const facts = documentFacts(doc, {}).facts;
    expect(find(facts, "budget_revenue", "actual").map((f) => f.value)).toEqual([17946]);
  });
});

describe("pdf", () => {
  test("pages are kept and no page break splits a sentence with a newline inside a word", async () => {
    const doc = await readDocument("002.pdf", fixture("seeds/002_2fdd70bb29e5f75a.pdf"));
    expect(doc.pageStarts!.length).toBeGreaterThan(1);
    expect(doc.pageStarts![0]).toBe(0);
    expect(doc.notes[0]).toMatch(/\d+ pages/);
    const txt = readFileSync(path.join(SEEDS_DIR, "002_2fdd70bb29e5f75a.txt"), "utf8");
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(doc.text)).toEqual(words(txt));
  });
});
