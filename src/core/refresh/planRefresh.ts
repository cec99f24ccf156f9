// One refresh, from what the book held to the plan that replaces it: the CLI (build.ts) and the
// task pane (in Excel and in the browser preview) all go through here, so the same previous book
// and the same facts give the same cells whichever writer applies the plan.
import type { Fact } from "../facts/fact";
import { buildWorkbookPlan, type WorkbookCatalog } from "../workbook";
import type { Lang, UnitsView, WorkbookPlan } from "../workbook/plan";
import type { FailedSource } from "./diffFacts";
import { mergeRefresh, type RefreshResult } from "./mergeRefresh";
import type { PreviousBook } from "./previousBook";

export interface PlanRefreshOptions {
  catalog: WorkbookCatalog;
  /** When the refresh happens, as the log shows it. */
  now: string;
  /** Default: the previous book's language, else Vietnamese. */
  lang?: Lang;
  /** Default: what the previous book compared, else old units. */
  units?: UnitsView;
  previousUnits?: UnitsView;
  /** Period the comparison opens on; default: what the user left selected in the book. */
  period?: string;
  selectedPeriod?: string;
  indicators?: string[];
  failed?: readonly FailedSource[];
  readSources?: readonly string[];
  docDates?: Record<string, string>;
}

export interface PlannedRefresh extends RefreshResult {
  plan: WorkbookPlan;
  lang: Lang;
}

export function planRefresh(previous: PreviousBook | undefined, facts: readonly Fact[], o: PlanRefreshOptions): PlannedRefresh {
  const lang = o.lang ?? previous?.lang ?? "vi";
  const failed = o.failed ?? [];
  const readSources = o.readSources ?? [...new Set(facts.map((f) => f.doc))];
  const merged = mergeRefresh(previous, facts, failed, { now: o.now, lang, readSources });
  const plan = buildWorkbookPlan(merged.facts, {
    lang,
    period: o.period ?? o.selectedPeriod,
    indicators: o.indicators,
    catalog: o.catalog,
    units: o.units ?? o.previousUnits ?? "old",
    docDates: o.docDates,
    refresh: merged.refresh,
  });
  return { ...merged, plan, lang };
}

/** "2025-07-14 09:30:05": the refresh time as the log shows it, in the machine's time zone. */
export function localTimestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
