// Round trips that find out what of the open workbook is ours: the sheets, the workbook names
// (the per-sheet markers are names) and the settings record first, then (only when the workbook
// has very hidden sheets) their contents, to find the meta sheet; a third only when a recorded
// sheet is known by neither id nor marker and its header must be looked at (metaSheet.ts).
// `more` lets a caller queue its own loads into those same round trips.
import type { CellValue } from "../../core/workbook/plan";
import { OWNERSHIP_SETTING, metaCandidates, parseOwnership, resolveOwnership, type Ownership, type SheetInfo } from "./ownership";

export interface LoadedOwnership {
  sheets: Excel.WorksheetCollection;
  /** Workbook-scoped names, loaded with name and formula. */
  names: Excel.NamedItemCollection;
  infos: SheetInfo[];
  owned: Ownership;
}

/** An empty Excel cell reads as ""; the refresh core (like the .xlsx reader) expects null. */
export function plainGrid(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => (typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v !== "") ? v : null)));
}

export async function loadOwnership(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  more: {
    /** Queued with the first round trip. */
    first?: () => void;
    /** Queued with the second round trip, knowing what the settings say; returns whether it queued anything. */
    second?: (setting: Ownership, sheets: Excel.WorksheetCollection) => boolean;
  } = {},
): Promise<LoadedOwnership> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/id,items/name,items/visibility,items/position");
  const setting = wb.settings.getItemOrNullObject(OWNERSHIP_SETTING);
  setting.load("value");
  const names = wb.names;
  names.load("items/name,items/formula");
  more.first?.();
  await sync();

  const fromSettings = parseOwnership(setting.isNullObject ? null : setting.value);
  const infos: SheetInfo[] = sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: String(s.visibility) }));
  const candidates = metaCandidates(infos);
  const used = candidates.map((c) => {
    const r = sheets.items.find((s) => s.id === c.id)!.getUsedRangeOrNullObject(true);
    r.load("values");
    return { id: c.id, r };
  });
  const queued = more.second?.(fromSettings, sheets) ?? false;
  if (used.length || queued) await sync();
  const grids = new Map(used.filter((u) => !u.r.isNullObject).map((u) => [u.id, plainGrid(u.r.values)] as const));
  const markers = new Map(names.items.map((n) => [n.name, String(n.formula ?? "")] as const));
  let resolved = resolveOwnership(infos, fromSettings, grids, markers);
  if (resolved.probes.length) {
    const cells = resolved.probes.map((p) => {
      const r = sheets.items.find((s) => s.id === p.sheet)!.getRange(p.ref);
      r.load("values");
      return { ...p, r };
    });
    await sync();
    const probed = new Map<string, Map<string, CellValue>>();
    for (const c of cells) {
      const m = probed.get(c.sheet) ?? new Map<string, CellValue>();
      m.set(c.ref, plainGrid(c.r.values)[0]?.[0] ?? null);
      probed.set(c.sheet, m);
    }
    resolved = resolveOwnership(infos, fromSettings, grids, markers, probed);
  }
  const { probes: _unread, ...owned } = resolved;
  return { sheets, names, infos, owned };
}
