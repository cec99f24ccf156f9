// The figure before this one in the sentence, when this one may restate its indicator: a plain
// value of the same kind of unit, not itself a ratio or the second of a pair.
import type { Draft, Figure, SentenceState, WalkContext } from "../draft";
import { lastDraft } from "../draft";
import { dimensionFits } from "../fits";

export function samePrior(f: Figure, st: SentenceState, cx: WalkContext): Draft | undefined {
  const prior = lastDraft(st);
  if (!prior || prior.measure !== "value" || prior.parent || prior.which !== "first" || f.cumulative) return undefined;
  return dimensionFits(prior.indicator, f.q, cx.folded) ? prior : undefined;
}
