// A document as read, whatever its format: the text as read (facts quote it by offset), the tables
// kept as tables, and notes on how it was read. Readers (src/adapters/readers) make it; the
// document → facts step (documentFacts) and the task pane use it.
import type { ReadTable } from "../tables/types";

export interface ReadDocument {
  name: string;
  text: string;
  tables: ReadTable[];
  /** how the file was read: encoding converted, pages, OCR needed… */
  notes: string[];
  /** text offsets where each page starts (PDF) */
  pageStarts?: number[];
}
