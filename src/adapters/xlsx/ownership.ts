// Which sheets and names of an .xlsx the add-in owns, stored in the book itself: a veryHidden
// sheet whose first cell is a marker (src/core/workbook/metaSheet.ts). Each recorded sheet is
// confirmed as matchOwnedSheets says — its marker name and sheetId agree, or it still shows the
// header recorded beside it — so a book the add-in wrote inside Excel is recognised too, and a
// user's sheet called "So sánh" is never taken for ours.
import { META_MARKER, markerKey, matchOwnedSheets, parseMetaGrid } from "../../core/workbook/metaSheet";
import type { BookState } from "../../core/workbook/placement";
import type { SheetKey, UnitsView } from "../../core/workbook/plan";
import type { BookSource, SheetSource } from "./bookSource";

export { META_MARKER };

export interface XlsxOwnership {
  version: number;
  units?: UnitsView;
  lang?: string;
  /** Owned sheet by role. */
  sheets: Map<SheetKey, SheetSource>;
  /** Owned defined names, marker names included. */
  names: string[];
  tables: string[];
  meta?: SheetSource;
}

export function readOwnership(book: BookSource): XlsxOwnership {
  const out: XlsxOwnership = { version: 0, sheets: new Map(), names: [], tables: [] };
  // leftover markers are ours whatever else happened to the book
  out.names.push(...[...book.names.keys()].filter((n) => markerKey(n)));
  const meta = book.sheets.find((s) => s.state === "veryHidden" && s.cell("A1") === META_MARKER);
  if (!meta) return out;
  const rec = parseMetaGrid(meta.grid());
  if (!rec) return out;
  out.meta = meta;
  out.version = rec.version;
  if (rec.units) out.units = rec.units;
  if (rec.lang) out.lang = rec.lang;
  for (const n of rec.names) if (!out.names.includes(n)) out.names.push(n);
  out.tables.push(...rec.tables);
  const candidates = book.sheets.filter((s) => s !== meta);
  const { matched } = matchOwnedSheets(
    rec,
    candidates,
    (recorded, id) => typeof recorded === "number" && recorded === id,
    book.names,
    (s, ref, text) => (s as SheetSource).cell(ref) === text,
  );
  for (const [key, s] of matched) out.sheets.set(key, s as SheetSource);
  return out;
}

/** What placePlan needs to know of the book. */
export function bookState(book: BookSource, owned: XlsxOwnership): BookState {
  return {
    sheets: book.sheets.map((s) => ({ id: s.id, name: s.name })),
    names: [...book.names.keys()],
    tables: book.sheets.flatMap((s) => s.tables),
    owned: {
      roles: new Map([...owned.sheets].map(([k, s]) => [k, s.id] as const)),
      ...(owned.meta ? { meta: owned.meta.id } : {}),
      names: owned.names,
      tables: owned.tables,
    },
  };
}
