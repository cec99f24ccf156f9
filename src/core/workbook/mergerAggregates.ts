// New-unit sums for the view by the 34 new units: an additive indicator (catalog aggregate
// "sum") of a merged unit, for a period before 1 July 2025, is the sum of its old units' rows.
// The plan writes each sum as a formula over those rows' keys, so overrides flow into it.
import { constituents, newUnitOf } from "../entities/merger";
import type { Basis, Fact } from "../facts/fact";
import type { WorkbookIndicator } from "./catalog";
import { collator } from "./factOrder";
import { winnerOrder } from "./dataRows";

export interface AggregateRow {
  unit: string;
  indicator: string;
  period: string;
  basis: Basis;
  unitOfMeasure: string;
  /** The old units summed, in the catalog's order, and the key of the row taken for each. */
  parts: { entity: string; key: string }[];
  key: string;
}

export function mergerAggregates(
  sorted: readonly Fact[],
  keys: readonly string[],
  units: readonly string[],
  catalog: Map<string, WorkbookIndicator>,
  indOrder: (id: string) => number,
  dateOf: (f: Fact) => string | undefined = () => undefined,
): AggregateRow[] {
  const better = winnerOrder(dateOf);
  // figures a unit already reports as the new unit need no sum
  const direct = new Set<string>();
  sorted.forEach((f, i) => {
    if (units[i] && f.measure === "value" && !f.derived) direct.add([units[i], f.indicator, f.period, f.basis].join("|"));
  });
  // for each old unit, indicator, period and basis the row the comparison would use (the latest report)
  const groups = new Map<string, { unit: string; f: Fact; parts: Map<string, { key: string; f: Fact }> }>();
  sorted.forEach((f, i) => {
    if (units[i] || f.measure !== "value" || f.derived) return;
    if (catalog.get(f.indicator)?.aggregate !== "sum") return;
    const unit = newUnitOf(f.entity);
    if (!unit) return;
    const g = [unit, f.indicator, f.period, f.basis].join("|");
    if (direct.has(g)) return;
    if (!groups.has(g)) groups.set(g, { unit, f, parts: new Map() });
    const parts = groups.get(g)!.parts;
    const had = parts.get(f.entity);
    if (!had || better(f, had.f) < 0) parts.set(f.entity, { key: keys[i]!, f });
  });
  const out: AggregateRow[] = [];
  for (const { unit, f, parts } of groups.values()) {
    const names = constituents(unit);
    if (!names.every((n) => parts.has(n))) continue;
    out.push({
      unit,
      indicator: f.indicator,
      period: f.period,
      basis: f.basis,
      unitOfMeasure: catalog.get(f.indicator)?.unit ?? f.unit,
      parts: names.map((entity) => ({ entity, key: parts.get(entity)!.key })),
      key: ["Σ", unit, f.indicator, f.period, f.basis, "value"].join("|"),
    });
  }
  const basisOrder = ["actual", "estimate", "plan"];
  return out.sort(
    (a, b) =>
      collator.compare(a.unit, b.unit) ||
      indOrder(a.indicator) - indOrder(b.indicator) ||
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) ||
      basisOrder.indexOf(a.basis) - basisOrder.indexOf(b.basis),
  );
}
