// What the pane needs from the outside world, passed in as props by index.tsx, so that no
// component reaches Excel, the file system or the extractor directly.
import type { Fact } from "../core/facts/fact";
import type { WorkbookPlan } from "../core/workbook/plan";
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

export interface Ports {
  readFiles(files: File[], onProgress?: (done: number, total: number) => void): Promise<ReadFileResult[]>;
  extract(text: string, opts: { doc: string; entity?: string }): Promise<ExtractOutcome>;
  buildPlan(facts: Fact[], choice: WriteChoice): WorkbookPlan;
  applyPlan(plan: WorkbookPlan): Promise<ApplySummary>;
}
