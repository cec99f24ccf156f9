// Context carried from sentence to sentence: a framing period ("Năm 2023, …" at the start of a
// paragraph, or a short heading "6 tháng đầu năm 2024") holds for the sentences after it until
// another is stated; a list of targets ("Các chỉ tiêu chủ yếu năm 2024: …", one item per line)
// makes its figures plans, and the list's own period holds exactly for its items.
import type { Sentence } from "../text/segment";
import type { PeriodRef, PeriodSpan } from "./period";
import type { DocumentContext } from "./document";
import { withYear } from "./resolve";
import { PLAN_LIST } from "./cues";

export interface SentenceFrame {
  /** the period set by earlier sentences */
  carried?: PeriodRef;
  /** a list's own period: holds exactly (quarter or half included) for each of its items */
  listPeriod?: PeriodRef;
  /** where the targets begin in this sentence, when it is in a list of targets */
  planFrom?: number;
}

const PLAN_HINT = /chỉ tiêu|mục tiêu|phấn đấu/u;
const LIST_ITEM = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s/u;
// words that may stand before a framing period at the start of a sentence: "I. Trong năm 2023,"
const FRAMING = /^(?:[ivx]+\.|[a-d]\.|\d+\.)?\s*(?:(?:trong|tính đến hết|qua|sau|kết quả|tình hình)\s+)?$/u;

interface FrameState {
  carried?: PeriodRef;
  planParagraph: number;
  planList: boolean;
  listPeriod?: PeriodRef;
}

/** The period a sentence states for what follows: at its very start, or as a short heading. */
function statedFrame(s: Sentence, first: PeriodSpan | undefined, folded: string, text: string): PeriodRef | undefined {
  if (!first || first.comparison) return undefined;
  const own = !first.cumulative && FRAMING.test(folded.slice(s.start, first.start)) && /^\s*[,:]|^\s*$/u.test(folded.slice(first.end, first.end + 3));
  if (own) return first.ref;
  const heading = s.end - s.start < 90 && !/[.;]$/.test(text.slice(s.start, s.end));
  return heading ? first.ref : undefined;
}

export function frameSentences(
  sentences: Sentence[], periods: PeriodSpan[], folded: string, text: string, ctx: DocumentContext,
): Map<Sentence, SentenceFrame> {
  const frames = new Map<Sentence, SentenceFrame>();
  // the title block (lines before the first real paragraph) states the report's own period: read once, not as framing
  const firstBody = sentences.findIndex((s) => s.end - s.start > 150);
  const bodyFrom = firstBody >= 0 ? sentences[firstBody].start : 0;
  let st: FrameState = { planParagraph: -1, planList: false };
  let pi = 0;
  for (const s of sentences) {
    while (pi < periods.length && periods[pi].start < s.start) pi++;
    const first = periods[pi] && periods[pi].start < s.end ? periods[pi] : undefined;
    const stated = statedFrame(s, first, folded, text);
    const frame: SentenceFrame = { carried: st.carried };
    const statedYear = stated ? withYear(stated, st.carried, ctx) : undefined;
    const carried = statedYear && s.start >= bodyFrom ? statedYear : st.carried;
    const sentenceText = folded.slice(s.start, s.end);
    const pl = PLAN_HINT.test(sentenceText) ? PLAN_LIST.exec(sentenceText) : null;
    if (pl) {
      frame.planFrom = s.start + pl.index;
      // "Các chỉ tiêu chủ yếu năm 2024:" followed by one item per line
      const planList = /:\s*$/u.test(sentenceText);
      st = { carried, planParagraph: s.paragraph, planList, listPeriod: planList ? statedYear : st.listPeriod };
    } else if (s.paragraph === st.planParagraph) {
      frame.planFrom = s.start;
      st = { ...st, carried };
    } else if (st.planList && LIST_ITEM.test(sentenceText)) {
      frame.planFrom = s.start;
      if (st.listPeriod) frame.listPeriod = st.listPeriod;
      st = { ...st, carried, planParagraph: s.paragraph };
    } else {
      st = { ...st, carried, planList: false };
    }
    frames.set(s, frame);
  }
  return frames;
}
