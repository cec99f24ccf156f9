// What the pane needs from the outside world, passed in as props by index.tsx, so that no
// component reaches Excel, the file system or the extractor directly.
import type { Fact } from "../core/facts/fact";
import type { FailedSource, PlannedRefresh, PreviousBook } from "../core/refresh";
import type { UnitsView, WorkbookPlan } from "../core/workbook/plan";
import type { ApplySummary } from "../adapters/office/summary";
import type { Lang } from "./i18n";

export type ReadError = { kind: "unsupported"; ext: string } | { kind: "read"; why: string };

export interface ReadFileResult {
  name: string;
  text?: string;
  error?: ReadError;
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
  readFiles(files: File[], onProgress?: (done: number, total: number) => void): Promise<ReadFileResult[]>;
  extract(text: string, opts: { doc: string; entity?: string }): Promise<ExtractOutcome>;
  /** Reads back the book the next write will refresh (in the browser preview: the last preview). */
  readPrevious(): Promise<PreviousState>;
  buildPlan(facts: Fact[], choice: WriteChoice, refresh: RefreshContext): PlannedRefresh;
  applyPlan(plan: WorkbookPlan): Promise<ApplySummary>;
}
