// What every sheet builder needs to agree on: the ordered facts and their keys, the unit each
// row is compared as, the chosen indicators and periods, and the sheet names formulas refer to.
import type { BuildOptions } from "./buildWorkbookPlan";
import type { Fact } from "../facts/fact";
import type { WorkbookIndicator } from "./catalog";
import { sortFacts, rowKeys, collator } from "./factOrder";
import { LABELS, type Labels } from "./labels";
import { mergerAggregates, type AggregateRow } from "./mergerAggregates";
import type { Lang, UnitsView } from "./plan";
import type { RefreshInput } from "./rowState";
import { compareUnit } from "./unitsView";

export interface BuildContext {
  lang: Lang;
  L: Labels;
  facts: Fact[];
  /** Row key of each fact (parallel to facts). */
  keys: string[];
  /** The unit each fact is compared as; "" when it only feeds a new-unit sum (parallel to facts). */
  units: string[];
  /** New-unit sums written below the facts (new view only). */
  aggregates: AggregateRow[];
  view: UnitsView;
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
  refresh: RefreshInput;
}

/** The builder's options are the context's (one list, in buildWorkbookPlan.ts). */
export type ContextOptions = BuildOptions;

export function lookupKey(f: Fact, unit = f.entity): string {
  return [unit, f.indicator, f.period, f.basis, f.measure, f.derived ? "derived" : ""].join("|");
}

export function makeContext(facts: readonly Fact[], options: ContextOptions): BuildContext {
  const catalog = new Map(options.catalog.indicators.map((i) => [i.id, i] as const));
  const catOrder = new Map(options.catalog.indicators.map((i, n) => [i.id, n] as const));
  const indOrder = (id: string) => catOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const view = options.units ?? "old";

  const sorted = sortFacts(facts, indOrder);
  const keys = rowKeys(sorted);
  const units = sorted.map((f) => compareUnit(f, view, options.docDates?.[f.doc]));
  const seen = new Set<string>();
  const duplicates = new Set<number>();
  sorted.forEach((f, i) => {
    if (!units[i]) return;
    const k = lookupKey(f, units[i]);
    if (seen.has(k)) duplicates.add(i);
    seen.add(k);
  });
  const aggregates = view === "new" ? mergerAggregates(sorted, keys, units, catalog, indOrder) : [];

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

  const entities = [...new Set([...units.filter(Boolean), ...aggregates.map((a) => a.unit)])].sort(collator.compare);
  const periods = [...new Set(sorted.map((f) => f.period))].sort();
  if (options.period && !periods.includes(options.period)) periods.push(options.period);
  periods.sort();

  return {
    lang: options.lang,
    L: LABELS[options.lang],
    facts: sorted,
    keys,
    units,
    aggregates,
    view,
    duplicates,
    catalog,
    allIndicators,
    indicators,
    entities,
    periods,
    selectedPeriod: options.period ?? defaultPeriod(sorted),
    refresh: options.refresh ?? { rows: {}, userColumns: [], log: [] },
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
