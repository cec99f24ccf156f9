// What a column header says about the figures under it: whose basis (Kế hoạch / Thực hiện / Ước),
// which period ("Thực hiện 2023", "Ước TH 6 tháng 2024", "Quý I", "Năm 2024 / Tháng 9"), and whether
// the column holds the level itself or a comparison (TH/KH → pct_of_plan, so cùng kỳ → yoy_pct).
// A header is read as its path of merged cells, top to bottom ("So sánh (%) / TH/KH").
import { fold } from "../text/fold";
import { findDates, findPeriods, formatPeriod, PeriodRef } from "../extract/period";
import type { Basis, Measure } from "../facts/fact";

export type ColumnRole = "label" | "unit" | "order" | "note" | "value";

export interface ColumnMeaning {
  role: ColumnRole;
  /** the header as a path of its merged cells: "So sánh (%) / Cùng kỳ" */
  header: string;
  /** the header cells top to bottom, distinct */
  parts: string[];
  basis?: Basis;
  measure?: Measure;
  /** the period with its year when the header gives one */
  period?: string;
  /** a period without a year ("6 tháng", "Quý I"): the year comes from the table or the document */
  partial?: PeriodRef;
  /** a yoy column that states the change itself ("Tăng so cùng kỳ (%)") rather than a ratio */
  signedChange?: boolean;
  /** a "Cùng kỳ năm 2023" column: last year's figures for the table's own span */
  lastYear?: number;
  /** "Cùng kỳ năm trước": last year's figures, the year one before the table's */
  lastYearRelative?: boolean;
  /** a bare "So sánh (%)" column: what it compares is read from the columns before it */
  bareComparison?: boolean;
  /** the header says its basis in words ("Ước TH/KH"), so it is not taken from another column */
  ownBasis?: boolean;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const re = (s: string) => new RegExp(s, "u");

const LABEL = re(`^(?:chỉ tiêu|nội dung|tên chỉ tiêu|danh mục|hạng mục|lĩnh vực|các chỉ tiêu|chỉ tiêu chủ yếu|nội dung chỉ tiêu)$`);
const PLACE_LABEL = re(`^(?:tỉnh, thành phố|tỉnh/thành phố|tỉnh, thành|địa phương|đơn vị hành chính|huyện, thị xã, thành phố|huyện, thành phố, thị xã|huyện, thị, thành phố|tên đơn vị|vùng|các tỉnh|tỉnh|đơn vị)$`);
const UNIT = re(`^(?:đvt|đơn vị tính|đơn vị|đv tính|đ\\.v\\.t|đv)\\.?$`);
const ORDER = re(`^(?:stt|tt|số tt|số thứ tự)\\.?$`);
const NOTE = re(`^(?:ghi chú|nguồn|ghi chu|đánh giá|kết quả đánh giá|tự đánh giá|xếp hạng|thứ hạng|xếp thứ|hạng|mức độ hoàn thành|cơ quan chủ trì|đơn vị chủ trì|lý do)`);
const YOY = re(`${B}(?:cùng kỳ|ck|năm trước|cùng kì|cùng thời điểm)${E}`);
const OF_PLAN = re(`(?:${B}(?:th|ước th|ưth|ước|thực hiện|ước thực hiện|ước tính)(?:\\s+[\\p{L}\\d ]{0,20}?)?\\s*/\\s*(?:kh|kế hoạch|dt|dự toán|nq|nghị quyết|mục tiêu|ct)${E}|${B}so\\s+(?:với\\s+)?(?:kh|kế hoạch|dự toán|dt|chỉ tiêu|mục tiêu|nghị quyết|nq)${E}|%\\s*(?:kh|kế hoạch|dự toán)${E}|${B}(?:đạt|bằng)\\s+(?:%|so)?\\s*(?:kh|kế hoạch|dự toán)|${B}(?:tỷ lệ|tỉ lệ|%)\\s*(?:đạt|hoàn thành)${E}|^(?:đạt|hoàn thành)\\s*\\(?%\\)?$)`);
const PLAN_ONLY = re(`^(?:kh|kế hoạch|dự toán|dt|mục tiêu|nghị quyết|nq)(?:\\s+năm)?$`);
const PLAN_RATIO = re(`^(?:kh|kế hoạch|dự toán|dt|mục tiêu)${E}[^/]*?(?:so\\s+với|so|/)`);
const COMPARE = re(`${B}(?:so sánh|tăng\\s*[,/]\\s*giảm|tăng giảm|tăng \\(\\+\\), giảm \\(-\\))${E}`);
const ESTIMATE = re(`${B}(?:ước|ước th|ưth|ước tính|ước thực hiện|dự ước|sơ bộ|ước đạt|dự kiến thực hiện)${E}`);
const PLAN = re(`${B}(?:kế hoạch|kh|dự toán|dt|mục tiêu|chỉ tiêu|nghị quyết|nq|hđnd tỉnh giao|giao)${E}`);
const ACTUAL = re(`${B}(?:thực hiện|th|đạt|kết quả|lũy kế|luỹ kế|chính thức)${E}`);
const SIGNED = re(`${B}(?:tăng|giảm|tăng\\s*/\\s*giảm|tăng\\s*,\\s*giảm|\\+/-)${E}`);
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/** A header's cells, top to bottom, distinct and trimmed. */
export function headerParts(cells: string[]): string[] {
  const out: string[] = [];
  for (const p of cells.map((s) => s.replace(/\s+/g, " ").trim())) if (p && out[out.length - 1] !== p) out.push(p);
  return out;
}

/** Header text of one column: the distinct texts of its header cells as a path. */
export function joinHeader(parts: string[]): string {
  return headerParts(parts).join(" / ");
}

const folded = (s: string) => fold(s.normalize("NFC")).replace(/\s+/g, " ").trim();
/** "(%)" and footnote marks are not words of the header */
const bare = (s: string) => s.replace(/\(\s*%\s*\)|\(\*+\)|\*+$/g, " ").replace(/\s+/g, " ").trim();

function readPeriod(f: string, measure: Measure | undefined): { period?: string; partial?: PeriodRef } {
  const periods = findPeriods(f, findDates(f)).filter((p) => !p.comparison && p.ref.kind !== "TERM");
  const years = [...f.matchAll(YEAR)].map((m) => +m[1]);
  // the most specific span the header names ("Năm 2024 / Tháng 9" is September 2024)
  const specific = periods.find((p) => p.ref.kind !== "Y");
  if (specific) {
    const year = specific.ref.year ?? (measure === "yoy_pct" ? Math.max(...years) : years[years.length - 1]);
    return year !== undefined && Number.isFinite(year) ? { period: formatPeriod(specific.ref, year) ?? undefined } : { partial: specific.ref };
  }
  if (years.length) {
    // "Kế hoạch 2023 / Thực hiện 2023" or "So sánh 2024/2023": the first year is the figure's own
    const own = measure === "yoy_pct" ? Math.max(...years) : years[measure === "value" ? years.length - 1 : 0];
    return { period: String(own) };
  }
  const relative = periods.find((p) => p.ref.kind === "Y" && p.ref.relative !== undefined);
  if (relative) return { partial: { kind: "Y", relative: relative.ref.relative } };
  if (/(?<![\p{L}])cả năm(?![\p{L}])/u.test(f)) return { partial: { kind: "Y" } };
  return {};
}

function readBasis(f: string, last: string, measure: Measure): { basis?: Basis; own: boolean } {
  // the basis of a comparison column is that of its numerator ("Ước TH/KH" compares an estimate)
  const numerator = measure === "value" ? f : last.split(/\/|so với|so\s/u)[0];
  if (ESTIMATE.test(numerator)) return { basis: "estimate", own: true };
  if (measure === "value" && PLAN.test(f) && !(ACTUAL.test(last) || ESTIMATE.test(last))) return { basis: "plan", own: true };
  if (ACTUAL.test(numerator)) return { basis: "actual", own: true };
  return { basis: "actual", own: false };
}

/** Reads the basis, period and measure of one column from its header cells (top to bottom). */
export function readHeader(cells: string[]): ColumnMeaning {
  const parts = headerParts(cells);
  const header = parts.join(" / ");
  const fparts = parts.map((p) => bare(folded(p)));
  const f = fparts.join(" | ");
  const rawLast = parts.length ? folded(parts[parts.length - 1]) : "";
  const last = fparts[fparts.length - 1] ?? "";
  const base = { header, parts };
  if (!parts.length) return { role: "note", ...base };
  if ((LABEL.test(last) || PLACE_LABEL.test(last)) && !/\d/.test(last)) return { role: "label", ...base };
  if (UNIT.test(last)) return { role: "unit", ...base };
  if (ORDER.test(last)) return { role: "order", ...base };
  if (NOTE.test(last) || fparts.some((p) => NOTE.test(p))) return { role: "note", ...base };
  // a plan compared with something ("KH 2025 so với ƯTH 2024"): no fact measures that
  if (PLAN_RATIO.test(last)) return { role: "note", ...base };

  const out: ColumnMeaning = { role: "value", ...base };
  const underCompare = fparts.slice(0, -1).some((p) => COMPARE.test(p) || p.includes("%")) || COMPARE.test(last);
  const yoy = YOY.test(f);
  const ofPlan = OF_PLAN.test(f) || (underCompare && PLAN_ONLY.test(last));
  // "(%)" is no word of the header but says its figures are percentages
  const pct = /%/.test(parts.join(" ")) || underCompare;
  const years = [...f.matchAll(YEAR)].map((m) => +m[1]);
  const sameSpan = /(?<![\p{L}])(?:cùng kỳ|cùng kì|ck|cùng thời điểm)(?![\p{L}])/u.test(f);
  if (yoy && !sameSpan && !pct && !/(?<![\p{L}])so(?![\p{L}])/u.test(f)) {
    // "Thực hiện năm trước": the whole of last year, a column like any other
    out.measure = "value";
  } else if (yoy && !pct && !/(?<![\p{L}])so(?![\p{L}])/u.test(f) && (years.length || /năm trước/u.test(f))) {
    // "Cùng kỳ năm 2023", "Cùng kỳ năm trước" holding figures: last year's values, not a comparison
    out.measure = "value";
    if (years.length) out.lastYear = Math.max(...years);
    else out.lastYearRelative = true;
  } else if (ofPlan && !yoy) out.measure = "pct_of_plan";
  else if (yoy) out.measure = "yoy_pct";
  else if (years.length === 2 && Math.abs(years[0] - years[1]) === 1 && (pct || /so với|\//u.test(f))) out.measure = "yoy_pct";
  else if (pct && COMPARE.test(f)) {
    out.measure = "yoy_pct";
    out.bareComparison = true;
  } else if (pct) return { ...out, role: "note" };
  else out.measure = "value";
  if (out.measure === "yoy_pct" && SIGNED.test(rawLast)) out.signedChange = true;

  const b = readBasis(f, last, out.measure);
  out.basis = out.lastYear || out.lastYearRelative ? "actual" : b.basis;
  out.ownBasis = b.own;
  if (out.lastYear || out.lastYearRelative) return out;
  return { ...out, ...readPeriod(f, out.measure) };
}

export function completePeriod(c: ColumnMeaning, year: number | undefined): string | undefined {
  if (c.period) return c.period;
  if (c.partial && year !== undefined) return formatPeriod({ ...c.partial, relative: undefined }, year + (c.partial.relative ?? 0)) ?? undefined;
  return undefined;
}
