// Small checks the linkers share: does a figure's unit fit an indicator, may the words between a
// name and a figure stand there, which basis do the words before a figure give.
import type { Indicator } from "../catalog/catalog";
import type { Quantity } from "./quantity";
import type { Basis } from "../facts/fact";
import type { Draft, SentenceState, WalkContext, Figure } from "./draft";
import type { AliasMatch } from "../catalog/catalog";
import { fold } from "../text/fold";
import { ESTIMATE, PLAN_BEFORE_FIGURE, ASSIGNED_BEFORE_FIGURE, PLAN_BEFORE_INDICATOR, VALUE_VERB, GOES_ON } from "./cues";
import { lastDraft } from "./draft";

const PERSON_NOUN = /^\s*(?:đồng chí|đảng viên|người|quần chúng|lao động|hội viên|đoàn viên)(?![\p{L}])/u;
const NOTHING_AFTER = /^\s*(?:[,.;:)]|$|(?:với|và|trong đó|tăng|giảm)(?![\p{L}]))/u;
// "thu ngân sách năm 2023 17.946 tỷ đồng", "tổng vốn đầu tư toàn xã hội 5 năm khoảng 1,2 triệu tỷ đồng": when, where and
// brackets may stand between a name and its figure
const GAP_FILLER = /(?:(?:cả|trong|cuối)\s+)?năm\s+\d{4}|(?:trong\s+)?\d{1,2}\s+năm(?:\s+qua)?|(?:cả|trong|toàn)\s+(?:giai\s+đoạn|nhiệm\s+kỳ)|quý\s+[ivx\d]+(?:\s*(?:năm|\/)\s*\d{4})?|\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?|tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?|trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|thành\s+phố))?|toàn\s+(?:tỉnh|huyện|thành\s+phố)|của\s+(?:tỉnh|huyện|thành\s+phố)/gu;

const nounCache = new WeakMap<Indicator, string[]>();
const countedNouns = (ind: Indicator) => {
  let n = nounCache.get(ind);
  if (!n) nounCache.set(ind, (n = (ind.counted ?? []).flatMap((r) => r.nouns).map((x) => fold(x))));
  return n;
};

/** The figure's unit is the indicator's kind of unit ("tỷ đồng" for revenue, "%" for a rate). */
export function dimensionFits(ind: Indicator, q: Quantity, folded: string): boolean {
  const d = q.unit?.dimension;
  switch (ind.unit) {
    case "bn VND": return d === "money";
    case "mn USD": return d === "usd";
    case "%": return d === "pct";
    case "mn VND/person/year": return d === "percap" || d === "money";
    case "ha": return d === "ha";
    case "persons":
    case "count": {
      if (d || q.pairOf) return false;
      // a bare count must be followed by what it counts, or by nothing ("đạt 3 sao" is not 3 products)
      const next = folded.slice(q.end, q.end + 30);
      if (NOTHING_AFTER.test(next)) return true;
      if (ind.unit === "persons" && PERSON_NOUN.test(next)) return true;
      return countedNouns(ind).some((n) => next.trimStart().startsWith(n));
    }
    default: return false;
  }
}

/** "vốn đăng ký" is new enterprises' capital only where the sentence speaks of enterprises. */
export function contextFits(ind: Indicator, st: SentenceState, cx: WalkContext, at: number): boolean {
  if (!ind.context) return true;
  // the sentence, or the one just before it when this one goes on about it ("So với cùng kỳ, vốn đăng ký giảm 8,5%")
  const from = GOES_ON.test(cx.folded.slice(st.sentence.start, st.sentence.start + 12)) ? at - 300 : st.sentence.start;
  const before = cx.folded.slice(Math.max(0, from, at - 300), at);
  return ind.context.some((c) => before.includes(c));
}

/** The words between an indicator's name and its figure allow the two to be linked. */
export function gapFits(gap: string): boolean {
  if (gap.length > 110) return false;
  if (/(?:so với|;)/u.test(gap)) return false;
  if (VALUE_VERB.test(gap)) return true;
  return gap.replace(GAP_FILLER, " ").replace(/[():,]/g, "").trim().length === 0;
}

// a name that is itself a target: "mục tiêu tăng trưởng", "chỉ tiêu tăng trưởng", "kịch bản tăng trưởng"
const TARGET_NAME = /^(?:mục tiêu|chỉ tiêu|kế hoạch|kịch bản)(?![\p{L}])/u;

function basisFor(cx: WalkContext, aliasStart: number, gap: string, segFrom: number, qStart: number): Basis {
  const before = cx.folded.slice(Math.max(segFrom, aliasStart - 30), aliasStart);
  if (PLAN_BEFORE_FIGURE.test(gap) || ASSIGNED_BEFORE_FIGURE.test(gap) || PLAN_BEFORE_INDICATOR.test(before) ||
      TARGET_NAME.test(cx.folded.slice(aliasStart, aliasStart + 12))) return "plan";
  if (ESTIMATE.test(cx.folded.slice(segFrom, qStart))) return "estimate";
  return "actual";
}

/** A value stated after an indicator's name: "tổng thu ngân sách … ước đạt 17.946 tỷ đồng". */
export function valueDraft(ind: Indicator, f: Figure, alias: AliasMatch, st: SentenceState, cx: WalkContext): Draft {
  const { q, segFrom } = f;
  const gap = cx.folded.slice(alias.end, q.start);
  let basis = basisFor(cx, alias.start, gap, segFrom, q.start);
  // "ước đạt 17.500 tỷ đồng, trong đó thu nội địa 12.000 tỷ đồng": a part shares its whole's basis
  const last = lastDraft(st);
  if (basis === "actual" && last && /(?<![\p{L}])trong đó(?![\p{L}])/u.test(cx.folded.slice(segFrom, alias.start))) basis = last.basis;
  const estStart = cx.folded.slice(segFrom, alias.start).search(/(?<![\p{L}])(?:ước|dự ước)\s*$/u);
  return {
    indicator: ind, measure: "value", basis, q, which: "first", transform: "as_is",
    start: estStart >= 0 ? segFrom + estStart : alias.start, end: q.end, subjectAt: alias.start, sentence: st.sentence,
    planContext: f.planContext, ...(alias.national ? { national: true } : {}),
  };
}

/** Basis of a figure that carries no cue of its own but "ước" somewhere before it in its segment. */
export function outcomeBasis(cx: WalkContext, from: number, to: number): Basis {
  return ESTIMATE.test(cx.folded.slice(from, to)) ? "estimate" : "actual";
}

export { PLAN_BEFORE_FIGURE, ASSIGNED_BEFORE_FIGURE };
