// Facts → WorkbookPlan: the whole comparison workbook decided as data (see plan.ts).
import type { Fact } from "../facts/fact";
import { buildBriefSheet } from "./briefSheet";
import type { WorkbookCatalog } from "./catalog";
import { buildChartSheet } from "./chartSheet";
import { buildCompareSheet } from "./compareSheet";
import { makeContext } from "./context";
import { buildDataSheet } from "./dataSheet";
import { buildListsSheet } from "./listsSheet";
import { buildLogSheet } from "./logSheet";
import { PLAN_VERSION, type Lang, type UnitsView, type WorkbookPlan } from "./plan";
import { FONT } from "./printing";
import type { RefreshInput } from "./rowState";
import { STYLES } from "./styles";
import { buildSummarySheet } from "./summarySheet";

export interface BuildOptions {
  lang: Lang;
  /** Period the comparison sheet opens on; the most widely reported one by default. */
  period?: string;
  /** Indicator ids for the comparison sheet, in order; every compared indicator by default. */
  indicators?: string[];
  catalog: WorkbookCatalog;
  /** Compare the 63 old units (default) or the 34 new ones (Resolution 202/2025/QH15). */
  units?: UnitsView;
  /**
   * Report date (ISO) by document name, for facts that do not carry their own (Fact.reportDate):
   * figures dated from 1 July 2025 go to the new units, and where reports disagree the latest wins.
   */
  docDates?: Record<string, string>;
  /** What a refresh carries over from the book being rewritten (see src/core/refresh). */
  refresh?: RefreshInput;
}

export function buildWorkbookPlan(facts: readonly Fact[], options: BuildOptions): WorkbookPlan {
  const ctx = makeContext(facts, options);
  const data = buildDataSheet(ctx);
  const compare = buildCompareSheet(ctx);
  const chart = buildChartSheet(ctx);
  const notes = [
    `${ctx.L.lists.facts}: ${ctx.rows.length}`,
    ctx.L.compare.hint,
    ctx.L.summary.note,
    ...(ctx.view === "new" ? [ctx.L.merger.viewNote] : []),
  ];
  const lists = buildListsSheet(ctx, notes);
  return {
    lang: ctx.lang,
    meta: { version: PLAN_VERSION, units: ctx.view },
    font: { ...FONT },
    sheets: [compare.sheet, buildBriefSheet(ctx), chart.sheet, buildSummarySheet(ctx), data.sheet, lists.sheet, buildLogSheet(ctx)],
    names: [...data.names, ...compare.names, ...chart.names, ...lists.names],
    styles: STYLES,
  };
}
