// What a reader hands the extraction core: the text as read (facts quote it by offset), tables
// kept as tables, and notes about how the file was read.

import type { TableCell, ReadTable } from "../../core/tables/types";
import type { ReadDocument } from "../../core/document/types";

export type { TableCell, ReadTable, ReadDocument };

export class ReadError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "ReadError";
  }
}
