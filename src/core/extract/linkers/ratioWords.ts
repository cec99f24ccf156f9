// What the words around a % figure say: the verb before it ("bằng", "vượt", "tăng"), and what it
// is compared with after it ("dự toán", "so với cùng kỳ", "so với đầu năm").
import type { Figure, WalkContext } from "../draft";
import { RATIO_VERB, OF_PLAN_AFTER, YOY_AFTER, VS_OTHER_AFTER } from "../cues";

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
  after: string;
}

export function ratioWords(f: Figure, cx: WalkContext): RatioWords {
  const { q } = f;
  const before = cx.folded.slice(Math.max(f.clauseStart, q.start - 40), q.start);
  const after = cx.folded.slice(q.end, Math.min(f.clauseEnd, q.end + 70));
  const verbM = RATIO_VERB.exec(before);
  // "vượt 5,3% dự toán": the word read as a qualifier is the verb here
  const verb = q.qualifierWord === "vượt" ? "vượt" : verbM?.[1] ?? (verbM ? verbM[0].trim()[0] : "");
  const ofPlan = OF_PLAN_AFTER.exec(after);
  const yoy = YOY_AFTER.test(after);
  return {
    verb,
    verbStart: verbM && verbM[1] ? q.start - (before.length - verbM.index) : undefined,
    ofPlan,
    yoy,
    vsOther: !yoy && !ofPlan && VS_OTHER_AFTER.test(after),
    up: /^(?:tăng|cao hơn|tăng thêm|ước tăng)$/u.test(verb),
    down: /^(?:giảm|thấp hơn|giảm thêm|ước giảm)$/u.test(verb),
    toLevel: /(?:còn|xuống|lên)$/u.test(verb) || /^\s*(?:còn|xuống)\b/u.test(after),
    times: q.unit?.dimension === "times",
    after,
  };
}
