// The walker's vocabulary: a Draft is a figure linked to an indicator, not yet given its period,
// unit of government and final value; a Linker is one small rule that links a figure; the
// SentenceState is what the walker knows about the sentence so far, passed to every linker and
// replaced (never mutated) as figures are read.
import type { Catalog, Indicator, AliasMatch } from "../catalog/catalog";
import type { Quantity } from "./quantity";
import type { Sentence } from "../text/segment";
import type { Basis, Measure, PlanRef } from "../facts/fact";
import type { EntityMention } from "../entities/entities";

/** A figure linked to an indicator, not yet given its period, unit and final value. */
export interface Draft {
  indicator: Indicator;
  measure: Measure;
  basis: Basis;
  q: Quantity;
  /** which number of the quantity: the first, or the second of an N/M pair */
  which: "first" | "pair";
  /** turns the number as read into the fact's value: ±x, 100 + x, x − 100 */
  transform: "as_is" | "negate" | "plus100" | "minus100" | "times_to_pct";
  planRef?: PlanRef;
  /** quoted span in the clean text */
  start: number;
  end: number;
  /** where the words that decide entity and period end (alias or trigger start) */
  subjectAt: number;
  /** inherits period and entity from this draft (a ratio of a value) */
  parent?: Draft;
  sentence: Sentence;
  planContext: boolean;
  /** the nation's own indicator name ("tổng sản phẩm trong nước (GDP)"): a figure of Việt Nam */
  national?: boolean;
  /** the unit this figure was paired with ("Hải Phòng và Hà Nam … lần lượt 11,08% và 10,88%") */
  unit?: EntityMention;
  /** takes its period and unit from this draft's fact, as a comparison does ("(cùng kỳ tăng 4,86%)") */
  sameAs?: Draft;
  /** words that name the period of a compared figure ("kế hoạch năm 2025 là", "cao hơn năm 2023 (") */
  periodOf?: string;
  /** the same span a year earlier ("cùng kỳ"), unless periodOf names another */
  earlier?: boolean;
  /** a figure that names no indicator, read after this one: it takes this one's year when its sentence names none */
  antecedent?: Draft;
}

/** An indicator named in the sentence, waiting for its figure. */
export interface OpenAlias {
  alias: AliasMatch;
  /** it has been given its figure */
  valued: boolean;
  /** a figure of something else, or a new clause, came between */
  interrupted: boolean;
  /** where the words between the name and its figure start, past a figure it let go by ("IIP tháng 9 tăng 2,3% so với tháng trước và …") */
  resumeAt?: number;
}

/** What the walker knows of the sentence being read (the walker updates it; linkers only read it). */
export interface SentenceState {
  sentence: Sentence;
  /** indicators named so far, newest last (the newest is the one a bare figure belongs to) */
  open: OpenAlias[];
  /** the last value a ratio may qualify ("bằng 102,6% dự toán" after "đạt 17.946 tỷ đồng") */
  anchor: Draft | null;
  /** drafts made in this sentence so far */
  drafts: Draft[];
  prevQ: Quantity | null;
  /** where the running list the current figure belongs to starts ("1.691 tổ chức đảng và 1.139 đảng viên") */
  listStart: number;
  /** end of the last linked figure: cues before it belong to it, not to the next one */
  segStart: number;
  /** the last value linked in an earlier sentence of the paragraph: what an elliptic list goes on about */
  previous?: Draft;
  /** the last rate linked anywhere before, for a list of units that names no indicator ("Quảng Ninh 12,2%; Hải Dương 10,4%") */
  recent?: Draft;
  /** the last plain value of any unit of an earlier sentence nearby, paragraphs apart or not ("Tính chung 10 tháng, tổng mức này …") */
  lastNear?: Draft;
}

/** One figure about to be linked, with the positions every linker needs. */
export interface Figure {
  q: Quantity;
  clauseStart: number;
  clauseEnd: number;
  /** the later of the clause start and the end of the last linked figure */
  segFrom: number;
  /** "lũy kế", "từ năm 2020 đến nay" before the figure: a running total */
  cumulative: boolean;
  /** inside a list of targets */
  planContext: boolean;
  listStart: number;
}

export interface WalkContext {
  folded: string;
  catalog: Catalog;
  /** units of government named in the text (not inside a person's title, not the country), sorted by start */
  units: ReadonlyArray<EntityMention>;
}

/** What a linker made of a figure. */
export interface Link {
  drafts: Draft[];
  /** the new anchor for later ratios; undefined leaves it as it was */
  anchor?: Draft | null;
  /** the named indicator that received this figure */
  valued?: OpenAlias;
  /** the named indicator that let this figure go by and still waits for its own, and where its words resume */
  passed?: { alias: OpenAlias; at: number };
}

/** A linker returns null when its pattern does not apply, so the next one is tried. */
export type Linker = (f: Figure, st: Readonly<SentenceState>, cx: WalkContext) => Link | null;

/** The newest indicator named in the sentence, if any. */
export const current = (st: Readonly<SentenceState>): OpenAlias | undefined => st.open[st.open.length - 1];

/** The last draft of the sentence, if any. */
export const lastDraft = (st: Readonly<SentenceState>): Draft | undefined => st.drafts[st.drafts.length - 1];

export type { Indicator, Measure };

/** The spans of a sorted list that lie within [from, to), found by binary search. */
export function spansWithin<T extends { start: number; end: number }>(spans: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length && spans[i].start < to; i++) if (spans[i].end <= to) out.push(spans[i]);
  return out;
}

/** The last plain value linked in the sentence (not a ratio of another), looking back a little way only. */
export function lastValue(st: Readonly<SentenceState>): Draft | undefined {
  for (let i = st.drafts.length - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const d = st.drafts[i];
    if (d.measure === "value" && !d.parent) return d;
  }
  return undefined;
}

/** Is an indicator named at or after `pos` still waiting for its figure? (names are in order: look back until before `pos`) */
export function namedSince(st: Readonly<SentenceState>, pos: number): boolean {
  for (let i = st.open.length - 1; i >= 0 && st.open[i].alias.start >= pos; i--) {
    if (!st.open[i].interrupted && !st.open[i].valued) return true;
  }
  return false;
}
