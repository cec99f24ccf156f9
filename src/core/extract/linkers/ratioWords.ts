// What the words around a % figure say: the verb before it ("bằng", "vượt", "tăng"), and what it
// is compared with after it ("dự toán", "so với cùng kỳ", "so với đầu năm").
import type { Figure, WalkContext } from "../draft";
import { RATIO_VERB, OF_PLAN_AFTER, OF_PLAN_BEFORE, YOY_AFTER, VS_OTHER_AFTER } from "../cues";

export interface RatioWords {
  verb: string;
  /** where the verb starts, when there is one */
  verbStart?: number;
  ofPlan: RegExpExecArray | null;
  yoy: boolean;
  vsOther: boolean;
  up: boolean;
  down: boolean;
  /** "giảm còn 2,1%", "xuống 1,6%": the level reached, not the change */
  toLevel: boolean;
  times: boolean;
  /** "1,2 điểm phần trăm": a difference of two rates, never a ratio */
  points: boolean;
  /** the plan named before the figure ("so với dự toán … bằng"), when it is there */
  planBefore?: string;
  after: string;
}

const BASE_FIRST = /^[\s;,]*so\s+với\s+(?:(cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?)|((?:tháng|quý|kỳ)\s+trước))\s*,/u;
const EMPTY_MATCH = Object.assign([""], { index: 0, input: "" }) as RegExpExecArray;

export function ratioWords(f: Figure, cx: WalkContext): RatioWords {
  const { q } = f;
  const before = cx.folded.slice(Math.max(f.clauseStart, q.start - 40), q.start);
  const after = cx.folded.slice(q.end, Math.min(f.clauseEnd, q.end + 70));
  const verbM = RATIO_VERB.exec(before);
  // "vượt 5,3% dự toán": the word read as a qualifier is the verb here; "+ 9,27%", "- 0,61 điểm %" are signs
  const sign = verbM?.[2];
  // "so với dự toán Trung ương giao bằng 176,4%", "vượt mức chỉ tiêu Trung ương giao 9,6%": the base stated before the figure
  const planBefore = OF_PLAN_BEFORE.exec(before);
  const planVerb = planBefore?.groups?.verb2;
  const verb = q.qualifierWord === "vượt" ? "vượt" : planVerb && !verbM?.[1] ? planVerb : sign ? (sign === "+" ? "tăng" : "giảm") : verbM?.[1]?.replace(/\s+(?:khá|mạnh|nhẹ|cao)$/u, "") ?? (verbM ? verbM[0].trim()[0] : "");
  const ofPlan = OF_PLAN_AFTER.exec(after) ?? (planBefore && !YOY_AFTER.test(after) ? EMPTY_MATCH : null);
  // "So với tháng trước, số doanh nghiệp tăng 9,3% …; so với cùng kỳ năm trước, … tăng 6,8%": the base stated first
  const lead = cx.folded.slice(f.clauseStart, Math.min(q.start, f.clauseStart + 40));
  const baseFirst = BASE_FIRST.exec(lead);
  const yoy = YOY_AFTER.test(after) || (!!baseFirst?.[1] && !VS_OTHER_AFTER.test(after));
  return {
    verb,
    verbStart: verbM && verbM[1] ? q.start - (before.length - verbM.index) : undefined,
    ofPlan,
    yoy,
    vsOther: !yoy && !ofPlan && (VS_OTHER_AFTER.test(after) || !!baseFirst?.[2]),
    up: /^(?:tăng|cao hơn|nhiều hơn|tăng thêm|ước tăng|tăng bình quân|bình quân tăng)$/u.test(verb),
    down: /^(?:giảm|thấp hơn|ít hơn|giảm thêm|ước giảm|giảm bình quân|bình quân giảm)$/u.test(verb),
    toLevel: /(?:còn|xuống|lên)$/u.test(verb) || /^\s*(?:còn|xuống)\b/u.test(after),
    times: q.unit?.dimension === "times",
    points: q.unit?.dimension === "points",
    after,
    planBefore: planBefore?.[0],
  };
}
