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
import { periodFor, isAfterReview, levelOf, entityFor } from "./resolve";
import { resolveValue } from "./value";

export interface ResolveInput {
  doc: string;
  folded: string;
  clean: MappedText;
  ctx: DocumentContext;
  frames: Map<Sentence, SentenceFrame>;
  periodsIn: Map<Sentence, PeriodSpan[]>;
  entitiesIn: Map<Sentence, EntityMention[]>;
}

/** "10% trở lên", "8.000 đảng viên trở lên": a bound stated after the figure */
function trailingQualifier(folded: string, end: number): "over" | "under" | null {
  const m = /^\s*trở\s+(lên|xuống)(?![\p{L}])/u.exec(folded.slice(end, end + 14));
  return m ? (m[1] === "lên" ? "over" : "under") : null;
}

function periodOf(d: Draft, parent: Fact | undefined, r: ResolveInput): string | undefined {
  if (parent) return parent.period;
  const frame = r.frames.get(d.sentence);
  const exact = frame?.listPeriod;
  const period = periodFor(d, r.periodsIn.get(d.sentence) ?? [], exact ?? frame?.carried, r.ctx, exact !== undefined);
  // disbursement counted to 31 January is the previous year's
  const jan = period ? /^(\d{4})-(?:M|YTD)01$/.exec(period) : null;
  return jan && d.indicator.yearRunsToJanuary ? String(+jan[1] - 1) : period;
}

function basisOf(d: Draft, parent: Fact | undefined, period: string, ctx: DocumentContext): Fact["basis"] {
  let basis = d.basis;
  if (basis !== "plan" && (d.planContext || isAfterReview(period, ctx)) && d.measure !== "pct_of_plan") basis = "plan";
  if (parent && d.measure !== "pct_of_plan" && d.basis !== "plan") basis = parent.basis;
  return basis;
}

export function toFact(d: Draft, parent: Fact | undefined, r: ResolveInput): Fact | null {
  const period = periodOf(d, parent, r);
  if (!period) return null;
  const who = parent ? { name: parent.entity, level: levelOf(parent.entity, r.ctx) } : entityFor(d, r.entitiesIn.get(d.sentence) ?? [], r.ctx, r.folded);
  const v = resolveValue(d, who.level);
  if (!v) return null;
  const fact: Fact = {
    doc: r.doc,
    entity: who.name,
    indicator: d.indicator.id,
    period,
    basis: basisOf(d, parent, period, r.ctx),
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
