// A rate named before and not yet given its figure:
//   "tốc độ tăng trưởng kinh tế đạt 8,05%" → grdp_growth 8.05
//   "tỷ lệ hộ nghèo giảm 0,78%" → poverty_rate change −0.78 (a share that moves changes in points)
import type { Draft, Linker, Measure } from "../draft";
import { current } from "../draft";
import { VALUE_VERB, RATIO_VERB, VS_PREVIOUS } from "../cues";
import { valueDraft } from "../fits";
import { ratioWords } from "./ratioWords";

const INDEX_NAME = /phát triển|chỉ số|iip/u;
const FROM_BEFORE = /(?<![\p{L}])từ\s*$/u;
const TO_AFTER = /^\s*(?:xuống|lên|đến|còn)(?![\p{L}])/u;
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
  // "IIP bằng 101,8% tháng 11": an index over the month before, its base named without "so với"
  const indexVsMonth = /bằng\s*$/u.test(cx.folded.slice(Math.max(0, f.q.start - 8), f.q.start)) ? /^\s*tháng\s+\d{1,2}(?!\d)(?!\s*(?:\/|năm)\s*\d)/u.exec(w.after) : null;
  const previous = ind.kind === "growth" ? VS_PREVIOUS.exec(w.after) ?? indexVsMonth : null;
  if (previous) return { drafts: [], passed: { alias: c, at: f.q.end + previous[0].length } };
  // "giảm từ 5,12% xuống còn 3,9%": the level it started from is not the period's
  if (FROM_BEFORE.test(cx.folded.slice(Math.max(0, f.q.start - 6), f.q.start)) && TO_AFTER.test(w.after)) return { drafts: [], passed: { alias: c, at: f.q.end } };
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
  // "tốc độ phát triển … đạt 106,2%", "chỉ số sản xuất công nghiệp bằng 109,1%": an index, 100 is no growth
  const index = ind.kind === "growth" && !w.up && !w.down && INDEX_NAME.test(cx.folded.slice(c.alias.start, c.alias.end)) && (f.q.readings.vi ?? 0) >= 50;
  if (index) transform = "minus100";
  else if (ind.kind === "growth") transform = w.down ? "negate" : "as_is";
  else if (ind.kind === "share" && moves) {
    measure = "change";
    transform = w.down ? "negate" : "as_is";
  }
  const d = { ...valueDraft(ind, f, c.alias, st, cx), measure, transform };
  return { drafts: [d], anchor: d, valued: c };
};
