// Which sheets and names of an .xlsx the add-in owns, stored in the book itself: a veryHidden
// sheet whose first cell is a marker (src/core/workbook/metaSheet.ts). Owned sheets are found by
// sheetId when this writer wrote the record, else by their "_CT_<role>" marker names, else by
// the recorded name when that sheet still shows the recorded header — so a book the add-in
// wrote inside Excel is recognised too. A user's sheet called "So sánh" is never taken for ours.
import type ExcelJS from "exceljs";
import { META_MARKER, markerKey, matchOwnedSheets, parseMetaGrid } from "../../core/workbook/metaSheet";
import type { SheetKey, UnitsView } from "../../core/workbook/plan";
import { sheetGrid, cellPlain } from "./bookGrid";

export { META_MARKER };

export interface XlsxOwnership {
  version: number;
  units?: UnitsView;
  lang?: string;
  /** Owned sheet by role. */
  sheets: Map<SheetKey, ExcelJS.Worksheet>;
  /** Owned defined names, marker names included. */
  names: string[];
  tables: string[];
  meta?: ExcelJS.Worksheet;
}

/** Workbook-scoped names (print titles and areas are the sheets' own, not listed). */
export function definedNames(wb: ExcelJS.Workbook): Map<string, string> {
  return new Map(wb.definedNames.model.filter((n) => !n.name.startsWith("_xlnm.")).map((n) => [n.name, n.ranges.join(",")] as const));
}

export function readOwnership(wb: ExcelJS.Workbook): XlsxOwnership {
  const out: XlsxOwnership = { version: 0, sheets: new Map(), names: [], tables: [] };
  const names = definedNames(wb);
  // leftover markers are ours whatever else happened to the book
  out.names.push(...[...names.keys()].filter((n) => markerKey(n)));
  const meta = wb.worksheets.find((ws) => ws.state === "veryHidden" && ws.getCell("A1").value === META_MARKER);
  if (!meta) return out;
  const rec = parseMetaGrid(sheetGrid(meta));
  if (!rec) return out;
  out.meta = meta;
  out.version = rec.version;
  if (rec.units) out.units = rec.units;
  if (rec.lang) out.lang = rec.lang;
  for (const n of rec.names) if (!out.names.includes(n)) out.names.push(n);
  out.tables.push(...rec.tables);
  const candidates = wb.worksheets.filter((ws) => ws !== meta).map((ws) => ({ id: ws.id, name: ws.name }));
  const { matched } = matchOwnedSheets(
    rec,
    candidates,
    (recorded, id) => typeof recorded === "number" && recorded === id,
    names,
    (s, ref, text) => cellPlain(wb.getWorksheet(s.id)!.getCell(ref).value) === text,
  );
  for (const [key, s] of matched) out.sheets.set(key, wb.getWorksheet(s.id)!);
  return out;
}
