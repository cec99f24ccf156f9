// The rows of the data sheet: every fact (every source's row is kept) and the new-unit sums, each
// with its numeric key (keys.ts), in key order. Where several sources state the same figure —
// same compared unit, indicator, period, basis, measure — the most recent report is the one the
// comparison uses (rank 0); the others stay, ranked after it and saying so, and the row used
// lists the other figures when they differ, so the disagreement shows.
import type { Basis, Fact, Measure } from "../facts/fact";
import { groupId, rowKey, type KeySpace } from "./keys";
import type { AggregateRow } from "./mergerAggregates";

export interface DataRow {
  /** The row's identity across refreshes (factOrder.ts rowKeys, or the new-unit sum's key). */
  key: string;
  fact?: Fact;
  aggregate?: AggregateRow;
  entity: string;
  indicator: string;
  period: string;
  basis: Basis;
  measure: Measure;
  derived: boolean;
  /** The unit the row is compared as; "" when it only feeds a new-unit sum. */
  unit: string;
  reportDate?: string;
  numKey: number;
  /** 0: the row a lookup finds; 1, 2…: other sources' rows for the same figure. */
  rank: number;
  /** On rank > 0: the document whose row is used, and whether it gives the same figure. */
  usedInstead?: { doc: string; same: boolean };
  /** On rank 0: what other sources give when it differs. */
  others: { value: number; doc: string; date?: string }[];
  /** The summary group (keys.ts groupId) when this row is its unit's figure for that indicator and period. */
  group?: number;
}

type DateOf = (f: Fact) => string | undefined;

/** Which of two rows for the same figure the comparison uses: the later report, then the cleaner row. */
export function winnerOrder(dateOf: DateOf): (a: Fact, b: Fact) => number {
  return (a, b) => {
    const da = dateOf(a) ?? "", db = dateOf(b) ?? "";
    return (
      (da > db ? -1 : da < db ? 1 : 0) ||
      (a.warnings?.length ?? 0) - (b.warnings?.length ?? 0) ||
      cmp(a.doc, b.doc) ||
      a.source.start - b.source.start ||
      a.source.end - b.source.end ||
      a.value - b.value
    );
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Pending {
  /** numKey and group are filled in once the key space is known. */
  row: DataRow;
  /** The unit its key is made with: the compared unit, else its own (a unit that only feeds a sum). */
  keyUnit: string;
}

/**
 * The key unit of a row that only feeds a new-unit sum: its own unit, kept apart from a compared
 * unit of the same name (old Phú Thọ feeds new Phú Thọ).
 */
export function feedingKey(entity: string): string {
  return `~${entity}`;
}

const identity = (unit: string, indicator: string, period: string, basis: string, measure: string, derived: boolean) =>
  [unit, indicator, period, basis, measure, derived ? "d" : ""].join("|");

export function dataRows(
  sorted: readonly Fact[],
  keys: readonly string[],
  units: readonly string[],
  aggregates: readonly AggregateRow[],
  dateOf: DateOf,
): { maxRank: number; finish: (ks: KeySpace) => DataRow[] } {
  const byIdentity = new Map<string, number[]>();
  sorted.forEach((f, i) => {
    const id = identity(units[i] || feedingKey(f.entity), f.indicator, f.period, f.basis, f.measure, !!f.derived);
    const list = byIdentity.get(id) ?? [];
    list.push(i);
    byIdentity.set(id, list);
  });

  const better = winnerOrder(dateOf);
  const pending: Pending[] = [];
  let maxRank = 0;
  for (const members of byIdentity.values()) {
    members.sort((a, b) => better(sorted[a]!, sorted[b]!));
    maxRank = Math.max(maxRank, members.length - 1);
    const winner = sorted[members[0]!]!;
    members.forEach((i, rank) => {
      const f = sorted[i]!;
      pending.push({
        keyUnit: units[i] || feedingKey(f.entity),
        row: {
          key: keys[i]!,
          fact: f,
          entity: f.entity,
          indicator: f.indicator,
          period: f.period,
          basis: f.basis,
          measure: f.measure,
          derived: !!f.derived,
          unit: units[i]!,
          numKey: 0,
          ...(dateOf(f) ? { reportDate: dateOf(f) } : {}),
          rank,
          ...(rank > 0 ? { usedInstead: { doc: winner.doc, same: f.value === winner.value } } : {}),
          others: rank === 0
            ? members.slice(1).map((j) => sorted[j]!).filter((o) => o.value !== f.value).map((o) => ({ value: o.value, doc: o.doc, ...(dateOf(o) ? { date: dateOf(o) } : {}) }))
            : [],
        },
      });
    });
  }
  for (const a of aggregates) {
    pending.push({
      keyUnit: a.unit,
      row: {
        key: a.key, aggregate: a, entity: a.unit, indicator: a.indicator, period: a.period, basis: a.basis,
        measure: "value", derived: false, unit: a.unit, numKey: 0, rank: 0, others: [],
      },
    });
  }

  const finish = (ks: KeySpace): DataRow[] => {
    // A unit's figure for a pair: its actual value, else its estimate — the row a lookup finds.
    const found = new Set(pending.filter((p) => p.row.rank === 0).map((p) => identity(p.keyUnit, p.row.indicator, p.row.period, p.row.basis, p.row.measure, p.row.derived)));
    for (const { row, keyUnit } of pending) {
      row.numKey = rowKey(ks, keyUnit, row.indicator, row.period, row.basis, row.measure, row.derived, row.rank);
      const summarized =
        row.rank === 0 && row.unit !== "" && row.measure === "value" && !row.derived &&
        (row.basis === "actual" || (row.basis === "estimate" && !found.has(identity(keyUnit, row.indicator, row.period, "actual", "value", false))));
      if (summarized) row.group = groupId(ks, row.indicator, row.period);
    }
    return pending.map((p) => p.row).sort((a, b) => a.numKey - b.numKey);
  };
  return { maxRank, finish };
}
