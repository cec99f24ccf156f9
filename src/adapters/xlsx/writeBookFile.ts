// Writing a finished exceljs workbook to disk with the plan's charts added to the package
// (exceljs itself cannot write charts, see charts.ts).
import type ExcelJS from "exceljs";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { WorkbookPlan } from "../../core/workbook/plan";
import { addChartsToXlsx } from "./charts";

/** `plan` is the plan as applied to `wb` (applyPlanToWorkbook's result, with nativeCharts). */
export async function bookToBuffer(wb: ExcelJS.Workbook, plan: WorkbookPlan): Promise<Buffer> {
  const data = await wb.xlsx.writeBuffer();
  return addChartsToXlsx(Buffer.from(data as ArrayBuffer), plan);
}

/** Writes to a temporary file in the same folder, then renames it over `file`. */
export async function writeBookAtomically(wb: ExcelJS.Workbook, plan: WorkbookPlan, file: string): Promise<void> {
  const bytes = await bookToBuffer(wb, plan);
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
