// The layouts provincial offices give their indicator tables, as table data: each one read into
// facts the way facts.md's "Figures read from tables" says.
import { tableFacts, ReadTable, TableCell } from "../../src/core/tables";
import { unitOfLabel, unitOfOrganisation, unitOfTitle } from "../../src/core/tables";
import { readCellValue } from "../../src/core/tables/cellValue";
import type { Fact } from "../../src/core/facts/fact";

/** Rows of texts; "<" continues the cell to the left (a column span), "^" the cell above (a row span). */
function table(rows: string[][], extra: Partial<ReadTable> = {}): ReadTable {
  const cells: TableCell[][] = rows.map(() => []);
  const at = new Map<string, TableCell>();
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === "<") {
        let k = c - 1;
        while (rows[r][k] === "<") k--;
        const cell = at.get(`${r},${k}`)!;
        cell.colSpan = (cell.colSpan ?? 1) + 1;
        return;
      }
      if (text === "^") {
        let k = r - 1;
        while (rows[k][c] === "^") k--;
        const cell = at.get(`${k},${c}`)!;
        cell.rowSpan = (cell.rowSpan ?? 1) + 1;
        return;
      }
      const cell: TableCell = { text, row: r, col: c };
      at.set(`${r},${c}`, cell);
      cells[r].push(cell);
    }),
  );
  return { rows: cells, ...extra };
}

const facts = (t: ReadTable, opts: { entity?: string; text?: string } = {}) => tableFacts([t], { doc: "t", ...opts });
const pick = (fs: Fact[], indicator: string, period: string, measure = "value", basis?: string) =>
  fs.filter((f) => f.indicator === indicator && f.period === period && f.measure === measure && (!basis || f.basis === basis));
const one = (fs: Fact[], indicator: string, period: string, measure = "value", basis?: string) => {
  const found = pick(fs, indicator, period, measure, basis);
  expect(found).toHaveLength(1);
  return found[0];
};

