// What a refresh carries over from the book it rewrites, keyed by row key (see factOrder.ts):
// the user's overrides and extra columns, why a row was kept, and the log so far.
import type { CellValue } from "./plan";

export type RowStatus = "source_failed" | "removed";

export interface RowState {
  /** What the user typed in the override column. */
  override?: CellValue;
  /** The extracted value the override was made against; differs from the value → review. */
  overrideBase?: number;
  status?: RowStatus;
  /** Cells of the user's own columns, aligned with RefreshInput.userColumns. */
  user?: CellValue[];
}

export interface RefreshInput {
  rows: Record<string, RowState>;
  /** Headers of the columns the user added to the right of the data table, in order. */
  userColumns: string[];
  /** Every row of the log sheet, oldest first, this refresh's included. */
  log: CellValue[][];
}
