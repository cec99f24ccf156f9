// How one plan cell becomes one entry of the 2-D arrays given to range.formulas and
// range.numberFormat. Pure: no Excel here, so the fake, the bench and Excel agree by construction.
import type { Cell, CellValue } from "../../core/workbook/plan";

export type FormulaEntry = string | number | boolean | null;

/**
 * Excel parses strings written through `formulas`/`values` ("2023" → number, "=x" → formula,
 * "Jan 2023" → date). A leading apostrophe keeps the text as typed and is not part of the value.
 * Text from documents is written under the "@" format (as the exceljs writer does), which keeps
 * it as typed; one that would still read as a formula gets the apostrophe as well.
 */
function needsQuote(s: string, fromDocument: boolean): boolean {
  if (/^[=+\-@]/.test(s)) return true;
  if (fromDocument || s === "") return false;
  if (!/^\p{L}/u.test(s)) return true;
  if (/^(true|false)$/i.test(s)) return true;
  // English month names followed by a digit parse as dates.
  return /^[a-z]{3,9}[\s\-/.]+\d/i.test(s);
}

export function formulaEntry(cell: Cell | undefined): FormulaEntry {
  if (!cell) return null;
  if (cell.f !== undefined) return `=${cell.f.replace(/^=/, "")}`;
  return valueEntry(cell.v, cell.text === true);
}

function valueEntry(v: CellValue | undefined, fromDocument: boolean): FormulaEntry {
  if (v === undefined || v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return needsQuote(v, fromDocument) ? `'${v}` : v;
}

export function numberFormatEntry(cell: Cell | undefined): string | null {
  if (!cell) return null;
  return cell.fmt ?? (cell.text ? "@" : null);
}

/** Chunks that carry formats spell out the default: a fresh sheet's cells are "General". */
export const DEFAULT_FORMAT = "General";

/** Width of a block: rows may be ragged, the written rectangle is not. */
export function blockWidth(cells: Cell[][]): number {
  let w = 0;
  for (const row of cells) w = Math.max(w, row.length);
  return w;
}

export interface Chunk {
  row: number;
  col: number;
  formulas: FormulaEntry[][];
  /** Absent when no cell of the chunk carries a number format (saves half the payload). */
  numberFormat?: string[][];
  bytes: number;
}

const encoder = new TextEncoder();

/** Size of the JSON the request carries for this value, in UTF-8 bytes. */
export function jsonBytes(x: unknown): number {
  return encoder.encode(JSON.stringify(x)).length;
}

/**
 * Splits a block into row chunks whose payload stays under `maxBytes`, so that one chunk never
 * trips Excel on the web's 5 MB request limit. A single row larger than the budget still forms
 * its own chunk (a sheet row holds at most 16,384 cells, far below the limit in practice).
 */
export function chunkBlock(block: { row: number; col: number; cells: Cell[][] }, maxBytes: number): Chunk[] {
  const width = blockWidth(block.cells);
  if (width === 0) return [];
  const chunks: Chunk[] = [];
  let formulas: FormulaEntry[][] = [];
  let formats: string[][] = [];
  let hasFormat = false;
  let formulaBytes = 0;
  let formatBytes = 0;
  let startRow = block.row;
  const size = () => formulaBytes + (hasFormat ? formatBytes : 0);
  const flush = () => {
    if (formulas.length === 0) return;
    chunks.push({ row: startRow, col: block.col, formulas, numberFormat: hasFormat ? formats : undefined, bytes: size() });
    startRow += formulas.length;
    formulas = [];
    formats = [];
    hasFormat = false;
    formulaBytes = 0;
    formatBytes = 0;
  };
  for (const row of block.cells) {
    const fRow: FormulaEntry[] = [];
    const nRow: string[] = [];
    let rowHasFormat = false;
    for (let c = 0; c < width; c++) {
      fRow.push(formulaEntry(row[c]));
      const nf = numberFormatEntry(row[c]);
      if (nf !== null) rowHasFormat = true;
      nRow.push(nf ?? DEFAULT_FORMAT);
    }
    const fBytes = jsonBytes(fRow) + 1;
    const nBytes = jsonBytes(nRow) + 1;
    if (fBytes + (rowHasFormat ? nBytes : 0) > maxBytes) {
      // A row wider than the budget (a comparison sheet with long formulas) goes in column pieces.
      flush();
      chunks.push(...splitRow(startRow, block.col, fRow, rowHasFormat ? nRow : undefined, maxBytes));
      startRow++;
      continue;
    }
    const after = formulaBytes + fBytes + (hasFormat || rowHasFormat ? formatBytes + nBytes : 0);
    if (formulas.length > 0 && after > maxBytes) flush();
    formulas.push(fRow);
    formats.push(nRow);
    formulaBytes += fBytes;
    formatBytes += nBytes;
    hasFormat = hasFormat || rowHasFormat;
  }
  flush();
  return chunks;
}

function splitRow(row: number, col: number, fRow: FormulaEntry[], nRow: string[] | undefined, maxBytes: number): Chunk[] {
  const out: Chunk[] = [];
  let from = 0;
  while (from < fRow.length) {
    let to = from;
    let bytes = 2;
    while (to < fRow.length) {
      const cell = jsonBytes(fRow[to]) + 1 + (nRow ? jsonBytes(nRow[to]) + 1 : 0);
      if (to > from && bytes + cell > maxBytes) break;
      bytes += cell;
      to++;
    }
    out.push({ row, col: col + from, formulas: [fRow.slice(from, to)], numberFormat: nRow ? [nRow.slice(from, to)] : undefined, bytes });
    from = to;
  }
  return out;
}
