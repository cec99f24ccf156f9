// What every sheet builder needs to agree on: the rows of the data sheet (facts and new-unit sums)
// with their keys, the unit each is compared as, which source the comparison uses where several
// state the same figure, the chosen indicators and periods, and the labels.
import type { BuildOptions } from "./buildWorkbookPlan";
import type { Fact } from "../facts/fact";
import type { WorkbookIndicator } from "./catalog";
import { sortFacts, rowKeys, collator } from "./factOrder";
import { LABELS, type Labels } from "./labels";
import { mergerAggregates, type AggregateRow } from "./mergerAggregates";
import type { Lang, UnitsView } from "./plan";
import type { RefreshInput } from "./rowState";
import { compareUnit } from "./unitsView";
import { dataRows, feedingKey, type DataRow } from "./dataRows";
import { makeKeySpace, type KeySpace } from "./keys";

export interface BuildContext {
  lang: Lang;
  L: Labels;
  /** Facts in sheet order of earlier versions (keys are numbered in this order). */
  facts: Fact[];
  /** The data sheet's rows, in key order. */
  rows: DataRow[];
  keys: KeySpace;
  view: UnitsView;
  catalog: Map<string, WorkbookIndicator>;
  /** Canonical unit → its label in this book's language. */
  unitLabels: Readonly<Record<string, string>>;
  /** Every indicator id known (catalog order, then unknown ids from facts). */
  allIndicators: string[];
  /** Indicators shown on the comparison sheet. */
  indicators: string[];
  /** Compared units, in the comparison's order. */
  entities: string[];
  periods: string[];
  selectedPeriod: string;
  refresh: RefreshInput;
}

/** The builder's options are the context's (one list, in buildWorkbookPlan.ts). */
export type ContextOptions = BuildOptions;

export function makeContext(facts: readonly Fact[], options: ContextOptions): BuildContext {
  const catalog = new Map(options.catalog.indicators.map((i) => [i.id, i] as const));
  const catOrder = new Map(options.catalog.indicators.map((i, n) => [i.id, n] as const));
  const indOrder = (id: string) => catOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const view = options.units ?? "old";
  const dateOf = (f: Fact) => f.reportDate ?? options.docDates?.[f.doc];

  const sorted = sortFacts(facts, indOrder);
  const keys = rowKeys(sorted);
  const units = sorted.map((f) => compareUnit(f, view, dateOf(f)));
  const aggregates: AggregateRow[] = view === "new" ? mergerAggregates(sorted, keys, units, catalog, indOrder, dateOf) : [];

  const factIds = [...new Set(sorted.map((f) => f.indicator))];
  const allIndicators = [
    ...options.catalog.indicators.map((i) => i.id),
    ...factIds.filter((id) => !catalog.has(id)).sort(),
  ];
  const comparable = new Set(
    sorted.filter((f) => f.measure === "value" || f.measure === "pct_of_plan").map((f) => f.indicator),
  );
  const indicators = options.indicators?.length
    ? options.indicators.filter((id, i, all) => all.indexOf(id) === i)
    : allIndicators.filter((id) => comparable.has(id));
  for (const id of indicators) if (!allIndicators.includes(id)) allIndicators.push(id);

  const entities = [...new Set([...units.filter(Boolean), ...aggregates.map((a) => a.unit)])].sort(collator.compare);
  const feeding = [...new Set(sorted.filter((_, i) => !units[i]).map((f) => f.entity))].sort(collator.compare).map(feedingKey);
  const periods = [...new Set(sorted.map((f) => f.period))];
  if (options.period && !periods.includes(options.period)) periods.push(options.period);
  periods.sort();

  const built = dataRows(sorted, keys, units, aggregates, dateOf);
  const keySpace = makeKeySpace([...entities, ...feeding], allIndicators, periods, built.maxRank);
  const L = LABELS[options.lang];
  return {
    lang: options.lang,
    L,
    facts: sorted,
    rows: built.finish(keySpace),
    keys: keySpace,
    view,
    catalog,
    unitLabels: { ...L.units, ...(options.lang === "vi" ? viUnits(options.catalog) : {}) },
    allIndicators,
    indicators,
    entities,
    periods,
    selectedPeriod: options.period ?? defaultPeriod(sorted),
    refresh: options.refresh ?? { rows: {}, userColumns: [], log: [] },
  };
}

/** The catalog's own Vietnamese unit names, where it has them. */
function viUnits(catalog: BuildOptions["catalog"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [unit, u] of Object.entries(catalog.units ?? {})) if (typeof u?.vi === "string" && u.vi) out[unit] = u.vi;
  return out;
}

/** The label of an indicator's unit: counted indicators say what they count ("doanh nghiệp"). */
export function unitLabel(ctx: Pick<BuildContext, "unitLabels" | "catalog" | "lang">, unit: string, indicator?: string): string {
  if (unit === "count" && indicator && ctx.lang === "vi") {
    const noun = ctx.catalog.get(indicator)?.counted?.[0]?.nouns[0];
    if (noun) return noun;
  }
  return ctx.unitLabels[unit] ?? unit;
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
