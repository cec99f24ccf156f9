// Which sheets and names of an .xlsx the add-in owns, stored in the book itself: a veryHidden
// sheet whose first cell is a marker, listing owned sheets by sheetId (which Excel keeps when a
// sheet is renamed) and owned defined names. Sheets are never recognised by their names: a
// user's sheet called "So sánh" is the user's, and our "Dữ liệu" renamed by the user is ours.
import type ExcelJS from "exceljs";
import { META_MARKER, META_SHEET_NAME } from "../../core/workbook/metaSheet";
import type { SheetKey, UnitsView } from "../../core/workbook/plan";

export { META_MARKER };
const META_NAME = META_SHEET_NAME;

export interface XlsxOwnership {
  version: number;
  units?: UnitsView;
  lang?: string;
  /** Owned sheet by role. */
  sheets: Map<SheetKey, ExcelJS.Worksheet>;
  names: string[];
  meta?: ExcelJS.Worksheet;
}

const SHEET_KEYS: SheetKey[] = ["compare", "summary", "data", "lists", "log"];

export function readOwnership(wb: ExcelJS.Workbook): XlsxOwnership {
  const out: XlsxOwnership = { version: 0, sheets: new Map(), names: [] };
  const meta = wb.worksheets.find((ws) => ws.state === "veryHidden" && ws.getCell("A1").value === META_MARKER);
  if (!meta) return out;
  out.meta = meta;
  out.version = Number(meta.getCell("B1").value) || 0;
  meta.eachRow((row) => {
    const kind = row.getCell(1).value;
    const a = row.getCell(2).value;
    const b = row.getCell(3).value;
    if (kind === "units" && (a === "old" || a === "new")) out.units = a;
    else if (kind === "lang" && typeof a === "string") out.lang = a;
    else if (kind === "name" && typeof a === "string") out.names.push(a);
    else if (kind === "sheet" && typeof a === "number" && SHEET_KEYS.includes(b as SheetKey)) {
      const ws = wb.getWorksheet(a);
      if (ws && ws !== meta) out.sheets.set(b as SheetKey, ws);
    }
  });
  return out;
}

export function writeOwnership(
  wb: ExcelJS.Workbook,
  previous: ExcelJS.Worksheet | undefined,
  o: { version: number; units: UnitsView; lang: string; sheets: [SheetKey, ExcelJS.Worksheet][]; names: string[] },
): void {
  if (previous) wb.removeWorksheet(previous.id);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLocaleLowerCase()));
  let name = META_NAME;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${META_NAME}${n}`;
  const meta = wb.addWorksheet(name, { state: "veryHidden" });
  meta.addRow([META_MARKER, o.version]);
  meta.addRow(["units", o.units]);
  meta.addRow(["lang", o.lang]);
  for (const [key, ws] of o.sheets) meta.addRow(["sheet", ws.id, key]);
  for (const n of o.names) meta.addRow(["name", n]);
}
