// The browser preview's "workbook" is the last plan it showed; a refresh reads it back the way
// the Excel and .xlsx readers read a book: the owned sheets as plain grids of values.
import { readPreviousBook } from "../core/refresh";
import type { CellValue, SheetKey, WorkbookPlan } from "../core/workbook/plan";
import type { PreviousState } from "./ports";

/** Cell values from A1; formulas read as empty, as a book never calculated would. */
export function planGrid(plan: WorkbookPlan, key: SheetKey): CellValue[][] {
  const sheet = plan.sheets.find((s) => s.key === key);
  const grid: CellValue[][] = [];
  for (const b of sheet?.blocks ?? []) {
    b.cells.forEach((row, i) => {
      const r = (grid[b.row + i] ??= []);
      row.forEach((c, j) => {
        r[b.col + j] = c.f === undefined ? (c.v ?? null) : null;
      });
    });
  }
  return Array.from(grid, (r) => Array.from(r ?? [], (v) => v ?? null));
}

export function previousFromPlan(plan: WorkbookPlan | null): PreviousState {
  if (!plan) return {};
  const previous = readPreviousBook(planGrid(plan, "data"), planGrid(plan, "log"));
  const sel = planGrid(plan, "compare")[1]?.[1];
  return {
    ...(previous ? { previous } : {}),
    ...(typeof sel === "string" && sel ? { selectedPeriod: sel } : {}),
    ...(plan.meta ? { units: plan.meta.units } : {}),
  };
}
