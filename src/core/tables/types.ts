// Tables as readers hand them over: cells in reading order, merged cells kept as spans so a
// header over two columns ("Năm 2023" over "Kế hoạch | Thực hiện") still says which columns it covers.

export interface TableCell {
  text: string;
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  /** spreadsheet address ("C7") for .xlsx cells */
  address?: string;
}

export interface ReadTable {
  /** caption or title above the table ("Biểu 01: Kết quả thực hiện các chỉ tiêu chủ yếu") */
  title?: string;
  rows: TableCell[][];
  sheet?: string;
  page?: number;
  /** where the reader rendered the table into the document text: [start, end) */
  start?: number;
  end?: number;
}
