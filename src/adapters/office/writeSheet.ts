// One plan sheet into one worksheet through office-js: cells in request-sized chunks, styles as
// rectangles, borders, the font; and what a range copy does not carry (column widths, row
// heights, merges, frozen panes, tables). Every call is accounted for in the session's budget.
import { colLetter } from "../../core/workbook/address";
import type { CellStyle, PagePlan, SheetPlan, WorkbookPlan } from "../../core/workbook/plan";
import { chunkBlock, jsonBytes } from "./cellEntries";
import { CALL_BYTES, type Session } from "./session";
import { styleRects } from "./styleRects";

/** Excel column width: character units to points (7 px per digit plus 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = style.align === "left" ? "Left" : style.align === "center" ? "Center" : "Right";
  if (style.valign) format.verticalAlignment = style.valign === "top" ? "Top" : "Center";
  else if (style.wrap) format.verticalAlignment = "Top";
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Rows and columns from A1 that the plan's blocks cover. */
export function planExtent(sp: SheetPlan): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const b of sp.blocks) {
    rows = Math.max(rows, b.row + b.cells.length);
    cols = Math.max(cols, b.col + b.cells.reduce((n, r) => Math.max(n, r.length), 0));
  }
  for (const ref of sp.borders ?? []) {
    const [, , r2, c2] = a1Corners(ref);
    rows = Math.max(rows, r2 + 1);
    cols = Math.max(cols, c2 + 1);
  }
  return { rows, cols };
}

function a1Corners(ref: string): [number, number, number, number] {
  const cell = (s: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(s)!;
    let col = 0;
    for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]) - 1, col - 1] as const;
  };
  const [a, b = a] = ref.split(":") as [string, string?];
  const [r1, c1] = cell(a);
  const [r2, c2] = cell(b!);
  return [r1, c1, r2, c2];
}

/** Cells, number formats, styles, font and borders: everything a range copy carries. */
export async function writeContent(session: Session, ws: Excel.Worksheet, sp: SheetPlan, plan: WorkbookPlan): Promise<void> {
  const { rows, cols } = planExtent(sp);
  if (plan.font && rows > 0 && cols > 0) {
    await session.spend(CALL_BYTES * 3);
    const all = ws.getRangeByIndexes(0, 0, rows, cols).format.font;
    all.name = plan.font.name;
    all.size = plan.font.size;
  }
  for (const block of sp.blocks) {
    for (const chunk of chunkBlock(block, session.maxRequestBytes - 3 * CALL_BYTES)) {
      await session.spend(chunk.bytes + 3 * CALL_BYTES);
      const range = ws.getRangeByIndexes(chunk.row, chunk.col, chunk.formulas.length, chunk.formulas[0]!.length);
      if (chunk.numberFormat) range.numberFormat = chunk.numberFormat as string[][];
      range.formulas = chunk.formulas as (string | number | boolean)[][];
    }
  }
  for (const rect of styleRects(sp.blocks)) {
    const style = plan.styles[rect.style]!;
    await session.spend(CALL_BYTES * (2 + Object.keys(style).length));
    applyStyle(ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).format, style);
  }
  for (const ref of sp.borders ?? []) {
    await session.spend(CALL_BYTES * (1 + 2 * EDGES.length));
    const borders = ws.getRange(ref).format.borders;
    for (const edge of EDGES) {
      const b = borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#A6A6A6";
    }
  }
}

/** Column widths, row heights, merges, frozen panes and tables: what a range copy does not carry. */
export async function writeLayout(session: Session, ws: Excel.Worksheet, sp: SheetPlan, tableName: (n: string) => string, inOneRequest = false): Promise<void> {
  const spend = async (bytes: number) => (inOneRequest ? session.charge(bytes) : session.spend(bytes));
  for (const col of sp.columns) {
    await spend(CALL_BYTES * 4);
    const column = ws.getRangeByIndexes(0, col.index, 1, 1).getEntireColumn();
    column.format.columnWidth = widthToPoints(col.width);
    if (col.hidden) column.columnHidden = true;
  }
  for (const row of sp.rows ?? []) {
    await spend(CALL_BYTES * 4);
    const r = ws.getRangeByIndexes(row.index, 0, 1, 1).getEntireRow();
    if (row.height !== undefined) r.format.rowHeight = row.height;
    if (row.hidden) r.rowHidden = true;
  }
  for (const m of sp.merges ?? []) {
    await spend(CALL_BYTES * 2);
    ws.getRange(m).merge(false);
  }
  if (sp.freeze && (sp.freeze.rows > 0 || sp.freeze.cols > 0)) {
    await spend(CALL_BYTES * 2);
    const { rows, cols } = sp.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }
  for (const t of sp.tables) {
    await spend(CALL_BYTES * 4);
    const table = ws.tables.add(ws.getRange(t.ref), true);
    table.name = tableName(t.name);
    table.style = t.style;
  }
}

/** How the sheet prints (ExcelApi 1.9): A4, orientation, fit to width, titles, area, header, breaks. */
export async function writePage(session: Session, ws: Excel.Worksheet, page: PagePlan): Promise<void> {
  await session.spend(CALL_BYTES * (14 + page.breaks.length) + jsonBytes(page));
  const layout = ws.pageLayout;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.orientation = (page.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  // 0 pages tall: as many as it takes (the file format's fitToHeight="0")
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: page.fitTall };
  const m = page.margins;
  layout.leftMargin = m.left * 72;
  layout.rightMargin = m.right * 72;
  layout.topMargin = m.top * 72;
  layout.bottomMargin = m.bottom * 72;
  layout.headerMargin = m.header * 72;
  layout.footerMargin = m.footer * 72;
  if (page.titleRows) layout.setPrintTitleRows(`$${page.titleRows[0] + 1}:$${page.titleRows[1] + 1}`);
  if (page.titleCols) layout.setPrintTitleColumns(`$${colLetter(page.titleCols[0])}:$${colLetter(page.titleCols[1])}`);
  if (page.area) layout.setPrintArea(page.area);
  const hf = layout.headersFooters.defaultForAllPages;
  if (page.header.left) hf.leftHeader = page.header.left;
  if (page.header.center) hf.centerHeader = page.header.center;
  if (page.header.right) hf.rightHeader = page.header.right;
  if (page.footer.left) hf.leftFooter = page.footer.left;
  if (page.footer.center) hf.centerFooter = page.footer.center;
  if (page.footer.right) hf.rightFooter = page.footer.right;
  // a sheet refreshed in place still has the breaks of its last layout
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of page.breaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

export { jsonBytes };
