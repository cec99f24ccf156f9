// The office-js writer: the only module that calls Excel.run. It applies a WorkbookPlan in a
// fixed number of round trips (read state, stage, commit) however many facts the plan holds,
// splits writes under Excel on the web's 5 MB request limit, and touches only sheets it owns.
//
// Safety: all new content is first staged in freshly added sheets with temporary names. Only
// when every staged write has succeeded is anything old touched: an owned sheet the plan writes
// again is cleared and receives the staged range by Range.copyFrom (ExcelApi 1.9), so the
// sheet itself — and every formula of the user's that points at it — survives; new roles'
// sheets are renamed into place (Excel rewrites references to the temporary names itself); the
// staging sheets go. Below 1.9 the old owned sheets are deleted and replaced instead, which
// breaks the user's references to them; the summary says so. A failure while staging deletes
// the staging sheets and leaves the old data as it was.
import type { WorkbookPlan, SheetPlan, CellStyle, SheetKey } from "../../core/workbook/plan";
import { META_COLS, META_SHEET_NAME, headerProbe, markerName, markerRef, metaGrid } from "../../core/workbook/metaSheet";
import { freeSheetName, renameSheetsInPlan, splitSheetRef } from "../../core/workbook/renameSheets";
import { chunkBlock, formulaEntry, jsonBytes } from "./cellEntries";
import { loadOwnership } from "./loadOwnership";
import { OWNERSHIP_SETTING, serializeOwnership, type Ownership } from "./ownership";
import { styleRects } from "./styleRects";
import { summarizePlan, type ApplySummary } from "./summary";
import { validatePlan, PlanError } from "./validatePlan";

export type { ApplySummary } from "./summary";
export { PlanError } from "./validatePlan";

/**
 * Features that need a newer Excel than the manifest's minimum (ExcelApi 1.7).
 * "inPlaceRefresh": owned sheets were replaced, not refreshed in place, so formulas in the
 * user's own sheets that pointed at them now show #REF! and may need repair.
 */
export type SkippedFeature = "validations" | "conditionalFormats" | "notes" | "inPlaceRefresh";

interface Written {
  plan: SheetPlan;
  /** The sheet that holds the content once committed. */
  sheet: Excel.Worksheet;
  /** Where the content was staged; the same as `sheet` unless refreshed in place. */
  staged: Excel.Worksheet;
  inPlace: boolean;
}

/** Rows and columns from A1 that the plan's blocks cover. */
function planExtent(sp: SheetPlan): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const b of sp.blocks) {
    rows = Math.max(rows, b.row + b.cells.length);
    cols = Math.max(cols, b.col + b.cells.reduce((n, r) => Math.max(n, r.length), 0));
  }
  return { rows, cols };
}

function withProbe(sp: SheetPlan): { probe?: { ref: string; text: string } } {
  const probe = headerProbe(sp);
  return probe ? { probe } : {};
}

export interface ApplyOptions {
  /** Defaults to Excel.run; tests and the bench pass a fake. */
  run?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: (name: string, minVersion: string) => boolean;
  /** Budget per request; Excel on the web rejects requests above 5 MB. */
  maxRequestBytes?: number;
}

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
/** Rough cost of one API call in the request (action, object path, ids), besides the arrays it carries. */
const CALL_BYTES = 160;

export class WorkbookConflictError extends Error {
  override name = "WorkbookConflictError";
}

function defaultRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

function defaultIsSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

