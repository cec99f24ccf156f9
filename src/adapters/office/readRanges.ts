// Reading sheets' used ranges back in pieces: Excel on the web refuses a response above 5 MB,
// and a national data sheet is twice that. Where each used range is comes first (the reader asks
// with the book's first round trip); then rows are read in chunks sized from what the previous
// chunk weighed, each round trip carrying as many sheets' chunks as fit under the limit.
import type { CellValue } from "../../core/workbook/plan";
import { plainGrid } from "./loadOwnership";
import { DEFAULT_MAX_RESPONSE_BYTES, type Session } from "./session";

export interface Extent { row: number; col: number; rows: number; cols: number }

const encoder = new TextEncoder();
/** A cell's cost in a response before anything is known of the sheet (a long text, a JSON fact). */
const FIRST_GUESS_PER_CELL = 64;

/** Queues the used-range extent of a sheet; read it after the sync with `extentOf`. */
export function loadExtent(sheet: Excel.Worksheet): Excel.Range {
  const r = sheet.getUsedRangeOrNullObject(true);
  r.load("rowIndex,columnIndex,rowCount,columnCount");
  return r;
}

export function extentOf(r: Excel.Range): Extent | null {
  return r.isNullObject ? null : { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** Reads the used ranges of some sheets, as grids placed back at A1 (columns keep their letters). */
export class GridReader {
  readonly grids: CellValue[][][];
  private readonly next: number[];
  private readonly perRow: number[];
  private batch: { i: number; from: number; rows: number; range: Excel.Range }[] = [];

  constructor(
    private readonly sheets: readonly Excel.Worksheet[],
    private readonly extents: readonly (Extent | null)[],
    private readonly maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  ) {
    this.grids = extents.map((e) => (e ? Array.from({ length: e.row }, () => []) : []));
    this.next = extents.map((e) => (e ? 0 : Infinity));
    this.perRow = extents.map((e) => (e ? e.cols * FIRST_GUESS_PER_CELL : 0));
  }

  get done(): boolean {
    return this.extents.every((e, i) => !e || this.next[i]! >= e.rows);
  }

  /** Queues the next chunks, as many as `budget` bytes of response allow; returns what is left of it. */
  queue(budget = this.maxResponseBytes): number {
    this.extents.forEach((e, i) => {
      if (!e || this.next[i]! >= e.rows || budget <= this.perRow[i]!) return;
      const rows = Math.max(1, Math.min(e.rows - this.next[i]!, Math.floor(budget / this.perRow[i]!)));
      const range = this.sheets[i]!.getRangeByIndexes(e.row + this.next[i]!, e.col, rows, e.cols);
      range.load("values");
      this.batch.push({ i, from: this.next[i]!, rows, range });
      budget -= rows * this.perRow[i]!;
    });
    return budget;
  }

  /** After the sync: keeps what the queued chunks brought. */
  collect(): void {
    for (const b of this.batch) {
      const e = this.extents[b.i]!;
      const values = b.range.values;
      // what this chunk weighed sets the next one's size (a tenth kept in reserve)
      this.perRow[b.i] = Math.max(this.perRow[b.i]! / 4, (encoder.encode(JSON.stringify(values)).length / b.rows) * 1.1);
      for (const row of plainGrid(values)) this.grids[b.i]!.push([...Array<CellValue>(e.col).fill(null), ...row]);
      this.next[b.i] = b.from + b.rows;
    }
    this.batch = [];
  }

  /** Reads what is left, a round trip per chunk set. */
  async finish(session: Session): Promise<CellValue[][][]> {
    while (!this.done) {
      this.queue();
      await session.sync();
      this.collect();
    }
    return this.grids;
  }
}
