// Applies a WorkbookPlan with exceljs. Mechanical on purpose: every content decision is in the
// plan (src/core/workbook), so this writer and the office-js one produce the same book.
import ExcelJS from "exceljs";
import { FUTURE_FUNCTIONS, type Block, type Cell, type CellStyle, type SheetPlan, type WorkbookPlan } from "../../core/workbook/plan";

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

export async function writePlanToBuffer(plan: WorkbookPlan): Promise<Buffer> {
  const wb = planToWorkbook(plan);
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export async function writePlanToFile(plan: WorkbookPlan, file: string): Promise<void> {
  await planToWorkbook(plan).xlsx.writeFile(file);
}

export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  // No cached results are written, so Excel must compute every formula when the file opens.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) writeSheet(wb, sheet, plan);
  for (const n of plan.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

function writeSheet(wb: ExcelJS.Workbook, sp: SheetPlan, plan: WorkbookPlan): void {
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
  for (const ch of sp.charts) {
    const cell = ws.getCell(ch.anchor.row + 1, ch.anchor.col + 1);
    cell.value = ch.fallbackNote;
    cell.font = { italic: true, color: { argb: "FF595959" } };
    cell.alignment = { wrapText: true, vertical: "top" };
  }
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
    }),
  );
}

function isEmpty(c: Cell): boolean {
  return c.v === undefined && c.f === undefined && !c.fmt && !c.s;
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
