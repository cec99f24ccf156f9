// The office-js writer: the only module that calls Excel.run. Where the plan goes in the open book
// is decided in the core (placePlan); this applies it in phases, each a few round trips however
// many facts the plan holds, every request under Excel on the web's 5 MB limit:
//   read    what the book holds and what of it is ours (loadOwnership.ts);
//   stage   every sheet written into a fresh sheet under a temporary name; nothing old touched;
//   commit  one request: staged content copied into the owned sheets refreshed in place
//           (Range.copyFrom, ExcelApi 1.9 — the sheet, and every formula of the user's that points
//           at it, survives), new sheets renamed into place (Excel rewrites references to the
//           temporary names itself), owned sheets of dropped roles deleted, names and the
//           ownership record written;
//   format  what decorates the committed sheets — validations and conditional formats, charts,
//           page layout, notes — each in a request of its own: one that this Excel refuses is
//           left out and named in the summary, it never undoes the write.
// A failure while staging deletes the staging sheets and leaves the old data as it was. Below 1.9
// the old owned sheets are deleted and replaced instead, which breaks the user's references to
// them; the summary says so.
import { META_COLS, markerName, markerRef, metaGrid } from "../../core/workbook/metaSheet";
import { ownershipRecord, placePlan } from "../../core/workbook/placement";
import type { Placement, SheetKey, SheetPlan, WorkbookPlan } from "../../core/workbook/plan";
import { freeSheetName, renameSheetsInPlan, splitSheetRef } from "../../core/workbook/renameSheets";
import { formulaEntry, jsonBytes } from "./cellEntries";
import { bookState, loadOwnership, type LoadedOwnership } from "./loadOwnership";
import { OWNERSHIP_SETTING, serializeOwnership, STAGING_PREFIX, type Ownership } from "./ownership";
import { CALL_BYTES, DEFAULT_MAX_REQUEST_BYTES, Session, type Run } from "./session";
import { summarizePlan, type ApplySummary } from "./summary";
import { validatePlan, PlanError } from "./validatePlan";
import { planExtent, writeContent, writeLayout, writePage } from "./writeSheet";

export type { ApplySummary } from "./summary";
export { PlanError } from "./validatePlan";
export { PlacementConflictError as WorkbookConflictError } from "../../core/workbook/placement";
export { widthToPoints } from "./writeSheet";
export { DEFAULT_MAX_REQUEST_BYTES };

/**
 * Parts of the plan left out, in the summary. "validations", "conditionalFormats", "notes",
 * "pageLayout": this Excel lacks the requirement set, or refused the request. "charts": refused.
 * "inPlaceRefresh": owned sheets were replaced, not refreshed in place, so formulas in the user's
 * own sheets that pointed at them now show #REF! and may need repair.
 */
export type SkippedFeature = "validations" | "conditionalFormats" | "notes" | "inPlaceRefresh" | "pageLayout" | "charts";

export interface ApplyOptions {
  /** Defaults to Excel.run; tests and the bench pass a fake. */
  run?: Run;
  /** Defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: (name: string, minVersion: string) => boolean;
  /** Budget per request; Excel on the web rejects requests above 5 MB. */
  maxRequestBytes?: number;
}

interface Staged {
  plan: SheetPlan;
  /** The sheet that holds the content once committed. */
  sheet: Excel.Worksheet;
  /** Where the content was staged; the same as `sheet` unless refreshed in place. */
  staged: Excel.Worksheet;
  inPlace: boolean;
}

interface Host {
  supports: (version: string) => boolean;
  notesVia: "notes" | "comments" | null;
  inPlace: boolean;
  skipped: Set<SkippedFeature>;
}

function defaultRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

function defaultIsSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

