// The columns of a table: which one holds the labels, which the unit (ĐVT), which the figures, and
// for each figure column its basis, measure and period. A table may also turn the other way: rows
// of units of government ("Cả nước", "Thanh Hóa", "Huyện Cẩm Xuyên") with indicators in the header,
// or columns of units ("Thành phố Cao Lãnh | Huyện Tháp Mười | Toàn tỉnh") with indicators in rows.
import type { Catalog, Indicator } from "../catalog/catalog";
import { fold } from "../text/fold";
import { formatPeriod } from "../extract/period";
import type { GridCell } from "./grid";
import type { Layout } from "./layout";
import { isLabelText } from "./layout";
import { readHeader, completePeriod, headerParts, ColumnMeaning } from "./header";
import { readCellValue } from "./cellValue";
import { readLabel, pickIndicator } from "./rowLabel";
import { readRowUnit, RowUnit } from "./rowUnit";
import { unitOfLabel, GovUnit } from "./units";
import type { Frame } from "./frame";

export interface Column extends ColumnMeaning {
  /** the period once settled (header, sibling column or title) */
  resolved?: string;
  /** columns of units: the unit this column's figures belong to */
  unit?: GovUnit;
  /** rows of units: the indicator this column's figures are, and their unit */
  indicator?: Indicator;
  indicatorUnit?: RowUnit;
}

export type Orientation = "indicator-rows" | "unit-rows" | "unit-columns";

export interface Columns {
  cols: Column[];
  labelCol: number;
  unitCol: number;
  orientation: Orientation;
}

const dataRows = (grid: GridCell[][], layout: Layout) => grid.slice(layout.firstData);

function chooseLabelColumn(grid: GridCell[][], layout: Layout, cols: Column[]): number {
  const score = (c: number) => dataRows(grid, layout).filter((r) => isLabelText(r[c].text) && readCellValue(r[c].text) === null).length;
  const labelled = cols.map((c, i) => (c.role === "label" ? i : -1)).filter((i) => i >= 0);
  if (labelled.length) return labelled.sort((a, b) => score(b) - score(a))[0];
  return [...cols.keys()].filter((c) => cols[c].role !== "unit" && cols[c].role !== "order").sort((a, b) => score(b) - score(a) || a - b)[0] ?? 0;
}

const NOT_FIGURES = /xếp hạng|thứ hạng|ghi chú|đánh giá|nguồn/u;

function indicatorInHeader(catalog: Catalog, parts: string[]): { ind?: Indicator; unit?: RowUnit; at: number } {
  for (let i = 0; i < parts.length; i++) {
    const lab = readLabel(parts[i]);
    const ind = pickIndicator(catalog, lab.name, lab.unit);
    if (ind) return { ind, unit: lab.unit, at: i };
  }
  return { at: -1 };
}

function orientation(grid: GridCell[][], layout: Layout, cols: Column[], labelCol: number, catalog: Catalog): Orientation {
  let units = 0;
  let indicators = 0;
  for (const r of dataRows(grid, layout)) {
    const lab = readLabel(r[labelCol].text);
    if (!isLabelText(lab.name)) continue;
    if (unitOfLabel(lab.name)) units++;
    else if (pickIndicator(catalog, lab.name, undefined)) indicators++;
  }
  if (units >= 2 && units > indicators) return "unit-rows";
  const unitHeaders = cols.filter((c) => c.role === "value" && c.parts.some((p) => unitOfLabel(p))).length;
  if (unitHeaders >= 2) return "unit-columns";
  return "indicator-rows";
}

/** Settles each figure column's period: its header's, a sibling's ("Cộng dồn" under a comparison), the column before it, or the title's. */
function resolvePeriods(cols: Column[], frame: Frame): void {
  const values = cols.filter((c) => c.role === "value");
  for (const c of values) c.resolved = completePeriod(c, frame.year);
  for (const c of values) {
    const year = c.lastYear ?? (c.lastYearRelative && frame.year !== undefined ? frame.year - 1 : undefined);
    if (year !== undefined) {
      // "Cùng kỳ năm 2023": the span of the figures beside it, a year earlier
      const span = frame.span ?? values.find((v) => v !== c && v.measure === "value" && v.partial)?.partial;
      c.resolved = span ? formatPeriod({ ...span, year: undefined, relative: undefined }, year) ?? String(year) : String(year);
    }
  }
  cols.forEach((c, i) => {
    if (c.role !== "value" || c.resolved) return;
    if (c.measure !== "value") {
      const last = fold(c.parts[c.parts.length - 1] ?? "");
      // "So với cùng kỳ (%) / Cộng dồn" compares the column headed "Cộng dồn 10 tháng"
      const sibling = values.find((v) => v !== c && v.measure === "value" && v.resolved && fold(v.parts[v.parts.length - 1] ?? "").startsWith(last) && last.length >= 3);
      const before = [...cols.slice(0, i)].reverse().find((v) => v.role === "value" && v.measure === "value" && v.basis !== "plan" && v.resolved);
      const from = sibling ?? before;
      if (from) {
        c.resolved = from.resolved;
        if (!c.ownBasis) c.basis = from.basis;
      }
    }
    c.resolved ??= frame.period;
  });
}

