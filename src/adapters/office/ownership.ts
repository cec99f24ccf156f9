// Which sheets, tables and names the add-in owns. Kept twice in the workbook: in the add-in's
// settings (fast to read, but tied to the add-in's id) and in the veryHidden meta sheet both
// writers keep (src/core/workbook/metaSheet.ts), which travels with the book whatever opens it.
// Either is enough: a later run replaces only what the add-in wrote, never the user's sheets,
// and recognises its sheets by id, so a renamed one stays ours and a user's "So sánh" does not.
import type { CellValue, SheetKey, UnitsView } from "../../core/workbook/plan";
import { SHEET_KEYS, markerKey, matchOwnedSheets, parseMetaGrid } from "../../core/workbook/metaSheet";

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
}

/** Worksheets whose content must be read to find the meta sheet: only very hidden ones qualify. */
export function metaCandidates(sheets: readonly SheetInfo[]): SheetInfo[] {
  return sheets.filter((s) => s.visibility === "VeryHidden");
}

/** Probe cells read so far, by sheet id then A1 address. */
export type ProbeCells = ReadonlyMap<string, ReadonlyMap<string, CellValue>>;

/**
 * The settings record merged with the meta sheet's (`grids`: used ranges of the candidates).
 * The meta sheet's sheets are matched by id, else by their marker names (`markers`: workbook
 * names and their references), else by recorded name and header probe (metaSheet.ts). Probe
 * cells not read yet are listed in `probes`; the caller reads them and resolves again.
 */
export function resolveOwnership(
  sheets: readonly SheetInfo[],
  setting: Ownership,
  grids: ReadonlyMap<string, CellValue[][]>,
  markers: ReadonlyMap<string, string> = new Map(),
  probed: ProbeCells = new Map(),
): Ownership & { probes: { sheet: string; ref: string }[] } {
  const ids = new Set(sheets.map((s) => s.id));
  const parsed = [...grids].map(([id, g]) => ({ id, rec: parseMetaGrid(g) })).filter((x) => x.rec);
  const meta = parsed.find((x) => x.id === setting.meta) ?? parsed[0];
  const out: Ownership = { ...setting, sheets: setting.sheets.filter((id) => ids.has(id)), roles: { ...setting.roles }, names: [...setting.names], tables: [...setting.tables] };
  if (setting.meta && !ids.has(setting.meta)) delete out.meta;
  for (const n of markers.keys()) if (markerKey(n) && !out.names.includes(n)) out.names.push(n);
  if (!meta?.rec) return { ...out, probes: [] };
  out.meta = meta.id;
  const taken = out.sheets.filter((id) => out.roles[id]);
  const takenKeys = new Set(taken.map((id) => out.roles[id]));
  const rec = { ...meta.rec, sheets: meta.rec.sheets.filter((e) => !takenKeys.has(e.key)) };
  const candidates = sheets.filter((s) => s.id !== meta.id).map((s) => ({ id: s.id, name: s.name }));
  const { matched, probes } = matchOwnedSheets(rec, candidates, (recorded, id) => String(recorded) === id, markers, (s, ref, text) => {
    const cells = probed.get(s.id);
    return cells?.has(ref) ? cells.get(ref) === text : undefined;
  }, taken);
  for (const [key, s] of matched) {
    if (!out.sheets.includes(s.id)) out.sheets.push(s.id);
    out.roles[s.id] = key;
  }
  for (const n of meta.rec.names) if (!out.names.includes(n)) out.names.push(n);
  for (const t of meta.rec.tables) if (!out.tables.includes(t)) out.tables.push(t);
  if (!out.units && meta.rec.units) out.units = meta.rec.units;
  return { ...out, probes: probes.map((p) => ({ sheet: p.sheet.id, ref: p.ref })) };
}
