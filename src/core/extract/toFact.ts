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
import { BREAKDOWN } from "./cues";

export interface ResolveInput {
  doc: string;
  folded: string;
  clean: MappedText;
  ctx: DocumentContext;
  frames: Map<Sentence, SentenceFrame>;
  periodsIn: Map<Sentence, PeriodSpan[]>;
  entitiesIn: Map<Sentence, EntityMention[]>;
  /** the figures of each sentence */
  figuresIn: Map<Sentence, Array<{ start: number; end: number }>>;
  /** document messages: figures left out and why */
  notes: string[];
}

/** "10% trở lên", "8.000 đảng viên trở lên": a bound stated after the figure */
function trailingQualifier(folded: string, end: number): "over" | "under" | null {
  const m = /^\s*trở\s+(lên|xuống)(?![\p{L}])/u.exec(folded.slice(end, end + 14));
  return m ? (m[1] === "lên" ? "over" : "under") : null;
}

/** The period words of a compared figure name ("kế hoạch năm 2025", "năm 2023"), its year taken from `base` when left out;
 * "cùng kỳ năm 2023" is base's span in that year. */
function namedPeriod(words: string, base: string): string | undefined {
  const periods = findPeriods(words, findDates(words)).filter((p) => !p.ref.priceBase);
  const p = periods[periods.length - 1];
  // "kế hoạch năm", "dự toán năm", "dự toán HĐND tỉnh giao (4.873 tỷ đồng)": a plan that names no period is the year's
  if (!p && /(?<![\p{L}])(?:kế hoạch|kh|dự toán|chỉ tiêu|mục tiêu|nghị quyết)(?![\p{L}])/u.test(words)) return base.slice(0, 4);
  if (!p || p.ref.relative !== undefined) return undefined;
  const year = p.ref.year ?? +base.slice(0, 4);
  if (p.ref.kind === "Y" && /(?<![\p{L}])cùng kỳ(?![\p{L}])/u.test(words) && /^\d{4}-(?:Q|H|M|YTD)\d+$/.test(base)) return `${year}${base.slice(4)}`;
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
  const stated = (r.periodsIn.get(d.sentence) ?? []).some((p) => !p.comparison && !p.cumulative);
  const period = periodFor(d, r.periodsIn.get(d.sentence) ?? [], exact ?? frame?.carried, r.ctx, r.figuresIn.get(d.sentence), r.folded);
  // a list of targets that names no period, in a report written after the year it reviews, is for the year it was written in
  const ctx = r.ctx;
  if (d.planContext && !stated && !exact && !frame?.carried && ctx.review?.kind === "Y" && ctx.date && ctx.date.year > ctx.review.year && period === String(ctx.review.year)) {
    return String(ctx.date.year);
  }
  // disbursement counted to 31 January is the previous year's, unless the sentence names the new plan year ("vốn kế hoạch năm 2025")
  const jan = period ? /^(\d{4})-(?:M|YTD)01$/.exec(period) : null;
  if (jan && d.indicator.yearRunsToJanuary && !new RegExp(`kế hoạch(?:\\s+vốn)?\\s+năm\\s+${jan[1]}`, "u").test(r.folded.slice(d.sentence.start, d.sentence.end))) return String(+jan[1] - 1);
  // a stock counted at a point in time ("với 131.684 đảng viên") has no term: the term's end
  const term = period ? /^\d{4}-(\d{4})$/.exec(period) : null;
  if (term && d.indicator.stock) return term[1];
  return period;
}

// "mỗi năm kết nạp từ 25 đảng viên trở lên", "tăng bình quân 8%/năm": a target for every year of the term
const PER_YEAR_BEFORE = /(?<![\p{L}])(?:mỗi năm|hằng năm|hàng năm)(?![\p{L}])[^,;:]{0,40}$/u;
const PER_YEAR_AFTER = /^\s*\/\s*năm(?![\p{L}])/u;

/** A target for the term ahead: "cả nhiệm kỳ kết nạp từ 20.000 đảng viên" among the targets, or one set for every year. */
function termAhead(d: Draft, period: string, basis: Fact["basis"], parent: Fact | undefined, r: ResolveInput): string {
  const next = r.ctx.terms?.next;
  if (basis !== "plan" || parent || !next) return period;
  const spans = r.periodsIn.get(d.sentence) ?? [];
  const named = (current: boolean) => spans.find((p) => p.ref.kind === "TERM" && !!p.ref.current === current && `${p.ref.year}-${p.ref.endYear}` === period);
  const term = /^(\d{4})-(\d{4})$/.exec(period);
  const current = term && !named(false) ? named(true) : undefined;
  // the party's next term ("cả nhiệm kỳ" → 2025-2030), or the next five-year plan ("5 năm" → 2026-2030)
  if (term && current) return current.ref.plan ? `${+term[2] + 1}-${+term[2] + 5}` : `${term[2]}-${2 * +term[2] - +term[1]}`;
  // a yearly target with no term of its own, in a document that sets the next term's targets
  const yearly = PER_YEAR_BEFORE.test(r.folded.slice(Math.max(d.sentence.start, d.q.start - 60), d.q.start)) || PER_YEAR_AFTER.test(r.folded.slice(d.q.end, d.q.end + 8));
  if (yearly && !term && !spans.some((p) => p.ref.kind !== "TERM" && p.ref.year !== undefined && !p.comparison && p.end <= d.q.start && d.q.start - p.end < 40)) return `${next[0]}-${next[1]}`;
  return period;
}

