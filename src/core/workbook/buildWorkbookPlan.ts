// Facts → WorkbookPlan: the whole comparison workbook decided as data (see plan.ts).
import type { Fact } from "../facts/fact";
import type { WorkbookCatalog } from "./catalog";
import { buildCompareSheet } from "./compareSheet";
import { makeContext } from "./context";
import { buildDataSheet } from "./dataSheet";
import { buildListsSheet } from "./listsSheet";
import type { Lang, WorkbookPlan } from "./plan";
import { STYLES } from "./styles";
import { buildSummarySheet } from "./summarySheet";

export interface BuildOptions {
  lang: Lang;
  /** Period the comparison sheet opens on; the most widely reported one by default. */
  period?: string;
  /** Indicator ids for the comparison sheet, in order; every compared indicator by default. */
  indicators?: string[];
  catalog: WorkbookCatalog;
}

export function buildWorkbookPlan(facts: readonly Fact[], options: BuildOptions): WorkbookPlan {
  const ctx = makeContext(facts, options);
  const data = buildDataSheet(ctx);
  const compare = buildCompareSheet(ctx);
  const summary = buildSummarySheet(ctx);
  const notes = [
    `${ctx.L.lists.facts}: ${ctx.facts.length}`,
    ctx.L.compare.hint,
    ctx.L.summary.note,
  ];
  const lists = buildListsSheet(ctx, notes);
  return {
    lang: ctx.lang,
    sheets: [compare.sheet, summary, data.sheet, lists.sheet],
    names: [...data.names, ...compare.names, ...lists.names],
    styles: STYLES,
  };
}
