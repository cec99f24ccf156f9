// What a reader hands the extraction core: the text as read (facts quote it by offset), tables
// kept as tables, and notes about how the file was read.

import type { TableCell, ReadTable } from "../../core/tables/types";

export type { TableCell, ReadTable };

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
