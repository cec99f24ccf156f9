// Indicator tables → facts, in small steps: the grid (merged cells spread), the layout (title rows,
// header rows, first row of figures), the frame (title, period, unit of government), the columns
// (label, ĐVT, figure columns with basis, measure and period; which way the table turns), then each
// row's label (indicator, unit, child of the row above) and each cell's figure. Every fact points
// at its cell: table, row, column, the row label and the header path, and the cell's own words.
import { Catalog, Indicator } from "../catalog/catalog";
import type { Fact } from "../facts/fact";
import type { ReadTable } from "./types";
import { toGrid, GridCell, columnLetters } from "./grid";
import { readLayout, isLabelText, splitBlocks } from "./layout";
import { readFrame, Frame, TableContext } from "./frame";
import { readColumns, Column, Columns } from "./columns";
import { readCellValue, tableConvention, CellValue, NumberConvention } from "./cellValue";
import { readLabel, pickIndicator, inParentWords, RowLabel } from "./rowLabel";
import { readRowUnit, scaleTo, RowUnit } from "./rowUnit";
import { unitOfLabel } from "./units";

export type { TableContext };

export interface TableFactOptions {
  doc: string;
  /** the document text as read: a row label found in it gives the fact its offsets */
  text?: string;
  /** the unit the user says the document speaks for */
  entity?: string;
  /** what the document's prose says about itself (extractFacts(...).context) */
  context?: TableContext;
  catalog?: Catalog;
}

export interface TableFactsResult {
  facts: Fact[];
  warnings: string[];
  /** the unit the first table with figures speaks for, when the tables say */
  entity?: string;
  /** the period of the first table with figures, when its title says */
  period?: string;
}

let defaultCatalog: Catalog | undefined;

/** One row as read: what it names, in which unit, for whom. */
interface Row {
  r: number;
  label: RowLabel;
  indicator?: Indicator;
  unit?: RowUnit;
  entity?: string;
}

interface TableEnv {
  ti: number;
  /** the block's first row in the whole table (a sheet may hold several tables one under another) */
  rowBase: number;
  firstData: number;
  table: ReadTable;
  grid: GridCell[][];
  frame: Frame;
  columns: Columns;
  convention: NumberConvention;
  opts: TableFactOptions;
  catalog: Catalog;
}

