// "Nhật ký": the refresh log. Rows come from the refresh (the previous book's rows, then this
// refresh's), so the sheet only ever grows and never recomputes anything. The row key (column D)
// is for the program and stays hidden.
import type { BuildContext } from "./context";
import type { Cell, CellValue, RowPlan, SheetPlan } from "./plan";
import { range } from "./address";
import { pagePlan, printedHeight, printedWidth, ROW_PT } from "./printing";
import { wrappedLines } from "./text";

export const LOG_HEADER_ROW = 1;
export const LOG_NCOLS = 10;
const KEY_COL = 3;

export function logHeaders(L: BuildContext["L"]): string[] {
  const G = L.log;
  return [G.at, G.kind, G.source, G.key, G.entity, G.indicator, G.period, G.old, G.new, G.detail];
}

export function buildLogSheet(ctx: BuildContext): SheetPlan {
  const { L } = ctx;
  const cell = (v: CellValue): Cell => (v === null || v === "" ? {} : typeof v === "string" ? { v, text: true } : { v });
  const widths = [19, 12, 28, 40, 20, 30, 9, 12, 12, 50];
  const rowPlans: RowPlan[] = [];
  const rows = ctx.refresh.log.map((r, i) => {
    const cells = r.slice(0, LOG_NCOLS).map(cell);
    // long sources lists, names and details wrap; the row is as tall as its longest
    const lines = Math.max(1, ...r.slice(0, LOG_NCOLS).map((v, c) => (c === KEY_COL || typeof v !== "string" ? 1 : wrappedLines(v, widths[c]!))));
    if (lines > 1) rowPlans.push({ index: LOG_HEADER_ROW + 1 + i, height: ROW_PT * lines });
    // a refresh's first line carries its summary: set it apart
    const s = r[1] === L.log.kinds.refresh ? "logHeader" : "wrap";
    return cells.map((c) => (c.v === undefined ? c : { ...c, s }));
  });
  const columns = widths.map((width, index) => ({ index, width, ...(index === KEY_COL ? { hidden: true } : {}) }));
  const last = LOG_HEADER_ROW + rows.length;
  return {
    key: "log",
    name: L.sheets.log,
    blocks: [
      { row: 0, col: 0, cells: [[{ v: L.log.title, text: true, s: "title" }]] },
      { row: LOG_HEADER_ROW, col: 0, cells: [logHeaders(L).map((h): Cell => ({ v: h, text: true, s: "header" })), ...rows] },
    ],
    columns,
    rows: rowPlans,
    borders: [range(LOG_HEADER_ROW, 0, last, LOG_NCOLS - 1)],
    page: pagePlan({
      title: L.log.title, L, orientation: "landscape",
      widthPt: printedWidth(columns, LOG_NCOLS), heightPt: printedHeight(rowPlans, last + 1),
      titleRows: [0, LOG_HEADER_ROW], area: range(0, 0, last, LOG_NCOLS - 1),
    }),
    freeze: { rows: LOG_HEADER_ROW + 1, cols: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}
