// Spreadsheets other offices send (.xlsx): every visible sheet is a table (several tables stacked
// in one sheet are told apart by the core). Cells go through the shared sheet reading
// (sheetTable.ts): numbers in Vietnamese form, percent formats as percents, formulas by their
// cached result, merged ranges as spans.
import ExcelJS from "exceljs";
import { ReadDocument, ReadError, ReadTable } from "./types";
import { isEncryptedOoxml, sniff } from "./containers";
import { SheetCell, SheetMerge, sheetToTable, sheetsDocument } from "./sheetTable";

function cellValue(cell: ExcelJS.Cell): unknown {
  let v: unknown = cell.value;
  if (v && typeof v === "object" && "result" in v) v = (v as { result?: unknown }).result;
  if (v && typeof v === "object" && "richText" in v) return (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join("");
  if (v && typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  if (v && typeof v === "object" && "error" in v) return "";
  return v;
}

function decodeAddress(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""));
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: +m[2] - 1, col: col - 1 };
}

export async function readXlsx(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const kind = sniff(bytes);
  if (kind === "cfb" && isEncryptedOoxml(bytes)) throw new ReadError(name, "the workbook is password-protected: remove the password in Excel and save it again");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (e) {
    throw new ReadError(name, `not a readable .xlsx workbook (${(e as Error).message})`);
  }
  const tables: ReadTable[] = [];
  wb.eachSheet((ws) => {
    if (ws.state && ws.state !== "visible") return;
    const merges: SheetMerge[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((range) => {
      const [a, b] = range.split(":");
      const tl = decodeAddress(a);
      const br = decodeAddress(b ?? a);
      return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
    });
    const cells: SheetCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        cells.push({ row: rowNumber - 1, col: colNumber - 1, value: cellValue(cell), numFmt: cell.numFmt });
      });
    });
    const table = sheetToTable(ws.name, cells, merges);
    if (table) tables.push(table);
  });
  if (!tables.length) throw new ReadError(name, "the workbook has no cells with content");
  const doc = sheetsDocument(tables);
  return { name, ...doc, notes: [`${tables.length} sheet${tables.length > 1 ? "s" : ""} read as tables`] };
}
