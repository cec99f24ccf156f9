// Every word the workbook shows, per language. Formulas match on the basis / measure labels
// written into the data sheet, so both come from this one table and cannot disagree.
import type { Basis, Measure, Qualifier } from "../facts/fact";
import type { Lang } from "./plan";

export interface Labels {
  sheets: { data: string; compare: string; brief: string; chart: string; summary: string; lists: string; log: string };
  basis: Record<Basis, string>;
  measure: Record<Measure, string>;
  qualifier: Record<Exclude<Qualifier, null>, string>;
  derived: string;
  data: {
    entity: string; indicatorId: string; indicator: string; period: string; basis: string;
    measure: string; value: string; unit: string; qualifier: string; warning: string;
    derived: string; doc: string; quote: string; factKey: string; override: string;
    valueUsed: string; group: string; plan: string; met: string;
    review: string; status: string; unitCompared: string; overrideBase: string;
    factJson: string; reportDate: string; sources: string; numKey: string;
  };
  /** Headers of data columns earlier versions wrote and this one does not: not the user's columns. */
  legacyData: string[];
  /** On a row whose figure another source states too: which one the comparison uses. */
  duplicate: { same: (doc: string) => string; other: (doc: string) => string };
  /** On the row the comparison uses, when other sources state another figure. */
  otherSources: string;
  /** Dates as the book shows them. */
  date: (iso: string) => string;
  /** Numbers inside text (a note), in the book's language. */
  decimal: { thousands: string; point: string };
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
    note: string; reported: string; met: string; missed: string; hint: string; unsorted: string;
  };
  brief: { title: string; period: string; periodNote: string; entity: string; plan: string; actual: string; pct: string; status: string; note: string };
  chart: {
    title: string; indicator: string; period: string; periodNote: string; chartTitle: string; entity: string;
    plan: string; actual: string; source: string; chartNote: string;
  };
  units: Record<string, string>;
  aggregate: Record<string, string>;
  print: { printed: string; page: string };
  summary: {
    title: string; indicatorId: string; indicator: string; period: string; unit: string;
    units: string; sum: string; min: string; minUnit: string; max: string; maxUnit: string;
    mean: string; withPlan: string; met: string; note: string;
  };
  lists: {
    title: string; about: string; periods: string; indicatorId: string; indicator: string; unit: string;
    direction: string; aggregate: string; higher: string; lower: string; notes: string; facts: string;
    chartList: string; sorted: string;
  };
}

