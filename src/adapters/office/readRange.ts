// A table already in the workbook as a source: the selected range (or the active sheet's used
// range) read through office-js — values and number formats, merged areas where the host has them
// (ExcelApi 1.13) — into the same document the file readers make, so the same table facts come
// out, each pointing at its sheet and cell address.
import type { ReadDocument } from "../readers/types";
import { SheetCell, SheetMerge, sheetToTable, sheetsDocument } from "../readers/sheetTable";

export interface RangeSnapshot {
  sheet: string;
  /** "Sheet1!A1:F12" */
  address: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: string[][];
  /** merged areas inside the range, A1 addresses with or without the sheet */
  merged: string[];
}

function decode(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.replace(/^.*!/, "").trim());
  if (!m) throw new Error(`not a cell address: ${a}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: +m[2] - 1, col: col - 1 };
}

export function mergeOf(address: string): SheetMerge {
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const tl = decode(a);
  const br = decode(b ?? a);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/** Values and number formats of a range → a read document with one table, addresses absolute. */
export function rangeToDocument(r: RangeSnapshot): ReadDocument {
  const cells: SheetCell[] = [];
  r.values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === "" || value === null || value === undefined) return;
      cells.push({ row: r.rowIndex + i, col: r.columnIndex + j, value, numFmt: r.numberFormat[i]?.[j] });
    }),
  );
  const table = sheetToTable(r.sheet, cells, r.merged.map(mergeOf));
  const name = r.address.includes("!") ? r.address : `${r.sheet}!${r.address}`;
  if (!table) throw new Error(`${name}: the range holds no values`);
  const doc = sheetsDocument([table]);
  return { name, ...doc, notes: [`read from the workbook: ${name}`] };
}

/** Reads the selection or the active sheet of the open workbook (the only office-js call here). */
export async function readWorkbookRange(which: "selection" | "sheet"): Promise<ReadDocument> {
  return Excel.run(async (context) => {
    const range = which === "selection" ? context.workbook.getSelectedRange() : context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
    range.load(["values", "numberFormat", "address", "rowIndex", "columnIndex"]);
    range.worksheet.load("name");
    const canMerge = Office.context.requirements.isSetSupported("ExcelApi", "1.13");
    const merged = canMerge ? range.getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    await context.sync();
    return rangeToDocument({
      sheet: range.worksheet.name,
      address: range.address,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      values: range.values,
      numberFormat: range.numberFormat as string[][],
      merged: merged && !merged.isNullObject ? merged.address.split(",").filter(Boolean) : [],
    });
  });
}
