// What a column header says about the figures under it: whose basis (Kế hoạch / Thực hiện / Ước),
// which period ("Thực hiện 2023", "Ước TH 6 tháng 2024", "Quý I"), and whether the column holds the
// level itself or a percentage comparison (TH/KH → pct_of_plan, so cùng kỳ → yoy_pct).
import { fold } from "../text/fold";
import { findDates, findPeriods, formatPeriod, PeriodRef } from "../extract/period";
import type { Basis, Measure } from "../facts/fact";

export type ColumnRole = "label" | "unit" | "order" | "note" | "value";

export interface ColumnMeaning {
  role: ColumnRole;
  header: string;
  basis?: Basis;
  measure?: Measure;
  /** the period with its year when the header gives one */
  period?: string;
  /** a period without a year ("6 tháng", "Quý I"): the year comes from the table or the document */
  partial?: PeriodRef;
  /** a yoy column that states the change itself ("Tăng so cùng kỳ (%)") rather than a ratio */
  signedChange?: boolean;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const re = (s: string) => new RegExp(s, "u");

const LABEL = re(`^(?:${B}(?:chỉ tiêu|nội dung|tên chỉ tiêu|danh mục|hạng mục|lĩnh vực)${E})`);
const UNIT = re(`^(?:đvt|đơn vị tính|đơn vị|đv tính|đ\\.v\\.t)\\.?$`);
const ORDER = re(`^(?:stt|tt|số tt|số thứ tự)\\.?$`);
const NOTE = re(`^(?:ghi chú|nguồn|ghi chu)$`);
const YOY = re(`${B}(?:cùng kỳ|ck|năm trước|cùng kì)${E}`);
const OF_PLAN = re(`(?:${B}(?:th|ước th|ước|thực hiện)\\s*/\\s*(?:kh|kế hoạch|dt|dự toán)${E}|${B}so\\s+(?:với\\s+)?(?:kh|kế hoạch|dự toán|dt|chỉ tiêu|mục tiêu)${E}|%\\s*(?:kh|kế hoạch|dự toán)${E}|${B}(?:đạt|bằng)\\s+(?:%|so)?\\s*(?:kh|kế hoạch|dự toán))`);
const PERCENT = re(`%|${B}(?:so sánh|tỷ lệ|tỉ lệ|so với|so)${E}`);
const ESTIMATE = re(`${B}(?:ước|ước th|ước tính|ước thực hiện|dự ước|sơ bộ|ước đạt)${E}`);
const PLAN = re(`${B}(?:kế hoạch|kh|dự toán|dt|mục tiêu|chỉ tiêu|nghị quyết|nq)${E}`);
const ACTUAL = re(`${B}(?:thực hiện|th|đạt|kết quả|lũy kế|luỹ kế)${E}`);
const SIGNED = re(`${B}(?:tăng|giảm|tăng\\s*/\\s*giảm|tăng\\s*,\\s*giảm|\\+/-)${E}`);
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/** Header text of one column: the distinct texts of its header cells, top to bottom. */
export function joinHeader(parts: string[]): string {
  const out: string[] = [];
  for (const p of parts.map((s) => s.replace(/\s+/g, " ").trim())) if (p && out[out.length - 1] !== p) out.push(p);
  return out.join(" | ");
}

/** Reads the basis, period and measure of one column from its header text. */
export function readHeader(header: string): ColumnMeaning {
  const f = fold(header.normalize("NFC")).replace(/\s+/g, " ").trim();
  const last = f.split(" | ").pop() ?? f;
  if (LABEL.test(last) || (!f.includes("|") && LABEL.test(f))) return { role: "label", header };
  if (UNIT.test(last)) return { role: "unit", header };
  if (ORDER.test(last)) return { role: "order", header };
  if (NOTE.test(last)) return { role: "note", header };

  const out: ColumnMeaning = { role: "value", header };
  const ofPlan = OF_PLAN.test(f);
  const yoy = YOY.test(f);
  if (ofPlan && !yoy) out.measure = "pct_of_plan";
  else if (yoy) out.measure = "yoy_pct";
  else if (PERCENT.test(last) && /%|so sánh|so với|tỷ lệ|tỉ lệ/u.test(last) && !/^\s*tỷ lệ\s*$/u.test(last)) out.measure = ofPlan ? "pct_of_plan" : undefined;
  else out.measure = "value";
  if (out.measure === "yoy_pct" && SIGNED.test(f)) out.signedChange = true;

  // the basis of a comparison column is that of its numerator ("Ước TH/KH" compares an estimate)
  if (ESTIMATE.test(f)) out.basis = "estimate";
  else if (out.measure === "value" && PLAN.test(f)) out.basis = "plan";
  else if (ACTUAL.test(f) || out.measure !== "value") out.basis = "actual";

  const periods = findPeriods(f, findDates(f)).filter((p) => !p.comparison);
  const years = [...f.matchAll(YEAR)].map((m) => +m[1]);
  const ref = periods.find((p) => p.ref.kind !== "Y" || p.ref.year !== undefined)?.ref;
  if (ref && ref.kind !== "Y" && ref.kind !== "TERM") {
    const year = ref.year ?? years[years.length - 1];
    if (year !== undefined) out.period = formatPeriod(ref, year) ?? undefined;
    else out.partial = ref;
  } else if (ref && ref.kind === "TERM") out.period = formatPeriod(ref, ref.year) ?? undefined;
  else if (years.length) {
    // "Kế hoạch 2023 | Thực hiện 2023" or "So sánh 2024/2023": the first year is the figure's own
    const own = out.measure === "yoy_pct" ? Math.max(...years) : years[out.measure === "value" ? years.length - 1 : 0];
    out.period = String(own);
  } else if (/(?<![\p{L}])cả năm(?![\p{L}])/u.test(f)) out.partial = { kind: "Y" };
  if (!out.measure) return { ...out, role: "note" };
  return out;
}

export function completePeriod(c: ColumnMeaning, year: number | undefined): string | undefined {
  if (c.period) return c.period;
  if (c.partial && year !== undefined) return formatPeriod(c.partial, year) ?? undefined;
  return undefined;
}
