// The last plain value of the sentence (ratios of it may stand between), when this figure may restate
// its indicator: the same kind of unit, not the second of a pair.
import type { Draft, Figure, SentenceState, WalkContext } from "../draft";
import { lastValue } from "../draft";
import { dimensionFits } from "../fits";

export function samePrior(f: Figure, st: SentenceState, cx: WalkContext): Draft | undefined {
  const prior = lastValue(st);
  if (!prior || prior.which !== "first" || f.cumulative) return undefined;
  // only words stand between the two: a ratio of the prior ("đạt 55,4% dự toán") is not passed over (the year in a
  // period may be a number; a figure is not)
  if (/\d/.test(cx.folded.slice(prior.end, f.q.start).replace(/(?:năm|quý|tháng)\s*[\divx]+(?:\s*[/-]\s*\d{4})?|\d{4}/gu, ""))) return undefined;
  return dimensionFits(prior.indicator, f.q, cx.folded) ? prior : undefined;
}
