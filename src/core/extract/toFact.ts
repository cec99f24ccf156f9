// A linked draft becomes a fact: its period, its unit of government, its basis and its value in
// the canonical unit are resolved here, in that order; a draft none of them can settle is dropped.
import type { Fact } from "../facts/fact";
import type { Sentence } from "../text/segment";
import type { EntityMention } from "../entities/entities";
import type { MappedText } from "../text/mappedText";
import type { PeriodSpan } from "./period";
import type { DocumentContext } from "./document";
import type { Draft } from "./draft";
import type { SentenceFrame } from "./frames";
import { periodFor, isAfterReview } from "./resolve";
import { entityFor, levelOf } from "./entity";
import { resolveValue } from "./value";
import { findPeriods, findDates, formatPeriod } from "./period";

export interface ResolveInput {
  doc: string;
  folded: string;
  clean: MappedText;
  ctx: DocumentContext;
  frames: Map<Sentence, SentenceFrame>;
  periodsIn: Map<Sentence, PeriodSpan[]>;
  entitiesIn: Map<Sentence, EntityMention[]>;
  /** document messages: figures left out and why */
  notes: string[];
}

/** "10% trở lên", "8.000 đảng viên trở lên": a bound stated after the figure */
function trailingQualifier(folded: string, end: number): "over" | "under" | null {
  const m = /^\s*trở\s+(lên|xuống)(?![\p{L}])/u.exec(folded.slice(end, end + 14));
  return m ? (m[1] === "lên" ? "over" : "under") : null;
}

/** The period words of a compared figure name ("kế hoạch năm 2025", "năm 2023"), its year taken from `base` when left out. */
function namedPeriod(words: string, base: string): string | undefined {
  const periods = findPeriods(words, findDates(words)).filter((p) => !p.ref.priceBase);
  const p = periods[periods.length - 1];
  if (!p || p.ref.relative !== undefined) return undefined;
  const year = p.ref.year ?? +base.slice(0, 4);
  return formatPeriod(p.ref, year) ?? undefined;
}

/** The same span a year earlier: "2024-YTD09" → "2023-YTD09". */
const yearBefore = (period: string) => (/^\d{4}(?:-(?:Q|H|M|YTD)\d+)?$/.test(period) ? `${+period.slice(0, 4) - 1}${period.slice(4)}` : undefined);

function periodOf(d: Draft, parent: Fact | undefined, r: ResolveInput, sameAs?: Fact): string | undefined {
  const base = parent?.period ?? sameAs?.period;
  if (base !== undefined) {
    const named = d.periodOf ? namedPeriod(d.periodOf, base) : undefined;
    if (named) return named;
    return d.earlier ? yearBefore(base) : base;
  }
  const frame = r.frames.get(d.sentence);
  const exact = frame?.listPeriod;
  const period = periodFor(d, r.periodsIn.get(d.sentence) ?? [], exact ?? frame?.carried, r.ctx);
  // disbursement counted to 31 January is the previous year's
  // disbursement counted to 31 January is the previous year's, unless the sentence names the new plan year ("vốn kế hoạch năm 2025")
  const jan = period ? /^(\d{4})-(?:M|YTD)01$/.exec(period) : null;
  if (jan && d.indicator.yearRunsToJanuary && !new RegExp(`kế hoạch(?:\\s+vốn)?\\s+năm\\s+${jan[1]}`, "u").test(r.folded.slice(d.sentence.start, d.sentence.end))) return String(+jan[1] - 1);
  // a stock counted at a point in time ("với 131.684 đảng viên") has no term: the term's end
  const term = period ? /^\d{4}-(\d{4})$/.exec(period) : null;
  if (term && d.indicator.stock) return term[1];
  return period;
}

// "phấn đấu giải ngân 100% kế hoạch": a share of the plan that is itself the target
const TARGET_BEFORE = /(?<![\p{L}])(?:phấn đấu|mục tiêu|đặt mục tiêu|chỉ tiêu(?:\s+[\p{L}]+){0,3}\s+là|yêu cầu|phải|cần)(?![\p{L}])/u;

function basisOf(d: Draft, parent: Fact | undefined, period: string, r: ResolveInput): Fact["basis"] {
  const ctx = r.ctx;
  let basis = d.basis;
  if (basis !== "plan" && (d.planContext || isAfterReview(period, ctx)) && d.measure !== "pct_of_plan") basis = "plan";
  if (basis !== "plan" && d.measure === "pct_of_plan" && (isAfterReview(period, ctx) ||
      TARGET_BEFORE.test(r.folded.slice(Math.max(d.sentence.start, d.q.start - 60), d.q.start)))) basis = "plan";
  if (parent && d.measure !== "pct_of_plan" && d.basis !== "plan") basis = parent.basis;
  return basis;
}

export function toFact(d: Draft, parent: Fact | undefined, r: ResolveInput, sameAs?: Fact): Fact | null {
  if (d.sameAs && !sameAs) return null;
  const period = periodOf(d, parent, r, sameAs);
  if (!period) return null;
  const like = parent ?? (sameAs && !d.national ? sameAs : undefined);
  const who = like ? { name: like.entity, level: levelOf(like.entity, r.ctx) }
    : entityFor(d, r.entitiesIn.get(d.sentence) ?? [], r.frames.get(d.sentence)?.topic, r.ctx, r.folded);
  if (!who) return null;
  const v = resolveValue(d, who.level);
  if (!v) return null;
  // a wrong number is worse than a missing one: a size no reading makes plausible is left out, and said
  if (v.implausible) {
    const span = r.clean.span(d.start, d.end);
    r.notes.push(`left out "${span.text}": ${v.warnings[v.warnings.length - 1]}`);
    return null;
  }
  const fact: Fact = {
    doc: r.doc,
    entity: who.name,
    indicator: d.indicator.id,
    period,
    basis: basisOf(d, parent, period, r),
    measure: d.measure,
    value: v.value,
    unit: d.measure === "pct_of_plan" || d.measure === "yoy_pct" ? "%" : d.indicator.unit,
    qualifier: d.measure !== "value" && d.q.qualifierWord === "vượt" ? null : v.qualifier ?? trailingQualifier(r.folded, d.end),
    ...(v.upper !== undefined ? { upper: v.upper } : {}),
    ...(d.measure === "pct_of_plan" ? { planRef: d.planRef ?? null } : {}),
    ...(v.warnings.length ? { warnings: v.warnings } : {}),
    source: r.clean.span(d.start, d.end),
  };
  if (!who.name) fact.warnings = [...(fact.warnings ?? []), "reporting unit unknown: set it with --entity"];
  return fact;
}
