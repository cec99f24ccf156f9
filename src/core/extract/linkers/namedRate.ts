// A rate named before and not yet given its figure:
//   "tốc độ tăng trưởng kinh tế đạt 8,05%" → grdp_growth 8.05
//   "tỷ lệ hộ nghèo giảm 0,78%" → poverty_rate change −0.78 (a share that moves changes in points)
import type { Draft, Linker, Measure } from "../draft";
import { current } from "../draft";
import { VALUE_VERB, RATIO_VERB } from "../cues";
import { valueDraft } from "../fits";
import { ratioWords } from "./ratioWords";

// "tăng 2,3% so với tháng trước": a change over the last month or quarter, not the period's rate
const VS_PREVIOUS = /^\s*so\s+với\s+(?:tháng|quý|kỳ)\s+trước|^\s*so\s+với\s+(?:đầu|cuối)\s+năm|^\s*so\s+với\s+tháng\s+\d{1,2}(?!\s*(?:\/|năm)\s*\d)/u;
// "giảm tỷ lệ hộ nghèo 2,5%": the verb before the name
const VERB_BEFORE_NAME = /(?<![\p{L}])(giảm|tăng)\s*$/u;

export const namedRateLinker: Linker = (f, st, cx) => {
  const c = current(st);
  if (!c || c.valued || c.interrupted) return null;
  const w = ratioWords(f, cx);
  if (w.times || w.ofPlan) return null;
  const ind = c.alias.ids.map((id) => cx.catalog.get(id)!).find((i) => i.unit === "%");
  const gap = cx.folded.slice(c.resumeAt ?? c.alias.end, f.q.start);
  if (!ind || gap.length > 110 || /(?:so với|;)/u.test(gap) || !(VALUE_VERB.test(gap) || RATIO_VERB.test(gap) || gap.trim().length <= 2)) return null;
  if (ind.kind === "growth" && VS_PREVIOUS.test(w.after)) return { drafts: [], passed: c };
  const before = VERB_BEFORE_NAME.exec(cx.folded.slice(Math.max(0, c.alias.start - 8), c.alias.start));
  if (before && !w.up && !w.down) {
    w.up = before[1] === "tăng";
    w.down = before[1] === "giảm";
  }
  let measure: Measure = "value";
  let transform: Draft["transform"] = "as_is";
  const moves = (w.up || w.down) && !w.toLevel;
  // a difference of rates in points is only ever a share's change ("tỷ lệ hộ nghèo giảm 1,2 điểm %")
  if (w.points && !(ind.kind === "share" && moves)) return null;
  if (ind.kind === "growth") transform = w.down ? "negate" : "as_is";
  else if (ind.kind === "share" && moves) {
    measure = "change";
    transform = w.down ? "negate" : "as_is";
  }
  const d = { ...valueDraft(ind, f, c.alias, st, cx), measure, transform };
  return { drafts: [d], anchor: d, valued: c };
};
