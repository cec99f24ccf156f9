// A worksheet's cells → a table the core reads, the same way whatever the source: .xlsx (exceljs),
// .xls (SheetJS), a range of the open workbook (office-js values and number formats). Numbers are
// written back in Vietnamese form ("102,6") so the table reader sees what the user saw; a cell
// formatted as a percentage shows its percent ("0,052" formatted 0.0% is "5,2%"); dates as ISO days.
import type { ReadTable, TableCell } from "./types";
import { renderTableRows } from "./renderTable";

export interface SheetCell {
  row: number;
  col: number;
  value: unknown;
  /** the Excel number format ("#,##0.0", "0.0%", "General") */
  numFmt?: string;
}

export interface SheetMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function viNumber(v: number): string {
  if (!Number.isFinite(v)) return "";
  const rounded = Math.round(v * 1e6) / 1e6;
  return String(rounded).replace(".", ",");
}

/** A cell's value as the statistician reads it. */
export function sheetCellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    // a format whose only percent sign is quoted text ("0\"%\"") shows the number as it is
    const fmt = (numFmt ?? "").replace(/"[^"]*"|\\%/g, "");
    if (!/%/.test(fmt)) return viNumber(value);
    // a percentage as the sheet shows it: "0.0%" of 1.028277 is 102,8%
    const decimals = /0\.(0+)/.exec(fmt)?.[1].length ?? (/0%/.test(fmt) ? 0 : 6);
    const shown = Math.round(value * 100 * 10 ** decimals) / 10 ** decimals;
    return `${viNumber(shown)}%`;
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Cells (0-based rows and columns) and merged ranges → a table; empty cells left out, merges as spans. */
export function sheetToTable(sheet: string, cells: SheetCell[], merges: SheetMerge[]): ReadTable | undefined {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const byRow = new Map<number, TableCell[]>();
  for (const cell of cells) {
    const key = `${cell.row},${cell.col}`;
    if (covered.has(key)) continue;
    const text = sheetCellText(cell.value, cell.numFmt).trim();
    const span = spans.get(key);
    if (!text && !span) continue;
    const tc: TableCell = { text, row: cell.row, col: cell.col, address: `${columnName(cell.col)}${cell.row + 1}`, ...(span && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}), ...(span && span.colSpan > 1 ? { colSpan: span.colSpan } : {}) };
    const list = byRow.get(cell.row) ?? [];
    list.push(tc);
    byRow.set(cell.row, list);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b).map((r) => byRow.get(r)!.sort((a, b) => a.col - b.col));
  return rows.length ? { rows, sheet } : undefined;
}

/** Sheets → the document's text (sheet name, then its rows) and tables with their text spans. */
export function sheetsDocument(tables: ReadTable[]): { text: string; tables: ReadTable[] } {
  let text = "";
  for (const table of tables) {
    if (text) text += "\n\n";
    text += `${table.sheet}\n`;
    table.start = text.length;
    text += renderTableRows(table);
    table.end = text.length;
  }
  return { text, tables };
}
