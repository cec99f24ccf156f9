// The slice of src/core/catalog/indicators.json the workbook needs; kept structural so the
// builder accepts the JSON as imported without depending on the extractor's catalog module.

export interface WorkbookIndicator {
  id: string;
  vi: string;
  en: string;
  unit: string;
  direction: "higher" | "lower";
  aggregate: "sum" | "mean_weighted" | "none";
}

export interface WorkbookCatalog {
  indicators: readonly WorkbookIndicator[];
}

export function indicatorName(ind: WorkbookIndicator | undefined, id: string, lang: "vi" | "en"): string {
  if (!ind) return id;
  return lang === "vi" ? ind.vi : ind.en;
}
