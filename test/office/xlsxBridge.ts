// Moves a workbook between exceljs and the fake Excel, the way a user moves a file between the
// CLI and Excel: sheets (order, visibility), cells (values, formulas, number formats), tables
// and workbook names. Sheet ids do not travel — exceljs numbers sheets in the file, Excel gives
// them its own ids — which is exactly what ownership must survive.
import ExcelJS from "exceljs";
import { writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { emptyWorkbook, newSheet, type FakeWorkbookModel } from "./fakeExcel";

export function fakeFromXlsx(wb: ExcelJS.Workbook): FakeWorkbookModel {
  const model = emptyWorkbook();
  for (const ws of wb.worksheets) {
    const s = newSheet(ws.name);
    if (ws.state === "veryHidden") s.visibility = "VeryHidden";
    else if (ws.state === "hidden") s.visibility = "Hidden";
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        const numberFormat = cell.numFmt || undefined;
        if (v && typeof v === "object" && "formula" in v) s.cells.set(cell.address, { formula: String(v.formula).replace(/_xlfn\./g, ""), numberFormat });
        else if (v && typeof v === "object" && "richText" in v) s.cells.set(cell.address, { value: v.richText.map((t) => t.text).join(""), numberFormat });
        else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") s.cells.set(cell.address, { value: v, numberFormat });
      }),
    );
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref: string } }[]) {
      s.tables.push({ name: t.table.name, ref: t.table.tableRef ?? t.table.ref });
    }
    model.sheets.push(s);
  }
  for (const n of wb.definedNames.model) model.names.set(n.name, n.ranges.join(","));
  return model;
}

/** Tables are left out: exceljs rebuilds a table from its cells only when it writes it itself. */
export async function xlsxFromFake(model: FakeWorkbookModel): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === "VeryHidden" ? "veryHidden" : s.visibility === "Hidden" ? "hidden" : "visible" });
    for (const [a, c] of s.cells) {
      const cell = ws.getCell(a);
      if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
      else if (c.value !== undefined) cell.value = c.value;
      if (c.numberFormat && c.numberFormat !== "General") cell.numFmt = c.numberFormat;
    }
  }
  for (const [name, ref] of model.names) if (!ref.includes("#REF!")) wb.definedNames.add(ref, name);
  // through a file, so that sheet ids are what a reader of that file sees
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

export async function reloadXlsx(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

/** A plan written by the CLI's writer, loaded back with exceljs (a new book, or `base` refreshed). */
export async function xlsxOfPlan(plan: WorkbookPlan, base?: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writePlanToBuffer(plan, base)) as unknown as ArrayBuffer);
  return wb;
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
