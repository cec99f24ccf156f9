// Tables from every format an office sends, as LibreOffice made them (test/data/tables/converted,
// scripts/make-table-fixtures.ts): legacy .doc and .xls read without LibreOffice, PDF tables from
// ruling lines and from text alignment, a table over a PDF page break, a workbook of several
// sheets; PDF text as poppler's pdftotext reads it; a range of the open workbook; the worker jobs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocument, SUPPORTED_EXTENSIONS } from "../../src/adapters/readers";
import { documentFacts } from "../../src/core/document";
import { rangeToDocument } from "../../src/adapters/office/readRange";
import { DocumentJobs, Cancelled } from "../../src/taskpane/worker/client";
import { FIXTURES } from "./helpers";

const TABLES = path.join(__dirname, "..", "data", "tables", "converted");
const read = (dir: string, file: string) => readDocument(file, new Uint8Array(readFileSync(path.join(TABLES, dir, file))));

test("a .doc table keeps its merged header cells as spans and its rows of figures", async () => {
  const doc = await read("doc", "t01.doc");
  expect(doc.notes.join()).toMatch(/Word 97-2003/);
  const table = doc.tables.find((t) => t.rows.length > 5)!;
  const merged = table.rows[0].find((c) => c.text === "So sánh (%)");
  expect(merged).toMatchObject({ colSpan: 2 });
  expect(table.rows[0].find((c) => c.text === "Chỉ tiêu")).toMatchObject({ rowSpan: 2 });
  expect(doc.text).toContain("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023");
  const facts = documentFacts(doc).facts;
  expect(facts.find((f) => f.indicator === "budget_revenue" && f.measure === "pct_of_plan")).toMatchObject({ entity: "Quảng Trị", period: "2023", value: 115.7 });
});

test("an .xls workbook of several sheets: every sheet is a table, cells keep sheet and address", async () => {
  const doc = await read("xls", "t10.xls");
  expect(doc.tables.map((t) => t.sheet)).toEqual(["KT", "XH", "Ghi chú"]);
  const facts = documentFacts(doc).facts;
  const members = facts.find((f) => f.indicator === "members_admitted" && f.basis === "actual" && f.measure === "value")!;
  expect(members).toMatchObject({ entity: "Lào Cai", period: "2024", value: 1688 });
  expect(members.source.cell).toMatchObject({ sheet: "XH", address: "E7" });
  expect(facts.find((f) => f.indicator === "budget_revenue" && f.measure === "pct_of_plan")?.value).toBeCloseTo(102.8, 6);
});

test("a ruled PDF table over a page break is one table, its repeated header read once", async () => {
  const doc = await read("pdf", "t11.pdf");
  const big = doc.tables.filter((t) => t.rows.length > 20);
  expect(big).toHaveLength(1);
  const labels = big[0].rows.map((r) => r.find((c) => c.col === 1)?.text ?? "");
  expect(labels.filter((l) => l === "Chỉ tiêu")).toHaveLength(1);
  expect(labels).toContain("Kết nạp đảng viên mới");
  expect(labels).toContain("Tổng sản lượng lương thực có hạt");
  const facts = documentFacts(doc).facts;
  expect(facts.find((f) => f.indicator === "members_admitted" && f.basis === "estimate" && f.measure === "value")).toMatchObject({ value: 2711, entity: "Gia Lai" });
  expect(facts.find((f) => f.indicator === "retail_sales" && f.measure === "yoy_pct")?.value).toBeCloseTo(11.6, 6);
});

test("a PDF printed from a sheet without rules: columns from aligned text", async () => {
  const doc = await read("pdf", "t10.pdf");
  const facts = documentFacts(doc).facts;
  const by = (ind: string, basis: string) => facts.find((f) => f.indicator === ind && f.basis === basis && f.measure === "value")?.value;
  expect(by("budget_revenue", "plan")).toBe(10100);
  expect(by("budget_revenue", "actual")).toBe(10385.6);
  expect(by("income_per_capita", "plan")).toBe(52);
  expect(by("members_admitted", "actual")).toBe(1688);
});

