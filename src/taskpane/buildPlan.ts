// The buildPlan port: the chosen facts and what the workbook already holds → the plan that
// refreshes it and what changes, through the same core as the CLI (src/core/refresh).
import catalogJson from "../core/catalog/indicators.json";
import type { Fact } from "../core/facts/fact";
import { planRefresh, type PlannedRefresh } from "../core/refresh";
import type { WorkbookCatalog } from "../core/workbook";
import type { RefreshContext, WriteChoice } from "./ports";

const catalog = catalogJson as unknown as WorkbookCatalog;

export function buildPlan(facts: Fact[], choice: WriteChoice, refresh: RefreshContext): PlannedRefresh {
  // The comparison opens where the user left it, else on the latest chosen period.
  const kept = refresh.previous.selectedPeriod;
  const period = kept && choice.periods.includes(kept) ? kept : [...choice.periods].sort().at(-1);
  return planRefresh(refresh.previous.previous, facts, {
    catalog,
    now: refresh.now,
    lang: choice.lang,
    indicators: choice.indicators,
    period,
    previousUnits: refresh.previous.units,
    failed: refresh.failed,
    readSources: refresh.readSources,
  });
}
