// The ownership record both writers keep in a veryHidden sheet of the book itself, as a grid:
// a marker row, then one row per fact about the book (units, language, owned sheets, owned
// names and tables).
//
// A book moves between the two writers (the CLI's exceljs one and the add-in's office-js one),
// and they cannot agree on sheet ids: exceljs knows the file's numeric sheetId, office-js only
// its own worksheet id strings. So each owned sheet is recorded with three things, tried in
// this order when the book is read back:
//   1. its id, as the writer that wrote the record knows it (exact, survives renames);
//   2. a per-sheet marker: a workbook-scoped defined name "_CT_<role>" referring to the sheet's
//      A1. Both writers can write and read workbook-scoped names (exceljs writes sheet-scoped
//      ones only for print areas), Excel rewrites the reference when the user renames the
//      sheet, and unlike a sheet-scoped name it is not duplicated when the user copies the
//      sheet. A deleted sheet turns it into #REF!, which matches nothing;
//   3. its name when the record was written, but only if the sheet of that name still shows
//      the header text recorded beside it ("probe"): a user's sheet that merely has our name is
//      never taken, and without a valid record nothing is matched by name at all.
import type { CellValue, SheetKey, SheetPlan, UnitsView } from "./plan";

export const META_MARKER = "chi-tieu/meta";
export const META_SHEET_NAME = "CT_meta";
/** Prefix of the per-sheet marker names; never used for a name a plan defines. */
export const MARKER_PREFIX = "_CT_";

export interface MetaSheetEntry {
  /** exceljs stores numeric sheetIds, office-js the worksheet id strings. */
  id: string | number;
  key: SheetKey;
  /** The sheet's name when the record was written. */
  name?: string;
  /** A header cell the writer put in the sheet, and its text. */
  probe?: { ref: string; text: string };
}

export interface MetaRecord {
  version: number;
  units?: UnitsView;
  lang?: string;
  sheets: MetaSheetEntry[];
  names: string[];
  tables: string[];
}

export const SHEET_KEYS: readonly SheetKey[] = ["compare", "brief", "chart", "summary", "data", "lists", "log"];
export const META_COLS = 6;

function row(...cells: CellValue[]): CellValue[] {
  return [...cells, ...Array<CellValue>(META_COLS - cells.length).fill(null)];
}

export function metaGrid(r: MetaRecord): CellValue[][] {
  return [
    row(META_MARKER, r.version),
    ...(r.units ? [row("units", r.units)] : []),
    ...(r.lang ? [row("lang", r.lang)] : []),
    ...r.sheets.map((s) => row("sheet", s.id, s.key, s.name ?? null, s.probe?.ref ?? null, s.probe?.text ?? null)),
    ...r.names.map((n) => row("name", n)),
    ...r.tables.map((t) => row("table", t)),
  ];
}

/** undefined unless the grid starts with the marker. Rows written before names were kept parse too. */
export function parseMetaGrid(grid: readonly (readonly CellValue[])[]): MetaRecord | undefined {
  if (grid[0]?.[0] !== META_MARKER) return undefined;
  const out: MetaRecord = { version: Number(grid[0][1]) || 0, sheets: [], names: [], tables: [] };
  for (const [kind, a, b, name, probeRef, probeText] of grid.slice(1)) {
    if (kind === "units" && (a === "old" || a === "new")) out.units = a;
    else if (kind === "lang" && typeof a === "string") out.lang = a;
    else if (kind === "name" && typeof a === "string" && a) out.names.push(a);
    else if (kind === "table" && typeof a === "string" && a) out.tables.push(a);
    else if (kind === "sheet" && (typeof a === "string" || typeof a === "number") && SHEET_KEYS.includes(b as SheetKey)) {
      out.sheets.push({
        id: a,
        key: b as SheetKey,
        ...(typeof name === "string" && name ? { name } : {}),
        ...(typeof probeRef === "string" && probeRef && typeof probeText === "string" && probeText ? { probe: { ref: probeRef, text: probeText } } : {}),
      });
    }
  }
  return out;
}

export function markerName(key: SheetKey): string {
  return `${MARKER_PREFIX}${key}`;
}

export function markerRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/** The role a marker name stands for, if it is one. */
export function markerKey(name: string): SheetKey | undefined {
  if (!name.toUpperCase().startsWith(MARKER_PREFIX.toUpperCase())) return undefined;
  const key = name.slice(MARKER_PREFIX.length) as SheetKey;
  return SHEET_KEYS.includes(key) ? key : undefined;
}

