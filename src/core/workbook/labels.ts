// Every word the workbook shows, per language. Formulas match on the basis / measure labels
// written into the data sheet, so both come from this one table and cannot disagree.
import type { Basis, Measure, Qualifier } from "../facts/fact";
import type { Lang } from "./plan";

export interface Labels {
  sheets: { data: string; compare: string; summary: string; lists: string };
  basis: Record<Basis, string>;
  measure: Record<Measure, string>;
  qualifier: Record<Exclude<Qualifier, null>, string>;
  derived: string;
  data: {
    entity: string; indicatorId: string; indicator: string; period: string; basis: string;
    measure: string; value: string; unit: string; qualifier: string; warning: string;
    derived: string; doc: string; quote: string; factKey: string; override: string;
    valueUsed: string; lookupKey: string; group: string; plan: string; met: string;
    groupValue: string;
  };
  duplicateWarning: string;
  compare: {
    title: string; period: string; chartIndicator: string; entity: string;
    plan: string; planSource: string; actual: string; pctOfPlan: string; status: string; rank: string;
    reported: string; met: string; missed: string; chartTitle: string; chartEntity: string;
    chartNote: string; hint: string;
  };
  summary: {
    title: string; indicatorId: string; indicator: string; period: string; unit: string;
    units: string; sum: string; min: string; minUnit: string; max: string; maxUnit: string;
    mean: string; withPlan: string; met: string; note: string;
  };
  lists: {
    periods: string; indicatorId: string; indicator: string; direction: string; aggregate: string;
    higher: string; lower: string; notes: string; facts: string;
  };
}

export const LABELS: Record<Lang, Labels> = {
  vi: {
    sheets: { data: "Dữ liệu", compare: "So sánh", summary: "Tổng hợp", lists: "Danh mục" },
    basis: { actual: "Thực hiện", estimate: "Ước", plan: "Kế hoạch" },
    measure: { value: "Giá trị", pct_of_plan: "% kế hoạch", yoy_pct: "% so cùng kỳ", change: "Thay đổi" },
    qualifier: { approx: "khoảng", over: "trên", under: "dưới", range: "khoảng giữa" },
    derived: "Suy ra",
    data: {
      entity: "Đơn vị", indicatorId: "Mã chỉ tiêu", indicator: "Chỉ tiêu", period: "Kỳ", basis: "Cơ sở",
      measure: "Loại số", value: "Giá trị", unit: "Đơn vị tính", qualifier: "Định tính", warning: "Cảnh báo",
      derived: "Suy ra", doc: "Tài liệu", quote: "Trích dẫn", factKey: "Khóa", override: "Ghi đè",
      valueUsed: "Giá trị dùng", lookupKey: "Khóa tra cứu", group: "Nhóm tổng hợp", plan: "Kế hoạch (tra)",
      met: "Đạt KH (1/0)", groupValue: "Nhóm|giá trị",
    },
    duplicateWarning: "trùng số liệu: bảng so sánh dùng dòng đầu tiên",
    compare: {
      title: "So sánh giữa các đơn vị", period: "Kỳ", chartIndicator: "Chỉ tiêu vẽ biểu đồ", entity: "Đơn vị",
      plan: "Kế hoạch", planSource: "Nguồn KH", actual: "Thực hiện", pctOfPlan: "% KH", status: "Đánh giá",
      rank: "Xếp hạng", reported: "Báo cáo", met: "Đạt", missed: "Không đạt",
      chartTitle: "Kế hoạch và thực hiện", chartEntity: "Đơn vị",
      chartNote: "Biểu đồ cột (kế hoạch, thực hiện) của bảng bên: tệp này được ghi không kèm biểu đồ; chọn bảng và Chèn > Biểu đồ cột, hoặc dùng add-in để vẽ.",
      hint: "Chọn kỳ trong ô màu vàng. Thực hiện = số thực hiện, nếu không có thì số ước. Kế hoạch suy ra = thực hiện ÷ % kế hoạch.",
    },
    summary: {
      title: "Tổng hợp theo chỉ tiêu và kỳ", indicatorId: "Mã chỉ tiêu", indicator: "Chỉ tiêu", period: "Kỳ",
      unit: "Đơn vị tính", units: "Số đơn vị báo cáo", sum: "Tổng", min: "Nhỏ nhất", minUnit: "Đơn vị nhỏ nhất",
      max: "Lớn nhất", maxUnit: "Đơn vị lớn nhất", mean: "Trung bình", withPlan: "Số đơn vị có KH",
      met: "Số đơn vị đạt KH",
      note: "Số liệu: thực hiện, nếu không có thì ước, một số mỗi đơn vị. Tổng chỉ cho chỉ tiêu cộng được. Trung bình không trọng số.",
    },
    lists: {
      periods: "Kỳ", indicatorId: "Mã chỉ tiêu", indicator: "Chỉ tiêu", direction: "Hướng tốt", aggregate: "Tổng hợp",
      higher: "cao hơn", lower: "thấp hơn", notes: "Ghi chú", facts: "Số dòng dữ liệu",
    },
  },
  en: {
    sheets: { data: "Data", compare: "Comparison", summary: "Summary", lists: "Lists" },
    basis: { actual: "Actual", estimate: "Estimate", plan: "Plan" },
    measure: { value: "Value", pct_of_plan: "% of plan", yoy_pct: "% YoY", change: "Change" },
    qualifier: { approx: "about", over: "over", under: "under", range: "range" },
    derived: "Derived",
    data: {
      entity: "Unit", indicatorId: "Indicator id", indicator: "Indicator", period: "Period", basis: "Basis",
      measure: "Measure", value: "Value", unit: "Unit of measure", qualifier: "Qualifier", warning: "Warning",
      derived: "Derived", doc: "Document", quote: "Quote", factKey: "Key", override: "Override",
      valueUsed: "Value used", lookupKey: "Lookup key", group: "Summary group", plan: "Plan (looked up)",
      met: "Met plan (1/0)", groupValue: "Group|value",
    },
    duplicateWarning: "duplicate figure: the comparison uses the first row",
    compare: {
      title: "Comparison between units", period: "Period", chartIndicator: "Indicator to chart", entity: "Unit",
      plan: "Plan", planSource: "Plan source", actual: "Actual", pctOfPlan: "% of plan", status: "Status",
      rank: "Rank", reported: "Reported", met: "Met", missed: "Missed",
      chartTitle: "Plan and actual", chartEntity: "Unit",
      chartNote: "Column chart (plan, actual) of the table beside: this file was written without the chart; select the table and Insert > Column chart, or use the add-in to draw it.",
      hint: "Pick the period in the yellow cell. Actual = actual figure, else the estimate. Derived plan = actual ÷ % of plan.",
    },
    summary: {
      title: "Summary by indicator and period", indicatorId: "Indicator id", indicator: "Indicator", period: "Period",
      unit: "Unit of measure", units: "Units reporting", sum: "Total", min: "Min", minUnit: "Unit with min",
      max: "Max", maxUnit: "Unit with max", mean: "Mean", withPlan: "Units with plan", met: "Units meeting plan",
      note: "Figures: actual, else estimate, one per unit. Totals only for additive indicators. Unweighted mean.",
    },
    lists: {
      periods: "Period", indicatorId: "Indicator id", indicator: "Indicator", direction: "Better when", aggregate: "Aggregate",
      higher: "higher", lower: "lower", notes: "Notes", facts: "Data rows",
    },
  },
};
