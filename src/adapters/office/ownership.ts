// Which sheets, tables and names the add-in owns. Kept twice in the workbook: in the add-in's
// settings (fast to read, but tied to the add-in's id) and in the veryHidden meta sheet both
// writers keep (src/core/workbook/metaSheet.ts), which travels with the book whatever opens it.
// Either is enough: a later run replaces only what the add-in wrote, never the user's sheets,
// and recognises its sheets by id, so a renamed one stays ours and a user's "So sánh" does not.
import type { CellValue, SheetKey, UnitsView } from "../../core/workbook/plan";
import { parseMetaGrid } from "../../core/workbook/metaSheet";

export const OWNERSHIP_SETTING = "chiTieu.ownership";

export interface Ownership {
  version: 1;
  /** Worksheet ids (stable across renames) of the sheets the add-in wrote. */
  sheets: string[];
  /** Sheets created by a write that did not finish; removed by the next write. */
  pending: string[];
  tables: string[];
  names: string[];
  /** Role of each owned sheet by worksheet id. */
  roles: Record<string, SheetKey>;
  /** Worksheet id of the veryHidden meta sheet. */
  meta?: string;
  units?: UnitsView;
}

export function emptyOwnership(): Ownership {
  return { version: 1, sheets: [], pending: [], tables: [], names: [], roles: {} };
}

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : []);
const KEYS: readonly SheetKey[] = ["compare", "summary", "data", "lists", "log"];

/** Settings may hold anything (a user, another version); unreadable means "owns nothing". */
export function parseOwnership(raw: unknown): Ownership {
  let data = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return emptyOwnership();
    }
  }
  if (!data || typeof data !== "object") return emptyOwnership();
  const o = data as Record<string, unknown>;
  const roles: Record<string, SheetKey> = {};
  if (o.roles && typeof o.roles === "object") {
    for (const [id, k] of Object.entries(o.roles as Record<string, unknown>)) if (KEYS.includes(k as SheetKey)) roles[id] = k as SheetKey;
  }
  return {
    version: 1,
    sheets: strings(o.sheets),
    pending: strings(o.pending),
    tables: strings(o.tables),
    names: strings(o.names),
    roles,
    ...(typeof o.meta === "string" ? { meta: o.meta } : {}),
    ...(o.units === "old" || o.units === "new" ? { units: o.units } : {}),
  };
}

export function serializeOwnership(o: Ownership): string {
  return JSON.stringify(o);
}

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
}

/** Worksheets whose content must be read to find the meta sheet: only very hidden ones qualify. */
export function metaCandidates(sheets: readonly SheetInfo[]): SheetInfo[] {
  return sheets.filter((s) => s.visibility === "VeryHidden");
}

/**
 * The settings record merged with the meta sheet's (`grids`: used ranges of the candidates).
 * Ids the meta sheet lists that this workbook does not have (an .xlsx writer's numeric ids) are
 * ignored: never guessing by name is what keeps a user's sheet safe.
 */
export function resolveOwnership(sheets: readonly SheetInfo[], setting: Ownership, grids: ReadonlyMap<string, CellValue[][]>): Ownership {
  const ids = new Set(sheets.map((s) => s.id));
  const parsed = [...grids].map(([id, g]) => ({ id, rec: parseMetaGrid(g) })).filter((x) => x.rec);
  const meta = parsed.find((x) => x.id === setting.meta) ?? parsed[0];
  const out: Ownership = { ...setting, sheets: [...setting.sheets], roles: { ...setting.roles }, names: [...setting.names], tables: [...setting.tables] };
  if (setting.meta && !ids.has(setting.meta)) delete out.meta;
  if (!meta?.rec) return out;
  out.meta = meta.id;
  for (const s of meta.rec.sheets) {
    const id = String(s.id);
    if (!ids.has(id) || id === meta.id) continue;
    if (!out.sheets.includes(id)) out.sheets.push(id);
    out.roles[id] ??= s.key;
  }
  for (const n of meta.rec.names) if (!out.names.includes(n)) out.names.push(n);
  for (const t of meta.rec.tables) if (!out.tables.includes(t)) out.tables.push(t);
  if (!out.units && meta.rec.units) out.units = meta.rec.units;
  return out;
}
