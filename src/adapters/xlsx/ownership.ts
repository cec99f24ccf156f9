// Which sheets and names of an .xlsx the add-in owns, stored in the book itself: a veryHidden
// sheet whose first cell is a marker (src/core/workbook/metaSheet.ts). Owned sheets are found by
// sheetId when this writer wrote the record, else by their "_CT_<role>" marker names, else by
// the recorded name when that sheet still shows the recorded header — so a book the add-in
// wrote inside Excel is recognised too. A user's sheet called "So sánh" is never taken for ours.
import type ExcelJS from "exceljs";
import {
  META_MARKER, META_SHEET_NAME, headerProbe, markerKey, markerName, markerRef, matchOwnedSheets, parseMetaGrid,
} from "../../core/workbook/metaSheet";
import type { SheetKey, SheetPlan, UnitsView } from "../../core/workbook/plan";
import { sheetGrid, cellPlain } from "./bookGrid";

export { META_MARKER };
const META_NAME = META_SHEET_NAME;

export interface XlsxOwnership {
  version: number;
  units?: UnitsView;
  lang?: string;
  /** Owned sheet by role. */
  sheets: Map<SheetKey, ExcelJS.Worksheet>;
  /** Owned defined names, marker names included. */
  names: string[];
  meta?: ExcelJS.Worksheet;
}

export function definedNames(wb: ExcelJS.Workbook): Map<string, string> {
  return new Map(wb.definedNames.model.map((n) => [n.name, n.ranges.join(",")] as const));
}

export function readOwnership(wb: ExcelJS.Workbook): XlsxOwnership {
  const out: XlsxOwnership = { version: 0, sheets: new Map(), names: [] };
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

export function writeOwnership(
  wb: ExcelJS.Workbook,
  previous: ExcelJS.Worksheet | undefined,
  o: { version: number; units: UnitsView; lang: string; sheets: [SheetPlan, ExcelJS.Worksheet][]; names: string[]; tables: string[] },
): void {
  if (previous) wb.removeWorksheet(previous.id);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLocaleLowerCase()));
  let name = META_NAME;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${META_NAME}${n}`;
  const meta = wb.addWorksheet(name, { state: "veryHidden" });
  meta.addRow([META_MARKER, o.version]);
  meta.addRow(["units", o.units]);
  meta.addRow(["lang", o.lang]);
  for (const [sp, ws] of o.sheets) {
    const probe = headerProbe(sp);
    meta.addRow(["sheet", ws.id, sp.key, ws.name, probe?.ref ?? null, probe?.text ?? null]);
  }
  const markers = o.sheets.map(([sp]) => markerName(sp.key));
  for (const n of [...o.names, ...markers]) meta.addRow(["name", n]);
  for (const t of o.tables) meta.addRow(["table", t]);
  for (const [sp, ws] of o.sheets) wb.definedNames.add(markerRef(ws.name), markerName(sp.key));
}
