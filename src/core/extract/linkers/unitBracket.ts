// A unit with its figure in brackets, or with just a verb, the indicator carried from what the passage is about:
//   "Cả nước ước tăng 7,1%." after a sentence on the province's GRDP growth
//   "Thanh Hóa giữ vị trí thứ hai (12,21%), Bà Rịa - Vũng Tàu thứ ba (11,64%)" after a sentence on GRDP growth
//   "thấp hơn tỉnh lân cận Khánh Hòa (9,6%)" after "tăng trưởng GRDP ước tăng 8,62%"
import type { Draft, Linker } from "../draft";
import { dimensionFits, outcomeBasis } from "../fits";
import { spansWithin } from "../draft";

// the unit, then at most a few words ("giữ vị trí thứ hai", "thứ ba"), then "("; or the unit, then its verb ("cả nước ước tăng")
const WORDS_TO_BRACKET = /^(?:\s+[\p{L}\d/]+){0,5}\s*\(\s*(?:[+-]\s*)?$|^\s*(?:\(\s*cũ\s*\)\s*)?,?\s*(?:(?:ước|ước tính|dự kiến|chỉ|cũng|đạt mức|có mức|với mức)\s+)*(?:tăng|giảm|đạt|là|ở mức|tăng trưởng)(?:\s+(?:khoảng|gần|trên|hơn|xấp xỉ))?\s*$/u;

export const unitBracketLinker: Linker = (f, st, cx) => {
  if (f.q.unit?.dimension !== "pct") return null;
  const near = spansWithin(cx.units, Math.max(f.clauseStart, f.q.start - 80), f.q.start);
  const unit = near[near.length - 1];
  if (!unit || !WORDS_TO_BRACKET.test(cx.folded.slice(unit.end, f.q.start))) return null;
  // an indicator named in the clause after the unit is the figure's own ("Bắc Giang với GRDP ước tăng")
  for (let i = st.open.length - 1; i >= 0 && st.open[i].alias.start > unit.start; i--) if (!st.open[i].interrupted) return null;
  const last = st.drafts[st.drafts.length - 1] ?? st.previous;
  if (!last || last.measure !== "value" || last.basis === "plan" || last.indicator.unit !== "%" || !dimensionFits(last.indicator, f.q, cx.folded)) return null;
  const d: Draft = {
    indicator: last.indicator, measure: "value", basis: outcomeBasis(cx, f.segFrom, f.q.start) === "estimate" ? "estimate" : last.basis, q: f.q,
    which: "first", transform: /giảm\s*(?:khoảng|gần|trên|hơn)?\s*$/u.test(cx.folded.slice(unit.end, f.q.start)) ? "negate" : "as_is",
    start: unit.start, end: f.q.end, subjectAt: unit.start, sentence: st.sentence,
    planContext: f.planContext, unit,
  };
  return { drafts: [d] };
};