function host(plan: WorkbookPlan, isSetSupported: (name: string, v: string) => boolean): Host {
  const supports = (v: string) => isSetSupported("ExcelApi", v);
  if (!supports("1.7")) throw new PlanError("this version of Excel is too old for the add-in (it needs ExcelApi 1.7, Excel 2016 or later)");
  const skipped = new Set<SkippedFeature>();
  if (!supports("1.8")) skipped.add("validations");
  if (!supports("1.6")) skipped.add("conditionalFormats");
  if (!supports("1.9")) skipped.add("pageLayout");
  // Notes (1.18) are what the .xlsx writer makes; threaded comments (1.10) carry the same text.
  const notesVia = supports("1.18") ? "notes" : supports("1.10") ? "comments" : null;
  const hasNotes = plan.sheets.some((sp) => sp.blocks.some((b) => b.cells.some((row) => row.some((c) => c?.note))));
  if (!notesVia && hasNotes) skipped.add("notes");
  return { supports, notesVia, inPlace: supports("1.9"), skipped };
}

export async function applyPlan(plan: WorkbookPlan, options: ApplyOptions = {}): Promise<ApplySummary> {
  validatePlan(plan);
  const h = host(plan, options.isSetSupported ?? defaultIsSetSupported);
  const run = options.run ?? defaultRun;
  return run(async (context) => {
    // Formulas read whole columns of the data sheet: recalculating after every chunk would cost
    // more than the write itself.
    const session = new Session(context, options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES, (wb) => {
      if (h.supports("1.6")) wb.application.suspendApiCalculationUntilNextSync();
      if (h.supports("1.9")) wb.application.suspendScreenUpdatingUntilNextSync();
    });
    const book = await loadOwnership(session);
    const placed = placePlan(plan, bookState(book));
    if (!h.inPlace && placed.placement!.sheets.some((s) => s.replaces !== undefined)) h.skipped.add("inPlaceRefresh");
    const staged = await stage(session, placed, book, h);
    await commit(session, placed, staged, book, h);
    await format(session, placed, staged, h);
    return { ...summarizePlan(placed), skipped: [...h.skipped], syncs: session.syncs };
  });
}

// ---------- stage ----------

interface StagingNames {
  stamp: string;
  /** Final sheet name → its staging name. */
  temp: Map<string, string>;
  meta: string;
  table: (name: string) => string;
}

function stagingNames(placed: WorkbookPlan, book: LoadedOwnership): StagingNames {
  const stamp = Math.random().toString(36).slice(2, 7);
  const taken = new Set(book.infos.map((s) => s.name.toLocaleLowerCase()));
  const temp = new Map<string, string>();
  placed.sheets.forEach((s, i) => temp.set(s.name, freeSheetName(`${STAGING_PREFIX}${stamp}${i}`, taken)));
  return { stamp, temp, meta: freeSheetName(`${STAGING_PREFIX}${stamp}m`, taken), table: (name) => `CTtmp_${stamp}_${name}`.slice(0, 250) };
}

/** The sheet a placement entry replaces, when it is refreshed in place. */
function target(book: LoadedOwnership, p: Placement["sheets"][number], h: Host): Excel.Worksheet | undefined {
  if (!h.inPlace || p.replaces === undefined) return undefined;
  return book.sheets.items.find((s) => s.id === p.replaces);
}

async function stage(session: Session, placed: WorkbookPlan, book: LoadedOwnership, h: Host): Promise<{ sheets: Staged[]; meta?: Excel.Worksheet; names: StagingNames }> {
  const names = stagingNames(placed, book);
  const placement = placed.placement!;
  // Formulas in the staged content speak of a sheet refreshed in place by its own (final) name —
  // that very sheet will hold them — and of a new sheet by its staging name, which Excel rewrites
  // when the sheet is renamed into place.
  const inPlaceNames = new Set(placement.sheets.filter((p) => target(book, p, h)).map((p) => p.name));
  const stagePlan = renameSheetsInPlan(placed, new Map([...names.temp].filter(([name]) => !inPlaceNames.has(name))));
  const hasMeta = placement.meta.replaces !== undefined;
  const out: Staged[] = [];
  let meta: Excel.Worksheet | undefined;
  try {
    session.begin();
    // recorded first, so that a write that dies half-way is cleaned up by the next one
    const pending: Ownership = { ...book.setting, pending: [...book.setting.pending, ...names.temp.values(), ...(hasMeta ? [] : [names.meta])] };
    session.workbook.settings.add(OWNERSHIP_SETTING, serializeOwnership(pending));
    for (let i = 0; i < stagePlan.sheets.length; i++) {
      const sp = stagePlan.sheets[i]!;
      const final = placed.sheets[i]!;
      const into = target(book, placement.sheets[i]!, h);
      if (into) {
        into.tables.load("items/name");
        into.charts.load("items/name");
        if (h.notesVia === "notes") into.notes.load("items");
        else if (h.notesVia === "comments") into.comments.load("items");
      }
      await session.spend(CALL_BYTES * 2);
      const ws = session.workbook.worksheets.add(names.temp.get(final.name)!);
      ws.load("id");
      out.push({ plan: final, sheet: into ?? ws, staged: ws, inPlace: !!into });
      await writeContent(session, ws, sp, placed);
      // what a range copy does not carry goes on the final sheet, at the commit
      if (!into) await writeLayout(session, ws, sp, names.table);
    }
    if (!hasMeta) {
      // under a staging name until the commit, so a failed write leaves nothing that looks ours
      await session.spend(CALL_BYTES * 2);
      meta = session.workbook.worksheets.add(names.meta);
      meta.load("id");
    }
    await session.sync();
  } catch (err) {
    await discardStaging(session.context, new Set([...names.temp.values(), names.meta]), book.setting).catch(() => undefined);
    throw err;
  }
  return { sheets: out, ...(meta ? { meta } : {}), names };
}