/** Excel column width: character units to points (Calibri 11: 7 px per digit plus 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = style.align === "left" ? "Left" : style.align === "center" ? "Center" : "Right";
}


export async function applyPlan(plan: WorkbookPlan, options: ApplyOptions = {}): Promise<ApplySummary> {
  validatePlan(plan);
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
  const supports = (v: string) => isSetSupported("ExcelApi", v);
  if (!supports("1.7")) throw new PlanError("this version of Excel is too old for the add-in (it needs ExcelApi 1.7, Excel 2016 or later)");
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const run = options.run ?? defaultRun;
  const skipped = new Set<SkippedFeature>();
  if (!supports("1.8")) skipped.add("validations");
  if (!supports("1.6")) skipped.add("conditionalFormats");
  // Notes (1.18) are what the .xlsx writer makes; threaded comments (1.10) carry the same text.
  const notesVia = supports("1.18") ? "notes" : supports("1.10") ? "comments" : null;
  const hasNotes = plan.sheets.some((sp) => sp.blocks.some((b) => b.cells.some((row) => row.some((c) => c?.note))));
  if (!notesVia && hasNotes) skipped.add("notes");
  const inPlace = supports("1.9");

  return run(async (context) => {
    let syncs = 0;
    let batchBytes = 0;
    const wb = context.workbook;
    const beginBatch = () => {
      batchBytes = 0;
      // Formulas reference whole columns of the data sheet; recalculating after every chunk
      // would cost more than the write itself.
      if (supports("1.6")) wb.application.suspendApiCalculationUntilNextSync();
      if (supports("1.9")) wb.application.suspendScreenUpdatingUntilNextSync();
    };
    const sync = async () => {
      await context.sync();
      syncs++;
    };
    /** Accounts for `bytes` more in the pending request, sending it first if it would overflow. */
    const spend = async (bytes: number) => {
      if (batchBytes > 0 && batchBytes + bytes > maxBytes) {
        await sync();
        beginBatch();
      }
      batchBytes += bytes;
    };

    /** Column widths, freeze panes and tables: what a range copy does not carry. */
    const layOut = async (ws: Excel.Worksheet, sp: SheetPlan, tableName: (n: string) => string, charge: (bytes: number) => Promise<void>) => {
      for (const col of sp.columns) {
        await charge(CALL_BYTES * 4);
        const column = ws.getRangeByIndexes(0, col.index, 1, 1).getEntireColumn();
        column.format.columnWidth = widthToPoints(col.width);
        if (col.hidden) column.columnHidden = true;
      }
      if (sp.freeze && (sp.freeze.rows > 0 || sp.freeze.cols > 0)) {
        await charge(CALL_BYTES * 2);
        const { rows, cols } = sp.freeze;
        if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
        else if (rows > 0) ws.freezePanes.freezeRows(rows);
        else ws.freezePanes.freezeColumns(cols);
      }
      for (const t of sp.tables) {
        await charge(CALL_BYTES * 4);
        const table = ws.tables.add(ws.getRange(t.ref), true);
        table.name = tableName(t.name);
        table.style = t.style;
      }
    };
    const addNotes = async (ws: Excel.Worksheet, sp: SheetPlan) => {
      if (!notesVia) return;
      for (const b of sp.blocks) {
        for (let r = 0; r < b.cells.length; r++) {
          for (let c = 0; c < b.cells[r].length; c++) {
            const note = b.cells[r][c]?.note;
            if (!note) continue;
            await spend(CALL_BYTES * 3 + jsonBytes(note));
            const cell = ws.getRangeByIndexes(b.row + r, b.col + c, 1, 1);
            if (notesVia === "notes") ws.notes.add(cell, note);
            else wb.comments.add(cell, note);
          }
        }
      }
    };

    // Round trips 1 (and 2 when the book has very hidden sheets): what the workbook holds and
    // what of it is ours.
    const tables = wb.tables;
    const { sheets, names, owned } = await loadOwnership(context, sync, {
      first: () => void tables.load("items/name"),
    });

    const ownedIds = new Set(owned.sheets);
    const pendingNames = new Set(owned.pending);
    const metaSheet = owned.meta ? sheets.items.find((s) => s.id === owned.meta) : undefined;
    const oldOwnedSheets = sheets.items.filter((s) => s !== metaSheet && (ownedIds.has(s.id) || (pendingNames.has(s.name) && s.name.startsWith("CT~"))));
    const oldOwnedIds = new Set(oldOwnedSheets.map((s) => s.id));
    const userSheets = sheets.items.filter((s) => !oldOwnedIds.has(s.id) && s !== metaSheet);
    const userSheetNames = new Set(userSheets.map((s) => s.name.toLocaleLowerCase()));
    const ownedByRole = new Map<SheetKey, Excel.Worksheet>();
    for (const s of oldOwnedSheets) {
      const key = owned.roles[s.id];
      if (key && !ownedByRole.has(key)) ownedByRole.set(key, s);
    }
    const existingNames = new Set(names.items.map((n) => n.name.toLocaleLowerCase()));
    const existingTables = new Set(tables.items.map((t) => t.name.toLocaleLowerCase()));
    const ownedNames = new Set(owned.names.map((n) => n.toLocaleLowerCase()));
    const ownedTables = new Set(owned.tables.map((n) => n.toLocaleLowerCase()));

    for (const n of plan.names) {
      const k = n.name.toLocaleLowerCase();
      if (existingNames.has(k) && !ownedNames.has(k)) {
        throw new WorkbookConflictError(`the workbook already has a name "${n.name}" that the add-in did not create; rename or delete it and write again`);
      }
    }
    for (const t of plan.sheets.flatMap((s) => s.tables)) {
      const k = t.name.toLocaleLowerCase();
      if (existingTables.has(k) && !ownedTables.has(k)) {
        throw new WorkbookConflictError(`the workbook already has a table "${t.name}" that the add-in did not create; rename or delete it and write again`);
      }
    }

    // An owned sheet that the plan writes again is refreshed in place when Excel can copy
    // ranges (1.9): the sheet object survives, so the user's formulas that point at it keep
    // working. Older Excel replaces it, which turns those formulas into #REF!.
    const targets = new Map<SheetKey, Excel.Worksheet>();
    if (inPlace) for (const sp of plan.sheets) if (ownedByRole.has(sp.key)) targets.set(sp.key, ownedByRole.get(sp.key)!);
    if (!inPlace && plan.sheets.some((sp) => ownedByRole.has(sp.key))) skipped.add("inPlaceRefresh");

    // Our sheet keeps the name the user gave it; a user's sheet keeps its name and ours moves
    // aside ("Dữ liệu (2)"); formulas follow. Sheets refreshed in place are named first: they
    // cannot move aside.
    const finalNames = new Map<string, string>();
    const taken = new Set(userSheetNames);
    for (const s of [...plan.sheets].sort((a, b) => Number(targets.has(b.key)) - Number(targets.has(a.key)))) {
      const current = ownedByRole.get(s.key)?.name;
      const name = current && !taken.has(current.toLocaleLowerCase()) ? current : freeSheetName(s.name, taken);
      taken.add(name.toLocaleLowerCase());
      if (name !== s.name) finalNames.set(s.name, name);
    }
    const finalPlan = renameSheetsInPlan(plan, finalNames);

    // Everything is staged in sheets under temporary names. Formulas in the staged content
    // speak of a sheet refreshed in place by its own (final) name — it is that very sheet that
    // will hold them — and of a new sheet by its temporary name, which Excel rewrites when the
    // sheet is renamed into place.
    const stamp = Math.random().toString(36).slice(2, 7);
    const allNames = new Set(sheets.items.map((s) => s.name.toLocaleLowerCase()));
    const tempNames = new Map<string, string>();
    finalPlan.sheets.forEach((s, i) => tempNames.set(s.name, freeSheetName(`CT~${stamp}${i}`, allNames)));
    const refRenames = new Map([...tempNames].filter(([name]) => !targets.has(finalPlan.sheets.find((s) => s.name === name)!.key)));
    const stagePlan = renameSheetsInPlan(finalPlan, refRenames);
    const tempTable = (name: string) => `CTtmp_${stamp}_${name}`.slice(0, 250);

    // Round trips 2..n: stage everything. Nothing old is touched yet.
    const written: Written[] = [];
    const tempMetaName = freeSheetName(`CT~${stamp}m`, allNames);
    let newMeta: Excel.Worksheet | undefined;
    try {
      beginBatch();
      const pending: Ownership = { ...owned, pending: [...owned.pending, ...tempNames.values(), ...(metaSheet ? [] : [tempMetaName])] };
      wb.settings.add(OWNERSHIP_SETTING, serializeOwnership(pending));
      for (const target of targets.values()) {
        target.tables.load("items/name");
        target.charts.load("items/name");
        if (notesVia === "notes") target.notes.load("items");
        else if (notesVia === "comments") target.comments.load("items");
      }
      for (let i = 0; i < stagePlan.sheets.length; i++) {
        const sp = stagePlan.sheets[i];
        const final = finalPlan.sheets[i];
        const target = targets.get(sp.key);
        await spend(CALL_BYTES * 2);
        const ws = sheets.add(tempNames.get(final.name)!);
        ws.load("id");
        written.push({ plan: final, sheet: target ?? ws, staged: ws, inPlace: !!target });
        for (const block of sp.blocks) {
          for (const chunk of chunkBlock(block, maxBytes - 3 * CALL_BYTES)) {
            await spend(chunk.bytes + 3 * CALL_BYTES);
            const range = ws.getRangeByIndexes(chunk.row, chunk.col, chunk.formulas.length, chunk.formulas[0].length);
            if (chunk.numberFormat) range.numberFormat = chunk.numberFormat as string[][];
            range.formulas = chunk.formulas as (string | number | boolean)[][];
          }
        }
        for (const rect of styleRects(sp.blocks)) {
          await spend(CALL_BYTES * (2 + Object.keys(plan.styles[rect.style]).length));
          applyStyle(ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).format, plan.styles[rect.style]);
        }
        // what a range copy does not carry is set on the final sheet, in the commit
        if (!target) {
          await addNotes(ws, sp);
          await layOut(ws, sp, tempTable, spend);
        }
      }
      if (!metaSheet) {
        // under a temporary name until the commit, so a failed write leaves nothing that looks ours
        await spend(CALL_BYTES * 2);
        newMeta = sheets.add(tempMetaName);
        newMeta.load("id");
      }
      await sync();
    } catch (err) {
      await discardTemporarySheets(context, new Set([...tempNames.values(), tempMetaName]), owned).catch(() => undefined);
      throw err;
    }

    // Last round trip: commit. Staged content goes into the sheets refreshed in place, replaced
    // sheets go, new ones take their names, then the parts that refer to sheets by their final
    // names (defined names and markers, validations, formats, charts).
    beginBatch();
    for (const w of written.filter((x) => x.inPlace)) {
      const t = w.sheet;
      for (const table of t.tables.items) table.delete();
      for (const chart of t.charts.items) chart.delete();
      // a range clear is not documented to remove notes, and a cell cannot take a second one
      if (notesVia === "notes") for (const n of t.notes.items) n.delete();
      else if (notesVia === "comments") for (const n of t.comments.items) n.delete();
      const all = t.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("All" as Excel.ClearApplyTo);
      all.columnHidden = false;
      t.freezePanes.unfreeze();
      const { rows, cols } = planExtent(w.plan);
      if (rows > 0 && cols > 0) t.getRangeByIndexes(0, 0, rows, cols).copyFrom(w.staged.getRangeByIndexes(0, 0, rows, cols), "All" as Excel.RangeCopyType);
      await layOut(t, w.plan, (n) => n, async (bytes) => void (batchBytes += bytes));
      w.staged.delete();
      batchBytes += CALL_BYTES * (12 + t.tables.items.length + t.charts.items.length);
    }
    const stays = new Set(written.filter((w) => w.inPlace).map((w) => w.sheet));
    for (const s of oldOwnedSheets) {
      if (stays.has(s)) continue;
      // Excel will not delete a very hidden sheet
      if (String(s.visibility) === "VeryHidden") s.visibility = "Visible" as Excel.SheetVisibility;
      s.delete();
    }
    for (const n of names.items) if (ownedNames.has(n.name.toLocaleLowerCase())) n.delete();
    for (const { plan: sp, sheet } of written.filter((w) => !w.inPlace)) {
      sheet.name = sp.name;
      for (const t of sp.tables) sheet.tables.getItem(tempTable(t.name)).name = t.name;
    }
    // Our sheets go back where they were among the user's; new roles go after them.
    const order: (Excel.Worksheet | SheetPlan)[] = [];
    for (const s of [...sheets.items].sort((a, b) => a.position - b.position)) {
      if (!oldOwnedIds.has(s.id)) order.push(s);
      else {
        const key = owned.roles[s.id];
        const sp = key && ownedByRole.get(key) === s ? written.find((w) => w.plan.key === key)?.plan : undefined;
        if (sp) order.push(sp);
      }
    }
    for (const w of written) if (!order.includes(w.plan)) order.push(w.plan);
    order.forEach((x, i) => {
      const w = written.find((y) => y.plan === x);
      if (w && !w.inPlace) w.sheet.position = i;
    });
    for (const n of finalPlan.names) wb.names.add(n.name, `=${n.ref}`);
    for (const w of written) wb.names.add(markerName(w.plan.key), `=${markerRef(w.plan.name)}`);
    batchBytes += CALL_BYTES * (oldOwnedSheets.length + names.items.length + 5 * written.length + finalPlan.names.length) + jsonBytes(finalPlan.names);
    const meta = metaSheet ?? newMeta!;
    const markers = written.map((w) => markerName(w.plan.key));
    const record = {
      version: plan.meta?.version ?? 1,
      units: plan.meta?.units ?? "old",
      lang: plan.lang,
      sheets: written.map((w) => ({ id: w.sheet.id, key: w.plan.key, name: w.plan.name, ...withProbe(w.plan) })),
      names: [...finalPlan.names.map((n) => n.name), ...markers],
      tables: finalPlan.sheets.flatMap((s) => s.tables.map((t) => t.name)),
    };
    const grid = metaGrid(record);
    if (metaSheet) metaSheet.getRange("A:F").clear();
    else {
      newMeta!.name = freeSheetName(META_SHEET_NAME, new Set([...userSheetNames, ...finalPlan.sheets.map((sp) => sp.name.toLocaleLowerCase())]));
    }
    const metaRange = meta.getRangeByIndexes(0, 0, grid.length, META_COLS);
    metaRange.numberFormat = grid.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));
    metaRange.formulas = grid.map((row) => row.map((v) => formulaEntry({ v, text: true }))) as (string | number | boolean)[][];
    meta.visibility = "VeryHidden" as Excel.SheetVisibility;
    batchBytes += CALL_BYTES * 6 + 2 * jsonBytes(grid);
    const nowOwned: Ownership = {
      version: 1,
      sheets: written.map((w) => w.sheet.id),
      pending: [],
      tables: record.tables,
      names: record.names,
      roles: Object.fromEntries(written.map((w) => [w.sheet.id, w.plan.key])),
      meta: meta.id,
      units: record.units,
    };
    wb.settings.add(OWNERSHIP_SETTING, serializeOwnership(nowOwned));
    // From here on the data is in place; what follows only decorates the final sheets, so it
    // may take more than one request if it is big.
    for (const { plan: sp, sheet, inPlace: refreshed } of written) {
      if (refreshed) await addNotes(sheet, sp);
      if (!skipped.has("validations")) {
        for (const v of sp.validations) {
          await spend(CALL_BYTES * 4 + jsonBytes(v));
          const dv = sheet.getRange(v.ref).dataValidation;
          const source = v.list ? v.list.join(",") : `=${v.listFormula ?? ""}`;
          dv.rule = { list: { inCellDropDown: true, source } };
          if (v.prompt) dv.prompt = { showPrompt: true, message: v.prompt, title: "" };
        }
      }
      if (!skipped.has("conditionalFormats")) {
        for (const cf of sp.conditionalFormats) {
          for (const rule of cf.rules) {
            await spend(CALL_BYTES * 8 + jsonBytes(rule));
            const added = sheet.getRange(cf.ref).conditionalFormats.add("Custom");
            added.custom.rule.formula = `=${rule.formula}`;
            const style = plan.styles[rule.style] ?? {};
            if (style.color) added.custom.format.font.color = `#${style.color}`;
            if (style.bold !== undefined) added.custom.format.font.bold = style.bold;
            if (style.italic !== undefined) added.custom.format.font.italic = style.italic;
            if (style.fill) added.custom.format.fill.color = `#${style.fill}`;
          }
        }
      }
      for (const ch of sp.charts) {
        if (ch.series.length === 0) continue;
        await spend(CALL_BYTES * (10 + 5 * ch.series.length) + jsonBytes(ch));
        const rangeOf = (ref: string) => {
          const { sheet: name, address } = splitSheetRef(ref);
          const target = written.find((w) => w.plan.name === name)?.sheet;
          // Charts may only point into sheets this write created.
          if (!target) throw new PlanError(`chart "${ch.title}" refers to sheet "${name}" that the plan does not create`);
          return target.getRange(address);
        };
        const categories = rangeOf(ch.categoriesRef);
        const chart = sheet.charts.add("ColumnClustered", rangeOf(ch.series[0].valuesRef), "Columns");
        chart.title.text = ch.title;
        const first = chart.series.getItemAt(0);
        first.name = ch.series[0].name;
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
    if (written.length > 0) written[0].sheet.activate();
    await sync();

    const summary = summarizePlan(finalPlan);
    return { ...summary, skipped: [...skipped], syncs };
  });
}

/** Best effort after a failed write: remove the half-written temporary sheets, keep the rest. */
async function discardTemporarySheets(context: Excel.RequestContext, temp: Set<string>, owned: Ownership): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  for (const s of sheets.items) if (temp.has(s.name)) s.delete();
  context.workbook.settings.add(OWNERSHIP_SETTING, serializeOwnership(owned));
  await context.sync();
}
