// Resolving a linked figure: which period it belongs to (its clause, its sentence, the framing
// of earlier sentences, the report's own period) and which unit of government (a unit named as
// the clause's subject, else the report's unit — a party bloc's economic figures are its province's).
import { clauseAt } from "../text/segment";
import type { EntityMention, Level } from "../entities/entities";
import { formatPeriod, periodEnd, PeriodSpan, PeriodRef } from "./period";
import type { DocumentContext } from "./document";
import type { Draft } from "./walk";

export function withYear(ref: PeriodRef, carried: PeriodRef | undefined, ctx: DocumentContext): PeriodRef {
  if (ref.year !== undefined) return ref;
  const year = ref.relative !== undefined && ctx.review ? ctx.review.year + ref.relative : carried?.year ?? ctx.review?.year;
  return { ...ref, year };
}

/** A framing period from an earlier sentence lends its year; its quarter or half only when it is the report's own. */
function carriedPeriod(ref: PeriodRef | undefined, ctx: DocumentContext): string | undefined {
  if (!ref || ref.year === undefined) return undefined;
  if (ref.kind === "Y" || ref.kind === "TERM") return formatPeriod(ref, ref.year) ?? undefined;
  const review = ctx.review;
  if (review && review.kind === ref.kind && review.n === ref.n && review.year === ref.year) return formatPeriod(ref, ref.year) ?? undefined;
  return String(ref.year);
}

export function periodFor(d: Draft, periods: PeriodSpan[], framed: PeriodRef | undefined, ctx: DocumentContext, exactFraming = false): string | undefined {
  const s = d.sentence;
  const [clauseStart, clauseEnd] = clauseAt(s, d.q.start);
  const usable = periods.filter((p) => p.start >= s.start && p.end <= s.end && !p.comparison && !p.cumulative);
  const yearOf = (p: PeriodSpan) => {
    if (p.ref.year !== undefined) return p.ref.year;
    if (p.ref.relative !== undefined && ctx.review) return ctx.review.year + p.ref.relative;
    const sibling = usable.find((o) => o !== p && o.ref.year !== undefined);
    return sibling?.ref.year ?? framed?.year ?? ctx.review?.year;
  };
  const fmt = (p: PeriodSpan) => {
    if (p.ref.kind === "YTD" && p.ref.n === undefined) {
      // "từ đầu năm đến nay": through the month the report was written, when it is known
      const month = ctx.date?.month;
      return formatPeriod(month && month < 12 ? { kind: "YTD", n: month } : { kind: "Y" }, ctx.date?.year ?? yearOf(p)) ?? undefined;
    }
    return formatPeriod(p.ref.relative !== undefined ? { ...p.ref, kind: "Y" } : p.ref, yearOf(p)) ?? undefined;
  };
  const inClauseBefore = usable.filter((p) => p.start >= clauseStart && p.end <= d.q.start);
  if (inClauseBefore.length) return fmt(inClauseBefore[inClauseBefore.length - 1]);
  const inClauseAfter = usable.filter((p) => p.start >= d.q.end && p.end <= clauseEnd);
  if (inClauseAfter.length) return fmt(inClauseAfter[0]);
  if (usable.length) {
    const before = usable.filter((p) => p.end <= d.q.start);
    return fmt(before.length ? before[before.length - 1] : usable[0]);
  }
  const carried = exactFraming && framed?.year !== undefined ? formatPeriod(framed, framed.year) ?? undefined : carriedPeriod(framed, ctx);
  if (carried) return carried;
  if (ctx.review) return formatPeriod(ctx.review, ctx.review.year) ?? undefined;
  return undefined;
}

export function isAfterReview(period: string, ctx: DocumentContext): boolean {
  if (!ctx.review) return false;
  const review = formatPeriod(ctx.review, ctx.review.year);
  if (!review || /^\d{4}-\d{4}$/.test(period)) return false;
  return periodEnd(period) > periodEnd(review);
}

export function levelOf(name: string, ctx: DocumentContext): Level {
  if (name === ctx.mainUnit && ctx.mainLevel) return ctx.mainLevel;
  if (/^TP\s/.test(name)) return "city";
  if (/^(?:huyện|quận|TX)\s/.test(name)) return "district";
  if (/^(?:xã|phường|thị trấn)\s/.test(name)) return "commune";
  if (/Khối/.test(name)) return "bloc";
  if (name === "Việt Nam") return "country";
  return "province";
}

const GENERIC_PROVINCE = /(?<![\p{L}])(?:toàn tỉnh|cả tỉnh|trên địa bàn tỉnh|của tỉnh|tỉnh)(?![\p{L}])/u;

export function entityFor(d: Draft, entities: EntityMention[], ctx: DocumentContext, folded: string): { name: string; level: Level } {
  const [clauseStart] = clauseAt(d.sentence, d.q.start);
  const upTo = d.q.start;
  const scope = d.indicator.scope;
  const pick = (name: string, level: Level, province?: string): { name: string; level: Level } => {
    if (level === "bloc" && scope === "economy") return { name: province ?? ctx.province ?? name, level: "province" };
    return { name, level };
  };
  // the unit named as the subject of this clause, if any ("TP Hồng Ngự thu ngân sách đạt …")
  const named = entities.filter((e) => e.start >= clauseStart && e.end <= upTo && !e.inTitle && (e.typed || e.start - clauseStart < 4));
  const last = named[named.length - 1];
  if (last && last.level !== "country") return pick(last.name, last.level, last.province);
  if (last && last.level === "country" && upTo - last.end < 40) return { name: "Việt Nam", level: "country" };
  if (ctx.mainLevel && ctx.mainLevel !== "province" && ctx.province && GENERIC_PROVINCE.test(folded.slice(clauseStart, upTo)) && ctx.mainLevel !== "bloc") {
    return { name: ctx.province, level: "province" };
  }
  if (!ctx.mainUnit) return { name: "", level: "province" };
  return pick(ctx.mainUnit, ctx.mainLevel ?? "province", ctx.province);
}

