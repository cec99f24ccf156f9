// Context carried from sentence to sentence: a framing period ("Năm 2023, …" at the start of a
// paragraph, or a short heading "6 tháng đầu năm 2024") holds for the sentences after it until
// another is stated; a list of targets ("Các chỉ tiêu chủ yếu năm 2024: …", one item per line)
// makes its figures plans, and the list's own period holds exactly for its items.
import type { Sentence } from "../text/segment";
import type { PeriodRef, PeriodSpan } from "./period";
import { formatPeriod } from "./period";
import type { DocumentContext } from "./document";
import type { EntityMention } from "../entities/entities";
import { withYear } from "./resolve";
import { widest } from "./document";
import { PLAN_LIST, RESULT_COUNT_BEFORE, GOES_ON, TARGETS_ANNOUNCED } from "./cues";

export interface SentenceFrame {
  /** the period set by earlier sentences */
  carried?: PeriodRef;
  /** a list's own period: holds exactly (quarter or half included) for each of its items */
  listPeriod?: PeriodRef;
  /** where the targets begin in this sentence, when it is in a list of targets */
  planFrom?: number;
  /** the unit the passage is about: a heading "Lai Châu: từ nhóm cuối bảng…", or a paragraph that opens with it */
  topic?: EntityMention;
}

const PLAN_HINT = /chỉ tiêu|mục tiêu|phấn đấu/u;
const LIST_ITEM = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s/u;
// words that may stand before a framing period at the start of a sentence: "I. Trong năm 2023,"
const FRAMING = /^(?:[ivx]+\.|[a-d]\.|\d+\.)?\s*(?:(?:đối với|trong|tính đến hết|qua|sau|sang|bước sang|kết quả|tình hình|cũng trong|riêng|đến|tính chung|cả|vào)\s+)?$/u;

interface FrameState {
  /** the period the last heading stated: holds until a heading states another */
  headingPeriod?: PeriodRef;
  /** the period a sentence of this paragraph opened with: holds to the paragraph's end */
  paragraphPeriod?: PeriodRef;
  /** a plain opening ("Năm 2023, …", not a target or a point in time): holds past its paragraph until a heading */
  runningPeriod?: PeriodRef;
  /** the unit of the last heading */
  headingTopic?: EntityMention;
  /** the unit the current paragraph opened with */
  paragraphTopic?: EntityMention;
  paragraph: number;
  planParagraph: number;
  planList: boolean;
  listPeriod?: PeriodRef;
  /** the last period the previous sentence stated */
  lastStated?: PeriodRef;
}


/** A period stated at the very start of a sentence, for what follows: "Năm 2023, …", "Sang năm 2024, …" */
function openingPeriod(s: Sentence, first: PeriodSpan | undefined, folded: string, ctx: DocumentContext): PeriodRef | undefined {
  // "Cùng kỳ năm 2024, cả nước giải ngân được …": the report's own span, a year earlier
  if (first && first.ref.kind === "Y" && first.ref.year !== undefined && ctx.review && ctx.review.kind !== "TERM" &&
      /^\s*cùng kỳ\s*$/u.test(folded.slice(s.start, first.start)) && /^\s*,/u.test(folded.slice(first.end, first.end + 3))) {
    return { ...ctx.review, year: first.ref.year };
  }
  if (!first || first.comparison || first.cumulative || first.ref.relative !== undefined) return undefined;
  if (!FRAMING.test(folded.slice(s.start, first.start))) return undefined;
  return /^\s*[,:]|^\s*$/u.test(folded.slice(first.end, first.end + 3)) ? first.ref : undefined;
}

const isHeading = (s: Sentence, text: string) => s.end - s.start < 90 && !/[.;]$/.test(text.slice(s.start, s.end));

/** The unit a sentence opens with, if any. */
function opener(s: Sentence, entities: EntityMention[], from: { i: number }): EntityMention | undefined {
  while (from.i < entities.length && entities[from.i].start < s.start) from.i++;
  const e = entities[from.i];
  return e && e.start - s.start < 4 && !e.inTitle && e.level !== "country" ? e : undefined;
}

// a sentence about what is to come, or a point in time ("Cuối năm 2025, …"): its period stays in its paragraph
const NOT_RUNNING = /(?<![\p{L}])(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|nhiệm vụ|dự báo|dự kiến|định hướng|phương hướng|cuối năm|đầu năm|tính đến|đến năm)(?![\p{L}])/u;

/**
 * Topic and period after reading sentence `s`: a heading sets them until the next heading, a paragraph's opening for
 * the paragraph. Updates `st` in place (one state per document, advanced sentence by sentence).
 */
function nextPassage(st: FrameState, s: Sentence, head: EntityMention | undefined, heading: boolean, stated: PeriodRef | undefined, running: boolean): void {
  const fresh = s.paragraph !== st.paragraph;
  st.paragraph = s.paragraph;
  if (heading) {
    st.headingTopic = head;
    st.paragraphTopic = undefined;
    st.paragraphPeriod = undefined;
    st.runningPeriod = undefined;
    st.headingPeriod = stated ?? st.headingPeriod;
    return;
  }
  if (fresh) st.paragraphTopic = head;
  st.paragraphPeriod = stated ?? (fresh ? undefined : st.paragraphPeriod);
  if (stated && running) st.runningPeriod = stated;
}

