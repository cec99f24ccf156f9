// One figure read on its own against an indicator ("1,255 tỷ USD" as trade value): the number
// and unit layer without sentence context. Used by the number/unit test table and the task pane's
// value editor.
import { fold } from "../text/fold";
import { findQuantities } from "./quantity";
import { resolveValue, ResolvedValue } from "./value";
import { Catalog } from "../catalog/catalog";
import type { Draft } from "./walk";
import type { Level } from "../entities/entities";

let catalog: Catalog | undefined;

export function interpretFigure(text: string, indicatorId: string, level: Level = "province"): (ResolvedValue & { unit: string }) | null {
  catalog ??= Catalog.default();
  const indicator = catalog.get(indicatorId);
  if (!indicator) throw new Error(`unknown indicator ${indicatorId}`);
  const clean = text.normalize("NFC");
  const q = findQuantities(fold(clean), () => false, catalog.countedNouns)[0];
  if (!q) return null;
  const d = {
    indicator, measure: "value", basis: "actual", q, which: "first", transform: "as_is",
    start: q.start, end: q.end, subjectAt: q.start, planContext: false,
  } as unknown as Draft;
  const u = q.unit?.dimension;
  const fits =
    indicator.unit === "bn VND" ? u === "money" :
    indicator.unit === "mn USD" ? u === "usd" :
    indicator.unit === "%" ? u === "pct" :
    indicator.unit === "mn VND/person/year" ? u === "percap" || u === "money" :
    indicator.unit === "ha" ? u === "ha" : !u;
  if (!fits) return null;
  const v = resolveValue(d, level);
  return v ? { ...v, unit: indicator.unit } : null;
}
