// A table with merged cells as a plain rectangle: every position holds the text of the cell that
// covers it, so a header spanning two columns is read as the header of both.
import type { ReadTable, TableCell } from "./types";

export interface GridCell {
  text: string;
  /** the cell this position belongs to (for a merged cell, its top-left) */
  origin: TableCell;
  /** true at the merged cell's own top-left position */
  own: boolean;
}

export function toGrid(table: ReadTable): GridCell[][] {
  const grid: GridCell[][] = [];
  const put = (r: number, c: number, g: GridCell) => {
    (grid[r] ??= [])[c] ??= g;
  };
  for (const row of table.rows) {
    for (const cell of row) {
      const rs = Math.max(1, cell.rowSpan ?? 1);
      const cs = Math.max(1, cell.colSpan ?? 1);
      for (let r = 0; r < rs; r++)
        for (let c = 0; c < cs; c++) put(cell.row + r, cell.col + c, { text: cell.text, origin: cell, own: r === 0 && c === 0 });
    }
  }
  // a table that starts below the first row or right of the first column leaves holes: fill them
  let width = 0;
  for (let r = 0; r < grid.length; r++) width = Math.max(width, grid[r]?.length ?? 0);
  for (let r = 0; r < grid.length; r++) {
    grid[r] ??= [];
    for (let c = 0; c < width; c++) grid[r][c] ??= { text: "", origin: { text: "", row: r, col: c }, own: true };
  }
  return grid;
}

/** Column letters for a 0-based column index ("A", "Z", "AA"). */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
