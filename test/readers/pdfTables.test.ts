// PDF table geometry without pdf.js: rules give rows, columns and spans; diacritics drawn as items
// of their own join their letters.
import { ruledTables, alignedTables, Segment } from "../../src/adapters/readers/pdfTables";
import { toLines, PdfItem } from "../../src/adapters/readers/pdfLayout";

const item = (str: string, x: number, y: number, width = str.length * 5): PdfItem => ({ str, x, y, width, height: 10 });
const h = (y: number, from: number, to: number): Segment => ({ kind: "h", at: y, from, to });
const v = (x: number, from: number, to: number): Segment => ({ kind: "v", at: x, from, to });

test("rules give the grid; a header cell with no rule under it spans two rows, one with no rule inside spans two columns", () => {
  // columns at 0 | 100 | 150 | 200; rows at 100 | 80 | 60 | 40
  const segs = [h(100, 0, 200), h(80, 100, 200), h(60, 0, 200), h(40, 0, 200), v(0, 40, 100), v(100, 40, 100), v(150, 40, 80), v(200, 40, 100)];
  const items = [item("Chỉ tiêu", 10, 75), item("Năm 2023", 120, 88), item("KH", 105, 67), item("TH", 155, 67), item("Thu ngân sách", 5, 47), item("100", 110, 47), item("120", 160, 47)];
  const [t] = ruledTables(items, segs);
  expect(t.rows[0]).toEqual([
    { text: "Chỉ tiêu", row: 0, col: 0, rowSpan: 2 },
    { text: "Năm 2023", row: 0, col: 1, colSpan: 2 },
  ]);
  expect(t.rows[1].map((c) => c.text)).toEqual(["KH", "TH"]);
  expect(t.rows[2].map((c) => c.text)).toEqual(["Thu ngân sách", "100", "120"]);
  expect(t.items.size).toBe(items.length);
});

test("rules around one line of text are not a table", () => {
  expect(ruledTables([item("BÁO CÁO", 10, 50)], [h(60, 0, 200), h(40, 0, 200), v(0, 40, 60), v(200, 40, 60)])).toEqual([]);
});

test("a table printed without rules is found from aligned columns", () => {
  const items: PdfItem[] = [];
  const rows = [["STT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024"], ["1", "Tổng thu ngân sách", "Tỷ đồng", "10.100", "10.385,6"], ["2", "Kim ngạch xuất khẩu", "Triệu USD", "1.250", "1.402,3"]];
  const xs = [10, 40, 200, 280, 340];
  rows.forEach((r, i) => r.forEach((s, c) => items.push(item(s, xs[c], 700 - i * 14))));
  const [t] = alignedTables(items, new Set());
  expect(t.rows.map((r) => r.map((c) => c.text))).toEqual(rows);
});

test("a diacritic drawn as an item of its own joins its letter", () => {
  const lines = toLines([item("Vie", 10, 100, 15), item("\u0302", 22, 100, 0), item("\u0323", 22, 100, 0), item("t Nam", 25, 100, 25)]);
  expect(lines[0].text).toBe("Việt Nam");
});
