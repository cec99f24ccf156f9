// Which sheets, tables and names the add-in owns. Kept twice in the workbook: in the add-in's
// settings (fast to read, but tied to the add-in's id) and in the veryHidden meta sheet both
// writers keep (src/core/workbook/metaSheet.ts), which travels with the book whatever opens it.
// Either is enough: a later run replaces only what the add-in wrote, never the user's sheets,
// and recognises its sheets by id, so a renamed one stays ours and a user's "So sánh" does not.
import type { CellValue, SheetKey, UnitsView } from "../../core/workbook/plan";
import { SHEET_KEYS, markerKey, matchOwnedSheets, parseMetaGrid, type MetaRecord } from "../../core/workbook/metaSheet";

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
const KEYS = SHEET_KEYS;

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
  position?: number;
}

/** Worksheets whose content must be read to find the meta sheet: only very hidden ones qualify. */
export function metaCandidates(sheets: readonly SheetInfo[]): SheetInfo[] {
  return sheets.filter((s) => s.visibility === "VeryHidden");
}

/** Probe cells read so far, by sheet id then A1 address. */
export type ProbeCells = ReadonlyMap<string, ReadonlyMap<string, CellValue>>;

export interface ResolvedOwnership {
  /** Our sheets by role, each confirmed (marker and id agree, or it shows our header). */
  roles: Map<SheetKey, string>;
  meta?: string;
  names: string[];
  tables: string[];
  units?: UnitsView;
  /** Staging sheets a failed write left behind. */
  leftovers: string[];
  /** Header cells still to read before every role can be confirmed. */
  probes: { sheet: string; ref: string }[];
}

/**
 * What of the book is ours, from the settings record and the meta sheet (`grids`: used ranges
 * of the very hidden sheets), each recorded sheet confirmed as matchOwnedSheets says: by its
 * marker (`markers`: workbook names and their references) agreeing with its id, or by the header
 * it shows (`probed`). The meta sheet's entries come first: they carry the headers to check.
 */
export function resolveOwnership(
  sheets: readonly SheetInfo[],
  setting: Ownership,
  grids: ReadonlyMap<string, CellValue[][]>,
  markers: ReadonlyMap<string, string> = new Map(),
  probed: ProbeCells = new Map(),
): ResolvedOwnership {
  const ids = new Set(sheets.map((s) => s.id));
  const parsed = [...grids].map(([id, g]) => ({ id, rec: parseMetaGrid(g) })).filter((x) => x.rec);
  const meta = parsed.find((x) => x.id === setting.meta) ?? parsed[0];
  const fromSettings = Object.entries(setting.roles).filter(([id]) => ids.has(id)).map(([id, key]) => ({ id, key }));
  const rec: MetaRecord = {
    version: meta?.rec?.version ?? 1,
    sheets: [...(meta?.rec?.sheets ?? []), ...fromSettings],
    names: [...new Set([...setting.names, ...(meta?.rec?.names ?? [])])],
    tables: [...new Set([...setting.tables, ...(meta?.rec?.tables ?? [])])],
  };
  const candidates = sheets.filter((s) => s.id !== meta?.id).map((s) => ({ id: s.id, name: s.name }));
  const { matched, probes } = matchOwnedSheets(rec, candidates, (recorded, id) => String(recorded) === id, markers, (s, ref, text) => {
    const cells = probed.get(s.id);
    return cells?.has(ref) ? cells.get(ref) === text : undefined;
  });
  const names = [...rec.names];
  for (const n of markers.keys()) if (markerKey(n) && !names.includes(n)) names.push(n);
  const pending = new Set(setting.pending);
  return {
    roles: new Map([...matched].map(([k, s]) => [k, s.id] as const)),
    ...(meta ? { meta: meta.id } : setting.meta && ids.has(setting.meta) ? { meta: setting.meta } : {}),
    names,
    tables: rec.tables,
    ...(setting.units ?? meta?.rec?.units ? { units: setting.units ?? meta?.rec?.units } : {}),
    // only sheets under a staging name: a user's sheet is never taken for a leftover
    leftovers: sheets.filter((s) => pending.has(s.name) && s.name.startsWith(STAGING_PREFIX)).map((s) => s.id),
    probes: probes.map((p) => ({ sheet: p.sheet.id, ref: p.ref })),
  };
}

/** Sheets are staged under "CT~…" names until a write commits. */
export const STAGING_PREFIX = "CT~";
