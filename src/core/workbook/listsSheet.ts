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

/** Rows: title, description, then the lists' headers and entries. */
export const LR = { title: 0, about: 1, header: 3, first: 4 } as const;
export const LC = { period: 0, indicator: 2, unit: 3, direction: 4, aggregate: 5, id: 6, chart: 8, notes: 10, sorted: 12 } as const;
const WIDTHS: [number, number][] = [[0, 10], [1, 2], [2, 40], [3, 18], [4, 11], [5, 18], [6, 24], [7, 2], [8, 40], [9, 2], [10, 70], [11, 2], [12, 12]];

export function buildListsSheet(ctx: BuildContext, notes: string[]): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const name = L.sheets.lists;
  const h = (v: string, s = "header"): Cell => ({ v, text: true, s });
  const t = (v: string): Cell => ({ v, text: true });

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
  const noteCells: Cell[][] = [[h(L.lists.notes)], ...notes.map((n) => [{ v: n, text: true, s: "about" } as Cell])];

  // The numeric keys ascend down the data sheet unless the user re-sorted it.
  const n = Math.max(ctx.rows.length, 1);
  const key = (from: number, to: number) => absRange(L.sheets.data, from, DC.numKey, to, DC.numKey);
  const sorted: Cell = n < 2 ? { v: true } : { f: `SUMPRODUCT(--(${key(2, n)}>${key(1, n - 1)}))=${n - 1}` };

  const lastOr = (len: number) => LR.first + Math.max(len, 1) - 1;
  const names: DefinedName[] = [
    { name: N.periods, ref: absRange(name, LR.first, LC.period, lastOr(ctx.periods.length), LC.period) },
    { name: N.chartNames, ref: absRange(name, LR.first, LC.chart, lastOr(ctx.indicators.length), LC.chart) },
    { name: N.sorted, ref: sheetRef(name, absA1(LR.first, LC.sorted)) },
  ];
  const columns = WIDTHS.map(([index, width]) => ({ index, width, ...(index === LC.id || index === LC.sorted ? { hidden: true } : {}) }));
  const last = Math.max(lastOr(ctx.periods.length), lastOr(ctx.allIndicators.length), lastOr(ctx.indicators.length), LR.first + notes.length);
  const rowPlans = [
    { index: LR.about, height: ROW_PT * wrappedLines(L.lists.about, 150) + 4 },
    ...notes.map((note, i) => ({ index: LR.first + i, height: Math.max(ROW_PT, ROW_PT * wrappedLines(note, 70)) })),
  ];
  const widthPt = printedWidth(columns, LC.notes + 1);
  const sheet: SheetPlan = {
    key: "lists",
    name,
    blocks: [
      { row: LR.title, col: 0, cells: [[h(L.lists.title, "title")], [h(L.lists.about, "about")]] },
      { row: LR.header, col: LC.period, cells: periods },
      { row: LR.header, col: LC.indicator, cells: indicators },
      { row: LR.header, col: LC.chart, cells: chart },
      { row: LR.header, col: LC.notes, cells: noteCells },
      { row: LR.header, col: LC.sorted, cells: [[h(L.lists.sorted, "helperHeader")], [sorted]] },
    ],
    columns,
    rows: rowPlans,
    merges: [range(LR.about, 0, LR.about, LC.notes)],
    page: pagePlan({
      title: L.lists.title, L, widthPt, heightPt: printedHeight(rowPlans, last + 1),
      titleRows: [0, LR.header], area: `A1:${colLetter(LC.notes)}${last + 1}`,
    }),
    freeze: { rows: LR.header + 1, cols: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
  return { sheet, names };
}
