// Groups cells that share a style key into rectangles, so formatting costs one API call per
// rectangle (a header row, a label column) instead of one per cell.
import type { Block } from "../../core/workbook/plan";

export interface StyleRect {
  style: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function styleRects(blocks: Block[]): StyleRect[] {
  const out: StyleRect[] = [];
  for (const b of blocks) {
    // Open rectangles keyed by "style|col|cols", extended while the next row repeats the run.
    let open = new Map<string, StyleRect>();
    b.cells.forEach((cells, r) => {
      const next = new Map<string, StyleRect>();
      let c = 0;
      while (c < cells.length) {
        const s = cells[c]?.s;
        if (!s) { c++; continue; }
        let end = c + 1;
        while (end < cells.length && cells[end]?.s === s) end++;
        const key = `${s}|${c}|${end - c}`;
        const prev = open.get(key);
        if (prev && prev.row + prev.rows === b.row + r) {
          prev.rows++;
          next.set(key, prev);
        } else {
          const rect = { style: s, row: b.row + r, col: b.col + c, rows: 1, cols: end - c };
          out.push(rect);
          next.set(key, rect);
        }
        c = end;
      }
      open = next;
    });
  }
  return out;
}
