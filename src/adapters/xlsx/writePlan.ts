// Applies a WorkbookPlan with exceljs. Mechanical on purpose: every content decision is in the
// plan (src/core/workbook), so this writer and the office-js one produce the same book.
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { FUTURE_FUNCTIONS, type Block, type Cell, type CellStyle, type SheetPlan, type WorkbookPlan } from "../../core/workbook/plan";
import { freeSheetName, renameSheetsInPlan } from "../../core/workbook/renameSheets";
import { readOwnership, writeOwnership, type XlsxOwnership } from "./ownership";
import { bookToBuffer } from "./writeBookFile";

const FUTURE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");

/** Plan formulas are UI syntax; the file format wants post-2007 functions as "_xlfn.NAME". */
export function toFileFormula(f: string): string {
  // split on string literals so text such as "AGGREGATE(" inside quotes stays as written
  return f
    .replace(/^=/, "")
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(FUTURE, "_xlfn.$1(")))
    .join("");
}

export interface ApplyOptions {
  /**
   * The caller adds the plan's charts to the written package (addChartsToXlsx), so the anchor
   * cells stay empty instead of carrying the fallback note.
   */
  nativeCharts?: boolean;
}

/** The book as .xlsx bytes, charts drawn natively. */
export async function writePlanToBuffer(plan: WorkbookPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  const written = applyPlanToWorkbook(wb, plan, readOwnership(wb), { nativeCharts: true });
  return bookToBuffer(wb, written);
}

export async function writePlanToFile(plan: WorkbookPlan, file: string): Promise<void> {
  await writeFile(file, await writePlanToBuffer(plan));
}

/** The exceljs workbook alone: it cannot hold charts, so their anchors get the fallback note. */
export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  applyPlanToWorkbook(wb, plan);
  return wb;
}

export class BookConflictError extends Error {
  override name = "BookConflictError";
}


/**
 * Writes the plan into `wb`, which may already hold a book written earlier: the sheets and
 * names the book's metadata says are ours are replaced (keeping the names the user gave them
 * and their places among the sheets); every other sheet and name stays exactly as loaded.
 * Returns the plan as written: its sheets under the names they got in this book, which is what
 * addChartsToXlsx must be given.
 */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WorkbookPlan, owned: XlsxOwnership = readOwnership(wb), opts: ApplyOptions = {}): WorkbookPlan {
  // No cached results are written, so Excel must compute every formula when the file opens.
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  const ownedSheets = new Set([...owned.sheets.values()]);
  const userSheets = wb.worksheets.filter((ws) => !ownedSheets.has(ws) && ws !== owned.meta);
  const taken = new Set(userSheets.map((ws) => ws.name.toLocaleLowerCase()));
  const renames = new Map<string, string>();
  for (const sp of plan.sheets) {
    const current = owned.sheets.get(sp.key)?.name;
    const name = current && !taken.has(current.toLocaleLowerCase()) ? current : freeSheetName(sp.name, taken);
    taken.add(name.toLocaleLowerCase());
    if (name !== sp.name) renames.set(sp.name, name);
  }
  const finalPlan = renameSheetsInPlan(plan, renames);

  const names = (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap;
  const ownedNames = new Set(owned.names);
  for (const n of finalPlan.names) {
    if (names[n.name] && !ownedNames.has(n.name)) {
      throw new BookConflictError(`the workbook already has a name "${n.name}" that Chỉ tiêu did not create; rename or delete it and build again`);
    }
  }
  for (const n of ownedNames) delete names[n];

  // exceljs orders sheets by orderNo but leaves it out of its typings
  const order = (ws: ExcelJS.Worksheet) => ws as unknown as { orderNo: number };
  const slots = [...ownedSheets].map((ws) => order(ws).orderNo).sort((a, b) => a - b);
  for (const ws of ownedSheets) wb.removeWorksheet(ws.id);
  const written: [SheetPlan, ExcelJS.Worksheet][] = [];
  let next = Math.max(0, ...wb.worksheets.map((ws) => order(ws).orderNo)) + 1;
  finalPlan.sheets.forEach((sp, i) => {
    const ws = writeSheet(wb, sp, finalPlan, opts);
    // our sheets go back where they were among the user's
    order(ws).orderNo = slots[i] ?? next++;
    written.push([sp, ws]);
  });
  for (const n of finalPlan.names) wb.definedNames.add(n.ref, n.name);
  writeOwnership(wb, owned.meta, {
    version: plan.meta?.version ?? 1,
    units: plan.meta?.units ?? "old",
    lang: plan.lang,
    sheets: written,
    names: finalPlan.names.map((n) => n.name),
    tables: finalPlan.sheets.flatMap((s) => s.tables.map((t) => t.name)),
  });
  return finalPlan;
}

function writeSheet(wb: ExcelJS.Workbook, sp: SheetPlan, plan: WorkbookPlan, opts: ApplyOptions): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sp.name, {
    views: sp.freeze ? [{ state: "frozen", xSplit: sp.freeze.cols, ySplit: sp.freeze.rows }] : undefined,
  });
  for (const c of sp.columns) {
    const col = ws.getColumn(c.index + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  }
  for (const b of sp.blocks) writeBlock(ws, b, plan);

  // Tables re-store their own cells, so they are given exactly what the blocks already hold.
  for (const t of sp.tables) {
    const [tl, br] = t.ref.split(":") as [string, string];
    const top = ws.getCell(tl);
    const bottom = ws.getCell(br);
    const r1 = Number(top.row), c1 = Number(top.col), r2 = Number(bottom.row), c2 = Number(bottom.col);
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let c = c1; c <= c2; c++) columns.push({ name: String(ws.getCell(r1, c).value ?? `Column${c}`), filterButton: true });
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = r1 + 1; r <= r2; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = c1; c <= c2; c++) row.push(ws.getCell(r, c).value);
      rows.push(row);
    }
    ws.addTable({ name: t.name, displayName: t.name, ref: tl, headerRow: true, style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true }, columns, rows });
  }

  for (const v of sp.validations) {
    const formulae = v.listFormula ? [v.listFormula] : [`"${(v.list ?? []).join(",")}"`];
    // exceljs keys validations by single cell and merges them back into ranges when writing.
    forEachCell(ws, v.ref, (address) => {
      ws.getCell(address).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae,
        showErrorMessage: true,
        ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
      };
    });
  }

  let priority = 1;
  for (const cf of sp.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: cf.rules.map((r) => ({
        type: "expression" as const,
        priority: priority++,
        formulae: [r.formula],
        style: dxfStyle(plan.styles[r.style] ?? {}),
      })),
    });
  }

  // exceljs cannot write charts; the plan carries a note for exactly this case.
  for (const ch of opts.nativeCharts ? [] : sp.charts) {
    const cell = ws.getCell(ch.anchor.row + 1, ch.anchor.col + 1);
    cell.value = ch.fallbackNote;
    cell.font = { italic: true, color: { argb: "FF595959" } };
    cell.alignment = { wrapText: true, vertical: "top" };
  }
  return ws;
}

