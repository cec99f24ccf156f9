import { toLines, dropRunning, pageText, PdfItem } from "../../src/adapters/readers/pdfLayout";

const item = (str: string, x: number, y: number, width = str.length * 5): PdfItem => ({ str, x, y, width, height: 10 });

test("running headers, footers and page numbers are dropped; body lines kept", () => {
  const page = (n: number, body: string[]) => ({
    height: 842,
    lines: toLines([
      item("UBND TỈNH HÀ TĨNH - Báo cáo năm 2023", 50, 810),
      ...body.map((b, i) => item(b, 50, 700 - i * 14)),
      item(`- ${n} -`, 290, 30),
    ]),
  });
  const kept = dropRunning([page(1, ["Tổng thu ngân sách đạt"]), page(2, ["17.946 tỷ đồng."]), page(3, ["Hết."])]);
  expect(kept.map((p) => p.lines.map((l) => l.text))).toEqual([["Tổng thu ngân sách đạt"], ["17.946 tỷ đồng."], ["Hết."]]);
  expect(kept[0].dropped).toBe(2);
});

test("wrapped lines join with a space, a blank-line gap starts a paragraph, items on one baseline join", () => {
  const lines = toLines([
    item("Năm 2023, tổng thu ngân sách trên địa bàn", 50, 700, 400),
    item("đạt 17.946 tỷ đồng.", 50, 686, 100),
    item("Tỷ lệ hộ nghèo", 50, 650, 80),
    item("còn 3,01%.", 135, 650, 50),
  ]);
  expect(pageText(lines)).toBe("Năm 2023, tổng thu ngân sách trên địa bàn đạt 17.946 tỷ đồng.\n\nTỷ lệ hộ nghèo còn 3,01%.");
});
