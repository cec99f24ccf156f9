// The plan stated after the outcome of a rate:
//   "tăng trưởng đạt 5,2%, thấp hơn mục tiêu đề ra (7%)" → grdp_growth plan 7
//   "tỷ lệ hộ nghèo giảm 1,25% (mục tiêu giảm 1%)" → poverty_rate plan change −1
import type { Draft, Linker } from "../draft";
import { PLAN_BEFORE_FIGURE } from "../cues";
import { ratioWords } from "./ratioWords";

const PLAN_WORD = /(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)/u;

export const planAfterOutcomeLinker: Linker = (f, st, cx) => {
  const a = st.anchor;
  if (!a || a.indicator.unit !== "%" || (a.measure !== "value" && a.measure !== "change") || a.basis === "plan") return null;
  const w = ratioWords(f, cx);
  const from = Math.max(f.clauseStart, f.q.start - 30);
  const before = cx.folded.slice(from, f.q.start);
  if (w.times || w.ofPlan || !PLAN_BEFORE_FIGURE.test(before)) return null;
  const transform: Draft["transform"] = a.measure === "change" || a.indicator.kind === "growth" ? (w.down ? "negate" : "as_is") : "as_is";
  return { drafts: [{ ...a, basis: "plan", q: f.q, start: from + before.search(PLAN_WORD), end: f.q.end, transform, parent: a, which: "first" }] };
};
