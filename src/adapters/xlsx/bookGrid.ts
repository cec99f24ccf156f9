// A worksheet's used range as plain values, the shape src/core/refresh reads: formulas give
// their cached result (or nothing), rich text its text, dates their ISO day.
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/workbook/plan";

export function cellPlain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as { result?: unknown }).result;
      return typeof r === "string" || typeof r === "number" || typeof r === "boolean" ? r : null;
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v && typeof (v as { text: unknown }).text === "string") return (v as { text: string }).text;
    if ("error" in v) return null;
  }
  return null;
}

export function sheetGrid(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  const nCols = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out: CellValue[] = [];
    for (let c = 1; c <= nCols; c++) out.push(cellPlain(row.getCell(c).value));
    rows.push(out);
  }
  return rows;
}