/** A sub-year period opening a paragraph lends only its year, unless it is the report's own ("Trong quý 4 năm 2023, …" in a year report). */
function lent(ref: PeriodRef | undefined, ctx: DocumentContext): PeriodRef | undefined {
  // "Tính chung 4 năm 2021 - 2025, …" in a year's report is an aside: its term frames its own sentence only, unless
  // the document reviews that term (a congress report on "nhiệm kỳ 2020 - 2025")
  if (ref?.kind === "TERM") {
    const past = ctx.terms?.past;
    return ctx.review?.kind === "TERM" || (past && ref.year === past[0] && ref.endYear === past[1]) ? ref : undefined;
  }
  if (!ref || ref.kind === "Y" || ref.year === undefined) return ref;
  const own = ctx.review && formatPeriod(ctx.review, ctx.review.year);
  const same = own !== undefined && own !== null && formatPeriod(ref, ref.year) === own;
  return same ? ref : { kind: "Y", year: ref.year };
}

/** The last period a sentence states for its own figures (not a comparison, a running total or a relative one). */
function lastStatedIn(s: Sentence, periods: PeriodSpan[], from: number, ctx: DocumentContext, carried: PeriodRef | undefined): PeriodRef | undefined {
  let last: PeriodRef | undefined;
  for (let i = from; i < periods.length && periods[i].start < s.end; i++) {
    const p = periods[i];
    if (!p.comparison && !p.cumulative && p.ref.relative === undefined) last = p.ref;
  }
  return last ? withYear(last, carried, ctx) : undefined;
}

export function frameSentences(
  sentences: Sentence[], periods: PeriodSpan[], entities: EntityMention[], folded: string, text: string, ctx: DocumentContext,
): Map<Sentence, SentenceFrame> {
  const frames = new Map<Sentence, SentenceFrame>();
  // the title block (lines before the first real paragraph) states the report's own period: read once, not as framing
  const firstBody = sentences.findIndex((s) => s.end - s.start > 150);
  const bodyFrom = firstBody >= 0 ? sentences[firstBody].start : 0;
  const st: FrameState = { planParagraph: -1, planList: false, paragraph: -1 };
  let pi = 0;
  const ei = { i: 0 };
  for (const s of sentences) {
    while (pi < periods.length && periods[pi].start < s.start) pi++;
    const first = periods[pi] && periods[pi].start < s.end ? periods[pi] : undefined;
    const heading = isHeading(s, text);
    // a heading "… quý III và 9 tháng năm 2024" frames what follows with the wider span
    const statedRef = s.start < bodyFrom ? undefined : heading && first && !first.comparison && first.ref.relative === undefined ? widest(periods, pi, folded).ref : openingPeriod(s, first, folded, ctx);
    const fresh = s.paragraph !== st.paragraph;
    const carriedBefore = lent(fresh ? st.runningPeriod : st.paragraphPeriod ?? st.runningPeriod, ctx) ?? st.headingPeriod;
    const stated = statedRef ? withYear(statedRef, carriedBefore, ctx) : undefined;
    // "Trong đó, thu nội địa ước 30.915 tỷ đồng": a sentence that breaks down the one before shares its period
    const continues = GOES_ON.test(folded.slice(s.start, s.start + 12)) && st.lastStated && s.paragraph === st.paragraph;
    // a sentence that opens with its period ("Cùng kỳ năm 2024, …") is framed by it too
    const frame: SentenceFrame = { carried: continues ? st.lastStated : !heading && stated ? stated : carriedBefore };
    const sentenceText = folded.slice(s.start, s.end);
    // a plain opening runs on past its paragraph only when the report's own period is a guess (no date, none stated)
    const weakReview = !ctx.date && !ctx.review?.stated;
    nextPassage(st, s, opener(s, entities, ei), heading, stated, weakReview && !NOT_RUNNING.test(sentenceText));
    frame.topic = st.paragraphTopic ?? st.headingTopic;
    const found = PLAN_HINT.test(sentenceText) ? PLAN_LIST.exec(sentenceText) ?? TARGETS_ANNOUNCED.exec(sentenceText) : null;
    const pl = found && !RESULT_COUNT_BEFORE.test(sentenceText.slice(Math.max(0, found.index - 12), found.index)) ? found : null;
    if (pl) {
      frame.planFrom = s.start + pl.index;
      // "Các chỉ tiêu chủ yếu năm 2024:" followed by one item per line
      const planList = /:\s*$/u.test(sentenceText);
      // "phấn đấu …" makes its own sentence a target; a list of targets ("các chỉ tiêu chủ yếu: …") its paragraph
      const own = /^phấn đấu/u.test(pl[0].trim());
      // "HĐND tỉnh đã thông qua 25 chỉ tiêu chủ yếu cho năm 2024. Tỉnh phấn đấu …": the year the targets were set for
      const setFor = stated ?? lastStatedIn(s, periods, pi, ctx, frame.carried);
      if (own && s.paragraph === st.planParagraph && st.listPeriod && !setFor) frame.listPeriod = st.listPeriod;
      if (!own) st.planParagraph = s.paragraph;
      if (!own) st.listPeriod = planList ? stated : setFor;
      st.planList = !own && planList;
    } else if (s.paragraph === st.planParagraph) {
      frame.planFrom = s.start;
      if (st.listPeriod && !lastStatedIn(s, periods, pi, ctx, frame.carried)) frame.listPeriod = st.listPeriod;
    } else if (st.planList && LIST_ITEM.test(sentenceText)) {
      frame.planFrom = s.start;
      if (st.listPeriod) frame.listPeriod = st.listPeriod;
      st.planParagraph = s.paragraph;
    } else {
      st.planList = false;
    }
    frames.set(s, frame);
    st.lastStated = lastStatedIn(s, periods, pi, ctx, frame.carried);
  }
  return frames;
}
