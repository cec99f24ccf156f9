// The slice of the indicator catalog the workbook needs; structural, so the builder accepts the
// JSON as imported as well as a Catalog.
import type { Indicator } from "../catalog/catalog";

export type WorkbookIndicator = Pick<Indicator, "id" | "vi" | "en" | "unit" | "direction" | "aggregate"> & Partial<Pick<Indicator, "counted">>;

export interface WorkbookCatalog {
  indicators: readonly WorkbookIndicator[];
  /** Canonical units with their Vietnamese names ("bn VND" → "tỷ đồng"), as indicators.json has them. */
  units?: Readonly<Record<string, { vi?: string }>>;
}

export function indicatorName(ind: WorkbookIndicator | undefined, id: string, lang: "vi" | "en"): string {
  if (!ind) return id;
  return lang === "vi" ? ind.vi : ind.en;
}
