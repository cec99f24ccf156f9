// Round trips that find out what of the open workbook is ours: the sheets, the workbook names
// (the per-sheet markers are names), the tables and the settings record first; then (only when
// the workbook has very hidden sheets) their contents, to find the meta sheet; a third only when
// a recorded sheet must show its header before it is taken for ours (metaSheet.ts). `more` lets
// a caller queue its own loads into those same round trips.
import type { BookState } from "../../core/workbook/placement";
import type { CellValue } from "../../core/workbook/plan";
import { OWNERSHIP_SETTING, metaCandidates, parseOwnership, resolveOwnership, type Ownership, type ResolvedOwnership, type SheetInfo } from "./ownership";
import type { Session } from "./session";

export interface LoadedOwnership {
  sheets: Excel.WorksheetCollection;
  /** Workbook-scoped names, loaded with name and formula. */
  names: Excel.NamedItemCollection;
  tables: Excel.TableCollection;
  infos: SheetInfo[];
  setting: Ownership;
  owned: ResolvedOwnership;
}

/** An empty Excel cell reads as ""; the refresh core (like the .xlsx reader) expects null. */
export function plainGrid(values: unknown[][]): CellValue[][] {
  return values.map((row) => row.map((v) => (typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v !== "") ? v : null)));
}

export async function loadOwnership(
  session: Session,
  more: {
    /** Queued with the second round trip, knowing what the settings say; returns whether it queued anything. */
    second?: (setting: Ownership, sheets: Excel.WorksheetCollection) => boolean;
  } = {},
): Promise<LoadedOwnership> {
  const wb = session.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/id,items/name,items/visibility,items/position");
  const settingItem = wb.settings.getItemOrNullObject(OWNERSHIP_SETTING);
  settingItem.load("value");
  const names = wb.names;
  names.load("items/name,items/formula");
  const tables = wb.tables;
  tables.load("items/name");
  await session.sync();

  const setting = parseOwnership(settingItem.isNullObject ? null : settingItem.value);
  const infos: SheetInfo[] = sheets.items
    .map((s) => ({ id: s.id, name: s.name, visibility: String(s.visibility), position: s.position }))
    .sort((a, b) => a.position - b.position);
  const used = metaCandidates(infos).map((c) => {
    const r = sheets.items.find((s) => s.id === c.id)!.getUsedRangeOrNullObject(true);
    r.load("values");
    return { id: c.id, r };
  });
  // Our sheets' headers are in A1 or B1: read them now for every sheet (a few bytes each), so a
  // recorded sheet can be confirmed without a round trip of its own.
  const heads = infos.filter((i) => i.visibility !== "VeryHidden").map((i) => {
    const r = sheets.items.find((s) => s.id === i.id)!.getRange("A1:B1");
    r.load("values");
    return { id: i.id, r };
  });
  const queued = more.second?.(setting, sheets) ?? false;
  if (used.length || heads.length || queued) await session.sync();
  const grids = new Map(used.filter((u) => !u.r.isNullObject).map((u) => [u.id, plainGrid(u.r.values)] as const));
  const markers = new Map(names.items.map((n) => [n.name, String(n.formula ?? "")] as const));
  const headers = new Map(heads.map((h) => {
    const [a1, b1] = plainGrid(h.r.values)[0] ?? [];
    return [h.id, new Map<string, CellValue>([["A1", a1 ?? null], ["B1", b1 ?? null]])] as const;
  }));
  let owned = resolveOwnership(infos, setting, grids, markers, headers);
  if (owned.probes.length) {
    const cells = owned.probes.map((p) => {
      const r = sheets.items.find((s) => s.id === p.sheet)!.getRange(p.ref);
      r.load("values");
      return { ...p, r };
    });
    await session.sync();
    const probed = new Map<string, Map<string, CellValue>>([...headers].map(([id, m]) => [id, new Map(m)] as const));
    for (const c of cells) {
      const m = probed.get(c.sheet) ?? new Map<string, CellValue>();
      m.set(c.ref, plainGrid(c.r.values)[0]?.[0] ?? null);
      probed.set(c.sheet, m);
    }
    owned = resolveOwnership(infos, setting, grids, markers, probed);
  }
  return { sheets, names, tables, infos, setting, owned };
}

/** What placePlan needs to know of the open book. */
export function bookState(l: LoadedOwnership): BookState {
  return {
    sheets: l.infos.map((s) => ({ id: s.id, name: s.name })),
    names: l.names.items.map((n) => n.name),
    tables: l.tables.items.map((t) => t.name),
    owned: {
      roles: l.owned.roles,
      ...(l.owned.meta ? { meta: l.owned.meta } : {}),
      names: l.owned.names,
      tables: l.owned.tables,
      leftovers: l.owned.leftovers,
    },
  };
}
