// Links figures to indicators, sentence by sentence. Spans were found before (aliases,
// quantities, periods, entities); here each quantity is read in order against what came before
// it in its sentence, by the linkers below in a fixed order: the first that applies wins.
import type { AliasMatch } from "../catalog/catalog";
import type { Quantity } from "./quantity";
import type { Sentence } from "../text/segment";
import { clauseAt, inBracket } from "../text/segment";
import { continuesList } from "./counted";
import { CUMULATIVE } from "./cues";
import type { Draft, Figure, Link, Linker, SentenceState, WalkContext } from "./draft";
import { current } from "./draft";
import { countedLinker } from "./linkers/counted";
import { ellipticTargetsLinker } from "./linkers/ellipticTargets";
import { unitListLinker } from "./linkers/unitList";
import { changeOfValueLinker } from "./linkers/changeOfValue";
import { otherPeriodLinker } from "./linkers/otherPeriod";
import { comparedWithLinker } from "./linkers/comparedWith";
import { ellipticPeriodLinker } from "./linkers/ellipticPeriod";
import { namedRateLinker } from "./linkers/namedRate";
import { ratioOfValueLinker } from "./linkers/ratioOfValue";
import { namedValueLinker } from "./linkers/namedValue";
import { respectivelyLinker } from "./linkers/respectively";
import { countChangeLinker } from "./linkers/countChange";
import { unitBracketLinker, unitPartLinker } from "./linkers/unitBracket";

export type { Draft };

/** Linkers for any figure, in order. */
const LINKERS: Linker[] = [respectivelyLinker, countChangeLinker, countedLinker, ellipticTargetsLinker, unitListLinker, changeOfValueLinker, otherPeriodLinker];
/** Linkers for a value after the value it is compared with ("(KH 4.000 tỷ đồng)", "cùng kỳ năm trước 4.500 tỷ đồng"). */
const COMPARED_LINKERS: Linker[] = [comparedWithLinker, ellipticPeriodLinker];
/** Linkers for a % (or "gấp … lần") figure, in order; such a figure links to nothing else. */
const RATIO_LINKERS: Linker[] = [unitBracketLinker, comparedWithLinker, namedRateLinker, ratioOfValueLinker, ellipticPeriodLinker];
/** Linkers for a value after its indicator's name. */
const VALUE_LINKERS: Linker[] = [namedValueLinker, unitPartLinker];

const NOT_FIGURE_BEFORE = /(?:thứ|số|lần thứ|khóa|khoá|hạng|top|mã|điều|khoản|chương|mục|phần|bước|tầng|km)\s*$/u;
const CONTINUES_FIGURE = /^\s*(?:trong đó|riêng|bao gồm)/u;
// "; so với dự toán Trung ương giao bằng 176,4%": a clause that only goes on about the last value keeps it
const RATIO_CONTINUES = /^\s*(?:so với|so|bằng|đạt|vượt|tăng|giảm|cao hơn|thấp hơn|tương đương|nếu so)(?![\p{L}])/u;
const YEAR_AFTER = /^\s*(?:năm|tháng|quý)/u;

export interface WalkInput extends WalkContext {
  sentences: Sentence[];
  aliases: AliasMatch[];
  quantities: Quantity[];
  /** where a list of targets starts in a sentence, if it is in one */
  planFrom: (s: Sentence, pos: number) => boolean;
}

type Event = { at: number; alias?: AliasMatch; q?: Quantity };

function eventsOf(s: Sentence, input: WalkInput, from: { ai: number; qi: number }): Event[] {
  const events: Event[] = [];
  for (let i = from.ai; i < input.aliases.length && input.aliases[i].start < s.end; i++) events.push({ at: input.aliases[i].start, alias: input.aliases[i] });
  for (let i = from.qi; i < input.quantities.length && input.quantities[i].start < s.end; i++) events.push({ at: input.quantities[i].start, q: input.quantities[i] });
  return events.sort((a, b) => a.at - b.at || (a.alias ? -1 : 1));
}

// The walker owns the sentence's state; linkers only read it (Readonly) and return a Link, which
// the walker applies here. Updates are in place: a 5 MB one-line report must stay linear.

// "tỷ trọng kinh tế số trong GRDP", "đóng góp vào GRDP", "chiếm 12% GRDP": the indicator as an object, not the subject
const OBJECT_BEFORE = /(?<![\p{L}])(?:trong|vào|chiếm|so với)\s*$|\/\s*$/u;