/** Best effort after a failed write: remove the half-written staging sheets, keep the rest. */
async function discardStaging(context: Excel.RequestContext, temp: Set<string>, setting: Ownership): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  for (const s of sheets.items) if (temp.has(s.name)) s.delete();
  context.workbook.settings.add(OWNERSHIP_SETTING, serializeOwnership(setting));
  await context.sync();
}

// ---------- commit ----------

/** Empties an owned sheet refreshed in place and copies the staged content into it. */
async function refreshInPlace(session: Session, w: Staged, h: Host): Promise<void> {
  const t = w.sheet;
  for (const table of t.tables.items) table.delete();
  for (const chart of t.charts.items) chart.delete();
  // a range clear is not documented to remove notes, and a cell cannot take a second one
  if (h.notesVia === "notes") for (const n of t.notes.items) n.delete();
  else if (h.notesVia === "comments") for (const n of t.comments.items) n.delete();
  const all = t.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear("All" as Excel.ClearApplyTo);
  all.columnHidden = false;
  all.rowHidden = false;
  t.freezePanes.unfreeze();
  const { rows, cols } = planExtent(w.plan);
  if (rows > 0 && cols > 0) t.getRangeByIndexes(0, 0, rows, cols).copyFrom(w.staged.getRangeByIndexes(0, 0, rows, cols), "All" as Excel.RangeCopyType);
  await writeLayout(session, t, w.plan, (n) => n, true);
  w.staged.delete();
  session.charge(CALL_BYTES * (14 + t.tables.items.length + t.charts.items.length));
}

