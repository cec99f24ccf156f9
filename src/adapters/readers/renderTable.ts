// A table rendered into the document text the user sees: one line a row, cells separated by tabs,
// line breaks inside a cell as spaces. Every reader renders its tables this way.
import type { ReadTable } from "./types";

export function renderTableRows(table: ReadTable): string {
  return table.rows.map((r) => r.map((c) => c.text.replace(/\s*\n\s*/g, " ")).join("\t")).join("\n");
}
