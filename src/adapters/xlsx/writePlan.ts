// Writes a WorkbookPlan as .xlsx. Mechanical on purpose: every content decision is in the plan
// (src/core/workbook), where the sheets go in an existing book too (placePlan), so this writer and
// the office-js one produce the same book.
//
// The package is written as text part by part (package.ts, sheetXml.ts) rather than through
// exceljs's object model: a national book is 500 000 cells, and a cell object each cost seconds and
// a gigabyte. exceljs still reads existing books (existingBook.ts) and the tests' round trips.
import { writeFile } from "node:fs/promises";
import { placePlan } from "../../core/workbook/placement";
import type { WorkbookPlan } from "../../core/workbook/plan";
import type { BookSource } from "./bookSource";
import { bookState, type XlsxOwnership } from "./ownership";
import { writePackage } from "./package";

export { toFileFormula } from "./sheetXml";
export { PlacementConflictError as BookConflictError } from "../../core/workbook/placement";

/**
 * The plan placed in an existing book (its owned sheets replaced in place, the user's kept), or in
 * a new book when there is none.
 */
export function placeInBook(plan: WorkbookPlan, existing?: { book: BookSource; owned: XlsxOwnership }): WorkbookPlan {
  if (!existing) return placePlan(plan, { sheets: [], names: [], tables: [], owned: { roles: new Map(), names: [], tables: [] } });
  return placePlan(plan, bookState(existing.book, existing.owned));
}

/**
 * The book as .xlsx bytes. `base`: the bytes of the existing book `plan` was placed in
 * (placeInBook); without it a new book.
 */
export async function writePlanToBuffer(plan: WorkbookPlan, base?: Buffer): Promise<Buffer> {
  return writePackage(plan.placement ? plan : placeInBook(plan), base);
}

export async function writePlanToFile(plan: WorkbookPlan, file: string): Promise<void> {
  await writeFile(file, await writePlanToBuffer(plan));
}
