// An .xlsx being refreshed: loaded once with exceljs, its owned sheets found from the metadata
// it carries, what the user did in them read back as plain grids for src/core/refresh, and the
// new book written beside it and renamed over it only once complete.
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import { basename } from "node:path";
import { readPreviousBook, type PreviousBook } from "../../core/refresh";
import { sheetGrid } from "./bookGrid";
import { readOwnership, type XlsxOwnership } from "./ownership";

export interface ExistingBook {
  /** The file as read: a refresh edits this package, keeping the user's parts byte for byte. */
  bytes: Buffer;
  wb: ExcelJS.Workbook;
  owned: XlsxOwnership;
  previous?: PreviousBook;
  /** The period the user left in the comparison sheet's selector. */
  selectedPeriod?: string;
}

export class ExistingBookError extends Error {
  override name = "ExistingBookError";
}

/** undefined when there is no such file; throws when there is one that cannot be read. */
export async function openExisting(file: string): Promise<ExistingBook | undefined> {
  try {
    await fs.access(file);
  } catch {
    return undefined;
  }
  const wb = new ExcelJS.Workbook();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new ExistingBookError(`${basename(file)} exists but cannot be read as an .xlsx workbook (${(e as Error).message}); it was left as it is`);
  }
  const owned = readOwnership(wb);
  const data = owned.sheets.get("data");
  const log = owned.sheets.get("log");
  const previous = data ? readPreviousBook(sheetGrid(data), log ? sheetGrid(log) : []) : undefined;
  const sel = owned.sheets.get("compare")?.getCell("B2").value;
  return { bytes, wb, owned, previous, ...(typeof sel === "string" && sel ? { selectedPeriod: sel } : {}) };
}
