// "So sánh": for each indicator a block — its name and unit, then one row per unit with plan, its
// source, actual, % of plan, status, rank and a note where reports disagree — for the period picked
// in the yellow cell. Blocks stack down the page, so the sheet is eight columns wide and prints
// on A4 whatever the number of indicators; a block starts a new page rather than split.
//
// Every figure is a formula over the data sheet. Each row first finds, in hidden helper columns,
// the data rows holding its figures by binary search over the numeric key (keys.ts): a handful
// of O(log n) lookups per unit and indicator, whatever the size of the data sheet.
import { a1, absA1, absRange, colLetter, range, sheetRef, str } from "./address";
import { indicatorName } from "./catalog";
import { unitLabel, type BuildContext } from "./context";
import { CODES, codeOf, positionOf, slotFormula } from "./keys";
import { N } from "./names";
import type { Cell, ConditionalFormatPlan, DefinedName, RowPlan, SheetPlan } from "./plan";
import { blockBreaks, pagePlan, printedHeight, printedWidth, ROW_PT, rowsPerPage } from "./printing";
import { fmtForUnit, FMT_PCT, FMT_RANK } from "./styles";
import { wrappedLines } from "./text";

/** 0-based rows of the fixed layout; blocks start at `first`. */
export const CR = { title: 0, period: 1, header: 2, first: 3 } as const;
/** Visible columns of a unit's row. */
export const CC = { entity: 0, plan: 1, planSource: 2, actual: 3, pct: 4, status: 5, rank: 6, note: 7 } as const;
export const VISIBLE_COLS = 8;
/**
 * Hidden helper columns: the indicator id (on a block's title row), the row's key base for the
 * selected period, and the position in the data sheet of each figure the row shows.
 */
export const HC = {
  id: 9, base: 10, actual: 11, estimate: 12, plan: 13, pctActual: 14, pctEstimate: 15,
  /** The % of plan a source reports (actual, else estimate), and the notes of the rows shown. */
  pct: 16, actualNote: 17, planNote: 18,
} as const;
const NCOLS = HC.planNote + 1;
/** The selected period's index (CT_SelIndex), beside the selector. */
const SEL_INDEX = { row: CR.period, col: HC.base } as const;

/** Rows of one indicator's block: its title row, then one per unit. */
export function blockHeight(ctx: Pick<BuildContext, "entities">): number {
  return Math.max(ctx.entities.length, 1) + 1;
}

/** 0-based row of indicator g's title row. */
export function blockRow(ctx: Pick<BuildContext, "entities">, g: number): number {
  return CR.first + g * blockHeight(ctx);
}

export function entityWidth(ctx: Pick<BuildContext, "entities">): number {
  const longest = Math.max(12, ...ctx.entities.map((e) => e.length));
  return Math.min(longest + 2, 34);
}

