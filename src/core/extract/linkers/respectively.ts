// Figures given "respectively" to the units or indicators named before them:
//   "Hải Phòng và Hà Nam xếp kế tiếp, tăng lần lượt 11,08% và 10,88%" → Hải Phòng 11.08, Hà Nam 10.88
//   "số doanh nghiệp thành lập mới và vốn đăng ký tăng lần lượt 12% và 20%" → each indicator its yoy
import type { Draft, Figure, Linker, SentenceState, WalkContext } from "../draft";
import { spansWithin } from "../draft";
import type { Indicator } from "../../catalog/catalog";
import { dimensionFits, outcomeBasis } from "../fits";
import { ratioWords } from "./ratioWords";

const RESPECTIVELY = /(?<![\p{L}])lần lượt(?: là)?(?![\p{L}])/gu;
const JOINER = /^\s*(?:,|và|;)?\s*(?:và\s+)?$/u;

/** Where "lần lượt" stands before the figure in its clause, and which of the figures after it this one is. */
function position(f: Figure, cx: WalkContext): { at: number; index: number } | null {
  const from = Math.max(f.clauseStart, f.q.start - 120);
  const clause = cx.folded.slice(from, f.q.start);
  if (!clause.includes("lần lượt")) return null;
  let at = -1;
  for (const m of clause.matchAll(RESPECTIVELY)) at = from + m.index + m[0].length;
  if (at < 0) return null;
  // "11,08% và 10,88%": only figures joined by "và" or "," stand between
  const between = cx.folded.slice(at, f.q.start);
  const others = between.match(/\d+(?:[.,]\d+)*\s*%?/gu) ?? [];
  if (between.replace(/[+-]?\d+(?:[.,]\d+)*\s*(?:%|tỷ đồng|triệu usd|tỷ usd)?/gu, " ").replace(/\s*(?:,|và)\s*/gu, " ").trim().length > 20) return null;
  return { at, index: others.length };
}

/** Units named before "lần lượt", joined by "và" or ",": "Hải Phòng và Hà Nam". */
function unitsBefore(at: number, st: Readonly<SentenceState>, cx: WalkContext) {
  const inSentence = spansWithin(cx.units, Math.max(st.sentence.start, at - 200), at);
  const run = inSentence.slice(-1);
  for (let i = inSentence.length - 2; i >= 0; i--) {
    if (!JOINER.test(cx.folded.slice(inSentence[i].end, run[0].start))) break;
    run.unshift(inSentence[i]);
  }
  return run.length >= 2 ? run : [];
}

function indicatorFor(f: Figure, st: Readonly<SentenceState>, cx: WalkContext): Indicator | undefined {
  for (let i = st.open.length - 1; i >= 0; i--) {
    const ind = st.open[i].alias.ids.map((id) => cx.catalog.get(id)!).find((x) => dimensionFits(x, f.q, cx.folded));
    if (ind) return ind;
  }
  const prev = st.drafts[st.drafts.length - 1] ?? st.previous ?? st.recent;
  return prev && prev.measure === "value" && dimensionFits(prev.indicator, f.q, cx.folded) ? prev.indicator : undefined;
}

export const respectivelyLinker: Linker = (f, st, cx) => {
  const pos = position(f, cx);
  if (!pos) return null;
  const units = unitsBefore(pos.at, st, cx);
  if (units.length && pos.index < units.length) {
    const ind = indicatorFor(f, st, cx);
    if (!ind) return null;
    const w = ratioWords(f, cx);
    const prior = st.drafts[st.drafts.length - 1] ?? st.previous ?? st.recent;
    const plan = /(?:giao|mục tiêu|chỉ tiêu|kế hoạch|phấn đấu)/u.test(cx.folded.slice(units[0].end, f.q.start)) || (prior?.indicator === ind && prior.basis === "plan");
    const d: Draft = {
      indicator: ind, measure: "value", basis: plan ? "plan" : outcomeBasis(cx, f.segFrom, f.q.start), q: f.q, which: "first",
      transform: ind.kind === "growth" && w.down ? "negate" : "as_is", start: pos.index ? f.q.start : units[0].start, end: f.q.end,
      subjectAt: units[pos.index].start, sentence: st.sentence, planContext: f.planContext, unit: units[pos.index],
    };
    return { drafts: [d] };
  }
  // "1.742 doanh nghiệp … với tổng vốn đăng ký 24.615 tỷ đồng, tăng lần lượt 57,2% và 38,6%": each value its ratio, in order
  const values = st.drafts.filter((d) => d.measure === "value" && !d.parent && d.end <= pos.at).slice(-4);
  if (!units.length && values.length >= 2 && pos.index < values.length && f.q.unit?.dimension === "pct") {
    const w = ratioWords(f, cx);
    const verb = /(tăng|giảm)\s*(?:tương ứng\s*)?lần lượt|lần lượt\s*(?:là\s*)?(tăng|giảm)/u.exec(cx.folded.slice(Math.max(f.clauseStart, pos.at - 30), pos.at + 12));
    const down = (verb?.[1] ?? verb?.[2]) === "giảm" || w.down;
    if (!verb && !w.up && !w.down) return null;
    const target = values[values.length - (values.length - pos.index)];
    const growth = target.indicator.kind === "growth";
    const d: Draft = {
      ...target, measure: growth ? "value" : "yoy_pct", q: f.q, which: "first", transform: down ? "negate" : "as_is",
      start: f.q.start, end: f.q.end, parent: target, sentence: st.sentence, planContext: f.planContext,
    };
    return { drafts: [d] };
  }
  return null;
};
