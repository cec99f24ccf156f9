// One order for the rows of the data sheet and one identity per row, shared by the plan builder
// and the refresh diff: a rewrite from the same facts puts every fact on the same row, and a
// fact is found again by its key, never by its row number.
import { factKey, type Basis, type Fact, type Measure } from "../facts/fact";

const BASIS_ORDER: Basis[] = ["actual", "estimate", "plan"];
const MEASURE_ORDER: Measure[] = ["value", "pct_of_plan", "yoy_pct", "change"];

export const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/**
 * Order decides which of two rows with the same lookup key the formulas see (MATCH takes the
 * first): an extracted figure before a derived one, a clean one before one with warnings. The
 * last ties are broken by the full key and the position in the document, so the order does not
 * depend on the order facts arrived in.
 */
export function sortFacts(facts: readonly Fact[], indicatorOrder: (id: string) => number): Fact[] {
  return [...facts].sort(
    (a, b) =>
      collator.compare(a.entity, b.entity) ||
      indicatorOrder(a.indicator) - indicatorOrder(b.indicator) ||
      cmp(a.indicator, b.indicator) ||
      cmp(a.period, b.period) ||
      BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis) ||
      MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) ||
      Number(!!a.derived) - Number(!!b.derived) ||
      (a.warnings?.length ?? 0) - (b.warnings?.length ?? 0) ||
      cmp(a.doc, b.doc) ||
      cmp(a.entity, b.entity) ||
      a.source.start - b.source.start ||
      a.source.end - b.source.end ||
      a.value - b.value,
  );
}

// Code-point order, not locale order: the same on every machine.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The key of each fact of a sorted list: factKey, with "#2", "#3"… for further facts sharing it
 * (one document stating the same figure twice), numbered in document order.
 */
export function rowKeys(sorted: readonly Fact[]): string[] {
  const seen = new Map<string, number>();
  return sorted.map((f) => {
    const k = factKey(f);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