async function commit(session: Session, placed: WorkbookPlan, staged: { sheets: Staged[]; meta?: Excel.Worksheet; names: StagingNames }, book: LoadedOwnership, h: Host): Promise<void> {
  const placement = placed.placement!;
  session.begin();
  for (const w of staged.sheets.filter((x) => x.inPlace)) await refreshInPlace(session, w, h);
  // Owned sheets that go: dropped roles, leftovers, and below 1.9 the ones being replaced.
  const going = new Set([...placement.remove, ...(h.inPlace ? [] : placement.sheets.flatMap((p) => (p.replaces !== undefined ? [p.replaces] : [])))]);
  for (const s of book.sheets.items) {
    if (!going.has(s.id)) continue;
    // Excel will not delete a very hidden sheet
    if (String(s.visibility) === "VeryHidden") s.visibility = "Visible" as Excel.SheetVisibility;
    s.delete();
  }
  const removeNames = new Set(placement.removeNames.map((n) => n.toLocaleLowerCase()));
  for (const n of book.names.items) if (removeNames.has(n.name.toLocaleLowerCase())) n.delete();
  for (const { plan: sp, sheet, inPlace } of staged.sheets) {
    if (inPlace) continue;
    sheet.name = sp.name;
    for (const t of sp.tables) sheet.tables.getItem(staged.names.table(t.name)).name = t.name;
  }
  placeInOrder(placement, staged.sheets, book);
  for (const n of placed.names) session.workbook.names.add(n.name, `=${n.ref}`);
  for (const w of staged.sheets) session.workbook.names.add(markerName(w.plan.key), `=${markerRef(w.plan.name)}`);
  session.charge(CALL_BYTES * (going.size + book.names.items.length + 5 * staged.sheets.length + placed.names.length) + jsonBytes(placed.names));

  // The ownership record: in the meta sheet, and in the add-in's settings.
  const meta = placement.meta.replaces !== undefined ? book.sheets.items.find((s) => s.id === placement.meta.replaces)! : staged.meta!;
  const ids = new Map<SheetKey, string>(staged.sheets.map((w) => [w.plan.key, w.sheet.id] as const));
  const record = ownershipRecord(placed, ids);
  const grid = metaGrid(record);
  if (placement.meta.replaces !== undefined) meta.getRange("A:F").clear();
  else meta.name = placement.meta.name;
  const metaRange = meta.getRangeByIndexes(0, 0, grid.length, META_COLS);
  metaRange.numberFormat = grid.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));
  metaRange.formulas = grid.map((row) => row.map((v) => formulaEntry({ v, text: true }))) as (string | number | boolean)[][];
  meta.visibility = "VeryHidden" as Excel.SheetVisibility;
  session.charge(CALL_BYTES * 6 + 2 * jsonBytes(grid));
  const nowOwned: Ownership = {
    version: 1,
    sheets: staged.sheets.map((w) => w.sheet.id),
    pending: [],
    tables: record.tables,
    names: record.names,
    roles: Object.fromEntries(staged.sheets.map((w) => [w.sheet.id, w.plan.key])),
    meta: meta.id,
    units: record.units ?? "old",
  };
  session.workbook.settings.add(OWNERSHIP_SETTING, serializeOwnership(nowOwned));
  await session.sync();
}

/** Our new sheets go where the placement says among the others (sheets refreshed in place stay). */
function placeInOrder(placement: Placement, staged: Staged[], book: LoadedOwnership): void {
  const going = new Set(placement.remove);
  let index = 0;
  for (const o of placement.order) {
    if ("user" in o) {
      if (!going.has(o.user) && book.sheets.items.some((s) => s.id === o.user)) index++;
      continue;
    }
    const w = staged.find((x) => x.plan.key === o.key);
    if (w && !w.inPlace) w.sheet.position = index;
    index++;
  }
}

// ---------- format ----------

/** One optional part of the write in a request of its own; a refusal is noted, never thrown. */
async function optional(session: Session, h: Host, feature: SkippedFeature, queue: () => Promise<void>): Promise<void> {
  try {
    session.begin();
    await queue();
    await session.sync();
  } catch {
    h.skipped.add(feature);
  }
}

/**
 * What decorates the committed sheets. Validations, conditional formats and the page layout can be
 * set twice without harm, so they share one request, and only if that request is refused is each
 * tried on its own to find which this Excel refuses. Charts and notes, which would be added twice,
 * each have a request of their own.
 */
async function format(session: Session, placed: WorkbookPlan, staged: { sheets: Staged[] }, h: Host): Promise<void> {
  const written = staged.sheets;
  const repeatable: [SkippedFeature, () => Promise<void>][] = [];
  if (!h.skipped.has("validations")) repeatable.push(["validations", async () => { for (const w of written) await addValidations(session, w.sheet, w.plan); }]);
  if (!h.skipped.has("conditionalFormats")) repeatable.push(["conditionalFormats", async () => { for (const w of written) await addConditionalFormats(session, w.sheet, w.plan, placed); }]);
  if (!h.skipped.has("pageLayout")) repeatable.push(["pageLayout", async () => { for (const w of written) if (w.plan.page) await writePage(session, w.sheet, w.plan.page); }]);
  const together = new Set<SkippedFeature>();
  await optional(session, { ...h, skipped: together }, "validations", async () => {
    for (const [, queue] of repeatable) await queue();
    if (written.length > 0) written[0]!.sheet.activate();
  });
  if (together.size) {
    for (const [feature, queue] of repeatable) await optional(session, h, feature, queue);
    if (written.length > 0) {
      written[0]!.sheet.activate();
      await session.sync().catch(() => undefined);
    }
  }
  if (written.some((w) => w.plan.charts.length)) await optional(session, h, "charts", async () => {
    for (const w of written) await addCharts(session, w, written);
  });
  const notes = written.some((w) => w.plan.blocks.some((b) => b.cells.some((row) => row.some((c) => c?.note))));
  if (notes && h.notesVia) await optional(session, h, "notes", async () => {
    for (const { plan: sp, sheet } of written) await addNotes(session, sheet, sp, h.notesVia!);
  });
}

