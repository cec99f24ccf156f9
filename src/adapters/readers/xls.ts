// Excel 97-2003 workbooks (.xls, BIFF8) through SheetJS (the @e965/xlsx build of SheetJS 0.20,
// pure JavaScript: it runs in the pane's browser bundle as in node). Every visible sheet is a
// table, read through the same sheet reading as .xlsx (sheetTable.ts).
import type { WorkBook, WorkSheet, CellObject } from "@e965/xlsx";
import { ReadDocument, ReadError, ReadTable } from "./types";
import { loadEsm } from "./esm";
import { SheetCell, SheetMerge, sheetToTable, sheetsDocument } from "./sheetTable";

interface SheetJs {
  read(data: Uint8Array, opts: Record<string, unknown>): WorkBook;
  utils: { decode_range(r: string): { s: { r: number; c: number }; e: { r: number; c: number } }; encode_cell(c: { r: number; c: number }): string };
}

function sheetCells(ws: WorkSheet, xlsx: SheetJs): SheetCell[] {
  const ref = ws["!ref"];
  if (!ref) return [];
  const range = xlsx.utils.decode_range(ref);
  const cells: SheetCell[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = ws[xlsx.utils.encode_cell({ r, c })] as CellObject | undefined;
      if (!cell || cell.v === undefined || cell.t === "z" || cell.t === "e") continue;
      cells.push({ row: r, col: c, value: cell.t === "d" && cell.v instanceof Date ? cell.v : cell.v, numFmt: typeof cell.z === "string" ? cell.z : undefined });
    }
  }
  return cells;
}

export async function readXls(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const xlsx = await loadEsm<SheetJs>("@e965/xlsx");
  let wb: WorkBook;
  try {
    wb = xlsx.read(bytes, { type: "array", cellNF: true, cellDates: true, cellFormula: false, cellHTML: false, cellText: false });
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (/password|encrypt/i.test(msg)) throw new ReadError(name, "the workbook is password-protected: remove the password in Excel and save it again");
    throw new ReadError(name, `not a readable Excel 97-2003 workbook (${msg})`);
  }
  const tables: ReadTable[] = [];
  wb.SheetNames.forEach((sheetName, i) => {
    if (wb.Workbook?.Sheets?.[i]?.Hidden) return;
    const ws = wb.Sheets[sheetName];
    if (!ws) return;
    const merges: SheetMerge[] = (ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    const table = sheetToTable(sheetName, sheetCells(ws, xlsx), merges);
    if (table) tables.push(table);
  });
  if (!tables.length) throw new ReadError(name, "the workbook has no cells with content");
  const doc = sheetsDocument(tables);
  return { name, ...doc, notes: [`Excel 97-2003 workbook: ${tables.length} sheet${tables.length > 1 ? "s" : ""} read as tables`] };
}
