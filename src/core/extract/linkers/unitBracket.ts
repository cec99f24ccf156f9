// A unit with its figure in brackets, the indicator carried from what the passage is about:
//   "Thanh Hóa giữ vị trí thứ hai (12,21%), Bà Rịa - Vũng Tàu thứ ba (11,64%)" after a sentence on GRDP growth
//   "thấp hơn tỉnh lân cận Khánh Hòa (9,6%)" after "tăng trưởng GRDP ước tăng 8,62%"
import type { Draft, Linker } from "../draft";
import { dimensionFits, outcomeBasis } from "../fits";
import { spansWithin } from "../draft";

// the unit, then at most a few words ("giữ vị trí thứ hai", "thứ ba"), then "("
const WORDS_TO_BRACKET = /^(?:\s+[\p{L}\d/]+){0,5}\s*\(\s*(?:[+-]\s*)?$/u;

export const unitBracketLinker: Linker = (f, st, cx) => {
  if (f.q.unit?.dimension !== "pct") return null;
  if (!/\(\s*(?:[+-]\s*)?$/u.test(cx.folded.slice(Math.max(f.clauseStart, f.q.start - 6), f.q.start))) return null;
  const near = spansWithin(cx.units, Math.max(f.clauseStart, f.q.start - 80), f.q.start);
  const unit = near[near.length - 1];
  if (!unit || !WORDS_TO_BRACKET.test(cx.folded.slice(unit.end, f.q.start))) return null;
  const last = st.drafts[st.drafts.length - 1] ?? st.previous;
  if (!last || last.measure !== "value" || last.basis === "plan" || last.indicator.unit !== "%" || !dimensionFits(last.indicator, f.q, cx.folded)) return null;
  const d: Draft = {
    indicator: last.indicator, measure: "value", basis: outcomeBasis(cx, f.segFrom, f.q.start) === "estimate" ? "estimate" : last.basis, q: f.q,
    which: "first", transform: "as_is", start: unit.start, end: f.q.end + 1, subjectAt: unit.start, sentence: st.sentence,
    planContext: f.planContext, unit,
  };
  return { drafts: [d] };
};
