// A unit with its figure, the indicator carried from what the passage is about (the last value of the
// sentence, or of an earlier sentence of the paragraph):
//   "Cả nước ước tăng 7,1%." after a sentence on the province's GRDP growth
//   "Thanh Hóa giữ vị trí thứ hai (12,21%), Bà Rịa - Vũng Tàu thứ ba (11,64%)"
//   "thấp hơn tỉnh lân cận Khánh Hòa (9,6%)" after "tăng trưởng GRDP ước tăng 8,62%"
//   "Hải Dương 10,4%; Kon Tum ở mức 10,2%; Hải Phòng được giao 12,3%" after a sentence on the targets given
//   "Bình Dương, Đồng Nai và Bà Rịa - Vũng Tàu cùng được giao 10,1%" → the same figure for each
//   "trong đó khu vực Quảng Bình (cũ) đóng góp hơn 7.900 tỉ đồng" → the unit's part of the amount before
import type { Draft, Linker, SentenceState, WalkContext } from "../draft";
import type { EntityMention } from "../../entities/entities";
import { dimensionFits, outcomeBasis } from "../fits";
import { spansWithin, current } from "../draft";

// the unit, then at most a few words ("giữ vị trí thứ hai", "là địa phương có chỉ tiêu cao nhất cả nước"), then "(" or a verb
const WORDS_TO_FIGURE = new RegExp(
  "^(?:\\s+[\\p{L}/]+){0,5}\\s*\\(\\s*(?:[+-]\\s*|(?:tăng|giảm|đạt)\\s+)?$" +
  "|^\\s*(?:\\(\\s*cũ\\s*\\)\\s*)?,?\\s*(?:(?:ước|ước tính|dự kiến|chỉ|cũng|cùng|đạt mức|có mức|với mức)\\s+)*(?:tăng|giảm|đạt|là|ở mức|tăng trưởng|được giao|nhận mức|giao|mức)?(?:\\s+(?:khoảng|gần|trên|hơn|xấp xỉ))?\\s*:?\\s*$" +
  "|^(?:\\s+(?!so\\s)[\\p{L}/]+){1,10}?\\s+(?:với|ở mức|là)(?:\\s+(?:khoảng|gần|trên|hơn|xấp xỉ))?\\s*$",
  "u",
);
const SHARED = /^[^(]*(?<![\p{L}])cùng(?![\p{L}])/u;
// "chiếm tỷ trọng lớn nhất với 48,1%" after growth rates: the unit's share of something, not its growth
const OTHER_MEASURE = /(?<![\p{L}])(?:tỷ trọng|tỷ lệ|chiếm|cơ cấu|đóng góp)(?![\p{L}])/u;
const JOINER = /^\s*(?:,|và)\s*(?:và\s+)?$/u;

/** "Bình Dương, Đồng Nai và Bà Rịa - Vũng Tàu": the units joined to the last one. */
function joinedRun(last: EntityMention, st: Readonly<SentenceState>, cx: WalkContext): EntityMention[] {
  const before = spansWithin(cx.units, Math.max(st.sentence.start, last.start - 200), last.start);
  const run = [last];
  for (let i = before.length - 1; i >= 0 && JOINER.test(cx.folded.slice(before[i].end, run[0].start)); i--) run.unshift(before[i]);
  return run;
}

// "trong đó khu vực Quảng Bình (cũ) đóng góp hơn 7.900 tỉ đồng", "Riêng khu vực Thái Bình (cũ) thu 27.940 tỷ đồng": a unit's part of the amount before
const PART_GAP = /^\s*(?:\(\s*cũ\s*\)\s*)?,?\s*(?:(?:ước|ước tính|cũng|chỉ)\s+)*(?:thu|thu được|đóng góp|góp|đạt|chiếm)(?:\s+(?:khoảng|gần|trên|hơn|xấp xỉ))?\s*$/u;

const SAME_SPAN_BEFORE = /(?<![\p{L}])cùng kỳ(?: năm (?:trước|\d{4}))?(?![\p{L}])/u;

export const unitPartLinker: Linker = (f, st, cx) => {
  if (!f.q.unit || f.q.unit.dimension === "pct") return null;
  const near = spansWithin(cx.units, Math.max(f.clauseStart, f.q.start - 60), f.q.start);
  const unit = near[near.length - 1];
  if (!unit || !PART_GAP.test(cx.folded.slice(unit.end, f.q.start))) return null;
  const last = st.drafts.filter((d) => d.measure === "value" && !d.parent && !d.sameAs).pop() ?? st.previous;
  if (!last || last.basis === "plan" || last.measure !== "value" || !dimensionFits(last.indicator, f.q, cx.folded)) return null;
  const d: Draft = {
    indicator: last.indicator, measure: "value", q: f.q, which: "first", basis: outcomeBasis(cx, f.segFrom, f.q.start) === "estimate" ? "estimate" : last.basis,
    transform: "as_is", start: unit.start, end: f.q.end, subjectAt: unit.start, sentence: st.sentence, planContext: f.planContext, unit,
    antecedent: last.antecedent ?? last,
  };
  // "(cùng kỳ năm 2024, khi còn là tỉnh Thừa Thiên Huế, thu được 8.649 tỷ đồng)": the same span a year before
  const earlier = SAME_SPAN_BEFORE.exec(cx.folded.slice(Math.max(f.clauseStart, unit.start - 60), unit.start));
  if (earlier) return { drafts: [{ ...d, basis: "actual", planContext: false, sameAs: last, earlier: true, periodOf: earlier[0], antecedent: undefined }] };
  return { drafts: [d] };
};

export const unitBracketLinker: Linker = (f, st, cx) => {
  if (f.q.unit?.dimension !== "pct") return null;
  const near = spansWithin(cx.units, Math.max(f.clauseStart, f.q.start - 90), f.q.start);
  const unit = near[near.length - 1];
  const gap = unit ? cx.folded.slice(unit.end, f.q.start) : "";
  if (!unit || /\d/.test(gap) || !WORDS_TO_FIGURE.test(gap)) return null;
  // an indicator named in the clause after the unit is the figure's own ("Bắc Giang với GRDP ước tăng"), and so is one
  // named before it and still waiting for its figure ("tốc độ tăng trưởng kinh tế (GRDP) của tỉnh Đắk Nông ước đạt 5,02%")
  for (let i = st.open.length - 1; i >= 0 && st.open[i].alias.start > unit.start; i--) if (!st.open[i].interrupted && st.open[i].alias.ids.length) return null;
  const waiting = current(st);
  if (waiting && !waiting.valued && !waiting.interrupted && waiting.alias.ids.length && waiting.alias.start >= f.clauseStart) return null;
  // the last figure of its own, not one given for comparison ("cao hơn kịch bản 7,9% đề ra, … cả nước (6,42%)")
  const last = st.drafts.filter((d) => !d.sameAs && !(d.parent && d.basis === "plan" && d.measure === "value")).pop() ?? st.previous ?? st.recent;
  // a list of rates, or of shares of the plan ("Hà Tĩnh dẫn đầu với 82,4%; Ninh Bình đạt 78,9%")
  const ofPlan = last?.measure === "pct_of_plan";
  if (!last || !(ofPlan || (last.measure === "value" && last.indicator.unit === "%" && dimensionFits(last.indicator, f.q, cx.folded)))) return null;
  if (!ofPlan && OTHER_MEASURE.test(gap)) return null;
  // a rate no unit could have for the indicator carried over ("huyện Lâm Bình (42,3%)" in a list of disbursement rates) is not its
  const x = f.q.readings.vi ?? f.q.readings.en;
  if (!ofPlan && x !== null && (x > last.indicator.plausible[1] || x < last.indicator.plausible[0])) return null;
  const plan = last.basis === "plan" || /(?:giao|mục tiêu|chỉ tiêu|kế hoạch)/u.test(gap);
  const base: Draft = {
    indicator: last.indicator, measure: ofPlan ? "pct_of_plan" : "value", q: f.q, which: "first", planRef: ofPlan ? last.planRef : undefined,
    basis: plan && !ofPlan ? "plan" : outcomeBasis(cx, f.segFrom, f.q.start) === "estimate" ? "estimate" : last.basis,
    transform: /giảm\s*(?:khoảng|gần|trên|hơn)?\s*$/u.test(gap) && !ofPlan ? "negate" : "as_is",
    start: unit.start, end: f.q.end, subjectAt: unit.start, sentence: st.sentence, planContext: f.planContext || plan, unit,
    antecedent: last.antecedent ?? last,
  };
  const units = SHARED.test(gap) ? joinedRun(unit, st, cx) : [unit];
  return { drafts: units.map((u) => ({ ...base, unit: u, start: u.start, subjectAt: u.start })) };
};
