// A ratio of the last value, or of an indicator named without a value:
//   "đạt 17.946 tỷ đồng, bằng 102,6% dự toán" → pct_of_plan 102.6
//   "vượt 52,8% dự toán" → pct_of_plan 152.8;  "tăng 25,9% so với cùng kỳ" → yoy_pct 25.9
//   "bằng 58,58% so với cùng kỳ" → yoy_pct −41.42;  "gấp 1,5 lần cùng kỳ" → yoy_pct 50
import type { Draft, Linker, Measure, Indicator, Figure, SentenceState, WalkContext } from "../draft";
import { current } from "../draft";
import type { PlanRef } from "../../facts/fact";
import { PLAN_CENTRAL, PLAN_LOCAL, anaphoraBefore } from "../cues";
import { contextFits, outcomeBasis } from "../fits";
import { ratioWords, RatioWords } from "./ratioWords";

const OF_VALUE_VERB = /^(?:bằng|đạt|ước đạt|đạt khoảng|đạt gần|đạt trên|đạt hơn|\(|,)$/u;

function planTail(rest: string): number {
  const m = /^(?:\s+(?:trung ương|tw|tỉnh|hđnd tỉnh|thành phố|huyện|đã|được|giao|đề ra|năm\s+\d{4}|phân bổ))*/u.exec(rest);
  return m ? m[0].length : 0;
}

function yoyLength(after: string): number {
  const m = /^\s*(?:so\s+với|so|với)\s+(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+trước|năm\s+\d{4}|cùng\s+thời\s+điểm(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+ngoái)/u.exec(after);
  return m ? m[0].length : 0;
}

interface Reading { measure: Measure; transform: Draft["transform"]; planRef?: PlanRef }

/** Which measure the ratio is, given what it qualifies; null when it is none the catalog keeps. */
function readRatio(target: Indicator, w: RatioWords, levelAlready: () => boolean, hasParent: boolean): Reading | null {
  if (w.points) return target.kind === "share" && (w.up || w.down) && !w.toLevel ? { measure: "change", transform: w.down ? "negate" : "as_is" } : null;
  // "tăng trưởng 14,2%, vượt 2,2% kế hoạch": above a rate's target by points, not a share of it
  if (target.unit === "%" && w.ofPlan && (w.verb === "vượt" || w.up || w.down)) return null;
  if (w.times) return w.yoy ? { measure: "yoy_pct", transform: "times_to_pct" } : null;
  if (w.ofPlan) {
    const rest = w.planBefore && !w.ofPlan[0] ? w.planBefore.replace(/^\s*(?:so\s+với\s+)?(?:dự toán|kế hoạch|nghị quyết|chỉ tiêu)/u, "") : w.after.slice(w.ofPlan.index + w.ofPlan[0].length);
    return {
      measure: "pct_of_plan",
      transform: w.verb === "vượt" || (w.up && (/^\s*so\s+với/u.test(w.after) || !!w.planBefore)) ? "plus100" : "as_is",
      planRef: PLAN_CENTRAL.test(rest) ? "central" : PLAN_LOCAL.test(rest) ? "local" : null,
    };
  }
  if (target.unit === "%") {
    if (target.kind === "share" && (w.up || w.down) && !w.toLevel) return { measure: "change", transform: w.down ? "negate" : "as_is" };
    // "giảm 1,25%, còn 2,51%": after the change, the level it reached
    if (target.kind === "share" && w.toLevel && hasParent && !levelAlready()) return { measure: "value", transform: "as_is" };
    return null;
  }
  if (w.up || w.down) return w.vsOther ? null : { measure: "yoy_pct", transform: w.down ? "negate" : "as_is" };
  if (w.yoy && /^(?:bằng|đạt|tương đương)$/u.test(w.verb)) return { measure: "yoy_pct", transform: "minus100" };
  if (target.pctIsOfPlan && OF_VALUE_VERB.test(w.verb) && !w.vsOther && !w.yoy) return { measure: "pct_of_plan", transform: "as_is" };
  return null;
}

// "tăng 3,9% về số lượng nhưng giảm 8,1% về vốn": the aspect named after the ratio picks the figure it is about
const ASPECT_AFTER = /^\s*(?:so\s+với\s+(?:cùng\s+kỳ|năm\s+trước)\s*)?về\s+([\p{L}\s]{2,24}?)(?=\s*(?:[,;.)]|và|nhưng|so\s+với|$))/u;

function aspectParent(f: Figure, st: Readonly<SentenceState>, cx: WalkContext): Draft | undefined {
  const m = ASPECT_AFTER.exec(cx.folded.slice(f.q.end, f.q.end + 60));
  if (!m) return undefined;
  const words = m[1].trim();
  for (let i = st.drafts.length - 1; i >= 0 && i >= st.drafts.length - 8; i--) {
    const d = st.drafts[i];
    if (d.measure === "value" && !d.parent && (d.indicator.aspects ?? []).some((a) => a === words)) return d;
  }
  return undefined;
}


export const ratioOfValueLinker: Linker = (f, st, cx) => {
  // "con số này mới bằng 41,3% kế hoạch năm": a ratio of the last value of an earlier sentence
  const anaphor = !st.anchor && anaphoraBefore(cx.folded.slice(Math.max(f.clauseStart, f.q.start - 60), f.q.start)) ? st.previous : undefined;
  let parent = aspectParent(f, st, cx) ?? st.anchor ?? anaphor;
  const c = current(st);
  const w = ratioWords(f, cx);
  // "GRDP đạt 52.300 tỷ đồng, tăng 7,2%, bằng 49,4% kế hoạch": a share of the plan is the amount's, not its growth's
  if (w.ofPlan && parent?.parent && parent.parent.indicator.yoyIs === parent.indicator.id) parent = parent.parent;
  let target: Indicator | undefined = parent?.indicator;
  // an indicator named without a figure: "tổng thu ngân sách tăng 37,8% so với dự toán"
  if (!target && c && !c.interrupted && !c.valued) {
    target = c.alias.ids.map((id) => cx.catalog.get(id)!).find((i) => i.unit !== "%" && contextFits(i, st, cx, f.q.start));
  }
  if (!target) return null;
  const levelAlready = () => st.drafts.some((x) => x.indicator === target && x.measure === "value" && x.basis !== "plan");
  const r = readRatio(target, w, levelAlready, !!parent);
  if (!r) return null;
  const { q } = f;
  const end = w.ofPlan ? q.end + w.ofPlan.index + w.ofPlan[0].length + planTail(w.after.slice(w.ofPlan.index + w.ofPlan[0].length))
    : w.yoy ? q.end + yoyLength(w.after) : q.end;
  // "GRDP … đạt 187.264 tỷ đồng, tăng 7,84% so với cùng kỳ": the year-on-year change of GRDP is GRDP growth
  // "tăng 12,4% về giá trị", "theo giá hiện hành": a nominal change is not the growth
  const nominal = /^\s*(?:so với cùng kỳ\s*)?(?:về giá trị|theo giá hiện hành|danh nghĩa)/u.test(w.after);
  const yoyIs = r.measure === "yoy_pct" && target.yoyIs && !nominal ? cx.catalog.get(target.yoyIs) : undefined;
  if (yoyIs) {
    target = yoyIs;
    r.measure = "value";
  }
  const d: Draft = {
    indicator: target, measure: r.measure, basis: parent ? parent.basis : outcomeBasis(cx, f.segFrom, q.start), q, which: "first",
    transform: r.transform, planRef: r.planRef, start: Math.max(f.clauseStart, w.verbStart ?? q.start), end,
    subjectAt: parent?.subjectAt ?? c?.alias.start ?? q.start, parent: parent ?? undefined, sentence: st.sentence, planContext: f.planContext,
  };
  // GRDP growth read from GRDP's year-on-year change is a value later words may compare with
  return { drafts: [d], valued: !parent && c ? c : undefined, ...(yoyIs ? { anchor: d } : {}) };
};
