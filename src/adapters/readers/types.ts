// What a reader hands the extraction core: the text as read (facts quote it by offset), tables
// kept as tables, and notes about how the file was read.

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
}

export interface ReadDocument {
  name: string;
  text: string;
  tables: ReadTable[];
  /** how the file was read: encoding converted, pages, OCR needed… */
  notes: string[];
  /** text offsets where each page starts (PDF) */
  pageStarts?: number[];
}

export class ReadError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "ReadError";
  }
}
