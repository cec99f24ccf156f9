// "So sánh": one row per unit; for each chosen indicator plan, its source, actual, % of plan,
// status and rank for the period picked in the selector cell. Every figure is a formula over
// the data sheet (through the CT_* names), so overrides and a new period flow through.
import { a1, absA1, absRange, colLetter, range, sheetRef, str } from "./address";
import { indicatorName } from "./catalog";
import type { BuildContext } from "./context";
import { N } from "./names";
import type { Cell, ChartPlan, ConditionalFormatPlan, DefinedName, SheetPlan } from "./plan";
import { fmtForUnit, FMT_PCT, FMT_RANK } from "./styles";

/** Offsets of the columns inside one indicator's group. */
export const GC = { plan: 0, planSource: 1, actual: 2, pct: 3, status: 4, rank: 5 } as const;
export const GROUP_WIDTH = 6;

/** 0-based rows of the fixed layout. */
export const CR = { title: 0, period: 1, chartIndicator: 2, indicatorName: 4, indicatorId: 5, header: 6, first: 7 } as const;

export function groupCol(g: number): number {
  return 1 + g * GROUP_WIDTH;
}

export function buildCompareSheet(ctx: BuildContext): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const C = L.compare;
  const name = L.sheets.compare;
  const nInd = ctx.indicators.length;
  const lastCol = Math.max(groupCol(nInd) - 1, 1);
  const firstRow = CR.first;
  const lastRow = firstRow + Math.max(ctx.entities.length, 1) - 1;

  const top: Cell[][] = [
    [{ v: C.title, text: true, s: "title" }],
    [{ v: C.period, text: true, s: "header" }, { v: ctx.selectedPeriod, text: true, s: "input" }, { v: C.hint, text: true, s: "note" }],
    [
      { v: C.chartIndicator, text: true, s: "header" },
      ctx.indicators.length ? { v: indicatorName(ctx.catalog.get(ctx.indicators[0]!), ctx.indicators[0]!, ctx.lang), text: true, s: "input" } : { s: "input" },
      { f: `IFERROR(INDEX(${N.chartIds},MATCH(${absA1(CR.chartIndicator, 1)},${N.chartNames},0)),"")`, s: "helper" },
    ],
  ];

  const nameRow: Cell[] = [{}];
  const idRow: Cell[] = [{}];
  const headRow: Cell[] = [{ v: C.entity, text: true, s: "header" }];
  ctx.indicators.forEach((id) => {
    const label = indicatorName(ctx.catalog.get(id), id, ctx.lang);
    const unit = ctx.catalog.get(id)?.unit ?? "";
    // On new units the header says how merged units' earlier figures were made (or why blank).
    const note = ctx.view === "new" ? (ctx.catalog.get(id)?.aggregate === "sum" ? L.merger.headerSum : L.merger.headerRate) : undefined;
    nameRow.push({ v: unit ? `${label} (${unit})` : label, text: true, s: "header", ...(note ? { note } : {}) });
    for (let k = 1; k < GROUP_WIDTH; k++) nameRow.push({ s: "header" });
    for (let k = 0; k < GROUP_WIDTH; k++) idRow.push({ v: id, text: true, s: "helper" });
    for (const h of [C.plan, C.planSource, C.actual, C.pctOfPlan, C.status, C.rank]) headRow.push({ v: h, text: true, s: "header" });
  });

  const bodyRows: Cell[][] = ctx.entities.map((entity, i) => entityRow(ctx, entity, firstRow + i, firstRow, lastRow));

  // Chart source: plan and actual of the chart indicator, picked from each unit's row.
  const chartTop = lastRow + 3;
  const chartFirst = chartTop + 2;
  const chartLast = chartFirst + Math.max(ctx.entities.length, 1) - 1;
  const idRange = `${absA1(CR.indicatorId, 1)}:${absA1(CR.indicatorId, lastCol)}`;
  const chartRows: Cell[][] = [
    [{ f: `${str(C.chartTitle + ": ")}&${absA1(CR.chartIndicator, 1)}&" — "&${N.selPeriod}`, s: "title" }],
    [{ v: C.chartEntity, text: true, s: "header" }, { v: C.plan, text: true, s: "header" }, { v: C.actual, text: true, s: "header" }],
    ...ctx.entities.map((_, i) => {
      const r = firstRow + i;
      const rowRange = `$${colLetter(1)}${r + 1}:$${colLetter(lastCol)}${r + 1}`;
      const pick = (offset: number) =>
        `IFERROR(INDEX(${rowRange},MATCH(${N.chartId},${idRange},0)+${offset}),"")`;
      return [{ f: `$A${r + 1}` }, { f: pick(GC.plan), fmt: "#,##0.0" }, { f: pick(GC.actual), fmt: "#,##0.0" }];
    }),
  ];
  const chart: ChartPlan = {
    type: "columnClustered",
    title: C.chartTitle,
    categoriesRef: absRange(name, chartFirst, 0, chartLast, 0),
    series: [
      { name: C.plan, valuesRef: absRange(name, chartFirst, 1, chartLast, 1) },
      { name: C.actual, valuesRef: absRange(name, chartFirst, 2, chartLast, 2) },
    ],
    anchor: { row: chartTop, col: 4, rows: 16, cols: 10 },
    fallbackNote: C.chartNote,
  };

  const conditionalFormats: ConditionalFormatPlan[] = ctx.indicators.flatMap((_, g) => {
    const st = groupCol(g) + GC.status;
    const src = groupCol(g) + GC.planSource;
    return [
      {
        ref: range(firstRow, st, lastRow, st),
        rules: [
          { formula: `${a1(firstRow, st)}=${str(C.met)}`, style: "good" },
          { formula: `${a1(firstRow, st)}=${str(C.missed)}`, style: "bad" },
        ],
      },
      {
        ref: range(firstRow, groupCol(g), lastRow, src),
        rules: [{ formula: `$${colLetter(src)}${firstRow + 1}=${str(L.derived)}`, style: "derived" }],
      },
    ];
  });

  const columns = [{ index: 0, width: 30 }];
  ctx.indicators.forEach((_, g) => {
    const c = groupCol(g);
    [14, 10, 14, 10, 11, 8].forEach((w, k) => columns.push({ index: c + k, width: w }));
  });

  const sheet: SheetPlan = {
    key: "compare",
    name,
    blocks: [
      { row: 0, col: 0, cells: top },
      { row: CR.indicatorName, col: 0, cells: [nameRow, idRow, headRow, ...bodyRows] },
      { row: chartTop, col: 0, cells: chartRows },
    ],
    columns,
    freeze: { rows: CR.header + 1, cols: 1 },
    tables: [],
    validations: [
      { ref: a1(CR.period, 1), listFormula: N.periods },
      { ref: a1(CR.chartIndicator, 1), listFormula: N.chartNames },
    ],
    conditionalFormats,
    charts: [chart],
  };
  const names: DefinedName[] = [
    { name: N.selPeriod, ref: sheetRef(name, absA1(CR.period, 1)) },
    { name: N.chartId, ref: sheetRef(name, absA1(CR.chartIndicator, 2)) },
  ];
  return { sheet, names };
}