function writeBlock(ws: ExcelJS.Worksheet, b: Block, plan: WorkbookPlan): void {
  b.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (isEmpty(cell)) return;
      const xc = ws.getCell(b.row + i + 1, b.col + j + 1);
      xc.value = cellValue(cell);
      if (cell.fmt) xc.numFmt = cell.fmt;
      else if (cell.text) xc.numFmt = "@";
      if (cell.s) applyStyle(xc, plan.styles[cell.s] ?? {});
      if (cell.note) xc.note = cell.note;
    }),
  );
}

function isEmpty(c: Cell): boolean {
  return c.v === undefined && c.f === undefined && !c.fmt && !c.s && !c.note;
}

/** Strings go in as strings: exceljs only writes a formula for {formula}, never for "=…" text. */
function cellValue(c: Cell): ExcelJS.CellValue {
  if (c.f !== undefined) return { formula: toFileFormula(c.f) } as ExcelJS.CellFormulaValue;
  if (c.v === undefined || c.v === null) return null;
  return c.v;
}

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function applyStyle(xc: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold || s.italic || s.color || s.fontSize) {
    xc.font = {
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.color ? { color: { argb: argb(s.color) } } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
    };
  }
  if (s.fill) xc.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap || s.align) {
    xc.alignment = { ...(s.wrap ? { wrapText: true } : {}), ...(s.align ? { horizontal: s.align } : {}), vertical: "top" };
  }
}

function dxfStyle(s: CellStyle): Partial<ExcelJS.Style> {
  return {
    ...(s.bold || s.italic || s.color
      ? { font: { ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}), ...(s.color ? { color: { argb: argb(s.color) } } : {}) } }
      : {}),
    // Differential fills take the colour from bgColor, unlike cell fills.
    ...(s.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } } as ExcelJS.Fill } : {}),
  };
}

function forEachCell(ws: ExcelJS.Worksheet, ref: string, fn: (address: string) => void): void {
  const [a, b = a] = ref.split(":") as [string, string?];
  const tl = ws.getCell(a);
  const br = ws.getCell(b!);
  for (let r = Number(tl.row); r <= Number(br.row); r++) {
    for (let c = Number(tl.col); c <= Number(br.col); c++) fn(ws.getCell(r, c).address);
  }
}
