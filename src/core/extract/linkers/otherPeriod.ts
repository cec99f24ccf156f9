// The same indicator for another period in the same sentence:
//   "11 tháng đạt 15.000 tỷ đồng, ước cả năm đạt 17.000 tỷ đồng" → the year's estimate 17000
import type { Draft, Linker } from "../draft";
import { samePrior } from "./samePrior";
import { VALUE_VERB, PLAN_BEFORE_FIGURE, ASSIGNED_BEFORE_FIGURE, ESTIMATE } from "../cues";

const PERIOD_WORD = /(?<![\p{L}])(?:cả\s+năm|năm\s+\d{4}|năm\s+(?:nay|tới|sau)|quý\s+[ivx\d]+|\d{1,2}\s+tháng|tháng\s+\d{1,2})(?![\p{L}])/u;
// "lớn hơn năm 2023 khoảng 16.200 tỉ đồng": a difference, not the other period's figure
const COMPARED = /(?:so\s+với|so\s+cùng|cùng\s+kỳ|;|(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn)/u;

export const otherPeriodLinker: Linker = (f, st, cx) => {
  const prior = samePrior(f, st, cx);
  if (!prior) return null;
  const gap = cx.folded.slice(prior.end, f.q.start);
  if (gap.length >= 60 || !PERIOD_WORD.test(gap) || !VALUE_VERB.test(gap) || COMPARED.test(gap)) return null;
  const plan = PLAN_BEFORE_FIGURE.test(gap) || ASSIGNED_BEFORE_FIGURE.test(gap);
  // the prior's own period words and comparison do not carry over: "(quý I tăng 7,07%, quý II tăng 8,19%)" is quarter II's
  const d: Draft = { ...prior, q: f.q, start: prior.end + Math.max(0, gap.search(/[\p{L}\d]/u)), end: f.q.end, transform: "as_is",
    sameAs: undefined, periodOf: undefined, earlier: undefined, parent: undefined,
    basis: plan ? "plan" : ESTIMATE.test(gap) ? "estimate" : "actual" };
  // a plan given beside the figure ("(kế hoạch năm 2024 là 9.460 tỷ đồng), tăng 7,16%") is not what later rates qualify
  return { drafts: [d], ...(d.basis === "plan" && prior.basis !== "plan" ? {} : { anchor: d }) };
};
