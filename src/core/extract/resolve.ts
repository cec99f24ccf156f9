// Resolving a linked figure: which period it belongs to (its clause, its sentence, the framing
// of earlier sentences, the report's own period) and which unit of government (a unit named as
// the clause's subject, else the report's unit — a party bloc's economic figures are its province's).
import { clauseAt, inBracket } from "../text/segment";
import { formatPeriod, periodEnd, PeriodSpan, PeriodRef } from "./period";
import type { DocumentContext } from "./document";
import type { Draft } from "./walk";

export function withYear(ref: PeriodRef, carried: PeriodRef | undefined, ctx: DocumentContext): PeriodRef {
  if (ref.year !== undefined) return ref;
  const year = ref.relative !== undefined && ctx.review ? ctx.review.year + ref.relative : carried?.year ?? ctx.review?.year;
  return { ...ref, year };
}

// "giảm từ 4,82% cuối năm 2023 xuống còn 3,65%", "từ 9,86% (năm 2021)": a period right after a figure is that figure's
const RIGHT_AFTER = /^\s*\(?\s*$/u;

/** The figure a period stands right after, if any. */
function ownerOf(p: PeriodSpan, figures: Array<{ start: number; end: number }>, folded: string) {
  return figures.find((q) => {
    if (q.end > p.start || p.start - q.end > 3) return false;
    const gap = folded.slice(q.end, p.start);
    // a bracket that holds only the period: "(năm 2021)", not "(năm 2023 tăng 10,19%)"
    return RIGHT_AFTER.test(gap) && (!gap.includes("(") || /^\s*\)/u.test(folded.slice(p.end, p.end + 3)));
  });
}

export function periodFor(
  d: Draft, periods: PeriodSpan[], framed: PeriodRef | undefined, ctx: DocumentContext,
  figures: Array<{ start: number; end: number }> = [], folded = "",
): string | undefined {
  const s = d.sentence;
  const [clauseStart, clauseEnd] = clauseAt(s, d.q.start);
  const stated = periods.filter((p) => p.start >= s.start && p.end <= s.end && !p.comparison && !p.cumulative);
  const ownedBy = new Map(stated.map((p) => [p, ownerOf(p, figures, folded)] as const));
  const mine = stated.find((p) => ownedBy.get(p) === d.q);
  // another figure's own period does not date this one
  const usable = stated.filter((p) => !ownedBy.get(p));
  const yearOf = (p: PeriodSpan) => {
    if (p.ref.year !== undefined) return p.ref.year;
    if (p.ref.relative !== undefined && ctx.review) return ctx.review.year + p.ref.relative;
    // the year of another period of the sentence: one before, or one after with no figure between ("tháng 12 và cả năm 2023")
    const before = usable.filter((o) => o.end <= p.start && o.ref.year !== undefined).pop();
    const after = usable.find((o) => o.start >= p.end && o.ref.year !== undefined);
    const sibling = before ?? (after && !figures.some((q) => q.start >= p.end && q.end <= after.start) ? after : undefined);
    return sibling?.ref.year ?? framed?.year ?? ctx.review?.year;
  };
  // "giai đoạn 2026 - 2030 …; tổng vốn đầu tư toàn xã hội 5 năm …": the term the sentence names in years is the one meant
  const explicitTerm = usable.find((p) => p.ref.kind === "TERM" && !p.ref.current && p.ref.year !== undefined);
  const fmt = (p0: PeriodSpan) => {
    const p = p0.ref.current && explicitTerm ? explicitTerm : p0;
    if (p.ref.kind === "M" && p.ref.n === undefined) {
      // "trong tháng": the last month of the report's span, else the month before it was written
      const review = ctx.review;
      const n = review?.stated && review.kind !== "TERM" && review.kind !== "Y" ? (review.kind === "Q" ? review.n! * 3 : review.kind === "H" ? review.n! * 6 : review.n) : ctx.date?.month;
      return n ? formatPeriod({ kind: "M", n }, review?.year ?? ctx.date?.year ?? yearOf(p)) ?? undefined : undefined;
    }
    if (p.ref.kind === "YTD" && p.ref.n === undefined) {
      // "từ đầu năm đến nay": through the period the report is on, else the month it was written
      const review = ctx.review;
      if (review?.stated && review.kind !== "TERM" && (!ctx.date || ctx.date.year === review.year)) return formatPeriod(review, review.year) ?? undefined;
      const month = ctx.date?.month;
      return formatPeriod(month && month < 12 ? { kind: "YTD", n: month } : { kind: "Y" }, ctx.date?.year ?? yearOf(p)) ?? undefined;
    }
    return formatPeriod(p.ref.relative !== undefined ? { ...p.ref, kind: "Y" } : p.ref, yearOf(p)) ?? undefined;
  };
  if (mine) return fmt(mine);
  const inClauseBefore = usable.filter((p) => p.start >= clauseStart && p.end <= d.q.start);
  if (inClauseBefore.length) return fmt(inClauseBefore[inClauseBefore.length - 1]);
  // a bracket after the figure speaks of its own ("13,4% (kế hoạch năm 2025 là 12,4%)")
  const inClauseAfter = usable.filter((p) => p.start >= d.q.end && p.end <= clauseEnd && !inBracket(folded, d.q.end, p.start));
  if (inClauseAfter.length) return fmt(inClauseAfter[0]);
  // another clause's period, unless it stands in a bracket ("(… 6 tháng đầu năm 2022 tăng 9,26%); quy mô GRDP …")
  const open = usable.filter((p) => !inBracket(folded, s.start, p.start));
  if (open.length) {
    const before = open.filter((p) => p.end <= d.q.start);
    return fmt(before.length ? before[before.length - 1] : open[0]);
  }
  const carried = framed?.year !== undefined ? formatPeriod(framed, framed.year) ?? undefined : undefined;
  if (carried) return carried;
  if (ctx.review) return formatPeriod(ctx.review, ctx.review.year) ?? undefined;
  return undefined;
}

export function isAfterReview(period: string, ctx: DocumentContext): boolean {
  if (!ctx.review) return false;
  const review = formatPeriod(ctx.review, ctx.review.year);
  if (!review) return false;
  // a term that starts after the report's period ("giai đoạn 2026 - 2030") lies ahead too
  const term = /^(\d{4})-(\d{4})$/.exec(period);
  if (term) return +term[1] > ctx.review.year;
  return periodEnd(period) > periodEnd(review);
}

