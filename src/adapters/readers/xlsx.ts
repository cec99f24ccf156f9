// Spreadsheets other offices send (.xlsx): every sheet is a table. Numbers are written back in
// Vietnamese form ("102,6") so the table reader sees what the user saw, percent-formatted cells as
// percents, formulas by their cached result, merged ranges as spans.
import ExcelJS from "exceljs";
import { ReadDocument, ReadError, ReadTable, TableCell } from "./types";
import { renderTableRows } from "./docx";
import { isEncryptedOoxml, sniff } from "./containers";

function viNumber(v: number): string {
  if (!Number.isFinite(v)) return "";
  const rounded = Math.round(v * 1e6) / 1e6;
  return String(rounded).replace(".", ",");
}

function cellText(cell: ExcelJS.Cell): string {
  let v: unknown = cell.value;
  if (v && typeof v === "object" && "result" in v) v = (v as { result?: unknown }).result;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    const pct = /%/.test(cell.numFmt ?? "");
    return pct ? `${viNumber(v * 100)}%` : viNumber(v);
  }
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "richText" in v) return (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join("");
  if (typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  if (typeof v === "object" && "error" in v) return "";
  return String(v);
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
  if (kind === "cfb") {
    throw new ReadError(name, isEncryptedOoxml(bytes) ? "the workbook is password-protected: remove the password in Excel and save it again" : "an old Excel 97-2003 (.xls) workbook: save it as .xlsx");
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (e) {
    throw new ReadError(name, `not a readable .xlsx workbook (${(e as Error).message})`);
  }
  let text = "";
  const tables: ReadTable[] = [];
  wb.eachSheet((ws) => {
    if (ws.state && ws.state !== "visible") return;
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    const covered = new Set<string>();
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []);
    for (const range of merges) {
      const [a, b] = range.split(":");
      const tl = decodeAddress(a);
      const br = decodeAddress(b ?? a);
      spans.set(`${tl.row},${tl.col}`, { rowSpan: br.row - tl.row + 1, colSpan: br.col - tl.col + 1 });
      for (let r = tl.row; r <= br.row; r++) for (let c = tl.col; c <= br.col; c++) if (r !== tl.row || c !== tl.col) covered.add(`${r},${c}`);
    }
    const rows: TableCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      const cells: TableCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = colNumber - 1;
        if (covered.has(`${r},${c}`)) return;
        const t = cellText(cell).trim();
        const span = spans.get(`${r},${c}`);
        if (!t && !span) return;
        cells.push({ text: t, row: r, col: c, address: cell.address, ...(span && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}), ...(span && span.colSpan > 1 ? { colSpan: span.colSpan } : {}) });
      });
      if (cells.length) rows.push(cells);
    });
    if (!rows.length) return;
    const table: ReadTable = { rows, sheet: ws.name };
    if (text) text += "\n\n";
    text += `${ws.name}\n`;
    table.start = text.length;
    text += renderTableRows(table);
    table.end = text.length;
    tables.push(table);
  });
  if (!tables.length) throw new ReadError(name, "the workbook has no cells with content");
  return { name, text, tables, notes: [`${tables.length} sheet${tables.length > 1 ? "s" : ""} read as tables`] };
}
