// A rate named before and not yet given its figure:
//   "tốc độ tăng trưởng kinh tế đạt 8,05%" → grdp_growth 8.05
//   "tỷ lệ hộ nghèo giảm 0,78%" → poverty_rate change −0.78 (a share that moves changes in points)
import type { Draft, Linker, Measure } from "../draft";
import { current } from "../draft";
import { VALUE_VERB, RATIO_VERB } from "../cues";
import { valueDraft } from "../fits";
import { ratioWords } from "./ratioWords";

export const namedRateLinker: Linker = (f, st, cx) => {
  const c = current(st);
  if (!c || c.valued || c.interrupted) return null;
  const w = ratioWords(f, cx);
  if (w.times || w.ofPlan) return null;
  const ind = c.alias.ids.map((id) => cx.catalog.get(id)!).find((i) => i.unit === "%");
  const gap = cx.folded.slice(c.alias.end, f.q.start);
  if (!ind || gap.length > 110 || /(?:so với|;)/u.test(gap) || !(VALUE_VERB.test(gap) || RATIO_VERB.test(gap) || gap.trim().length <= 2)) return null;
  let measure: Measure = "value";
  let transform: Draft["transform"] = "as_is";
  if (ind.kind === "growth") transform = w.down ? "negate" : "as_is";
  else if (ind.kind === "share" && (w.up || w.down) && !w.toLevel) {
    measure = "change";
    transform = w.down ? "negate" : "as_is";
  }
  const d = { ...valueDraft(ind, f, c.alias, st, cx), measure, transform };
  return { drafts: [d], anchor: d, valued: c };
};