test.each(["mono.pdf", "serif.pdf", "long-report.pdf"])("%s reads as pdftotext reads it, up to whitespace", async (file) => {
  const diacritics = file !== "long-report.pdf";
  const full = path.join(FIXTURES, file);
  const doc = await readDocument(file, new Uint8Array(readFileSync(full)));
  const poppler = execFileSync("pdftotext", ["-enc", "UTF-8", full, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const squeeze = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
  expect(squeeze(doc.text)).toBe(squeeze(poppler));
  if (diacritics) expect(doc.text).toMatch(/ả ã ạ ằ ẳ ẵ ặ ầ ẩ ẫ ậ ề ể ễ ệ ồ ổ ỗ ộ ờ ở ỡ ợ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ/);
});

test("a range of the open workbook (values and number formats) gives the same facts as the file", () => {
  const doc = rangeToDocument({
    sheet: "Biểu 01",
    address: "'Biểu 01'!B2:G6",
    rowIndex: 1,
    columnIndex: 1,
    values: [
      ["UBND TỈNH LÀO CAI", "", "", "", "", ""],
      ["STT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "TH/KH (%)"],
      [1, "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 10100, 10385.6, 1.028277],
      [2, "Kim ngạch xuất khẩu", "Triệu USD", 1250, 1402.3, 1.12184],
      [3, "Tốc độ tăng trưởng GRDP", "%", 9.2, 9.35, ""],
    ],
    numberFormat: [
      ["General", "General", "General", "General", "General", "General"],
      ["General", "General", "General", "General", "General", "General"],
      ["0", "@", "@", "#,##0", "#,##0.0", "0.0%"],
      ["0", "@", "@", "#,##0", "#,##0.0", "0.0%"],
      ["0", "@", "@", "0.0", "0.00", "General"],
    ],
    merged: ["'Biểu 01'!B2:D2"],
  });
  expect(doc.name).toBe("'Biểu 01'!B2:G6");
  const facts = documentFacts(doc).facts;
  const pct = facts.find((f) => f.indicator === "budget_revenue" && f.measure === "pct_of_plan")!;
  expect(pct).toMatchObject({ entity: "Lào Cai", period: "2024", value: 102.8 });
  expect(pct.source.cell).toMatchObject({ sheet: "Biểu 01", address: "G4", text: "102,8%" });
  expect(facts.find((f) => f.indicator === "exports_value" && f.basis === "plan")?.source.cell?.address).toBe("E5");
  expect(facts).toHaveLength(8);
  expect(() => rangeToDocument({ sheet: "S", address: "S!A1:B2", rowIndex: 0, columnIndex: 0, values: [["", ""], ["", ""]], numberFormat: [], merged: [] })).toThrow(/holds no values/);
});

test("the picker offers exactly the formats the readers read", () => {
  for (const ext of ["docx", "doc", "pdf", "xlsx", "xls", "csv", "html", "txt"]) expect(SUPPORTED_EXTENSIONS).toContain(ext);
});

test("without a worker the document jobs run on this thread; cancel fails what is running", async () => {
  const jobs = new DocumentJobs(undefined);
  const bytes = new Uint8Array(readFileSync(path.join(TABLES, "docx", "t02.docx")));
  const doc = await jobs.read("t02.docx", bytes);
  const out = await jobs.extract(doc, undefined);
  expect(out.facts.length).toBeGreaterThan(20);
  expect(out.entity).toBe("Bắc Kạn");
  const pending = jobs.read("long-report.pdf", new Uint8Array(readFileSync(path.join(FIXTURES, "long-report.pdf"))));
  jobs.cancel();
  await expect(pending).rejects.toBeInstanceOf(Cancelled);
  await expect(jobs.read("notes.zzz", new TextEncoder().encode("chỉ là văn bản"))).rejects.toMatchObject({ unsupported: true });
}, 60_000);
