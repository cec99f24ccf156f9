// "Danh mục": the choices behind the drop-downs (periods, the comparison's indicators), each
// indicator's unit, direction and how it adds up, notes about how the book was made — and, in a
// hidden column, whether the data sheet is still in key order (CT_Sorted, see keys.ts).
import { absA1, absRange, colLetter, range, sheetRef } from "./address";
import { indicatorName } from "./catalog";
import { unitLabel, type BuildContext } from "./context";
import { DC } from "./dataSheet";
import { N } from "./names";
import type { Cell, DefinedName, SheetPlan } from "./plan";
import { pagePlan, printedHeight, printedWidth, ROW_PT } from "./printing";
import { wrappedLines } from "./text";

/** Rows: title, description, then the notes (one a row), a blank row, the lists' headers and entries. */
export const LR = { title: 0, about: 1, notes: 2 } as const;
export const LC = { period: 0, indicator: 2, unit: 3, direction: 4, aggregate: 5, id: 6, chart: 8, sorted: 10 } as const;
const LAST_VISIBLE = LC.chart;
const WIDTHS: [number, number][] = [[0, 10], [1, 2], [2, 42], [3, 20], [4, 11], [5, 20], [6, 24], [7, 2], [8, 42], [9, 2], [10, 12]];

/** The row of the lists' headers, below the notes. */
export function listsHeaderRow(notes: number): number {
  return LR.notes + notes + 1;
}

export function buildListsSheet(ctx: BuildContext, notes: string[]): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const name = L.sheets.lists;
  const h = (v: string, s = "header"): Cell => ({ v, text: true, s });
  const t = (v: string): Cell => (v ? { v, text: true } : {});

  const periods: Cell[][] = [[h(L.lists.periods)], ...ctx.periods.map((p) => [t(p)])];
  const indicators: Cell[][] = [
    [h(L.lists.indicator), h(L.lists.unit), h(L.lists.direction), h(L.lists.aggregate), h(L.lists.indicatorId, "helperHeader")],
    ...ctx.allIndicators.map((id) => {
      const ind = ctx.catalog.get(id);
      return [
        t(indicatorName(ind, id, ctx.lang)),
        t(ind ? unitLabel(ctx, ind.unit, id) : ""),
        t(ind?.direction === "lower" ? L.lists.lower : L.lists.higher),
        t(L.aggregate[ind?.aggregate ?? "none"] ?? ""),
        { v: id, text: true, s: "helper" } as Cell,
      ];
    }),
  ];
  const chart: Cell[][] = [[h(L.lists.chartList)], ...ctx.indicators.map((id) => [t(indicatorName(ctx.catalog.get(id), id, ctx.lang))])];
  const header = listsHeaderRow(notes.length);
  const first = header + 1;
  const visibleWidth = WIDTHS.filter(([i]) => i <= LAST_VISIBLE && i !== LC.id).reduce((n, [, w]) => n + w, 0);

  // The numeric keys ascend down the data sheet unless the user re-sorted it.
  const n = Math.max(ctx.rows.length, 1);
  const key = (from: number, to: number) => absRange(L.sheets.data, from, DC.numKey, to, DC.numKey);
  const sorted: Cell = n < 2 ? { v: true } : { f: `SUMPRODUCT(--(${key(2, n)}>${key(1, n - 1)}))=${n - 1}` };

  const lastOr = (len: number) => first + Math.max(len, 1) - 1;
  const names: DefinedName[] = [
    { name: N.periods, ref: absRange(name, first, LC.period, lastOr(ctx.periods.length), LC.period) },
    { name: N.chartNames, ref: absRange(name, first, LC.chart, lastOr(ctx.indicators.length), LC.chart) },
    { name: N.sorted, ref: sheetRef(name, absA1(first, LC.sorted)) },
  ];
  const columns = WIDTHS.map(([index, width]) => ({ index, width, ...(index === LC.id || index === LC.sorted ? { hidden: true } : {}) }));
  const last = Math.max(lastOr(ctx.periods.length), lastOr(ctx.allIndicators.length), lastOr(ctx.indicators.length));
  const rowPlans = [
    { index: LR.about, height: ROW_PT * wrappedLines(L.lists.about, visibleWidth) + 4 },
    ...notes.map((note, i) => ({ index: LR.notes + i, height: ROW_PT * wrappedLines(note, visibleWidth) + 2 })),
  ];
  const widthPt = printedWidth(columns, LAST_VISIBLE + 1);
  const sheet: SheetPlan = {
    key: "lists",
    name,
    blocks: [
      { row: LR.title, col: 0, cells: [[h(L.lists.title, "title")], [h(L.lists.about, "about")], ...notes.map((n) => [{ v: n, text: true, s: "about" } as Cell])] },
      { row: header, col: LC.period, cells: periods },
      { row: header, col: LC.indicator, cells: indicators },
      { row: header, col: LC.chart, cells: chart },
      { row: header, col: LC.sorted, cells: [[h(L.lists.sorted, "helperHeader")], [sorted]] },
    ],
    columns,
    rows: rowPlans,
    merges: [LR.about, ...notes.map((_, i) => LR.notes + i)].map((r) => range(r, 0, r, LAST_VISIBLE)),
    page: pagePlan({
      title: L.lists.title, L, widthPt, heightPt: printedHeight(rowPlans, last + 1),
      titleRows: [header, header], area: `A1:${colLetter(LAST_VISIBLE)}${last + 1}`,
    }),
    freeze: { rows: header + 1, cols: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
  return { sheet, names };
}
