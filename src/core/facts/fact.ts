// The fact: the contract between extraction, the workbook writers and the scorer
// (see ../shared/spec/facts.md). Field order here is the order written to JSON Lines.

export type Basis = "actual" | "estimate" | "plan";
export type Measure = "value" | "pct_of_plan" | "yoy_pct" | "change";
export type Qualifier = "approx" | "over" | "under" | "range" | null;
export type PlanRef = "central" | "local" | null;

/** Half-open span into the text as read: `text === documentText.slice(start, end)`. */
export interface SourceSpan {
  start: number;
  end: number;
  text: string;
  /** Where a fact read from a table points (reader-specific; absent for prose). */
  cell?: TableCellRef;
}

export interface TableCellRef {
  table: number;
  row: number;
  col: number;
  sheet?: string;
  address?: string;
  page?: number;
  /** the words of a table cell's fact: "<row label> | <column header path>" */
  quote?: string;
  /** the cell as written ("17.946", "Giảm 1,5") */
  text?: string;
}

/** The words a fact was read from: a table cell's label, header and value, else the text span. */
export function quotedWords(f: Pick<Fact, "source">): string {
  return f.source.cell?.quote ?? f.source.text;
}

export interface Fact {
  doc: string;
  entity: string;
  indicator: string;
  period: string;
  basis: Basis;
  measure: Measure;
  value: number;
  unit: string;
  qualifier: Qualifier;
  upper?: number;
  planRef?: PlanRef;
  warnings?: string[];
  derived?: boolean;
  /**
   * Optional: the date of the report the figure comes from (ISO, "2024-01-15" or "2024-01"). Where
   * reports disagree on a figure, the comparison uses the most recent one.
   */
  reportDate?: string;
  source: SourceSpan;
}

/** Stable identity of a fact across refreshes: who, what, when, which kind, from which source. */
export function factKey(f: Pick<Fact, "entity" | "indicator" | "period" | "basis" | "measure" | "doc"> & { derived?: boolean }): string {
  return [f.entity, f.indicator, f.period, f.basis, f.measure, f.doc, f.derived ? "derived" : ""].join("|");
}

/** The fields of facts.md in their documented order; optional ones only when set. */
export function toJsonFact(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = {
    doc: f.doc,
    entity: f.entity,
    indicator: f.indicator,
    period: f.period,
    basis: f.basis,
    measure: f.measure,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
  };
  if (f.upper !== undefined) out.upper = f.upper;
  if (f.planRef !== undefined && f.planRef !== null) out.planRef = f.planRef;
  if (f.warnings && f.warnings.length) out.warnings = f.warnings;
  if (f.derived) out.derived = true;
  if (f.reportDate) out.reportDate = f.reportDate;
  out.source = f.source;
  return out;
}
