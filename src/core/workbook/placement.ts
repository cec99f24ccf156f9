// Where a plan goes in a book that may already hold one: decided here once, for both writers.
//
// The writer tells what the book holds (its sheets in order, workbook names, tables) and what of
// it is ours (the ownership record, resolved through metaSheet.ts matchOwnedSheets). From that:
// - a name or table the plan defines that the user already has stops the write, with one message;
// - each of our sheets keeps the name the user gave it; one whose name a user's sheet holds moves
//   aside ("So sánh (2)"), and formulas follow (renameSheets.ts);
// - our sheets go back where they were among the user's, new roles after them;
// - owned sheets of roles the plan no longer writes, and leftovers of a failed write, go;
// - the ownership record to store afterwards (ownershipRecord) names each sheet by the id the
//   writer gave it, its marker and a header probe.
// The writers apply the result as it stands (WorkbookPlan.placement).
import { META_SHEET_NAME, headerProbe, markerName, type MetaRecord } from "./metaSheet";
import type { Placement, SheetId, SheetKey, WorkbookPlan } from "./plan";
import { freeSheetName, renameSheetsInPlan } from "./renameSheets";

export interface BookState {
  /** Every sheet of the book in its order, the meta sheet included. */
  sheets: readonly { id: SheetId; name: string }[];
  /** Workbook-scoped names. */
  names: readonly string[];
  tables: readonly string[];
  owned: {
    /** Our sheets by role, as matched (by marker, or by id or name confirmed by a header probe). */
    roles: ReadonlyMap<SheetKey, SheetId>;
    meta?: SheetId;
    names: readonly string[];
    tables: readonly string[];
    /** Sheets a failed write left behind. */
    leftovers?: readonly SheetId[];
  };
}

export class PlacementConflictError extends Error {
  override name = "PlacementConflictError";
}

const fold = (s: string) => s.toLocaleLowerCase();

export function conflictMessage(kind: "name" | "table", name: string): string {
  return `the workbook already has a ${kind} "${name}" that Chỉ tiêu did not create; rename or delete it and write again`;
}

/** Throws PlacementConflictError when the plan would define a name or table the user has. */
export function checkConflicts(plan: WorkbookPlan, book: BookState): void {
  const ownedNames = new Set(book.owned.names.map(fold));
  const ownedTables = new Set(book.owned.tables.map(fold));
  const names = new Set(book.names.map(fold));
  const tables = new Set(book.tables.map(fold));
  for (const n of plan.names) {
    if (names.has(fold(n.name)) && !ownedNames.has(fold(n.name))) throw new PlacementConflictError(conflictMessage("name", n.name));
  }
  for (const t of plan.sheets.flatMap((s) => s.tables)) {
    if (tables.has(fold(t.name)) && !ownedTables.has(fold(t.name))) throw new PlacementConflictError(conflictMessage("table", t.name));
  }
}

/** The plan under the names its sheets get in this book, with where each goes. */
export function placePlan(plan: WorkbookPlan, book: BookState): WorkbookPlan {
  checkConflicts(plan, book);
  const { owned } = book;
  const ownedIds = new Set<SheetId>([...owned.roles.values()]);
  const leftovers = new Set<SheetId>(owned.leftovers ?? []);
  const isOurs = (id: SheetId) => ownedIds.has(id) || leftovers.has(id) || id === owned.meta;
  const userSheets = book.sheets.filter((s) => !isOurs(s.id));
  const nameOf = new Map(book.sheets.map((s) => [s.id, s.name] as const));

  const taken = new Set(userSheets.map((s) => fold(s.name)));
  const renames = new Map<string, string>();
  const placed: Placement["sheets"] = [];
  for (const sp of plan.sheets) {
    const replaces = owned.roles.get(sp.key);
    const current = replaces !== undefined ? nameOf.get(replaces) : undefined;
    const name = current && !taken.has(fold(current)) ? current : freeSheetName(sp.name, taken);
    taken.add(fold(name));
    if (name !== sp.name) renames.set(sp.name, name);
    placed.push({ key: sp.key, name, ...(replaces !== undefined ? { replaces } : {}) });
  }
  const planned = new Set(plan.sheets.map((s) => s.key));
  const roleOf = new Map([...owned.roles].map(([k, id]) => [id, k] as const));

  const order: Placement["order"] = [];
  for (const s of book.sheets) {
    if (!isOurs(s.id)) order.push({ user: s.id });
    else {
      const key = roleOf.get(s.id);
      if (key && planned.has(key)) order.push({ key });
    }
  }
  for (const sp of plan.sheets) if (!order.some((o) => "key" in o && o.key === sp.key)) order.push({ key: sp.key });

  const remove = book.sheets
    .filter((s) => leftovers.has(s.id) || (ownedIds.has(s.id) && !planned.has(roleOf.get(s.id)!)))
    .map((s) => s.id);
  const bookNames = new Set(book.names.map(fold));
  const markers = new Set([...owned.names, ...[...owned.roles.keys()].map(markerName)].map(fold));
  const metaName = owned.meta !== undefined && nameOf.has(owned.meta)
    ? nameOf.get(owned.meta)!
    : freeSheetName(META_SHEET_NAME, new Set([...taken, ...book.sheets.map((s) => fold(s.name))]));
  const placement: Placement = {
    sheets: placed,
    order,
    remove,
    removeNames: book.names.filter((n) => markers.has(fold(n)) && bookNames.has(fold(n))),
    removeTables: book.tables.filter((t) => owned.tables.some((o) => fold(o) === fold(t))),
    meta: { name: metaName, ...(owned.meta !== undefined && nameOf.has(owned.meta) ? { replaces: owned.meta } : {}) },
  };
  return { ...renameSheetsInPlan(plan, renames), placement };
}

/** What the writer records once it has written: each of our sheets by the id it now has. */
export function ownershipRecord(plan: WorkbookPlan, ids: ReadonlyMap<SheetKey, SheetId>): MetaRecord {
  return {
    version: plan.meta?.version ?? 1,
    units: plan.meta?.units ?? "old",
    lang: plan.lang,
    sheets: plan.sheets.map((sp) => {
      const probe = headerProbe(sp);
      return { id: ids.get(sp.key)!, key: sp.key, name: sp.name, ...(probe ? { probe } : {}) };
    }),
    names: [...plan.names.map((n) => n.name), ...plan.sheets.map((sp) => markerName(sp.key))],
    tables: plan.sheets.flatMap((s) => s.tables.map((t) => t.name)),
  };
}
