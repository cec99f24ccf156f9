// The ownership record both writers keep in a veryHidden sheet of the book itself, as a grid:
// a marker row, then one row per fact about the book (units, language, owned sheets by an id the
// host keeps across renames, owned names and tables). Sheets are recognised from this record,
// never from their names.
import type { CellValue, SheetKey, UnitsView } from "./plan";

export const META_MARKER = "chi-tieu/meta";
export const META_SHEET_NAME = "CT_meta";

export interface MetaRecord {
  version: number;
  units?: UnitsView;
  lang?: string;
  /** exceljs stores numeric sheetIds, office-js the worksheet id strings. */
  sheets: { id: string | number; key: SheetKey }[];
  names: string[];
  tables: string[];
}

const SHEET_KEYS: readonly SheetKey[] = ["compare", "summary", "data", "lists", "log"];

export function metaGrid(r: MetaRecord): CellValue[][] {
  return [
    [META_MARKER, r.version, null],
    ...(r.units ? [["units", r.units, null]] : []),
    ...(r.lang ? [["lang", r.lang, null]] : []),
    ...r.sheets.map((s) => ["sheet", s.id, s.key]),
    ...r.names.map((n) => ["name", n, null]),
    ...r.tables.map((t) => ["table", t, null]),
  ];
}

/** undefined unless the grid starts with the marker. */
export function parseMetaGrid(grid: readonly (readonly CellValue[])[]): MetaRecord | undefined {
  if (grid[0]?.[0] !== META_MARKER) return undefined;
  const out: MetaRecord = { version: Number(grid[0][1]) || 0, sheets: [], names: [], tables: [] };
  for (const [kind, a, b] of grid.slice(1)) {
    if (kind === "units" && (a === "old" || a === "new")) out.units = a;
    else if (kind === "lang" && typeof a === "string") out.lang = a;
    else if (kind === "name" && typeof a === "string" && a) out.names.push(a);
    else if (kind === "table" && typeof a === "string" && a) out.tables.push(a);
    else if (kind === "sheet" && (typeof a === "string" || typeof a === "number") && SHEET_KEYS.includes(b as SheetKey)) {
      out.sheets.push({ id: a, key: b as SheetKey });
    }
  }
  return out;
}