export function buildCompareSheet(ctx: BuildContext): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const C = L.compare;
  const name = L.sheets.compare;
  const width = entityWidth(ctx);
  const widths = [width, 13, 10, 13, 9, 11, 8, 38];

  const top: Cell[][] = [
    [{ v: C.title, text: true, s: "title" }, {}, {}, { f: `IF(${N.sorted},"",${str(C.unsorted)})`, s: "warn" }],
    [{ v: C.period, text: true, s: "header" }, { v: ctx.selectedPeriod, text: true, s: "input" }, { v: C.hint, text: true, s: "about" }],
    [C.entity, C.plan, C.planSource, C.actual, C.pctOfPlan, C.status, C.rank, C.note].map((h): Cell => ({ v: h, text: true, s: "header" })),
  ];
  const selIndex: Cell = { f: `IFERROR(MATCH(${N.selPeriod},${N.periods},0)-1,-1)`, s: "helper" };

  const rows: Cell[][] = [];
  const hintWidth = widths.slice(2).reduce((a, b) => a + b, 0);
  const rowPlans: RowPlan[] = [{ index: CR.period, height: ROW_PT * wrappedLines(C.hint, hintWidth) + 2 }, { index: CR.header, height: ROW_PT * 2 }];
  const merges: string[] = [range(CR.period, 2, CR.period, VISIBLE_COLS - 1)];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const blocks: { row: number; rows: number }[] = [];
  ctx.indicators.forEach((id, g) => {
    const r0 = blockRow(ctx, g);
    blocks.push({ row: r0, rows: blockHeight(ctx) });
    rows.push(titleRow(ctx, id));
    merges.push(range(r0, 0, r0, VISIBLE_COLS - 1));
    const first = r0 + 1;
    const last = r0 + ctx.entities.length;
    ctx.entities.forEach((entity, i) => {
      rows.push(entityRow(ctx, entity, id, first + i, first, last));
      const lines = wrappedLines(entity, width);
      if (lines > 1) rowPlans.push({ index: first + i, height: ROW_PT * lines });
    });
    if (ctx.entities.length) conditionalFormats.push(...blockFormats(ctx, first, last));
  });
  const lastRow = Math.max(CR.first + rows.length - 1, CR.header);

  const columns = [
    ...widths.map((w, index) => ({ index, width: w })),
    { index: VISIBLE_COLS, width: 2 },
    ...Array.from({ length: NCOLS - HC.id }, (_, k) => ({ index: HC.id + k, width: 12, hidden: true })),
  ];
  const widthPt = printedWidth(columns, VISIBLE_COLS);
  const heightPt = printedHeight(rowPlans, lastRow + 1);
  const titleHeight = printedHeight(rowPlans, CR.header + 1);
  const orientation = widthPt > heightPt ? "landscape" : "portrait";
  const sheet: SheetPlan = {
    key: "compare",
    name,
    blocks: [
      { row: 0, col: 0, cells: top },
      { row: SEL_INDEX.row, col: SEL_INDEX.col, cells: [[selIndex]] },
      { row: CR.first, col: 0, cells: rows },
    ],
    columns,
    rows: rowPlans,
    merges,
    borders: [range(CR.header, 0, lastRow, VISIBLE_COLS - 1)],
    page: pagePlan({
      title: C.title, L, widthPt, heightPt, orientation,
      titleRows: [0, CR.header], titleCols: [0, 0],
      breaks: blockBreaks(blocks, rowsPerPage(orientation, widthPt, titleHeight)),
      area: range(0, 0, lastRow, VISIBLE_COLS - 1),
    }),
    freeze: { rows: CR.header + 1, cols: 1 },
    tables: [],
    validations: [{ ref: a1(CR.period, 1), listFormula: N.periods }],
    conditionalFormats,
    charts: [],
  };
  const names: DefinedName[] = [
    { name: N.selPeriod, ref: sheetRef(name, absA1(CR.period, 1)) },
    { name: N.selIndex, ref: sheetRef(name, absA1(SEL_INDEX.row, SEL_INDEX.col)) },
  ];
  return { sheet, names };
}

/** "Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng)", and the id in a hidden column. */
function titleRow(ctx: BuildContext, id: string): Cell[] {
  const { L } = ctx;
  const ind = ctx.catalog.get(id);
  const label = indicatorName(ind, id, ctx.lang);
  const unit = ind ? unitLabel(ctx, ind.unit, id) : "";
  // On new units the title says how merged units' earlier figures were made (or why blank).
  const note = ctx.view === "new" ? (ind?.aggregate === "sum" ? L.merger.headerSum : L.merger.headerRate) : undefined;
  const cells: Cell[] = [{ v: unit ? `${label} (${unit})` : label, text: true, s: "block", ...(note ? { note } : {}) }];
  for (let c = 1; c < VISIBLE_COLS; c++) cells.push({ s: "block" });
  cells.push({}, { v: id, text: true, s: "helper" });
  return cells;
}

function blockFormats(ctx: BuildContext, first: number, last: number): ConditionalFormatPlan[] {
  const C = ctx.L.compare;
  const at = (col: number) => `$${colLetter(col)}${first + 1}`;
  return [
    {
      ref: range(first, CC.status, last, CC.status),
      rules: [
        { formula: `${at(CC.status)}=${str(C.met)}`, style: "good" },
        { formula: `${at(CC.status)}=${str(C.missed)}`, style: "bad" },
      ],
    },
    { ref: range(first, CC.plan, last, CC.planSource), rules: [{ formula: `${at(CC.planSource)}=${str(ctx.L.derived)}`, style: "derived" }] },
    { ref: range(first, CC.actual, last, CC.actual), rules: [{ formula: `${at(CC.note)}<>""`, style: "conflict" }] },
    { ref: range(first, CC.note, last, CC.note), rules: [{ formula: `${at(CC.note)}<>""`, style: "conflict" }] },
  ];
}