/** A name opens an indicator unless it repeats the one before ("tăng trưởng kinh tế (GRDP)"). */
function nameRead(st: SentenceState, alias: AliasMatch, folded: string): void {
  const c = current(st);
  if (c && alias.start < c.alias.end) return;
  if (c && /^\s*\(\s*$/u.test(folded.slice(c.alias.end, alias.start))) return;
  const object = OBJECT_BEFORE.test(folded.slice(Math.max(0, alias.start - 10), alias.start));
  st.open.push({ alias: object ? { ...alias, ids: [] } : alias, valued: false, interrupted: false });
  st.anchor = null;
}

/** Entering a new clause after ";": names before it no longer take figures, unless it only continues the figure. */
function enterClause(st: SentenceState, clauseStart: number, folded: string): void {
  const c = current(st);
  if (c && c.alias.start < clauseStart && !CONTINUES_FIGURE.test(folded.slice(clauseStart, clauseStart + 15))) {
    for (const o of st.open) if (o.alias.start < clauseStart) o.interrupted = true;
  }
  if (st.anchor && st.anchor.start < clauseStart && !RATIO_CONTINUES.test(folded.slice(clauseStart + 1, clauseStart + 16))) st.anchor = null;
}

function applyLink(st: SentenceState, q: Quantity, link: Link): void {
  if (link.valued) link.valued.valued = true;
  if (link.passed) link.passed.alias.resumeAt = link.passed.at;
  if (link.anchor !== undefined) st.anchor = link.anchor;
  for (const d of link.drafts) st.drafts.push(d);
  st.prevQ = q;
  if (link.drafts.length) st.segStart = q.end;
}

/** A figure of something else: what follows no longer qualifies the last value. */
function unlinked(st: SentenceState, q: Quantity, folded: string): void {
  if (q.unit || !YEAR_AFTER.test(folded.slice(q.end, q.end + 8))) for (const o of st.open) o.interrupted = true;
  st.anchor = null;
  st.prevQ = q;
}

function firstLink(linkers: Linker[], f: Figure, st: SentenceState, cx: WalkContext): Link | null {
  for (const l of linkers) {
    const r = l(f, st, cx);
    if (r) return r;
  }
  return null;
}

function figureRead(st: SentenceState, q: Quantity, input: WalkInput): void {
  const { folded } = input;
  const c = current(st);
  if (c && q.start < c.alias.end) return;
  const [clauseStart, clauseEnd] = clauseAt(st.sentence, q.start);
  enterClause(st, clauseStart, folded);
  // a bare year ("Tết 2024", "Xuân Giáp Thìn 2024") is a date, not a figure
  if (!q.unit && !q.qualifier && !q.pairOf && !q.scale && /^(?:19|20)\d{2}$/.test(q.literal)) return;
  // "lần thứ 5", "khóa 14", "số 12": a rank or a number, not a figure
  if (NOT_FIGURE_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start))) {
    st.prevQ = q;
    return;
  }
  if (!(st.prevQ && st.prevQ.start >= clauseStart && continuesList(folded, st.prevQ.end, q.start))) st.listStart = q.start;
  const segFrom = Math.max(clauseStart, st.segStart);
  const f: Figure = {
    q, clauseStart, clauseEnd, segFrom, listStart: st.listStart,
    cumulative: CUMULATIVE.test(folded.slice(segFrom, q.start)),
    planContext: input.planFrom(st.sentence, q.start),
  };
  const dim = q.unit?.dimension;
  const link = firstLink(LINKERS, f, st, input) ??
    (dim === "pct" || dim === "times" || dim === "points" ? firstLink(RATIO_LINKERS, f, st, input) ?? { drafts: [] }
      : firstLink(COMPARED_LINKERS, f, st, input) ?? firstLink(VALUE_LINKERS, f, st, input));
  if (link) applyLink(st, q, link);
  else unlinked(st, q, folded);
}

export function walk(input: WalkInput): Draft[] {
  const drafts: Draft[] = [];
  const from = { ai: 0, qi: 0 };
  let previous: Draft | undefined;
  let recent: Draft | undefined;
  let lastNear: Draft | undefined;
  for (const sentence of input.sentences) {
    if (previous && previous.sentence.paragraph !== sentence.paragraph) previous = undefined;
    while (from.ai < input.aliases.length && input.aliases[from.ai].start < sentence.start) from.ai++;
    while (from.qi < input.quantities.length && input.quantities[from.qi].start < sentence.start) from.qi++;
    const st: SentenceState = { sentence, open: [], anchor: null, drafts: [], prevQ: null, listStart: sentence.start, segStart: sentence.start, previous,
      recent: recent && sentence.start - recent.end < 1500 ? recent : undefined,
      lastNear: lastNear && sentence.start - lastNear.end < 600 ? lastNear : undefined };
    for (const ev of eventsOf(sentence, input, from)) {
      if (ev.alias) nameRead(st, ev.alias, input.folded);
      else figureRead(st, ev.q!, input);
    }
    for (const d of st.drafts) {
      drafts.push(d);
      // a figure given for comparison ("(cùng kỳ năm 2023 chỉ tăng 0,4%)", "cả nước tăng 6,8%", "(năm 2023 tăng 10,19%)") is no antecedent
      if (d.measure !== "value" || d.antecedent || d.sameAs || inBracket(input.folded, sentence.start, d.q.start)) continue;
      previous = d;
      if (d.indicator.unit === "%" && !d.unit) recent = d;
      if (!d.unit) lastNear = d;
    }
  }
  return drafts;
}
