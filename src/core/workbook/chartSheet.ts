// "Biểu đồ": plan and actual of one indicator across the units, for the selected period, as a
// column chart on a page of its own; the figures it draws are listed below it (the next page),
// each picked from the comparison sheet's block for that indicator.
import { a1, absA1, absRange, range, sheetRef } from "./address";
import { indicatorName } from "./catalog";
import type { BuildContext } from "./context";
import { blockHeight, blockRow, CC, compareColumn, entityWidth } from "./compareSheet";
import { N } from "./names";
import type { Cell, ChartPlan, DefinedName, RowPlan, SheetPlan } from "./plan";
import { pagePlan, printedHeight, printedWidth, ROW_PT } from "./printing";
import { wrappedLines } from "./text";

const CHART_ROWS = 28;
/** Rows: title, indicator picked, period, the chart, then (on the next page) its figures. */
export const HR = { title: 0, indicator: 1, period: 2, chart: 4, source: 4 + CHART_ROWS + 2 } as const;
/** Hidden helper: which block of the comparison holds the chosen indicator (0-based; -1 none). */
const BLOCK_INDEX = { row: HR.indicator, col: 9 } as const;

export function buildChartSheet(ctx: BuildContext): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const H = L.chart;
  const name = L.sheets.chart;
  const first = HR.source + 2;
  const n = Math.max(ctx.entities.length, 1);
  const last = first + n - 1;
  const block = absA1(BLOCK_INDEX.row, BLOCK_INDEX.col);
  // INDEX is 1-based: the unit's row in the chosen block
  const pick = (col: number, u: number) =>
    `IF(${block}<0,"",INDEX(${compareColumn(ctx, col)},${blockRow(ctx, 0) + 2 + u}+${block}*${blockHeight(ctx)}))`;
  const source: Cell[][] = [
    [{ v: H.source, text: true, s: "title" }],
    [{ v: H.entity, text: true, s: "header" }, { v: H.plan, text: true, s: "header" }, { v: H.actual, text: true, s: "header" }],
    ...ctx.entities.map((entity, u): Cell[] => [
      { v: entity, text: true, s: "entity" },
      { f: pick(CC.plan, u), fmt: "#,##0.0" },
      { f: pick(CC.actual, u), fmt: "#,##0.0" },
    ]),
  ];
  const firstName = ctx.indicators[0];
  const chart: ChartPlan = {
    type: "columnClustered",
    title: H.chartTitle,
    categoriesRef: absRange(name, first, 0, last, 0),
    series: [
      { name: H.plan, valuesRef: absRange(name, first, 1, last, 1) },
      { name: H.actual, valuesRef: absRange(name, first, 2, last, 2) },
    ],
    anchor: { row: HR.chart, col: 0, rows: CHART_ROWS, cols: 7 },
    fallbackNote: H.chartNote,
  };
  const width = entityWidth(ctx);
  const rowPlans: RowPlan[] = ctx.entities.flatMap((e, u) => {
    const lines = wrappedLines(e, width);
    return lines > 1 ? [{ index: first + u, height: ROW_PT * lines }] : [];
  });
  // D:G are empty beside the figures: wide enough that the chart (A:G) fills a landscape page
  const columns = [{ index: 0, width }, { index: 1, width: 14 }, { index: 2, width: 14 }, ...[3, 4, 5, 6].map((index) => ({ index, width: 22 })), { index: BLOCK_INDEX.col, width: 8, hidden: true }];
  const widthPt = printedWidth(columns, 7);
  const sheet: SheetPlan = {
    key: "chart",
    name,
    blocks: [
      {
        row: HR.title,
        col: 0,
        cells: [
          [{ v: H.title, text: true, s: "title" }],
          [{ v: H.indicator, text: true, s: "header" }, firstName ? { v: indicatorName(ctx.catalog.get(firstName), firstName, ctx.lang), text: true, s: "input" } : { s: "input" }, { s: "input" }, { s: "input" }, { s: "input" }],
          [{ v: H.period, text: true, s: "header" }, { f: N.selPeriod, s: "input" }, { v: H.periodNote, text: true, s: "note" }],
        ],
      },
      { row: BLOCK_INDEX.row, col: BLOCK_INDEX.col, cells: [[{ f: `IFERROR(MATCH(${absA1(HR.indicator, 1)},${N.chartNames},0)-1,-1)`, s: "helper" }]] },
      { row: HR.source, col: 0, cells: source },
    ],
    columns,
    rows: rowPlans,
    merges: [range(HR.indicator, 1, HR.indicator, 4)],
    borders: ctx.entities.length ? [range(HR.source + 1, 0, last, 2)] : [],
    page: pagePlan({
      title: H.title, L, widthPt, heightPt: printedHeight(rowPlans, last + 1), orientation: "landscape",
      titleRows: [0, HR.period], breaks: [HR.source], area: range(0, 0, last, 6),
    }),
    freeze: { rows: HR.period + 1, cols: 0 },
    tables: [],
    validations: [{ ref: a1(HR.indicator, 1), listFormula: N.chartNames }],
    conditionalFormats: [],
    charts: [chart],
  };
  return { sheet, names: [{ name: N.chartName, ref: sheetRef(name, absA1(HR.indicator, 1)) }] };
}