function entityRow(ctx: BuildContext, entity: string, id: string, row: number, first: number, last: number): Cell[] {
  const { L } = ctx;
  const C = L.compare;
  const R = row + 1;
  const ref = (col: number) => `${colLetter(col)}${R}`;
  const helper = (col: number) => `$${colLetter(col)}${R}`;
  const ks = ctx.keys;
  const base = slotFormula(ks, entity, id);
  const key = (basis: "actual" | "estimate" | "plan", measure: "value" | "pct_of_plan") =>
    positionOf(`${helper(HC.base)}+${codeOf(basis, measure, false) * ks.dup}`, { key: N.key, sorted: N.sorted });
  const at = (col: number) => `INDEX(${N.value},${helper(col)})`;
  const found = (col: number) => `${helper(col)}<>""`;
  const note = (col: number) => `""&INDEX(${N.sources},${helper(col)})`;

  const ind = ctx.catalog.get(id);
  const fmt = fmtForUnit(ind?.unit ?? "");
  const better = ind?.direction === "lower" ? "<=" : ">=";
  const rankOrder = ind?.direction === "lower" ? 1 : 0;
  const plan = ref(CC.plan), actual = ref(CC.actual);
  const pctReported = helper(HC.pct), actualNote = helper(HC.actualNote), planNote = helper(HC.planNote);
  const planPrefix = str(`${C.plan}: `);

  const cells: Cell[] = [
    { v: entity, text: true, s: "entity" },
    // plan: reported, else derived from the actual and its % of plan
    { f: `IF(${found(HC.plan)},${at(HC.plan)},IFERROR(${actual}/(${pctReported}/100),""))`, fmt },
    { f: `IF(${plan}="","",IF(${found(HC.plan)},${str(C.reported)},${str(L.derived)}))` },
    // actual: the actual figure, else the estimate
    { f: `IF(${found(HC.actual)},${at(HC.actual)},IF(${found(HC.estimate)},${at(HC.estimate)},""))`, fmt },
    { f: `IF(ISNUMBER(${pctReported}),${pctReported},IF(AND(ISNUMBER(${plan}),ISNUMBER(${actual})),IF(${plan}=0,"",${actual}/${plan}*100),""))`, fmt: FMT_PCT },
    { f: `IF(AND(ISNUMBER(${plan}),ISNUMBER(${actual})),IF(${actual}${better}${plan},${str(C.met)},${str(C.missed)}),"")` },
    { f: `IF(ISNUMBER(${actual}),RANK(${actual},${colLetter(CC.actual)}$${first + 1}:${colLetter(CC.actual)}$${last + 1},${rankOrder}),"")`, fmt: FMT_RANK },
    { f: `IF(${planNote}="",${actualNote},IF(${actualNote}="",${planPrefix}&${planNote},${actualNote}&"; "&${planPrefix}&${planNote}))` },
    {},
    {},
    { f: `IF(${N.selIndex}<0,-1,(${base.fixed}+${N.selIndex}*${base.perPeriod})*${CODES * ks.dup})`, s: "helper" },
    { f: key("actual", "value"), s: "helper" },
    { f: key("estimate", "value"), s: "helper" },
    { f: key("plan", "value"), s: "helper" },
    { f: key("actual", "pct_of_plan"), s: "helper" },
    { f: key("estimate", "pct_of_plan"), s: "helper" },
    { f: `IF(${found(HC.pctActual)},${at(HC.pctActual)},IF(${found(HC.pctEstimate)},${at(HC.pctEstimate)},""))`, s: "helper" },
    { f: `IF(${found(HC.actual)},${note(HC.actual)},IF(${found(HC.estimate)},${note(HC.estimate)},""))`, s: "helper" },
    { f: `IF(${found(HC.plan)},${note(HC.plan)},"")`, s: "helper" },
  ];
  return cells;
}

/** Where a unit's figures for indicator g are, for sheets that show them again (brief, chart). */
export function compareCellRef(ctx: BuildContext, g: number, unitIndex: number, col: number): string {
  return sheetRef(ctx.L.sheets.compare, absA1(blockRow(ctx, g) + 1 + unitIndex, col));
}

/** The comparison's column `col` from row 1 to its last row: what INDEX picks a block's row from. */
export function compareColumn(ctx: BuildContext, col: number): string {
  return absRange(ctx.L.sheets.compare, 0, col, blockRow(ctx, ctx.indicators.length), col);
}
