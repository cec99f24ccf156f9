// "Nhật ký": the refresh log. Rows come from the refresh (the previous book's rows, then this
// refresh's), so the sheet only ever grows and never recomputes anything.
import type { BuildContext } from "./context";
import type { Cell, CellValue, SheetPlan } from "./plan";

export const LOG_HEADER_ROW = 1;
export const LOG_NCOLS = 10;

export function logHeaders(L: BuildContext["L"]): string[] {
  const G = L.log;
  return [G.at, G.kind, G.source, G.key, G.entity, G.indicator, G.period, G.old, G.new, G.detail];
}

export function buildLogSheet(ctx: BuildContext): SheetPlan {
  const { L } = ctx;
  const cell = (v: CellValue): Cell => (v === null || v === "" ? {} : typeof v === "string" ? { v, text: true } : { v });
  const rows = ctx.refresh.log.map((r) => {
    const cells = r.slice(0, LOG_NCOLS).map(cell);
    // a refresh's first line carries its summary: set it apart
    if (r[1] === L.log.kinds.refresh) return cells.map((c) => ({ ...c, s: "logHeader" }));
    return cells;
  });
  return {
    key: "log",
    name: L.sheets.log,
    blocks: [
      { row: 0, col: 0, cells: [[{ v: L.log.title, text: true, s: "title" }]] },
      { row: LOG_HEADER_ROW, col: 0, cells: [logHeaders(L).map((h): Cell => ({ v: h, text: true, s: "header" })), ...rows] },
    ],
    columns: [20, 16, 28, 40, 20, 20, 10, 14, 14, 60].map((width, index) => ({ index, width })),
    freeze: { rows: LOG_HEADER_ROW + 1, cols: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}
