// Numeric row keys, so that every figure the comparison shows is found by a binary search.
//
// A figure is asked for by (indicator, period, compared unit, basis, measure, derived). Each of
// those is given a small index and the six are packed into one integer, in the same order the
// data sheet is sorted by, so the key column ascends down the sheet and MATCH(k, CT_Key, 1) finds
// a row in O(log n) — an exact MATCH scans the whole column, and with a lookup in every cell of a
// national book LibreOffice spent two minutes on it. Indicator and period come first, so all the
// rows of one (indicator, period) are one block that the summary reads alone (groupBounds).
// Several sources may state the same figure: their rows share the packed key and are told apart
// by a rank in the last digits (rank 0 is the row the comparison uses), so every key is unique
// and exactly one row answers a lookup.
//
// Numbers, not text: "Đắk Lắk" < "Điện Biên" is a question of collation, which Excel and
// LibreOffice answer differently; 1234 < 1240 is not.
import type { Basis, Measure } from "../facts/fact";

const BASIS_ORDER: readonly Basis[] = ["actual", "estimate", "plan"];
const MEASURE_ORDER: readonly Measure[] = ["value", "pct_of_plan", "yoy_pct", "change"];
/** basis × 8 + measure × 2 + derived stays below 32. */
export const CODES = 32;

export function codeOf(basis: Basis, measure: Measure, derived: boolean): number {
  return BASIS_ORDER.indexOf(basis) * 8 + MEASURE_ORDER.indexOf(measure) * 2 + (derived ? 1 : 0);
}

export interface KeySpace {
  /** Compared units first (in the comparison's order), then units that only feed a new-unit sum. */
  unit: ReadonlyMap<string, number>;
  indicator: ReadonlyMap<string, number>;
  period: ReadonlyMap<string, number>;
  nIndicators: number;
  nPeriods: number;
  nUnits: number;
  /** A power of ten above the highest rank: key = lookup × dup + rank. */
  dup: number;
}

export class KeySpaceError extends Error {
  override name = "KeySpaceError";
}

export function makeKeySpace(units: readonly string[], indicators: readonly string[], periods: readonly string[], maxRank: number): KeySpace {
  let dup = 10;
  while (dup <= maxRank) dup *= 10;
  const ks: KeySpace = {
    unit: new Map(units.map((u, i) => [u, i] as const)),
    indicator: new Map(indicators.map((id, i) => [id, i] as const)),
    period: new Map(periods.map((p, i) => [p, i] as const)),
    nIndicators: Math.max(indicators.length, 1),
    nPeriods: Math.max(periods.length, 1),
    nUnits: Math.max(units.length, 1),
    dup,
  };
  const largest = Math.max(units.length, 1) * ks.nIndicators * ks.nPeriods * CODES * dup;
  if (largest >= Number.MAX_SAFE_INTEGER) {
    throw new KeySpaceError(`${units.length} units × ${indicators.length} indicators × ${periods.length} periods are more than one book can key exactly; build one book per period range`);
  }
  return ks;
}

/** The packed (indicator, period, unit) slot, before basis, measure and rank. */
function slot(ks: KeySpace, unitIndex: number, indicator: string, periodIndex: number): number {
  return (ks.indicator.get(indicator)! * ks.nPeriods + periodIndex) * ks.nUnits + unitIndex;
}

/** A row's key: `unit` as the key space names it (a compared unit, or feedingKey). */
export function rowKey(ks: KeySpace, unit: string, indicator: string, period: string, basis: Basis, measure: Measure, derived: boolean, rank: number): number {
  return (slot(ks, ks.unit.get(unit)!, indicator, ks.period.get(period)!) * CODES + codeOf(basis, measure, derived)) * ks.dup + rank;
}

/** The key lookups ask for: rank 0 of (unit, indicator, period, basis, measure, derived). */
export function lookupKey(ks: KeySpace, unit: string, indicator: string, period: string, basis: Basis, measure: Measure, derived = false): number {
  return rowKey(ks, unit, indicator, period, basis, measure, derived, 0);
}

/**
 * What a comparison row knows before the period is picked: its slot is `fixed + periodIndex ×
 * perPeriod`, times `CODES × dup` for the key of its first code.
 */
export function slotFormula(ks: KeySpace, unit: string, indicator: string): { fixed: number; perPeriod: number } {
  return { fixed: slot(ks, ks.unit.get(unit)!, indicator, 0), perPeriod: ks.nUnits };
}

/** Keys below `low` and above `high` are outside (indicator, period): the block the summary reads. */
export function groupBounds(ks: KeySpace, indicator: string, period: string): { low: number; high: number } {
  const first = slot(ks, 0, indicator, ks.period.get(period)!);
  return { low: first * CODES * ks.dup, high: (first + ks.nUnits) * CODES * ks.dup - 1 };
}

/** Summary group of (indicator, period), 1-based so that a blank cell is no group. */
export function groupId(ks: KeySpace, indicator: string, period: string): number {
  return ks.indicator.get(indicator)! * ks.nPeriods + ks.period.get(period)! + 1;
}

/**
 * The row (1-based within CT_Key) holding key `k`, or "" when none does. Binary search while the
 * key column is in order (CT_Sorted); an exact scan once the user has re-sorted the data sheet,
 * so a re-sorted book is slower, never wrong. `k` is a formula expression.
 */
export function positionOf(k: string, names: { key: string; sorted: string }): string {
  const near = `MATCH(${k},${names.key},1)`;
  return `IFERROR(IF(${names.sorted},IF(INDEX(${names.key},${near})=${k},${near},""),MATCH(${k},${names.key},0)),"")`;
}
