import { tableFacts, ReadTable, TableCell } from "../../src/core/tables";

const cells = (rows: string[][]): TableCell[][] => rows.map((r, row) => r.map((text, col) => ({ text, row, col })));

const HA_TINH: ReadTable = {
  title: "Biểu 01: Kết quả thực hiện các chỉ tiêu chủ yếu tỉnh Hà Tĩnh năm 2023",
  rows: cells([
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2023", "Thực hiện 2023", "So sánh TH/KH (%)", "So cùng kỳ (%)"],
    ["1", "Tốc độ tăng trưởng GRDP", "%", "7,5", "8,05", "", ""],
    ["2", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "17.491", "17.946", "102,6", "94,2"],
    ["3", "Tỷ lệ hộ nghèo", "%", "", "3,01", "", ""],
    ["4", "Kim ngạch xuất khẩu", "Triệu USD", "1.200", "1.255", "104,6", ""],
    ["5", "Số lượng tàu cá", "Chiếc", "100", "120", "", ""],
  ]),
};

test("an indicator table yields facts with unit, period, basis, measure and cell", () => {
  const { facts, warnings } = tableFacts([HA_TINH], { doc: "t.docx" });
  const get = (ind: string, basis: string, measure = "value") => facts.find((f) => f.indicator === ind && f.basis === basis && f.measure === measure);
  expect(get("budget_revenue", "actual")).toMatchObject({ entity: "Hà Tĩnh", period: "2023", value: 17946, unit: "bn VND" });
  expect(get("budget_revenue", "plan")).toMatchObject({ value: 17491, period: "2023" });
  expect(get("budget_revenue", "actual", "pct_of_plan")).toMatchObject({ value: 102.6, unit: "%", planRef: null });
  expect(get("budget_revenue", "actual", "yoy_pct")?.value).toBeCloseTo(-5.8, 9);
  expect(get("grdp_growth", "actual")).toMatchObject({ value: 8.05, unit: "%" });
  expect(get("poverty_rate", "actual")).toMatchObject({ value: 3.01 });
  expect(get("exports_value", "actual")).toMatchObject({ value: 1255, unit: "mn USD" });
  const src = get("budget_revenue", "actual")!.source;
  expect(src.cell).toEqual({ table: 0, row: 2, col: 4, quote: "Tổng thu ngân sách nhà nước trên địa bàn | Thực hiện 2023", text: "17.946" });
  expect(warnings.join("\n")).toMatch(/1 row with figures name no indicator/);
});

test("multi-row merged headers, estimates of a half year, unit conversion and the document's entity", () => {
  const rows: TableCell[][] = [
    [{ text: "Chỉ tiêu", row: 0, col: 0, rowSpan: 2 }, { text: "ĐVT", row: 0, col: 1, rowSpan: 2 }, { text: "Năm 2023", row: 0, col: 2, colSpan: 2 }, { text: "Ước TH 6 tháng 2024", row: 0, col: 4, rowSpan: 2 }, { text: "So sánh (%)", row: 0, col: 5, colSpan: 2 }],
    [{ text: "Kế hoạch", row: 1, col: 2 }, { text: "Thực hiện", row: 1, col: 3 }, { text: "Ước TH/KH", row: 1, col: 5 }, { text: "Cùng kỳ", row: 1, col: 6 }],
    [{ text: "A", row: 2, col: 0 }, { text: "B", row: 2, col: 1 }, { text: "1", row: 2, col: 2 }, { text: "2", row: 2, col: 3 }, { text: "3", row: 2, col: 4 }, { text: "4", row: 2, col: 5 }, { text: "5", row: 2, col: 6 }],
    ["Thu ngân sách nhà nước", "Triệu đồng", "1.000.000", "1.100.500", "600.000", "54,5", "110,2"].map((text, col) => ({ text, row: 3, col })),
  ];
  const { facts } = tableFacts([{ rows }], { doc: "x.xlsx", context: { mainUnit: "Bắc Kạn", review: { kind: "H", n: 1, year: 2024 } } });
  const by = (basis: string, measure = "value") => facts.find((f) => f.basis === basis && f.measure === measure);
  expect(by("plan")).toMatchObject({ entity: "Bắc Kạn", period: "2023", value: 1000, unit: "bn VND" });
  expect(by("actual")).toMatchObject({ period: "2023", value: 1100.5 });
  expect(by("estimate")).toMatchObject({ period: "2024-H1", value: 600 });
  expect(by("estimate", "pct_of_plan")).toMatchObject({ period: "2024-H1", value: 54.5 });
  expect(by("estimate", "yoy_pct")?.value).toBeCloseTo(10.2, 9);
  expect(facts).toHaveLength(5);
});

test("an ambiguous number is read the Vietnamese way and says so; the label's offsets point into the text", () => {
  const text = "Bảng\nKim ngạch xuất khẩu\tTriệu USD\t1,255\n";
  const t: ReadTable = { rows: cells([["Chỉ tiêu", "ĐVT", "Thực hiện năm 2023"], ["Kim ngạch xuất khẩu", "Triệu USD", "1,255"]]), start: 5, end: text.length };
  const { facts } = tableFacts([t], { doc: "a", text, entity: "Hà Tĩnh" });
  expect(facts[0].value).toBe(1.255);
  expect(facts[0].warnings?.[0]).toMatch(/ambiguous/);
  expect(text.slice(facts[0].source.start, facts[0].source.end)).toBe("Kim ngạch xuất khẩu");
});