export const LABELS: Record<Lang, Labels> = {
  vi: {
    sheets: { data: "Dữ liệu", compare: "So sánh", brief: "Tóm tắt", chart: "Biểu đồ", summary: "Tổng hợp", lists: "Danh mục", log: "Nhật ký" },
    basis: { actual: "Thực hiện", estimate: "Ước", plan: "Kế hoạch" },
    measure: { value: "Giá trị", pct_of_plan: "% kế hoạch", yoy_pct: "% so cùng kỳ", change: "Thay đổi" },
    qualifier: { approx: "khoảng", over: "trên", under: "dưới", range: "khoảng giữa" },
    derived: "Suy ra",
    data: {
      entity: "Đơn vị", indicatorId: "Mã chỉ tiêu", indicator: "Chỉ tiêu", period: "Kỳ", basis: "Cơ sở",
      measure: "Loại số", value: "Giá trị", unit: "Đơn vị tính", qualifier: "Định tính", warning: "Cảnh báo",
      derived: "Suy ra", doc: "Tài liệu", quote: "Trích dẫn", factKey: "Khóa", override: "Ghi đè",
      valueUsed: "Giá trị dùng", group: "Nhóm tổng hợp", plan: "Kế hoạch (tra)",
      met: "Đạt KH (1/0)", review: "Cần xem lại", status: "Trạng thái",
      unitCompared: "Đơn vị so sánh", overrideBase: "Giá trị khi ghi đè", factJson: "Số liệu (JSON)",
      reportDate: "Ngày báo cáo", sources: "Nguồn khác", numKey: "Khóa số",
    },
    legacyData: ["Khóa tra cứu", "Nhóm|giá trị"],
    duplicate: {
      same: (doc) => `trùng số liệu: cùng số với ${doc}, bảng so sánh dùng dòng của ${doc}`,
      other: (doc) => `nguồn khác số: bảng so sánh dùng số của ${doc} (báo cáo mới hơn)`,
    },
    otherSources: "Nguồn khác",
    date: (iso) => iso.split("-").reverse().join("/"),
    decimal: { thousands: ".", point: "," },
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
      rank: "Xếp hạng", note: "Ghi chú", reported: "Báo cáo", met: "Đạt", missed: "Không đạt",
      hint: "Chọn kỳ trong ô màu vàng. Thực hiện = số thực hiện, nếu không có thì số ước. Kế hoạch suy ra = thực hiện ÷ % kế hoạch. Ô tô cam: các báo cáo cho số khác nhau, dùng số của báo cáo mới nhất.",
      unsorted: "Trang Dữ liệu đã bị sắp xếp lại: số vẫn đúng nhưng tính chậm hơn. Sắp xếp lại theo cột \"Khóa số\" (tăng dần) để nhanh như cũ.",
    },
    brief: {
      title: "Tóm tắt kết quả thực hiện các chỉ tiêu chủ yếu", period: "Kỳ", periodNote: "(chọn kỳ ở trang So sánh)",
      entity: "Đơn vị", plan: "KH", actual: "TH", pct: "% KH", status: "Đánh giá",
      note: "KH: kế hoạch (báo cáo, hoặc suy ra từ % kế hoạch); TH: thực hiện, nếu chưa có thì số ước. Số lấy từ trang So sánh.",
    },
    chart: {
      title: "Biểu đồ kế hoạch và thực hiện", indicator: "Chỉ tiêu", period: "Kỳ", periodNote: "(chọn kỳ ở trang So sánh)",
      chartTitle: "Kế hoạch và thực hiện", entity: "Đơn vị", plan: "Kế hoạch", actual: "Thực hiện",
      source: "Số liệu của biểu đồ",
      chartNote: "Biểu đồ cột (kế hoạch, thực hiện) của bảng dưới: tệp này được ghi không kèm biểu đồ; chọn bảng và Chèn > Biểu đồ cột, hoặc dùng add-in để vẽ.",
    },
    units: { "bn VND": "tỷ đồng", "mn USD": "triệu USD", "mn VND/person/year": "triệu đồng/người/năm", persons: "người", "%": "%", ha: "ha", count: "" },
    aggregate: { sum: "cộng được", mean_weighted: "bình quân có trọng số", none: "không cộng" },
    print: { printed: "In ngày &D", page: "Trang &P/&N" },
    summary: {
      title: "Tổng hợp theo chỉ tiêu và kỳ", indicatorId: "Mã chỉ tiêu", indicator: "Chỉ tiêu", period: "Kỳ",
      unit: "Đơn vị tính", units: "Số đơn vị báo cáo", sum: "Tổng", min: "Nhỏ nhất", minUnit: "Đơn vị nhỏ nhất",
      max: "Lớn nhất", maxUnit: "Đơn vị lớn nhất", mean: "Trung bình", withPlan: "Số đơn vị có KH",
      met: "Số đơn vị đạt KH",
      note: "Số liệu: thực hiện, nếu không có thì ước, một số mỗi đơn vị. Tổng chỉ cho chỉ tiêu cộng được. Trung bình không trọng số.",
    },
    lists: {
      title: "Danh mục dùng trong sổ",
      about: "Các danh sách cho ô chọn (kỳ ở So sánh, chỉ tiêu ở Biểu đồ) và hướng đánh giá của từng chỉ tiêu (cao hơn hay thấp hơn là tốt), mà công thức Đạt/Không đạt dùng. Không sửa các ô ở trang này; làm mới sổ sẽ viết lại trang.",
      periods: "Kỳ", indicatorId: "Mã chỉ tiêu", indicator: "Chỉ tiêu", unit: "Đơn vị tính", direction: "Hướng tốt", aggregate: "Tổng hợp",
      higher: "cao hơn", lower: "thấp hơn", notes: "Ghi chú", facts: "Số dòng dữ liệu",
      chartList: "Chỉ tiêu trên So sánh", sorted: "Dữ liệu đúng thứ tự khóa",
    },
  },
  en: {
    sheets: { data: "Data", compare: "Comparison", brief: "Brief", chart: "Chart", summary: "Summary", lists: "Lists", log: "Log" },
    basis: { actual: "Actual", estimate: "Estimate", plan: "Plan" },
    measure: { value: "Value", pct_of_plan: "% of plan", yoy_pct: "% YoY", change: "Change" },
    qualifier: { approx: "about", over: "over", under: "under", range: "range" },
    derived: "Derived",
    data: {
      entity: "Unit", indicatorId: "Indicator id", indicator: "Indicator", period: "Period", basis: "Basis",
      measure: "Measure", value: "Value", unit: "Unit of measure", qualifier: "Qualifier", warning: "Warning",
      derived: "Derived", doc: "Document", quote: "Quote", factKey: "Key", override: "Override",
      valueUsed: "Value used", group: "Summary group", plan: "Plan (looked up)",
      met: "Met plan (1/0)", review: "Needs review", status: "Status",
      unitCompared: "Unit compared", overrideBase: "Value when overridden", factJson: "Fact (JSON)",
      reportDate: "Report date", sources: "Other sources", numKey: "Numeric key",
    },
    legacyData: ["Lookup key", "Group|value"],
    duplicate: {
      same: (doc) => `duplicate figure: same as ${doc}, the comparison uses the row of ${doc}`,
      other: (doc) => `sources disagree: the comparison uses the figure of ${doc} (the later report)`,
    },
    otherSources: "Other sources",
    date: (iso) => iso,
    decimal: { thousands: ",", point: "." },
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
      rank: "Rank", note: "Note", reported: "Reported", met: "Met", missed: "Missed",
      hint: "Pick the period in the yellow cell. Actual = actual figure, else the estimate. Derived plan = actual ÷ % of plan. Orange cells: reports disagree, the latest report's figure is used.",
      unsorted: "The Data sheet was re-sorted: figures are still right but slower to compute. Sort it by \"Numeric key\" (ascending) to make it fast again.",
    },
    brief: {
      title: "Key indicators at a glance", period: "Period", periodNote: "(pick the period on Comparison)",
      entity: "Unit", plan: "Plan", actual: "Actual", pct: "% plan", status: "Status",
      note: "Plan: reported, or derived from % of plan; Actual: the actual figure, else the estimate. Figures come from the Comparison sheet.",
    },
    chart: {
      title: "Plan and actual chart", indicator: "Indicator", period: "Period", periodNote: "(pick the period on Comparison)",
      chartTitle: "Plan and actual", entity: "Unit", plan: "Plan", actual: "Actual",
      source: "Chart data",
      chartNote: "Column chart (plan, actual) of the table below: this file was written without the chart; select the table and Insert > Column chart, or use the add-in to draw it.",
    },
    units: { "bn VND": "bn VND", "mn USD": "mn USD", "mn VND/person/year": "mn VND/person/year", persons: "persons", "%": "%", ha: "ha", count: "" },
    aggregate: { sum: "additive", mean_weighted: "weighted mean", none: "not additive" },
    print: { printed: "Printed &D", page: "Page &P of &N" },
    summary: {
      title: "Summary by indicator and period", indicatorId: "Indicator id", indicator: "Indicator", period: "Period",
      unit: "Unit of measure", units: "Units reporting", sum: "Total", min: "Min", minUnit: "Unit with min",
      max: "Max", maxUnit: "Unit with max", mean: "Mean", withPlan: "Units with plan", met: "Units meeting plan",
      note: "Figures: actual, else estimate, one per unit. Totals only for additive indicators. Unweighted mean.",
    },
    lists: {
      title: "Lists used by the book",
      about: "The choices behind the drop-downs (period on Comparison, indicator on Chart) and which direction is better for each indicator, which the Met/Missed formulas use. Do not edit this sheet; a refresh rewrites it.",
      periods: "Period", indicatorId: "Indicator id", indicator: "Indicator", unit: "Unit of measure", direction: "Better when", aggregate: "Aggregate",
      higher: "higher", lower: "lower", notes: "Notes", facts: "Data rows",
      chartList: "Indicators on Comparison", sorted: "Data in key order",
    },
  },
};
