// The thing a value is compared with, given its own figure right after it:
//   "tăng trưởng đạt 5,2%, thấp hơn mục tiêu đề ra (7%)"        → the plan, 7
//   "ước tăng 8,62% (KH 10-11%)", "đạt 4.312 tỷ đồng (KH 4.000 tỷ đồng)" → the plan
//   "cao hơn năm 2023 (5,07%)", "(cùng kỳ chỉ tăng 4,86%)"     → the same indicator a year earlier
//   "cao hơn mức tăng chung của cả nước (6,38%)", "(cả nước + 7,02%)" → the country's
//   "thấp hơn mức tăng 6,3% của cả nước", "cao hơn mức 4,95% của cùng kỳ năm 2022" → the same, named after
import type { Draft, Linker, Figure, SentenceState, WalkContext } from "../draft";
import { dimensionFits } from "../fits";
import { ratioWords } from "./ratioWords";
import { anaphoraBefore } from "../cues";

const W = "(?<![\\p{L}\\p{N}])";
// what stands right before the figure: the compared thing, then at most a verb or a bracket
const REF_BEFORE = new RegExp(
  `${W}(?:(?<plan>kế hoạch|kh|mục tiêu|chỉ tiêu|kịch bản|dự toán|nghị quyết)(?<planWords>(?:\\s+(?!so\\s)[\\p{L}\\d]+){0,7}?)` +
  `|(?<country>cả nước|toàn quốc|bình quân chung(?: của)? cả nước|mức (?:tăng )?(?:trưởng )?(?:chung|bình quân)(?: của)?(?: cả nước| toàn quốc)?)` +
  `|(?<earlier>cùng kỳ(?: năm (?:trước|\\d{4}))?|năm (?:trước|\\d{4})|quý (?:i{1,3}|iv|[1-4])(?:\\s*\\/\\s*\\d{4})?|\\d{1,2} tháng(?: đầu)?(?: năm)? \\d{4}))` +
  `\\s*(?:\\(\\s*)?(?:(?:là|đạt|ở mức|chỉ|ước|ước tính|khoảng|cũng|đề ra|giao|với)\\s+)*(?<verb>tăng|giảm|âm|\\+|-|–)?\\s*$`,
  "u",
);
// named after the figure: "mức tăng 6,3% của cả nước", "mức 4,95% của cùng kỳ năm 2022"
const LEVEL_BEFORE = new RegExp(`${W}mức(?: tăng(?: trưởng)?)?\\s*$`, "u");
const REF_AFTER = new RegExp(`^\\s*của\\s+(?:(?<country>cả nước|toàn quốc)|(?<earlier>cùng kỳ(?: năm (?:trước|\\d{4}))?|năm (?:trước|\\d{4})))`, "u");

interface Compared { kind: "plan" | "country" | "earlier"; at: number; end: number; verb?: string; text: string }

function comparedThing(f: Figure, from: number, cx: WalkContext): Compared | null {
  const before = cx.folded.slice(from, f.q.start);
  const m = REF_BEFORE.exec(before);
  if (m?.groups) {
    const kind = m.groups.plan ? "plan" : m.groups.country ? "country" : "earlier";
    return { kind, at: from + m.index, end: f.q.end, verb: m.groups.verb, text: m[0] };
  }
  if (!LEVEL_BEFORE.test(before)) return null;
  const a = REF_AFTER.exec(cx.folded.slice(f.q.end, f.q.end + 40));
  if (!a?.groups) return null;
  const lead = LEVEL_BEFORE.exec(before)!;
  return { kind: a.groups.country ? "country" : "earlier", at: from + lead.index, end: f.q.end + a[0].length, text: a[0] };
}

/** The value this one is compared with: the anchor, or, after "Mức tăng này …", the last value of the sentence before. */
function compares(f: Figure, st: Readonly<SentenceState>, cx: WalkContext): Draft | undefined {
  const earlier = st.previous ?? st.recent;
  // once compared ("cao hơn năm 2023 (5,07%) song vẫn thấp hơn kế hoạch đề ra (7%)"), the figure of the sentence before stays the one compared
  const already = earlier && st.drafts.some((d) => d.sameAs === earlier);
  const a = st.anchor ?? (already || (!st.drafts.some((d) => !d.sameAs && !d.parent) &&
    anaphoraBefore(cx.folded.slice(Math.max(st.sentence.start, f.q.start - 120), f.q.start))) ? earlier : undefined);
  if (!a || a.basis === "plan" || (a.measure !== "value" && a.measure !== "change" && a.measure !== "pct_of_plan")) return undefined;
  return a;
}

/** "… đạt 5.261,7 nghìn tỷ đồng, tăng 8,6% (cùng kỳ năm 2023 tăng 9,4%)": a rate compared with the last change of its amount */
function lastChange(a: Draft, st: Readonly<SentenceState>): Draft | undefined {
  for (let i = st.drafts.length - 1; i >= 0; i--) {
    const d = st.drafts[i];
    if (d.indicator === a.indicator && d.measure === "yoy_pct" && !d.sameAs && d.basis !== "plan") return d;
  }
  return undefined;
}

export const comparedWithLinker: Linker = (f, st, cx) => {
  const anchor = compares(f, st, cx);
  const a = anchor && f.q.unit?.dimension === "pct" && anchor.indicator.unit !== "%" && anchor.measure === "value" ? lastChange(anchor, st) ?? anchor : anchor;
  const ratio = a?.measure === "pct_of_plan";
  if (!a || !(ratio || a.measure === "yoy_pct" ? f.q.unit?.dimension === "pct" : dimensionFits(a.indicator, f.q, cx.folded))) return null;
  const from = Math.max(f.clauseStart, a.sentence === st.sentence ? a.end : st.sentence.start, f.q.start - 80);
  const c = comparedThing(f, from, cx);
  // only the same span a year before is compared with a change ("(cùng kỳ năm 2023 tăng 9,4%)")
  if (!c || (a !== anchor && c.kind !== "earlier")) return null;
  const w = ratioWords(f, cx);
  if (w.times || (w.points && a.measure !== "change") || (w.ofPlan && c.kind !== "plan") || (ratio && c.kind === "plan")) return null;
  const down = c.verb === "giảm" || c.verb === "âm" || c.verb === "-" || c.verb === "–" || (!c.verb && w.down);
  const transform: Draft["transform"] = (a.measure === "change" || a.indicator.kind === "growth") && down ? "negate" : "as_is";
  const base: Draft = { ...a, q: f.q, start: c.at, end: c.end, transform, parent: a, which: "first", unit: undefined, national: undefined };
  if (c.kind === "plan") return { drafts: [{ ...base, basis: "plan", periodOf: c.text }] };
  if (c.kind === "country") return { drafts: [{ ...base, national: true, parent: undefined, sameAs: a }] };
  return { drafts: [{ ...base, basis: "actual", parent: undefined, sameAs: a, periodOf: c.text, earlier: true }] };
};