/** A bare "So sánh (%)": a plan and an outcome of one period before it compare to plan; two consecutive years, to last year. */
function resolveBareComparisons(cols: Column[]): void {
  cols.forEach((c, i) => {
    if (!c.bareComparison) return;
    // a header merged over two grid columns is one column
    const before = cols.slice(0, i).filter((v, k, all) => v.role === "value" && v.measure === "value" && v.unit === undefined && !(k > 0 && all[k - 1].header === v.header));
    const [a, b] = before.slice(-2);
    c.bareComparison = false;
    if (a && b && a.basis === "plan" && b.basis !== "plan" && a.resolved === b.resolved) {
      c.measure = "pct_of_plan";
      c.basis = b.basis;
      c.resolved = b.resolved;
    } else if (a && b && a.basis !== "plan" && b.basis !== "plan" && /^\d{4}$/.test(a.resolved ?? "") && Number(b.resolved) - Number(a.resolved) === 1) {
      c.measure = "yoy_pct";
      c.basis = b.basis;
      c.resolved = b.resolved;
    } else c.role = "note";
  });
}

export function readColumns(grid: GridCell[][], layout: Layout, frame: Frame, catalog: Catalog): Columns {
  const header = (c: number) => headerParts(layout.headerRows.map((r) => grid[r][c].text));
  let cols: Column[] = [...Array(layout.width).keys()].map((c) => readHeader(header(c)));
  const labelCol = chooseLabelColumn(grid, layout, cols);
  cols[labelCol] = { ...cols[labelCol], role: "label" };
  // "Đơn vị" over place names is the label of a table of units, not an ĐVT column
  let unitCol = cols.findIndex((c, i) => c.role === "unit" && i !== labelCol && dataRows(grid, layout).some((r) => readRowUnit(r[i].text)));
  cols.forEach((c, i) => {
    if (c.role === "unit" && i !== unitCol) cols[i] = { ...c, role: "note" };
  });
  const orient = orientation(grid, layout, cols, labelCol, catalog);

  if (orient === "unit-rows") {
    cols = cols.map((c, i) => {
      const candidate = c.role === "value" || (c.role === "note" && i !== labelCol && !c.parts.some((p) => NOT_FIGURES.test(fold(p))));
      if (!candidate) return c;
      const found = indicatorInHeader(catalog, c.parts);
      if (!found.ind) return { ...c, role: "note" as const };
      const rest = c.parts.filter((_p, k) => k !== found.at);
      const meaning: ColumnMeaning = rest.length ? readHeader(rest) : { role: "value", header: "", parts: [], measure: "value", basis: "actual" };
      return { ...meaning, role: meaning.role === "value" ? "value" : "note", header: c.header, parts: c.parts, indicator: found.ind, indicatorUnit: found.unit };
    });
  } else if (orient === "unit-columns") {
    cols = cols.map((c) => {
      if (c.role !== "value") return c;
      const at = c.parts.findIndex((p) => unitOfLabel(p));
      if (at < 0) return c;
      const unit = unitOfLabel(c.parts[at])!;
      const rest = c.parts.filter((_p, k) => k !== at);
      const meaning = rest.length ? readHeader(rest) : ({ role: "value", measure: "value", basis: "actual" } as ColumnMeaning);
      return { ...meaning, role: "value", measure: meaning.measure ?? "value", basis: meaning.basis ?? "actual", header: c.header, parts: c.parts, unit };
    });
  }
  unitCol = cols.findIndex((c) => c.role === "unit");
  resolvePeriods(cols, frame);
  resolveBareComparisons(cols);
  return { cols, labelCol, unitCol, orientation: orient };
}
