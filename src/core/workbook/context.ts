// What every sheet builder needs to agree on: the ordered facts, the chosen indicators and
// periods, and the sheet names formulas refer to.
import type { Basis, Fact, Measure } from "../facts/fact";
import type { WorkbookCatalog, WorkbookIndicator } from "./catalog";
import { LABELS, type Labels } from "./labels";
import type { Lang } from "./plan";

export interface BuildContext {
  lang: Lang;
  L: Labels;
  facts: Fact[];
  /** Index into facts of rows whose lookup key repeats an earlier row's. */
  duplicates: Set<number>;
  catalog: Map<string, WorkbookIndicator>;
  /** Every indicator id known (catalog order, then unknown ids from facts). */
  allIndicators: string[];
  /** Indicators shown on the comparison sheet. */
  indicators: string[];
  entities: string[];
  periods: string[];
  selectedPeriod: string;
}

const BASIS_ORDER: Basis[] = ["actual", "estimate", "plan"];
const MEASURE_ORDER: Measure[] = ["value", "pct_of_plan", "yoy_pct", "change"];

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function lookupKey(f: Fact): string {
  return [f.entity, f.indicator, f.period, f.basis, f.measure, f.derived ? "derived" : ""].join("|");
}

export function makeContext(
  facts: readonly Fact[],
  options: { lang: Lang; period?: string; indicators?: string[]; catalog: WorkbookCatalog },
): BuildContext {
  const catalog = new Map(options.catalog.indicators.map((i) => [i.id, i] as const));
  const catOrder = new Map(options.catalog.indicators.map((i, n) => [i.id, n] as const));
  const indOrder = (id: string) => catOrder.get(id) ?? Number.MAX_SAFE_INTEGER;

  // Order decides which of two rows with the same lookup key the formulas see (MATCH takes the
  // first): an extracted figure before a derived one, a clean one before one with warnings.
  const sorted = [...facts].sort(
    (a, b) =>
      collator.compare(a.entity, b.entity) ||
      indOrder(a.indicator) - indOrder(b.indicator) ||
      a.indicator.localeCompare(b.indicator) ||
      a.period.localeCompare(b.period) ||
      BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis) ||
      MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) ||
      Number(!!a.derived) - Number(!!b.derived) ||
      (a.warnings?.length ?? 0) - (b.warnings?.length ?? 0) ||
      a.doc.localeCompare(b.doc) ||
      a.source.start - b.source.start,
  );
  const seen = new Set<string>();
  const duplicates = new Set<number>();
  sorted.forEach((f, i) => {
    const k = lookupKey(f);
    if (seen.has(k)) duplicates.add(i);
    seen.add(k);
  });

  const factIds = [...new Set(sorted.map((f) => f.indicator))];
  const allIndicators = [
    ...options.catalog.indicators.map((i) => i.id),
    ...factIds.filter((id) => !catalog.has(id)).sort(),
  ];
  const comparable = new Set(
    sorted.filter((f) => f.measure === "value" || f.measure === "pct_of_plan").map((f) => f.indicator),
  );
  const indicators = options.indicators?.length
    ? [...options.indicators]
    : allIndicators.filter((id) => comparable.has(id));

  const entities = [...new Set(sorted.map((f) => f.entity))].sort(collator.compare);
  const periods = [...new Set(sorted.map((f) => f.period))].sort();
  if (options.period && !periods.includes(options.period)) periods.push(options.period);
  periods.sort();

  return {
    lang: options.lang,
    L: LABELS[options.lang],
    facts: sorted,
    duplicates,
    catalog,
    allIndicators,
    indicators,
    entities,
    periods,
    selectedPeriod: options.period ?? defaultPeriod(sorted),
  };
}

/** The period most units report an actual or estimated value for; the later one on a tie. */
export function defaultPeriod(facts: readonly Fact[]): string {
  const units = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.measure !== "value" || f.basis === "plan") continue;
    if (!units.has(f.period)) units.set(f.period, new Set());
    units.get(f.period)!.add(f.entity);
  }
  let best = "";
  let bestN = -1;
  for (const [p, s] of units) {
    if (s.size > bestN || (s.size === bestN && p > best)) {
      best = p;
      bestN = s.size;
    }
  }
  return best || (facts[0]?.period ?? "");
}