async function addValidations(session: Session, sheet: Excel.Worksheet, sp: SheetPlan): Promise<void> {
  for (const v of sp.validations) {
    await session.spend(CALL_BYTES * 4 + jsonBytes(v));
    const dv = sheet.getRange(v.ref).dataValidation;
    const source = v.list ? v.list.join(",") : `=${v.listFormula ?? ""}`;
    dv.rule = { list: { inCellDropDown: true, source } };
    if (v.prompt) dv.prompt = { showPrompt: true, message: v.prompt, title: "" };
  }
}

async function addConditionalFormats(session: Session, sheet: Excel.Worksheet, sp: SheetPlan, plan: WorkbookPlan): Promise<void> {
  for (const cf of sp.conditionalFormats) {
    for (const rule of cf.rules) {
      await session.spend(CALL_BYTES * 8 + jsonBytes(rule));
      const added = sheet.getRange(cf.ref).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      added.custom.rule.formula = `=${rule.formula}`;
      const style = plan.styles[rule.style] ?? {};
      if (style.color) added.custom.format.font.color = `#${style.color}`;
      if (style.bold !== undefined) added.custom.format.font.bold = style.bold;
      if (style.italic !== undefined) added.custom.format.font.italic = style.italic;
      if (style.fill) added.custom.format.fill.color = `#${style.fill}`;
    }
  }
}

async function addCharts(session: Session, w: Staged, written: Staged[]): Promise<void> {
  const { plan: sp, sheet } = w;
  for (const ch of sp.charts) {
    if (ch.series.length === 0) continue;
    await session.spend(CALL_BYTES * (10 + 5 * ch.series.length) + jsonBytes(ch));
    const rangeOf = (ref: string) => {
      const { sheet: name, address } = splitSheetRef(ref);
      const into = written.find((x) => x.plan.name === name)?.sheet;
      // Charts may only point into sheets this write created.
      if (!into) throw new PlanError(`chart "${ch.title}" refers to sheet "${name}" that the plan does not create`);
      return into.getRange(address);
    };
    const categories = rangeOf(ch.categoriesRef);
    const chart = sheet.charts.add("ColumnClustered" as Excel.ChartType, rangeOf(ch.series[0]!.valuesRef), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = ch.title;
    const first = chart.series.getItemAt(0);
    first.name = ch.series[0]!.name;
    first.setXAxisValues(categories);
    for (const s of ch.series.slice(1)) {
      const added = chart.series.add(s.name);
      added.setValues(rangeOf(s.valuesRef));
      added.setXAxisValues(categories);
    }
    const a = ch.anchor;
    chart.setPosition(
      sheet.getRangeByIndexes(a.row, a.col, 1, 1),
      sheet.getRangeByIndexes(a.row + Math.max(a.rows, 1) - 1, a.col + Math.max(a.cols, 1) - 1, 1, 1),
    );
  }
}

async function addNotes(session: Session, sheet: Excel.Worksheet, sp: SheetPlan, via: "notes" | "comments"): Promise<void> {
  for (const b of sp.blocks) {
    for (let r = 0; r < b.cells.length; r++) {
      for (let c = 0; c < b.cells[r]!.length; c++) {
        const note = b.cells[r]![c]?.note;
        if (!note) continue;
        await session.spend(CALL_BYTES * 3 + jsonBytes(note));
        const cell = sheet.getRangeByIndexes(b.row + r, b.col + c, 1, 1);
        if (via === "notes") sheet.notes.add(cell, note);
        else session.workbook.comments.add(cell, note);
      }
    }
  }
}