function entityRow(ctx: BuildContext, entity: string, row: number, firstRow: number, lastRow: number): Cell[] {
  const { L } = ctx;
  const R = row + 1;
  const cells: Cell[] = [{ v: entity, text: true }];
  ctx.indicators.forEach((id, g) => {
    const c0 = groupCol(g);
    const ref = (k: number) => `${colLetter(c0 + k)}${R}`;
    const idCell = `${colLetter(c0)}$${CR.indicatorId + 1}`;
    const key = (basis: string, measure: string) =>
      `$A${R}&"|"&${idCell}&"|"&${N.selPeriod}&${str(`|${basis}|${measure}`)}`;
    const look = (basis: string, measure: string) => `INDEX(${N.value},MATCH(${key(basis, measure)},${N.key},0))`;
    const pctReported = `IFERROR(${look(L.basis.actual, L.measure.pct_of_plan)},${look(L.basis.estimate, L.measure.pct_of_plan)})`;
    const ind = ctx.catalog.get(id);
    const fmt = fmtForUnit(ind?.unit ?? "");
    const better = ind?.direction === "lower" ? "<=" : ">=";
    const rankOrder = ind?.direction === "lower" ? 1 : 0;
    const actualCol = colLetter(c0 + GC.actual);

    cells.push(
      // plan: reported, else derived from the actual and its % of plan
      { f: `IFERROR(${look(L.basis.plan, L.measure.value)},IFERROR(${ref(GC.actual)}/(${pctReported}/100),""))`, fmt },
      { f: `IF(${ref(GC.plan)}="","",IF(ISNUMBER(MATCH(${key(L.basis.plan, L.measure.value)},${N.key},0)),${str(L.compare.reported)},${str(L.derived)}))` },
      // actual: the actual figure, else the estimate
      { f: `IFERROR(${look(L.basis.actual, L.measure.value)},IFERROR(${look(L.basis.estimate, L.measure.value)},""))`, fmt },
      { f: `IFERROR(${pctReported},IF(AND(ISNUMBER(${ref(GC.plan)}),ISNUMBER(${ref(GC.actual)})),IF(${ref(GC.plan)}=0,"",${ref(GC.actual)}/${ref(GC.plan)}*100),""))`, fmt: FMT_PCT },
      { f: `IF(AND(ISNUMBER(${ref(GC.plan)}),ISNUMBER(${ref(GC.actual)})),IF(${ref(GC.actual)}${better}${ref(GC.plan)},${str(L.compare.met)},${str(L.compare.missed)}),"")` },
      { f: `IF(ISNUMBER(${ref(GC.actual)}),RANK(${ref(GC.actual)},${actualCol}$${firstRow + 1}:${actualCol}$${lastRow + 1},${rankOrder}),"")`, fmt: FMT_RANK },
    );
  });
  return cells;
}