test("two header rows with merged cells, a column-number row, section rows and a child row", () => {
  const t = table(
    [
      ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2022", "Kế hoạch năm 2023", "Ước thực hiện năm 2023", "So sánh (%)", "<"],
      ["^", "^", "^", "^", "^", "^", "Ước TH 2023/TH 2022", "Ước TH/KH 2023"],
      ["A", "B", "C", "1", "2", "3", "4=3/1", "5=3/2"],
      ["I", "CHỈ TIÊU KINH TẾ", "<", "<", "<", "<", "<", "<"],
      ["1", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "3.412,5", "3.100", "3.586", "105,1", "115,7"],
      ["", "Trong đó: Thu nội địa", "Tỷ đồng", "2.950", "2.800", "3.120,4", "105,8", "111,4"],
      ["", "- Thu tiền sử dụng đất", "Tỷ đồng", "810", "900", "640", "79,0", "71,1"],
      ["II", "CHỈ TIÊU XÃ HỘI", "<", "<", "<", "<", "<", "<"],
      ["2", "Tỷ lệ hộ nghèo", "%", "6,81", "5,3", "5,25", "-", "-"],
    ],
    { title: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023" },
  );
  const { facts: fs } = facts(t, { entity: "Quảng Trị" });
  expect(one(fs, "budget_revenue", "2022", "value", "actual").value).toBe(3412.5);
  expect(one(fs, "budget_revenue", "2023", "value", "plan").value).toBe(3100);
  expect(one(fs, "budget_revenue", "2023", "value", "estimate").value).toBe(3586);
  expect(one(fs, "budget_revenue", "2023", "yoy_pct").value).toBeCloseTo(5.1, 9);
  expect(one(fs, "budget_revenue", "2023", "pct_of_plan")).toMatchObject({ value: 115.7, basis: "estimate" });
  expect(one(fs, "domestic_revenue", "2023", "value", "estimate").value).toBe(3120.4);
  // neither the column numbers nor the land-use child (no catalog indicator) become facts
  expect(fs.some((f) => f.value === 640 || f.value === 810)).toBe(false);
  expect(fs.some((f) => [1, 2, 3, 4, 5].includes(f.value) && f.measure === "value" && f.unit !== "%")).toBe(false);
  // rates compared with their plan are points, not ratios: the "-" cells and the rate give no ratio
  expect(pick(fs, "poverty_rate", "2023", "pct_of_plan")).toHaveLength(0);
  expect(one(fs, "poverty_rate", "2023", "value", "plan").value).toBe(5.3);
  const cell = one(fs, "budget_revenue", "2023", "pct_of_plan").source.cell!;
  expect(cell).toMatchObject({ row: 4, col: 7, quote: "Tổng thu ngân sách nhà nước trên địa bàn | So sánh (%) / Ước TH/KH 2023", text: "115,7" });
});

test("units in an ĐVT column or in the label are scaled to the canonical unit, never 1000 times off", () => {
  const t = table([
    ["Chỉ tiêu", "ĐVT", "Thực hiện năm 2023"],
    ["Tổng thu ngân sách nhà nước", "Nghìn tỷ đồng", "105,6"],
    ["Kim ngạch xuất khẩu", "Tỷ USD", "24,85"],
    ["Tổng vốn đầu tư toàn xã hội", "Triệu đồng", "148.650.500"],
    ["GRDP bình quân đầu người", "Triệu đồng", "67,2"],
    ["Thu nhập bình quân đầu người (triệu đồng/người/năm)", "", "41,5"],
    ["Thu nội địa (tỷ đồng)", "", "3.120,4"],
    ["Kim ngạch xuất nhập khẩu (triệu USD)", "", "912,6"],
  ]);
  const { facts: fs } = facts(t, { entity: "Hải Phòng" });
  expect(one(fs, "budget_revenue", "2023").value).toBe(105600);
  expect(one(fs, "exports_value", "2023")).toMatchObject({ value: 24850, unit: "mn USD" });
  expect(one(fs, "total_investment", "2023").value).toBeCloseTo(148650.5, 6);
  expect(one(fs, "grdp_per_capita", "2023")).toMatchObject({ value: 67.2, unit: "mn VND/person/year" });
  expect(one(fs, "income_per_capita", "2023").value).toBe(41.5);
  expect(one(fs, "domestic_revenue", "2023").value).toBe(3120.4);
  expect(one(fs, "trade_value", "2023").value).toBe(912.6);
});

test("years as columns, a comparison of two years, units in labels, a tỉnh ủy header", () => {
  const text = "TỈNH ỦY BẮC KẠN\n*\nMỘT SỐ CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2022 - 2024\n";
  const t = table([
    ["STT", "Chỉ tiêu", "Thực hiện 2022", "Thực hiện 2023", "Kế hoạch 2024", "2023 so với 2022 (%)"],
    ["1", "Tổng vốn đầu tư toàn xã hội (nghìn tỷ đồng)", "8,9", "9,45", "10,2", "106,2"],
    ["2", "Kết nạp đảng viên mới (đảng viên)", "1.045", "1.112", "1.100", "106,4"],
  ], { start: text.length });
  const { facts: fs } = facts(t, { text: text + "x" });
  expect(one(fs, "total_investment", "2022").value).toBe(8900);
  expect(one(fs, "total_investment", "2024", "value", "plan").value).toBe(10200);
  expect(one(fs, "total_investment", "2023", "yoy_pct").value).toBeCloseTo(6.2, 9);
  expect(one(fs, "members_admitted", "2023").entity).toBe("Bắc Kạn");
});

test("bare years as columns and a bare 'So sánh (%)' after two years", () => {
  const a = table([["Chỉ tiêu", "2021", "2022", "2023"], ["Tốc độ tăng trưởng GRDP (%)", "6,9", "4,9", "-3,0"]], { title: "Tăng trưởng kinh tế tỉnh Bắc Ninh giai đoạn 2021-2023" });
  const fa = facts(a).facts;
  expect(fa.map((f) => [f.period, f.value])).toEqual([["2021", 6.9], ["2022", 4.9], ["2023", -3]]);
  expect(fa[0].entity).toBe("Bắc Ninh");
  const b = table([["Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "So sánh (%)"], ["Số đảng viên bị kỷ luật", "người", "212", "198", "93,4"]]);
  expect(one(facts(b, { entity: "Bắc Ninh" }).facts, "members_disciplined", "2023", "yoy_pct").value).toBeCloseTo(-6.6, 9);
});

test("months and the months to date as columns under a merged year; IIP as an index; CPI is no indicator", () => {
  const t = table([
    ["Chỉ tiêu", "ĐVT", "Năm 2024", "<", "<", "So với cùng kỳ năm trước (%)", "<"],
    ["^", "^", "Tháng 9", "Tháng 10", "Cộng dồn 10 tháng", "Tháng 10", "Cộng dồn"],
    ["Chỉ số sản xuất công nghiệp", "%", "-", "-", "-", "104,5", "107,2"],
    ["Kim ngạch xuất khẩu", "Triệu USD", "145,2", "160,8", "1.402,5", "125,4", "130,1"],
    ["Chỉ số giá tiêu dùng", "%", "100,3", "100,1", "103,2", "102,9", "103,2"],
  ]);
  const { facts: fs } = facts(t, { entity: "Đắk Lắk" });
  expect(one(fs, "industrial_production_growth", "2024-M10").value).toBeCloseTo(4.5, 9);
  expect(one(fs, "industrial_production_growth", "2024-YTD10").value).toBeCloseTo(7.2, 9);
  expect(one(fs, "exports_value", "2024-M09").value).toBe(145.2);
  expect(one(fs, "exports_value", "2024-YTD10").value).toBe(1402.5);
  expect(one(fs, "exports_value", "2024-YTD10", "yoy_pct").value).toBeCloseTo(30.1, 9);
  expect(fs.filter((f) => f.indicator === "industrial_production_growth")).toHaveLength(2);
});

test("quarters, the half year and a 'Cùng kỳ năm 2023' column of last year's values", () => {
  const t = table([
    ["Chỉ tiêu", "ĐVT", "Quý I/2024", "Ước quý II/2024", "Ước 6 tháng năm 2024", "Cùng kỳ năm 2023", "6 tháng 2024 so với cùng kỳ (%)"],
    ["Kim ngạch xuất khẩu", "Triệu USD", "1.205", "1.398", "2.603", "2.290", "113,7"],
  ], { title: "Một số chỉ tiêu kinh tế 6 tháng đầu năm 2024" });
  const { facts: fs } = facts(t, { entity: "Quảng Ninh" });
  expect(one(fs, "exports_value", "2024-Q1").value).toBe(1205);
  expect(one(fs, "exports_value", "2024-Q2", "value", "estimate").value).toBe(1398);
  expect(one(fs, "exports_value", "2024-H1", "value", "estimate").value).toBe(2603);
  expect(one(fs, "exports_value", "2023-H1", "value", "actual").value).toBe(2290);
  expect(one(fs, "exports_value", "2024-H1", "yoy_pct").value).toBeCloseTo(13.7, 9);
});

test("nine months against the year's plan, and a child row named in its parent's words", () => {
  const t = table([
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện 9 tháng năm 2023", "So sánh (%)", "<"],
    ["^", "^", "^", "^", "^", "TH 9 tháng/KH năm", "Cùng kỳ"],
    ["1", "Kim ngạch xuất nhập khẩu", "Triệu USD", "9.500", "6.910,4", "72,7", "95,8"],
    ["", "Trong đó: - Xuất khẩu", "Triệu USD", "5.600", "4.118,3", "73,5", "97,2"],
    ["", "- Nhập khẩu", "Triệu USD", "3.900", "2.792,1", "71,6", "93,8"],
  ]);
  const { facts: fs } = facts(t, { entity: "Tây Ninh" });
  expect(one(fs, "trade_value", "2023", "value", "plan").value).toBe(9500);
  expect(one(fs, "trade_value", "2023-YTD09", "pct_of_plan").value).toBe(72.7);
  expect(one(fs, "exports_value", "2023-YTD09").value).toBe(4118.3);
  expect(one(fs, "exports_value", "2023-YTD09", "yoy_pct").value).toBeCloseTo(-2.8, 9);
  expect(fs.some((f) => f.value === 2792.1)).toBe(false);
});

test("units of government as rows, with 'Cả nước' for the country; a rank column is no figure", () => {
  const t = table([
    ["TT", "Tỉnh, thành phố", "Tốc độ tăng GRDP (%)", "Thu ngân sách nhà nước (tỷ đồng)", "Xếp hạng tăng trưởng"],
    ["", "Cả nước", "5,05", "1.752.500", "-"],
    ["1", "Thanh Hóa", "8,4", "49.015", "2"],
    ["2", "Thừa Thiên Huế", "8,6", "12.300", "1"],
  ], { title: "So sánh một số chỉ tiêu của các tỉnh Bắc Trung Bộ năm 2023" });
  const { facts: fs } = facts(t);
  expect(fs.map((f) => `${f.entity}|${f.indicator}|${f.value}`).sort()).toEqual(
    ["Việt Nam|grdp_growth|5.05", "Việt Nam|budget_revenue|1752500", "Thanh Hóa|grdp_growth|8.4", "Thanh Hóa|budget_revenue|49015", "Thừa Thiên Huế|grdp_growth|8.6", "Thừa Thiên Huế|budget_revenue|12300"].sort(),
  );
});

test("units of government as rows under a merged indicator header; 'Toàn tỉnh' is the table's unit", () => {
  const t = table([
    ["TT", "Địa phương", "Thu ngân sách nhà nước (tỷ đồng)", "<", "<", "Kết nạp đảng viên mới (người)"],
    ["^", "^", "Dự toán", "Thực hiện", "TH/DT (%)", "^"],
    ["", "Toàn tỉnh", "17.491", "17.946", "102,6", "2.234"],
    ["1", "Thành phố Hà Tĩnh", "1.250", "1.318,2", "105,5", "210"],
    ["2", "Thị xã Kỳ Anh", "2.100", "1.985,4", "94,5", "185"],
  ], { title: "THU NGÂN SÁCH VÀ KẾT NẠP ĐẢNG VIÊN THEO ĐỊA PHƯƠNG NĂM 2023" });
  const { facts: fs } = facts(t, { text: "UBND TỈNH HÀ TĨNH\n", entity: undefined });
  const by = (e: string) => fs.filter((f) => f.entity === e).map((f) => `${f.indicator}|${f.basis}|${f.measure}|${f.value}`).sort();
  expect(by("TP Hà Tĩnh")).toEqual(["budget_revenue|actual|pct_of_plan|105.5", "budget_revenue|actual|value|1318.2", "budget_revenue|plan|value|1250", "members_admitted|actual|value|210"]);
  expect(by("TX Kỳ Anh")).toHaveLength(4);
  expect(fs.filter((f) => !["TP Hà Tĩnh", "TX Kỳ Anh"].includes(f.entity))).toHaveLength(4);
});

test("units of government as columns", () => {
  const t = table([
    ["Chỉ tiêu", "ĐVT", "Thành phố Cao Lãnh", "Huyện Tháp Mười", "Toàn tỉnh"],
    ["Số doanh nghiệp thành lập mới", "Doanh nghiệp", "85", "18", "410"],
  ], { title: "TÌNH HÌNH THỰC HIỆN MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024 CỦA CÁC HUYỆN, THÀNH PHỐ" });
  const { facts: fs } = facts(t, { entity: "Đồng Tháp" });
  expect(fs.map((f) => `${f.entity}|${f.period}|${f.value}`)).toEqual(["TP Cao Lãnh|2024-H1|85", "huyện Tháp Mười|2024-H1|18", "Đồng Tháp|2024-H1|410"]);
});

test("ranges, 'Giảm 0,5', a decreasing row, dashes and footnote marks", () => {
  const t = table([
    ["TT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2024", "Kế hoạch năm 2025", "KH 2025 so với ƯTH 2024 (%)"],
    ["1", "Tốc độ tăng trưởng kinh tế (GRDP)(*)", "%", "8,2", "9,5-10", "-"],
    ["2", "Tỷ lệ hộ nghèo", "%", "1,9", "Giảm 0,5", "-"],
    ["3", "Mức giảm tỷ lệ hộ nghèo", "%", "1,56", "1,5", ""],
    ["4", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "52.800", "58.000", "109,8"],
    ["", "(*) Theo giá so sánh năm 2010.", "<", "<", "<", "<"],
  ]);
  const { facts: fs } = facts(t, { entity: "Ninh Bình" });
  expect(one(fs, "grdp_growth", "2025", "value", "plan")).toMatchObject({ value: 9.5, qualifier: "range", upper: 10 });
  expect(pick(fs, "poverty_rate", "2025", "change", "plan").map((f) => f.value).sort((a, b) => a - b)).toEqual([-1.5, -0.5]);
  expect(one(fs, "poverty_rate", "2024", "change", "estimate").value).toBe(-1.56);
  expect(one(fs, "poverty_rate", "2024", "value", "estimate").value).toBe(1.9);
  // a plan compared with an estimate measures nothing facts.md knows
  expect(fs.some((f) => f.value === 109.8 || f.value === 9.8)).toBe(false);
  expect(fs.some((f) => f.period === "2010")).toBe(false);
});

test("a sheet holding two tables one under another reads each with its own header", () => {
  const t = table([
    ["Biểu 1: Tăng trưởng kinh tế tỉnh Bắc Ninh giai đoạn 2021-2023", "<", "<", "<", "<"],
    ["Chỉ tiêu", "2021", "2022", "2023", ""],
    ["Tốc độ tăng trưởng GRDP (%)", "6,9", "4,9", "-3", ""],
    ["Biểu 2: Công tác phát triển đảng viên năm 2023", "<", "<", "<", "<"],
    ["Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "So sánh (%)"],
    ["Kết nạp đảng viên mới", "người", "2310", "2456", "106,3"],
  ], { sheet: "Sheet1" });
  const { facts: fs } = facts(t);
  expect(one(fs, "grdp_growth", "2022").value).toBe(4.9);
  expect(one(fs, "members_admitted", "2022").value).toBe(2310);
  expect(one(fs, "members_admitted", "2023", "yoy_pct").value).toBeCloseTo(6.3, 9);
  expect(one(fs, "members_admitted", "2023").source.cell).toMatchObject({ sheet: "Sheet1", address: "D6", row: 5, col: 3 });
});

test("the unit of government from an organisation header or the title; headings name no unit", () => {
  expect(unitOfOrganisation("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ")?.name).toBe("Quảng Trị");
  expect(unitOfOrganisation("ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ     Độc lập - Tự do - Hạnh phúc")?.name).toBe("Quảng Trị");
  expect(unitOfOrganisation("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nTỈNH ỦY")?.name).toBe("Lâm Đồng");
  expect(unitOfOrganisation("TỈNH ỦY BẮC KẠN")?.name).toBe("Bắc Kạn");
  expect(unitOfOrganisation("CỤC THỐNG KÊ TỈNH NGHỆ AN")?.name).toBe("Nghệ An");
  expect(unitOfOrganisation("ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN")?.name).toBe("huyện Cẩm Xuyên");
  expect(unitOfOrganisation("UBND THÀNH PHỐ HẢI PHÒNG")?.name).toBe("Hải Phòng");
  for (const none of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023"]) expect(unitOfOrganisation(none)).toBeUndefined();
  expect(unitOfTitle("KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023 CỦA TỈNH HÀ TĨNH")?.name).toBe("Hà Tĩnh");
  expect(unitOfTitle("KẾT QUẢ … KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023")).toBeUndefined();
  expect(unitOfTitle("So sánh một số chỉ tiêu của các tỉnh Bắc Trung Bộ năm 2023")).toBeUndefined();
  expect(unitOfLabel("Cả nước")?.name).toBe("Việt Nam");
  expect(unitOfLabel("Thị xã Kỳ Anh")?.name).toBe("TX Kỳ Anh");
  expect(unitOfLabel("TP. Hồ Chí Minh")?.name).toBe("TP Hồ Chí Minh");
  expect(unitOfLabel("Tổng thu ngân sách")).toBeUndefined();
});

test("a title 'KINH TẾ - XÃ HỘI' without a unit: the unit is unknown and said so, never guessed", () => {
  const t = table([["Chỉ tiêu", "ĐVT", "Thực hiện"], ["Tổng thu ngân sách", "Tỷ đồng", "17.946"]], { title: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023" });
  const r = facts(t);
  expect(r.facts[0]).toMatchObject({ entity: "", period: "2023", value: 17946 });
  expect(r.facts[0].warnings?.join()).toMatch(/reporting unit unknown/);
  expect(r.warnings.join()).toMatch(/reporting unit unknown/);
});

test("cell values: Vietnamese numbers, dashes, ranges, changes, footnote marks", () => {
  expect(readCellValue("17.946")?.value).toBe(17946);
  expect(readCellValue("8,05")?.value).toBe(8.05);
  expect(readCellValue("105,2%")?.value).toBe(105.2);
  expect(readCellValue("(12,5)")?.value).toBe(-12.5);
  expect(readCellValue("-3,0")?.value).toBe(-3);
  expect(readCellValue("6,5-7,0")).toMatchObject({ value: 6.5, upper: 7 });
  expect(readCellValue("Giảm 1,5")).toMatchObject({ value: -1.5, change: true });
  expect(readCellValue("Tăng 2")).toMatchObject({ value: 2, change: true });
  expect(readCellValue("17.946(*)")?.value).toBe(17946);
  for (const empty of ["", "-", "–", "x", "...", "Đạt", "Vượt"]) expect(readCellValue(empty)).toBeNull();
});

test("years named relative to the table's own: 'năm trước', 'năm nay', 'Cùng kỳ năm trước'", () => {
  const t = table([
    ["Chỉ tiêu", "ĐVT", "Thực hiện năm trước", "Kế hoạch năm nay", "Ước 9 tháng", "Cùng kỳ năm trước"],
    ["Tổng thu ngân sách nhà nước", "Tỷ đồng", "9.800", "10.500", "7.200", "6.900"],
  ], { title: "TÌNH HÌNH THỰC HIỆN 9 THÁNG NĂM 2024" });
  const { facts: fs } = facts(t, { entity: "Nam Định" });
  expect(one(fs, "budget_revenue", "2023").value).toBe(9800);
  expect(one(fs, "budget_revenue", "2024", "value", "plan").value).toBe(10500);
  expect(one(fs, "budget_revenue", "2024-YTD09").value).toBe(7200);
  expect(one(fs, "budget_revenue", "2023-YTD09").value).toBe(6900);
});
