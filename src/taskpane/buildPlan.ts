// The buildPlan port: the chosen facts → the comparison workbook plan, in the pane's language.
import catalogJson from "../core/catalog/indicators.json";
import type { Fact } from "../core/facts/fact";
import { buildWorkbookPlan, type WorkbookCatalog, type WorkbookPlan } from "../core/workbook";
import type { WriteChoice } from "./ports";

const catalog = catalogJson as unknown as WorkbookCatalog;

export function buildPlan(facts: Fact[], choice: WriteChoice): WorkbookPlan {
  // The comparison sheet opens on the latest chosen period.
  const period = [...choice.periods].sort().at(-1);
  return buildWorkbookPlan(facts, { lang: choice.lang, catalog, indicators: choice.indicators, period });
}
