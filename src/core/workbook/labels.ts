// Every word the workbook shows, per language. Formulas match on the basis / measure labels
// written into the data sheet, so both come from this one table and cannot disagree.
import type { Basis, Measure, Qualifier } from "../facts/fact";
import type { Lang } from "./plan";

export interface Labels {
  sheets: { data: string; compare: string; summary: string; lists: string; log: string };
  basis: Record<Basis, string>;
  measure: Record<Measure, string>;
  qualifier: Record<Exclude<Qualifier, null>, string>;
  derived: string;
  data: {
    entity: string; indicatorId: string; indicator: string; period: string; basis: string;
    measure: string; value: string; unit: string; qualifier: string; warning: string;
    derived: string; doc: string; quote: string; factKey: string; override: string;
    valueUsed: string; lookupKey: string; group: string; plan: string; met: string;
    groupValue: string; review: string; status: string; unitCompared: string; overrideBase: string;
    factJson: string;
  };
  duplicateWarning: string;
  /** Written in the status column: why a row is still there or where it came from. */
  status: { sourceFailed: string; removed: string; aggregate: string };
  reviewFlag: string;
  merger: {
    doc: string; sumOf: string; valueNote: (unit: string, parts: string[]) => string;
    headerSum: string; headerRate: string; viewNote: string;
  };
  log: {
    title: string; at: string; kind: string; source: string; key: string; entity: string;
    indicator: string; period: string; old: string; new: string; detail: string;
    kinds: { refresh: string; added: string; changed: string; removed: string; conflict: string; failed: string };
  };
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
    sheets: { data: "Dữ liệu", compare: "So sánh", summary: "Tổng hợp", lists: "Danh mục", log: "Nhật ký" },
    basis: { actual: "Thực hiện", estimate: "Ước", plan: "Kế hoạch" },
    measure: { value: "Giá trị", pct_of_plan: "% kế hoạch", yoy_pct: "% so cùng kỳ", change: "Thay đổi" },
    qualifier: { approx: "khoảng", over: "trên", under: "dưới", range: "khoảng giữa" },
    derived: "Suy ra",
    data: {
      entity: "Đơn vị", indicatorId: "Mã chỉ tiêu", indicator: "Chỉ tiêu", period: "Kỳ", basis: "Cơ sở",
      measure: "Loại số", value: "Giá trị", unit: "Đơn vị tính", qualifier: "Định tính", warning: "Cảnh báo",
      derived: "Suy ra", doc: "Tài liệu", quote: "Trích dẫn", factKey: "Khóa", override: "Ghi đè",
      valueUsed: "Giá trị dùng", lookupKey: "Khóa tra cứu", group: "Nhóm tổng hợp", plan: "Kế hoạch (tra)",
      met: "Đạt KH (1/0)", groupValue: "Nhóm|giá trị", review: "Cần xem lại", status: "Trạng thái",
      unitCompared: "Đơn vị so sánh", overrideBase: "Giá trị khi ghi đè", factJson: "Số liệu (JSON)",
    },
    duplicateWarning: "trùng số liệu: bảng so sánh dùng dòng đầu tiên",
    status: { sourceFailed: "Nguồn lỗi", removed: "Không còn trong nguồn", aggregate: "Cộng đơn vị mới" },
    reviewFlag: "Cần xem lại",
    merger: {
      doc: "Cộng theo đơn vị mới (NQ 202/2025/QH15)",
      sumOf: "cộng từ",
      valueNote: (unit, parts) =>
        `${unit} từ 1/7/2025 gồm ${parts.join(", ")} (Nghị quyết 202/2025/QH15). Số này là công thức cộng cột "Giá trị dùng" của các dòng ${parts.join(", ")} (theo Khóa), nên đi theo mọi ghi đè của các dòng đó. Chỉ cộng khi mọi tỉnh cũ đều có số.`,
      headerSum: "Đơn vị mới: với kỳ trước 1/7/2025, số của đơn vị đã sáp nhập là tổng các tỉnh cũ (dòng \"Cộng đơn vị mới\" ở Dữ liệu), chỉ khi mọi tỉnh cũ đều có số; thiếu một tỉnh thì để trống.",
      headerRate: "Đơn vị mới: chỉ tiêu tỷ lệ/bình quân không cộng được; với kỳ trước 1/7/2025 để trống cho đơn vị đã sáp nhập vì không có trọng số (dân số, lao động…) để lấy bình quân.",
      viewNote: "Xem theo 34 đơn vị mới (từ 1/7/2025, Nghị quyết 202/2025/QH15): số báo cáo sau 1/7/2025 của tỉnh cũ được tính cho đơn vị mới; số trước đó của tỉnh đã sáp nhập được cộng nếu cộng được, tỷ lệ để trống.",
    },
    log: {
      title: "Nhật ký làm mới", at: "Thời điểm", kind: "Loại", source: "Nguồn", key: "Khóa", entity: "Đơn vị",
      indicator: "Chỉ tiêu", period: "Kỳ", old: "Cũ", new: "Mới", detail: "Ghi chú",
      kinds: { refresh: "Làm mới", added: "Thêm", changed: "Thay đổi", removed: "Bỏ", conflict: "Ghi đè cần xem lại", failed: "Nguồn lỗi" },
    },
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
    sheets: { data: "Data", compare: "Comparison", summary: "Summary", lists: "Lists", log: "Log" },
    basis: { actual: "Actual", estimate: "Estimate", plan: "Plan" },
    measure: { value: "Value", pct_of_plan: "% of plan", yoy_pct: "% YoY", change: "Change" },
    qualifier: { approx: "about", over: "over", under: "under", range: "range" },
    derived: "Derived",
    data: {
      entity: "Unit", indicatorId: "Indicator id", indicator: "Indicator", period: "Period", basis: "Basis",
      measure: "Measure", value: "Value", unit: "Unit of measure", qualifier: "Qualifier", warning: "Warning",
      derived: "Derived", doc: "Document", quote: "Quote", factKey: "Key", override: "Override",
      valueUsed: "Value used", lookupKey: "Lookup key", group: "Summary group", plan: "Plan (looked up)",
      met: "Met plan (1/0)", groupValue: "Group|value", review: "Needs review", status: "Status",
      unitCompared: "Unit compared", overrideBase: "Value when overridden", factJson: "Fact (JSON)",
    },
    duplicateWarning: "duplicate figure: the comparison uses the first row",
    status: { sourceFailed: "source failed", removed: "no longer in source", aggregate: "new-unit sum" },
    reviewFlag: "Needs review",
    merger: {
      doc: "Summed by new unit (Resolution 202/2025/QH15)",
      sumOf: "sum of",
      valueNote: (unit, parts) =>
        `${unit} from 1 July 2025 is made of ${parts.join(", ")} (Resolution 202/2025/QH15). This figure is a formula adding the "Value used" of the rows of ${parts.join(", ")} (by key), so it follows their overrides. Summed only when every old unit reported.`,
      headerSum: "New units: for periods before 1 July 2025 a merged unit's figure is the sum of its old units (\"new-unit sum\" rows in Data), only when every old unit reported; otherwise blank.",
      headerRate: "New units: rates and averages cannot be added up; before 1 July 2025 they are left blank for merged units because no weights (population, labour force…) are available.",
      viewNote: "Compared by the 34 new units (from 1 July 2025, Resolution 202/2025/QH15): figures an old unit reported after 1 July 2025 count for its new unit; earlier figures of merged units are summed where additive, rates left blank.",
    },
    log: {
      title: "Refresh log", at: "When", kind: "Kind", source: "Source", key: "Key", entity: "Unit",
      indicator: "Indicator", period: "Period", old: "Old", new: "New", detail: "Detail",
      kinds: { refresh: "Refresh", added: "Added", changed: "Changed", removed: "Removed", conflict: "Override to review", failed: "Source failed" },
    },
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
