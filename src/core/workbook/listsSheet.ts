// "Danh mục": the choices behind the drop-downs (periods, indicators) and each indicator's
// direction, which the "met plan" formulas look up; plus notes about how the book was made.
import { absRange } from "./address";
import { indicatorName } from "./catalog";
import type { BuildContext } from "./context";
import { N } from "./names";
import type { Cell, DefinedName, SheetPlan } from "./plan";

export function buildListsSheet(ctx: BuildContext, notes: string[]): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const name = L.sheets.lists;
  const h = (v: string): Cell => ({ v, text: true, s: "header" });
  const t = (v: string): Cell => ({ v, text: true });

  const periods: Cell[][] = [[h(L.lists.periods)], ...ctx.periods.map((p) => [t(p)])];
  const indicators: Cell[][] = [
    [h(L.lists.indicatorId), h(L.lists.indicator), h(L.lists.direction), h(L.lists.aggregate)],
    ...ctx.allIndicators.map((id) => {
      const ind = ctx.catalog.get(id);
      return [
        t(id),
        t(indicatorName(ind, id, ctx.lang)),
        t(ind?.direction === "lower" ? L.lists.lower : L.lists.higher),
        t(ind?.aggregate ?? "none"),
      ];
    }),
  ];
  const chart: Cell[][] = [
    [h(L.lists.indicator), h(L.lists.indicatorId)],
    ...ctx.indicators.map((id) => [t(indicatorName(ctx.catalog.get(id), id, ctx.lang)), t(id)]),
  ];
  const noteCells: Cell[][] = [[h(L.lists.notes)], ...notes.map((n) => [{ v: n, text: true, s: "note" } as Cell])];

  const lastOr1 = (n: number) => Math.max(n, 1);
  const names: DefinedName[] = [
    { name: N.periods, ref: absRange(name, 1, 0, lastOr1(ctx.periods.length), 0) },
    { name: N.indicatorIds, ref: absRange(name, 1, 2, lastOr1(ctx.allIndicators.length), 2) },
    { name: N.directions, ref: absRange(name, 1, 4, lastOr1(ctx.allIndicators.length), 4) },
    { name: N.chartNames, ref: absRange(name, 1, 7, lastOr1(ctx.indicators.length), 7) },
    { name: N.chartIds, ref: absRange(name, 1, 8, lastOr1(ctx.indicators.length), 8) },
  ];
  const sheet: SheetPlan = {
    key: "lists",
    name,
    blocks: [
      { row: 0, col: 0, cells: periods },
      { row: 0, col: 2, cells: indicators },
      { row: 0, col: 7, cells: chart },
      { row: 0, col: 10, cells: noteCells },
    ],
    columns: [
      { index: 0, width: 12 }, { index: 1, width: 2 }, { index: 2, width: 28 }, { index: 3, width: 40 },
      { index: 4, width: 12 }, { index: 5, width: 14 }, { index: 6, width: 2 }, { index: 7, width: 40 },
      { index: 8, width: 28 }, { index: 9, width: 2 }, { index: 10, width: 100 },
    ],
    freeze: { rows: 1, cols: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
  return { sheet, names };
}