/** The sheet a marker's reference points at; undefined for #REF! or anything unexpected. */
export function markerSheet(ref: string): string | undefined {
  const m = /^=?'((?:[^']|'')+)'!\$?A\$?1$/.exec(ref.trim()) ?? /^=?([^'!#]+)!\$?A\$?1$/.exec(ref.trim());
  return m ? m[1].replace(/''/g, "'") : undefined;
}

/** The first header text the plan writes in a sheet (top-most row, left-most cell), as A1. */
export function headerProbe(sp: SheetPlan): { ref: string; text: string } | undefined {
  let best: { row: number; col: number; text: string } | undefined;
  for (const b of sp.blocks) {
    // rows go down: a block's first row with text is as high as it has one
    for (let i = 0; i < b.cells.length && (!best || b.row + i <= best.row); i++) {
      const cells = b.cells[i]!;
      const j = cells.findIndex((c) => c && c.f === undefined && typeof c.v === "string" && c.v.trim() !== "");
      if (j < 0) continue;
      const r = b.row + i, col = b.col + j;
      if (!best || r < best.row || (r === best.row && col < best.col)) best = { row: r, col, text: cells[j]!.v as string };
      break;
    }
  }
  if (!best) return undefined;
  let n = best.col + 1, letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return { ref: `${letters}${best.row + 1}`, text: best.text };
}

export interface BookSheetRef<Id> {
  id: Id;
  name: string;
}

/**
 * Which sheet of the book each recorded role is. Three things point at a candidate: the marker
 * name (Excel moves it with a rename), the recorded id, the recorded name. None is proof alone —
 * Excel on the Mac may give a deleted sheet's id to a new one, a user may give a sheet our name,
 * and a tool that renames without rewriting names (exceljs) leaves a marker on the wrong sheet —
 * so a candidate is taken when it still shows the header text recorded beside it (the probe), or
 * when its marker and its id agree. A sheet not taken is the user's and is never cleared.
 * `markers`: marker name → its reference, as the book holds them. `probe` answers whether a sheet
 * shows a text at an address, or undefined ("not read yet"): the role is then left unmatched and
 * listed in `probes`, so a host that reads lazily can fetch those cells and ask again.
 */
export function matchOwnedSheets<Id>(
  rec: MetaRecord,
  sheets: readonly BookSheetRef<Id>[],
  sameId: (recorded: string | number, id: Id) => boolean,
  markers: ReadonlyMap<string, string>,
  probe: (sheet: BookSheetRef<Id>, ref: string, text: string) => boolean | undefined,
  exclude: readonly Id[] = [],
): { matched: Map<SheetKey, BookSheetRef<Id>>; probes: { sheet: BookSheetRef<Id>; ref: string }[] } {
  const matched = new Map<SheetKey, BookSheetRef<Id>>();
  const used = new Set<Id>(exclude);
  const byName = (n: string) => sheets.find((s) => s.name.toLocaleLowerCase() === n.toLocaleLowerCase());
  const marked = new Map<SheetKey, BookSheetRef<Id>>();
  for (const [name, ref] of markers) {
    const key = markerKey(name);
    const target = markerSheet(ref);
    const s = key && target ? byName(target) : undefined;
    if (key && s && !marked.has(key)) marked.set(key, s);
  }
  const probes: { sheet: BookSheetRef<Id>; ref: string }[] = [];
  for (const e of rec.sheets) {
    if (matched.has(e.key)) continue;
    const byMarker = marked.get(e.key);
    const byId = sheets.find((s) => sameId(e.id, s.id));
    if (byMarker && byMarker === byId && !used.has(byId.id)) {
      matched.set(e.key, byId);
      used.add(byId.id);
      continue;
    }
    if (!e.probe) continue;
    for (const s of new Set([byMarker, byId, e.name ? byName(e.name) : undefined])) {
      if (!s || used.has(s.id) || matched.has(e.key)) continue;
      const ok = probe(s, e.probe.ref, e.probe.text);
      if (ok === undefined) probes.push({ sheet: s, ref: e.probe.ref });
      else if (ok) {
        matched.set(e.key, s);
        used.add(s.id);
      }
    }
  }
  return { matched, probes };
}
