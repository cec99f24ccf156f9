// What the pane needs from the outside world, passed in as props by index.tsx, so that no
// component reaches Excel, the file system or the extractor directly.
import type { Fact } from "../core/facts/fact";
import type { ReadDocument } from "../core/document/types";
import type { FailedSource, PlannedRefresh, PreviousBook } from "../core/refresh";
import type { UnitsView, WorkbookPlan } from "../core/workbook/plan";
import type { ApplySummary } from "../adapters/office/summary";
import type { Lang } from "./i18n";

export type ReadError = { kind: "unsupported"; ext: string } | { kind: "read"; why: string };

export interface ReadFileResult {
  name: string;
  /** the document as read: its text, its tables, how it was read */
  doc?: ReadDocument;
  error?: ReadError;
}

/** How far a long job has come: files read so far, the page of a PDF, extraction under way. */
export interface JobStatus {
  done: number;
  total: number;
  stage: "reading" | "extracting";
  file?: string;
  page?: number;
  pages?: number;
}

export interface ExtractOutcome {
  facts: Fact[];
  warnings: string[];
  /** The unit the report speaks for, as the extractor understood it. */
  entity?: string;
  /** The period the report reviews (facts.md period syntax). */
  period?: string;
}

export interface WriteChoice {
  indicators: string[];
  periods: string[];
  lang: Lang;
}

/** What the workbook holds now, as a refresh needs it (nothing yet: all undefined). */
export interface PreviousState {
  previous?: PreviousBook;
  selectedPeriod?: string;
  units?: UnitsView;
}

export interface RefreshContext {
  previous: PreviousState;
  /** Sources that could not be read or extracted: their facts already in the book stay, marked. */
  failed: FailedSource[];
  /** Sources read this time. */
  readSources: string[];
  /** When, as the log shows it. */
  now: string;
}

export interface Ports {
  /** Reads files off the pane's thread; a file that fails becomes an error entry. */
  readFiles(files: File[], onProgress?: (status: JobStatus) => void): Promise<ReadFileResult[]>;
  /** The document → facts step of src/core/document, off the pane's thread. */
  extract(doc: ReadDocument, opts: { entity?: string }, onProgress?: (status: JobStatus) => void): Promise<ExtractOutcome>;
  /** Stops the reading or extraction under way; what it was doing fails as cancelled. */
  cancel(): void;
  /** Inside Excel: the selected range or the active sheet of the open workbook as a table. */
  readWorkbookTable?(which: "selection" | "sheet"): Promise<ReadFileResult>;
  /** Reads back the book the next write will refresh (in the browser preview: the last preview). */
  readPrevious(): Promise<PreviousState>;
  buildPlan(facts: Fact[], choice: WriteChoice, refresh: RefreshContext): PlannedRefresh;
  applyPlan(plan: WorkbookPlan): Promise<ApplySummary>;
}
