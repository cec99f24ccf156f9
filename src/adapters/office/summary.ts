// What a write did, in terms the pane can show. Shared by the Excel writer and the browser preview.
import type { WorkbookPlan } from "../../core/workbook/plan";
import { blockWidth } from "./cellEntries";

export interface SheetSummary {
  key: string;
  name: string;
  rows: number;
  cols: number;
  cells: number;
}

export interface ApplySummary {
  sheets: SheetSummary[];
  cells: number;
  /** Features left out because this Excel lacks the requirement set, in plain words. */
  skipped: string[];
  syncs: number;
}

export function summarizePlan(plan: WorkbookPlan): Omit<ApplySummary, "skipped" | "syncs"> {
  const sheets = plan.sheets.map((s) => {
    let rows = 0;
    let cols = 0;
    let cells = 0;
    for (const b of s.blocks) {
      rows = Math.max(rows, b.row + b.cells.length);
      cols = Math.max(cols, b.col + blockWidth(b.cells));
      for (const row of b.cells) for (const c of row) if (c && (c.f !== undefined || (c.v !== undefined && c.v !== null))) cells++;
    }
    return { key: s.key, name: s.name, rows, cols, cells };
  });
  return { sheets, cells: sheets.reduce((n, s) => n + s.cells, 0) };
}
