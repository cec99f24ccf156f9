// A table fact's row as the user checks it: the headers of the row's columns (as paths of merged
// cells) and the row's cells, the fact's own cell marked. Columns that say nothing are left out.
import type { ReadTable } from "./types";
import { toGrid } from "./grid";
import { readLayout, splitBlocks } from "./layout";
import { joinHeader } from "./header";

export interface RowView {
  title?: string;
  columns: Array<{ header: string; text: string; mark: boolean }>;
}

export function tableRowView(table: ReadTable, row: number, col: number): RowView | undefined {
  const grid = toGrid(table);
  if (!grid[row]) return undefined;
  const block = splitBlocks(grid).find((b) => row >= b.from && row < b.to) ?? { from: 0, to: grid.length };
  const part = grid.slice(block.from, block.to);
  const layout = readLayout(part);
  const headerRows = layout ? layout.headerRows.map((r) => part[r]) : [];
  const columns: RowView["columns"] = [];
  grid[row].forEach((cell, c) => {
    // a cell merged over several columns is shown once
    if (c > 0 && grid[row][c - 1].origin === cell.origin && c !== col) return;
    const header = joinHeader(headerRows.map((h) => h[c].text));
    const text = cell.text.replace(/\s+/g, " ").trim();
    if (!text && c !== col) return;
    columns.push({ header, text, mark: c === col });
  });
  return { ...(table.title ? { title: table.title } : layout?.titles.length ? { title: layout.titles.join(" ") } : {}), columns };
}