const DEADLINE = /(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+)?(?:quý|tháng|\d)/u;

// "phấn đấu giải ngân 100% kế hoạch": a share of the plan that is itself the target
const TARGET_BEFORE = /(?<![\p{L}])(?:phấn đấu|mục tiêu|đặt mục tiêu|chỉ tiêu(?:\s+[\p{L}]+){0,3}\s+là|(?<!đạt\s)yêu cầu|phải|cần)(?![\p{L}])/u;

// "kết nạp từ 2.400 đảng viên trở lên": a floor set for what is to come
const FLOOR_AROUND = (before: string, after: string) => /(?<![\p{L}])từ\s*$/u.test(before) && /^[^,;.]{0,30}?trở\s+lên(?![\p{L}])/u.test(after);

function basisOf(d: Draft, parent: Fact | undefined, period: string, r: ResolveInput): Fact["basis"] {
  const ctx = r.ctx;
  let basis = d.basis;
  if (basis !== "plan" && d.measure === "value" && FLOOR_AROUND(r.folded.slice(Math.max(0, d.q.start - 6), d.q.start), r.folded.slice(d.q.end, d.q.end + 40))) basis = "plan";
  if (basis !== "plan" && (d.planContext || isAfterReview(period, ctx)) && d.measure !== "pct_of_plan") basis = "plan";
  if (basis !== "plan" && d.measure === "pct_of_plan" && (isAfterReview(period, ctx) ||
      TARGET_BEFORE.test(r.folded.slice(Math.max(d.sentence.start, d.q.start - 60), d.q.start)))) basis = "plan";
  if (parent && d.measure !== "pct_of_plan" && d.basis !== "plan") basis = parent.basis;
  return basis;
}

export function toFact(d: Draft, parent: Fact | undefined, r: ResolveInput, sameAs?: Fact, antecedent?: Fact, before?: Fact): Fact | null {
  if (d.sameAs && !sameAs) return null;
  let period = periodOf(d, parent, r, sameAs);
  if (!period) return null;
  // "Mục tiêu được phân kỳ theo quý: quý I tăng 7,6% …" after the year's target: that year's quarters
  if (antecedent && !(r.periodsIn.get(d.sentence) ?? []).some((p) => p.ref.year !== undefined && !p.comparison) && /^\d{4}/.test(antecedent.period) && !/^\d{4}-\d{4}$/.test(period)) {
    period = antecedent.period.slice(0, 4) + period.slice(4);
  }
  const like = parent ?? (sameAs && !d.national && !d.unit ? sameAs : undefined);
  const who = like ? { name: like.entity, level: levelOf(like.entity, r.ctx) }
    : entityFor(d, r.entitiesIn.get(d.sentence) ?? [], r.frames.get(d.sentence)?.topic, r.ctx, r.folded,
      before ? { name: before.entity, level: levelOf(before.entity, r.ctx) } : undefined);
  if (!who) return null;
  const v = resolveValue(d, who.level);
  if (!v) return null;
  // a wrong number is worse than a missing one: a size no reading makes plausible is left out, and said
  if (v.implausible) {
    const span = r.clean.span(d.start, d.end);
    r.notes.push(`left out "${span.text}": ${v.warnings[v.warnings.length - 1]}`);
    return null;
  }
  let basis = basisOf(d, parent, period, r);
  // a plan that names no period, in a report written after the year it reviews, is for the year written ("được giao 9,3%")
  const ctx = r.ctx;
  if (basis === "plan" && !parent && !d.sameAs && d.which !== "pair" && period === String(ctx.review?.year) && ctx.review?.kind === "Y" && ctx.date && ctx.date.year > ctx.review.year &&
      !(r.periodsIn.get(d.sentence) ?? []).some((p) => !p.comparison && !p.cumulative) && !r.frames.get(d.sentence)?.carried) {
    period = String(ctx.date.year);
  }
  basis = basisOf(d, parent, period, r) === "plan" ? "plan" : basis;
  // "… ước đạt 352.100 tỷ đồng. Trong đó, thu nội địa 331.450 tỷ đồng": a part of an estimate is estimated
  if (basis === "actual" && before?.basis === "estimate" && before.period === period && BREAKDOWN.test(r.folded.slice(d.sentence.start, d.sentence.start + 12))) basis = "estimate";
  period = termAhead(d, period, basis, parent, r);
  // "phấn đấu trong quý IV giải ngân 100% kế hoạch": a share of the year's plan set as a target is the year's, unless it
  // names a date to reach it by ("đến hết quý III đạt ít nhất 60%", "đến ngày 31/3")
  if (d.measure === "pct_of_plan" && basis === "plan" && /^\d{4}-(?:Q|H|M)\d/.test(period) &&
      !DEADLINE.test(r.folded.slice(d.sentence.start, d.q.start))) period = period.slice(0, 4);
  // "kết nạp được 764/1.420 đảng viên" half-way through the year: the plan over which it is counted is the year's
  if (d.which === "pair" && basis === "plan" && /^\d{4}-(?:Q|H|M|YTD)\d/.test(period)) period = period.slice(0, 4);
  const fact: Fact = {
    doc: r.doc,
    entity: who.name,
    indicator: d.indicator.id,
    period,
    basis,
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
