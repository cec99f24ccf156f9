// Where a table's parts are: title rows above the header (a merged "Biểu 01 …" row in a sheet, an
// organisation header), the header rows (merged cells, a row of bare years), the row of column
// numbers ("A B C 1 2 3=2/1", neither words nor figures), and the first row of figures.
import type { GridCell } from "./grid";
import { readCellValue } from "./cellValue";
import { fold } from "../text/fold";

export interface Layout {
  width: number;
  /** texts of the rows above the header that hold one text each (titles, organisation headers) */
  titles: string[];
  /** header rows, top to bottom, without the column-number row */
  headerRows: number[];
  firstData: number;
}

// column numbering rows ("A | B | 1 | 2 | 3=2/1") are neither header words nor data
export const NUMBERING = /^\(?(?:\d{1,2}|[A-Za-zĐđ]|[IVX]{1,4})\)?(?:\s*=.*)?$/u;
const YEAR_CELL = /^(?:19|20)\d{2}$/;
const HEADER_WORD = /(?<![\p{L}])(?:stt|tt|chỉ tiêu|nội dung|đvt|đơn vị|năm|kế hoạch|kh|thực hiện|th|ước|so sánh|quý|tháng|cùng kỳ|dự toán|địa phương|tỉnh, thành phố|ghi chú|kết quả)(?![\p{L}])/u;

export const isLabelText = (text: string): boolean => (text.match(/\p{L}/gu) ?? []).length >= 3;

function figureCells(row: GridCell[]): string[] {
  return row.filter((c) => c.own && readCellValue(c.text) !== null).map((c) => c.text.trim());
}

/** A row of bare years ("Chỉ tiêu | 2021 | 2022 | 2023") is a header, not figures. */
function yearHeader(row: GridCell[]): boolean {
  const figs = figureCells(row);
  return figs.length >= 2 && figs.every((t) => YEAR_CELL.test(t));
}

function isData(row: GridCell[]): boolean {
  if (yearHeader(row)) return false;
  const labelAt = row.findIndex((c) => isLabelText(c.text) && readCellValue(c.text) === null);
  return labelAt >= 0 && row.some((c, i) => i > labelAt && c.own && readCellValue(c.text) !== null);
}

const distinctOrigins = (row: GridCell[]) => new Set(row.filter((c) => c.text.trim()).map((c) => c.origin)).size;
/** every text of the row starts in it (none is a cell merged down from above) */
const startsHere = (row: GridCell[]) => row.filter((c) => c.text.trim()).every((c) => row.some((d) => d.own && d.origin === c.origin));

/**
 * A section row ("I | CHỈ TIÊU KINH TẾ", "A. Các chỉ tiêu xã hội") between the header and the first
 * figures: words in the label column (perhaps merged to the right), a numbering before it, nothing else.
 */
function isSection(row: GridCell[], labelAt: number): boolean {
  const label = row[labelAt];
  if (!label || !isLabelText(label.text) || !label.own) return false;
  if (/^(?:chỉ tiêu|nội dung|tên chỉ tiêu)$/u.test(fold(label.text.trim()))) return false;
  return row.every((c, i) => {
    if (!c.text.trim() || c.origin === label.origin) return true;
    return i < labelAt && c.own && NUMBERING.test(c.text.trim());
  });
}

export function readLayout(grid: GridCell[][]): Layout | undefined {
  const width = grid[0]?.length ?? 0;
  let firstData = grid.findIndex(isData);
  if (firstData < 0) return undefined;
  const labelAt = grid[firstData].findIndex((c) => isLabelText(c.text) && readCellValue(c.text) === null);
  const blank = (row: GridCell[]) => row.every((c) => !c.text.trim());
  while (firstData > 1 && (isSection(grid[firstData - 1], labelAt) || blank(grid[firstData - 1]))) firstData--;
  // rows above the header: one text each, or no header word at all (an organisation block)
  let top = 0;
  const titles: string[] = [];
  while (top < firstData - 1) {
    const row = grid[top];
    const texts = [...new Set(row.filter((c) => c.text.trim()).map((c) => c.origin))].map((o) => o.text.trim());
    const keyword = texts.some((t) => HEADER_WORD.test(fold(t)) && t.length < 60);
    if (texts.length && !(distinctOrigins(row) === 1 && startsHere(row)) && keyword) break;
    if (texts.length > 2 && keyword) break;
    titles.push(...texts);
    top++;
  }
  const headerRows: number[] = [];
  for (let r = top; r < firstData; r++) {
    const row = grid[r];
    if (row.every((c) => !c.text.trim() || NUMBERING.test(c.text.trim()))) continue;
    headerRows.push(r);
  }
  return { width, titles, headerRows, firstData };
}

const HEADER_CELL = /^(?:stt|tt|chỉ tiêu|nội dung|đvt|đơn vị tính|đơn vị|kế hoạch|thực hiện|ước thực hiện|so sánh|(?:năm\s+)?(?:19|20)\d{2})(?:\s*\(%\))?$/u;

/** A row that opens another table's header: header words in two cells or more, no figures but years. */
function opensHeader(row: GridCell[]): boolean {
  const own = row.filter((c) => c.own && c.text.trim());
  if (own.some((c) => readCellValue(c.text) !== null && !YEAR_CELL.test(c.text.trim()))) return false;
  return own.filter((c) => HEADER_CELL.test(fold(c.text.trim()))).length >= 2;
}

/**
 * A sheet may hold several tables one under another ("Biểu 1" then "Biểu 2"): a header row after
 * rows of figures opens a new block, which takes with it the one-text rows (its title) above.
 */
export function splitBlocks(grid: GridCell[][]): Array<{ from: number; to: number }> {
  const blocks: Array<{ from: number; to: number }> = [];
  let from = 0;
  let sawData = false;
  for (let r = 0; r < grid.length; r++) {
    if (sawData && opensHeader(grid[r])) {
      let start = r;
      while (start - 1 > from && distinctOrigins(grid[start - 1]) <= 1 && !isData(grid[start - 1])) start--;
      blocks.push({ from, to: start });
      from = start;
      sawData = false;
    }
    if (isData(grid[r])) sawData = true;
  }
  blocks.push({ from, to: grid.length });
  return blocks;
}