function round(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

function locate(text: string | undefined, label: string, table: ReadTable): { start: number; end: number } {
  const fallback = table.start ?? 0;
  if (!text || !label) return { start: fallback, end: fallback };
  const from = table.start ?? 0;
  let at = text.indexOf(label, from);
  if (at < 0 || (table.end !== undefined && at >= table.end)) at = text.indexOf(label);
  return at < 0 ? { start: fallback, end: fallback } : { start: at, end: at + label.length };
}

/** Rows of indicators: each row's indicator and unit, children read in their parent's words. */
function readIndicatorRows(env: TableEnv): Row[] {
  const { grid, columns, catalog } = env;
  const rows: Row[] = [];
  let parent: Row | undefined;
  for (let r = env.firstData; r < grid.length; r++) {
    const label = readLabel(grid[r][columns.labelCol].text);
    if (!isLabelText(label.name)) continue;
    const unit = (columns.unitCol >= 0 ? readRowUnit(grid[r][columns.unitCol].text) : undefined) ?? label.unit;
    let indicator = pickIndicator(catalog, label.name, unit);
    if (!indicator && label.child && parent) {
      const inParent = inParentWords(label.name, parent.label.name);
      if (inParent) indicator = pickIndicator(catalog, inParent, unit);
    }
    // a part never stands for its whole ("Trong đó: thu cân đối ngân sách" under budget revenue)
    if (label.child && parent?.indicator && indicator?.id === parent.indicator.id) indicator = undefined;
    const row: Row = { r, label, ...(indicator ? { indicator } : {}), ...(unit ? { unit } : {}) };
    rows.push(row);
    if (!label.child) parent = row;
  }
  return rows;
}

/** Rows of units of government: each row's unit; indicators come from the columns. */
function readUnitRows(env: TableEnv): Row[] {
  const { grid, columns, frame } = env;
  const rows: Row[] = [];
  for (let r = env.firstData; r < grid.length; r++) {
    const label = readLabel(grid[r][columns.labelCol].text);
    const unit = unitOfLabel(label.name);
    if (!unit) continue;
    const entity = unit.kind === "whole" ? frame.entity : unit.name;
    rows.push({ r, label, entity });
  }
  return rows;
}

interface Reading {
  measure: Fact["measure"];
  value: number;
  upper?: number;
  warnings: string[];
}

/** The figure a cell holds, as the fact's measure and value in the indicator's canonical unit. */
function readFigure(ind: Indicator, unit: RowUnit | undefined, col: Column, label: RowLabel, read: CellValue, cellText: string): Reading | undefined {
  const warnings = [...read.warnings];
  const scale = unit ? scaleTo(unit, ind.unit) : 1;
  if (scale === undefined) return undefined;
  const growthIndex = ind.kind === "growth";
  if (read.change || label.decrease) {
    if (col.measure !== "value") return undefined;
    const v = label.decrease ? -Math.abs(read.value) : read.value;
    const up = read.upper === undefined ? undefined : label.decrease ? -Math.abs(read.upper) : read.upper;
    return { measure: "change", value: round(v * scale), ...(up !== undefined ? { upper: round(up * scale) } : {}), warnings };
  }
  if (growthIndex && col.measure !== "pct_of_plan") {
    // an index against the same period (IIP 103,9) is a growth of 3.9
    if (col.measure === "yoy_pct" || (read.value >= 50 && read.value <= 250 && ind.id === "industrial_production_growth")) {
      if (read.value >= 30) return { measure: "value", value: round(read.value - 100), warnings: col.measure === "value" ? [...warnings, `"${cellText.trim()}" read as an index against the same period: growth ${round(read.value - 100)}%`] : warnings };
      return col.measure === "yoy_pct" && !col.signedChange ? undefined : { measure: "value", value: read.value, warnings };
    }
  }
  // comparisons of a rate with its plan or last year are differences in points, not ratios
  if (col.measure !== "value" && ind.unit === "%") return undefined;
  if (col.measure === "value") {
    if (!unit && ind.unit !== "%" && ind.unit !== "count" && ind.unit !== "persons") warnings.push(`no unit given for "${label.raw}": read as ${ind.unit}`);
    return { measure: "value", value: round(read.value * scale), ...(read.upper !== undefined ? { upper: round(read.upper * scale) } : {}), warnings };
  }
  if (col.measure === "yoy_pct" && !col.signedChange) {
    if (read.value >= 30) return { measure: "yoy_pct", value: round(read.value - 100), warnings };
    warnings.push(`"${cellText.trim()}" under "${col.header}" is too small for a ratio to last year: read as the change itself`);
  }
  return { measure: col.measure!, value: read.value, warnings };
}

function plausibility(ind: Indicator, measure: Fact["measure"], value: number, entity: string): string | undefined {
  if (measure !== "value") return undefined;
  const [lo, hi] = ind.plausible;
  if (value < lo || value > hi) return `${value} ${ind.unit} is outside what ${ind.id} usually is (${lo} to ${hi}) for ${entity || "a unit"}: check the unit`;
  return undefined;
}

function cellFact(env: TableEnv, row: Row, c: number): Fact | undefined {
  const { grid, columns, opts, table, ti } = env;
  const col = columns.cols[c];
  const cell = grid[row.r][c];
  if (col.role !== "value" || !cell.own || !col.resolved || !col.measure || !col.basis) return undefined;
  const ind = row.indicator ?? col.indicator;
  if (!ind) return undefined;
  const unit = row.indicator ? row.unit : col.indicatorUnit;
  const read = readCellValue(cell.text, env.convention);
  if (!read) return undefined;
  const figure = readFigure(ind, unit, col, row.label, read, cell.text);
  if (!figure) return undefined;
  const entity = row.entity ?? (col.unit && col.unit.kind !== "whole" ? col.unit.name : env.frame.entity);
  const warnings = [...figure.warnings];
  const implausible = plausibility(ind, figure.measure, figure.value, entity);
  if (implausible) warnings.push(implausible);
  if (!entity) warnings.push("reporting unit unknown: set it with --entity");
  const span = locate(opts.text, row.label.raw, table);
  const address = cell.origin.address ?? (table.sheet !== undefined ? `${columnLetters(c)}${env.rowBase + row.r + 1}` : undefined);
  return {
    doc: opts.doc,
    entity,
    indicator: ind.id,
    period: col.resolved,
    basis: col.basis,
    measure: figure.measure,
    value: figure.value,
    unit: figure.measure === "value" || figure.measure === "change" ? ind.unit : "%",
    qualifier: figure.upper !== undefined ? "range" : null,
    ...(figure.upper !== undefined ? { upper: figure.upper } : {}),
    ...(figure.measure === "pct_of_plan" ? { planRef: null } : {}),
    ...(warnings.length ? { warnings } : {}),
    source: {
      start: span.start,
      end: span.end,
      // offsets always slice to the text; the cell's own words travel with its position
      text: opts.text ? opts.text.slice(span.start, span.end) : "",
      cell: {
        table: ti,
        row: env.rowBase + row.r,
        col: c,
        quote: `${row.label.raw} | ${col.header}`,
        text: cell.text.trim(),
        ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
        ...(address ? { address } : {}),
        ...(table.page !== undefined ? { page: table.page } : {}),
      },
    },
  };
}

function tableWhere(table: ReadTable, ti: number, title: string | undefined): string {
  return `table ${ti + 1}${table.sheet ? ` (sheet ${table.sheet})` : ""}${title ? ` "${title.slice(0, 60)}"` : ""}`;
}

interface BlockResult {
  facts: Fact[];
  warnings: string[];
  frame?: Frame;
}

function readBlock(table: ReadTable, grid: GridCell[][], rowBase: number, ti: number, previousEnd: number, opts: TableFactOptions, catalog: Catalog): BlockResult {
  const layout = grid.length >= 2 ? readLayout(grid) : undefined;
  if (!layout) return { facts: [], warnings: [] };
  const where = () => tableWhere(table, ti, frame.title);
  const frame = readFrame({ table, titleRows: layout.titles, text: opts.text, previousEnd, userEntity: opts.entity, context: opts.context });
  if (!layout.headerRows.length) return { facts: [], warnings: [`${where()}: no header row, columns cannot be read`], frame };
  const columns = readColumns(grid, layout, frame, catalog);
  const valueCells = grid.slice(layout.firstData).flatMap((row) => row.filter((_c, i) => columns.cols[i].role === "value").map((c) => c.text));
  const env: TableEnv = { ti, rowBase, firstData: layout.firstData, table, grid, frame, columns, convention: tableConvention(valueCells), opts, catalog };
  const warnings: string[] = [];
  if (!frame.entity) warnings.push(`${where()}: reporting unit unknown: set it with --entity`);
  const unread = columns.cols.filter((c) => c.role === "value" && !c.resolved);
  if (unread.length) warnings.push(`${where()}: no period for column${unread.length > 1 ? "s" : ""} ${unread.map((c) => `"${c.header}"`).join(", ")}`);

  const rows = columns.orientation === "unit-rows" ? readUnitRows(env) : readIndicatorRows(env);
  const facts: Fact[] = [];
  let unmatched = 0;
  for (const row of rows) {
    const before = facts.length;
    for (let c = 0; c < layout.width; c++) {
      const f = cellFact(env, row, c);
      if (f) facts.push(f);
    }
    if (!row.indicator && columns.orientation !== "unit-rows" && facts.length === before && grid[row.r].some((cell, i) => columns.cols[i].role === "value" && readCellValue(cell.text))) unmatched++;
  }
  if (unmatched) warnings.push(`${where()}: ${unmatched} row${unmatched > 1 ? "s" : ""} with figures name no indicator in the catalog`);
  return { facts, warnings, frame };
}

function readOneTable(table: ReadTable, ti: number, previousEnd: number, opts: TableFactOptions, catalog: Catalog): BlockResult {
  const grid = toGrid(table);
  const out: BlockResult = { facts: [], warnings: [] };
  for (const b of splitBlocks(grid)) {
    const r = readBlock(table, grid.slice(b.from, b.to), b.from, ti, previousEnd, opts, catalog);
    out.facts.push(...r.facts);
    out.warnings.push(...r.warnings);
    out.frame ??= r.facts.length ? r.frame : undefined;
  }
  return out;
}

export function tableFacts(tables: ReadTable[], opts: TableFactOptions): TableFactsResult {
  const catalog = opts.catalog ?? (defaultCatalog ??= Catalog.default());
  const out: TableFactsResult = { facts: [], warnings: [] };
  let previousEnd = 0;
  tables.forEach((table, ti) => {
    const r = readOneTable(table, ti, previousEnd, opts, catalog);
    out.facts.push(...r.facts);
    out.warnings.push(...r.warnings);
    if (r.facts.length && r.frame) {
      out.entity ??= r.frame.entity || undefined;
      out.period ??= r.frame.period;
    }
    if (table.end !== undefined) previousEnd = table.end;
  });
  return out;
}
