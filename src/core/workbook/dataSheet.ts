// "Dữ liệu": one row per fact — every source's row — as an Excel table in key order, plus the
// helper columns that the comparison and summary formulas read (hidden). A refresh passes back the
// user's overrides and own columns by row key; they are written on the row of the same key,
// wherever that row now is.
import { quotedWords, toJsonFact } from "../facts/fact";
import { absRange, colLetter, range, str } from "./address";
import { indicatorName } from "./catalog";
import { unitLabel, type BuildContext } from "./context";
import type { DataRow } from "./dataRows";
import { lookupKey, positionOf } from "./keys";
import { N } from "./names";
import type { Cell, CellValue, DefinedName, SheetPlan } from "./plan";
import { pagePlan, printedHeight, printedWidth } from "./printing";
import type { RowState } from "./rowState";
import { fmtForUnit, FMT_PCT } from "./styles";
import { dateText, numberText } from "./text";

/** Column indexes of the data sheet (0-based): what people read first, the helper columns (hidden) last. */
export const DC = {
  entity: 0, indicator: 1, period: 2, basis: 3, measure: 4, value: 5, unit: 6, qualifier: 7, warning: 8,
  derived: 9, doc: 10, reportDate: 11, quote: 12, override: 13, valueUsed: 14, review: 15, status: 16,
  unitCompared: 17, sources: 18,
  // hidden
  overrideBase: 19, indicatorId: 20, factKey: 21, factJson: 22, numKey: 23, group: 24, plan: 25, met: 26,
} as const;
export const DATA_NCOLS = 27;
const NCOLS = DATA_NCOLS;
export const HIDDEN_FROM = DC.overrideBase;

const WIDTHS: number[] = [22, 30, 9, 10, 11, 12, 11, 9, 24, 7, 22, 11, 48, 11, 12, 11, 13, 18, 28, 14, 18, 40, 40, 18, 10, 14, 8];
const USER_WIDTH = 16;

export const DATA_TABLE = "tblDuLieu";

/** The header of each owned column, in order, for one language. */
export function dataHeaders(L: BuildContext["L"]): string[] {
  const H = L.data;
  return [
    H.entity, H.indicator, H.period, H.basis, H.measure, H.value, H.unit, H.qualifier, H.warning,
    H.derived, H.doc, H.reportDate, H.quote, H.override, H.valueUsed, H.review, H.status,
    H.unitCompared, H.sources,
    H.overrideBase, H.indicatorId, H.factKey, H.factJson, H.numKey, H.group, H.plan, H.met,
  ];
}

export function buildDataSheet(ctx: BuildContext): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const name = L.sheets.data;
  const headers = dataHeaders(L);
  const userCols = ctx.refresh.userColumns;
  const headerRow: Cell[] = [
    ...headers.map((h, c): Cell => ({ v: h, text: true, s: c >= HIDDEN_FROM ? "helperHeader" : "header" })),
    ...userCols.map((h): Cell => ({ v: h, text: true })),
  ];
  const keyOf = new Map(ctx.rows.map((r) => [r.key, r.numKey] as const));
  const rows: Cell[][] = ctx.rows.map((r, i) => dataRow(ctx, r, i + 1, ctx.refresh.rows[r.key] ?? {}, keyOf));
  // A table needs a body row; an empty workbook still gets its formulas' target ranges.
  if (rows.length === 0) rows.push(Array.from({ length: NCOLS }, () => ({})));
  const last = rows.length; // 0-based index of the last body row

  const col = (c: number) => absRange(name, 1, c, last, c);
  const names: DefinedName[] = [
    { name: N.entity, ref: col(DC.unitCompared) },
    { name: N.value, ref: col(DC.valueUsed) },
    { name: N.key, ref: col(DC.numKey) },
    { name: N.sources, ref: col(DC.sources) },
    { name: N.group, ref: col(DC.group) },
    { name: N.plan, ref: col(DC.plan) },
    { name: N.met, ref: col(DC.met) },
  ];

  const body = range(1, 0, last, NCOLS - 1);
  const columns = [
    ...WIDTHS.map((width, index) => ({ index, width, ...(index >= HIDDEN_FROM ? { hidden: true } : {}) })),
    ...userCols.map((_, i) => ({ index: NCOLS + i, width: USER_WIDTH })),
  ];
  const sheet: SheetPlan = {
    key: "data",
    name,
    blocks: [{ row: 0, col: 0, cells: [headerRow, ...rows] }],
    columns,
    rows: [{ index: 0, height: 27 }],
    borders: [range(0, 0, last, HIDDEN_FROM - 1)],
    page: pagePlan({
      title: name, L,
      widthPt: printedWidth(columns, HIDDEN_FROM), heightPt: printedHeight(undefined, last + 1),
      // the hidden columns inside the print area: they take no room, and LibreOffice does not draw
      // (clipped, but present in the PDF) the first text it finds to the right of the area
      titleRows: [0, 0], titleCols: [0, 0], area: range(0, 0, last, NCOLS - 1), orientation: "landscape",
    }),
    freeze: { rows: 1, cols: 1 },
    tables: [{ name: DATA_TABLE, ref: range(0, 0, last, NCOLS - 1), headerRow: true, style: "TableStyleLight9" }],
    validations: [
      { ref: range(1, DC.basis, last, DC.basis), list: Object.values(L.basis) },
      { ref: range(1, DC.measure, last, DC.measure), list: Object.values(L.measure) },
    ],
    conditionalFormats: [
      { ref: body, rules: [
        { formula: `$${colLetter(DC.review)}2<>""`, style: "review" },
        { formula: `$${colLetter(DC.status)}2=${str(L.status.sourceFailed)}`, style: "stale" },
        { formula: `$${colLetter(DC.derived)}2<>""`, style: "derived" },
      ] },
      { ref: range(1, DC.override, last, DC.valueUsed), rules: [{ formula: `$${colLetter(DC.override)}2<>""`, style: "overridden" }] },
      { ref: range(1, DC.sources, last, DC.sources), rules: [{ formula: `$${colLetter(DC.sources)}2<>""`, style: "conflict" }] },
    ],
    charts: [],
  };
  return { sheet, names };
}

/** Empty cells are many (one data row has a dozen): one shared, never-modified object. */
const EMPTY: Cell = Object.freeze({}) as Cell;
const text = (v: string): Cell => (v === "" ? EMPTY : { v, text: true });
/** "$A", "$B"…: the data sheet's columns as formulas name them. */
const COL = Object.fromEntries(Object.entries(DC).map(([k, i]) => [k, `$${colLetter(i)}`])) as Record<keyof typeof DC, string>;

/** What the row says about other sources: the figures they give, or which row is used instead. */
function sourcesNote(ctx: BuildContext, r: DataRow): string {
  if (!r.others.length) return "";
  const { L } = ctx;
  const each = r.others.map((o) => `${numberText(o.value, L)} (${o.doc}${o.date ? `, ${dateText(o.date, L)}` : ""})`);
  return `${L.otherSources}: ${each.join("; ")}`;
}

function warnings(ctx: BuildContext, r: DataRow): string {
  const own = r.fact?.warnings ?? [];
  const dup = r.usedInstead ? [r.usedInstead.same ? ctx.L.duplicate.same(r.usedInstead.doc) : ctx.L.duplicate.other(r.usedInstead.doc)] : [];
  const sum = r.aggregate ? [`${ctx.L.merger.sumOf}: ${r.aggregate.parts.map((p) => p.entity).join(", ")}`] : [];
  return [...own, ...dup, ...sum].join("; ");
}

function statusOf(ctx: BuildContext, r: DataRow, state: RowState | undefined): string {
  const { L } = ctx;
  if (r.aggregate) return L.status.aggregate;
  return state?.status === "source_failed" ? L.status.sourceFailed : state?.status === "removed" ? L.status.removed : "";
}

function dataRow(ctx: BuildContext, r: DataRow, row: number, state: RowState, keyOf: ReadonlyMap<string, number>): Cell[] {
  const { L } = ctx;
  const R = row + 1; // Excel row number
  const c = (k: keyof typeof DC) => COL[k] + R;
  const f = r.fact;
  const catalogUnit = ctx.catalog.get(r.indicator)?.unit;
  const unit = f?.unit ?? r.aggregate?.unitOfMeasure ?? "";
  const fmt = r.measure === "pct_of_plan" || r.measure === "yoy_pct" ? FMT_PCT : fmtForUnit(unit);
  const pos = (k: number) => positionOf(String(k), { key: N.key, sorted: N.sorted });

  const value: Cell = r.aggregate
    ? {
      f: r.aggregate.parts.map((p) => `INDEX(${N.value},${pos(keyOf.get(p.key)!)})`).join("+"),
      fmt,
      note: L.merger.valueNote(r.unit, r.aggregate.parts.map((p) => p.entity)),
    }
    : { v: f!.value, fmt };
  const review =
    `IF(${c("override")}="","",IF(OR(${c("status")}=${str(L.status.removed)},AND(ISNUMBER(${c("overrideBase")}),${c("overrideBase")}<>${c("value")})),${str(L.reviewFlag)},""))`;
  const override = state.override;
  const overrideCell: Cell = override === undefined || override === null || override === ""
    ? { s: "input", fmt }
    : { v: override, s: "input", fmt, ...(typeof override === "string" ? { text: true as const } : {}) };

  // The plan a unit's figure is measured against: reported, else derived from its % of plan.
  // Only the rows the summary counts (group) need it.
  let plan: Cell = EMPTY;
  let met: Cell = EMPTY;
  if (r.group !== undefined) {
    const planKey = lookupKey(ctx.keys, r.unit, r.indicator, r.period, "plan", "value");
    const pctKey = lookupKey(ctx.keys, r.unit, r.indicator, r.period, r.basis, "pct_of_plan");
    plan = {
      f: `IFERROR(INDEX(${N.value},${pos(planKey)}),IFERROR(${c("valueUsed")}/(INDEX(${N.value},${pos(pctKey)})/100),""))`,
      s: "helper",
      fmt: fmtForUnit(catalogUnit ?? unit),
    };
    const better = ctx.catalog.get(r.indicator)?.direction === "lower" ? "<=" : ">=";
    met = { f: `IF(${c("plan")}="","",IF(${c("valueUsed")}${better}${c("plan")},1,0))`, s: "helper" };
  }
  const user = ctx.refresh.userColumns.map((_, i): Cell => userCell(state.user?.[i]));
  return [
    text(r.entity),
    text(indicatorName(ctx.catalog.get(r.indicator), r.indicator, ctx.lang)),
    text(r.period),
    text(L.basis[r.basis]),
    text(L.measure[r.measure]),
    value,
    text(r.measure === "pct_of_plan" || r.measure === "yoy_pct" ? "%" : unitLabel(ctx, unit, r.indicator)),
    text(f?.qualifier ? L.qualifier[f.qualifier] + (f.upper !== undefined ? ` – ${numberText(f.upper, L)}` : "") : ""),
    text(warnings(ctx, r)),
    text(r.derived ? L.derived : ""),
    text(f?.doc ?? L.merger.doc),
    text(dateText(r.reportDate, L)),
    text(f ? quotedWords(f) : ""),
    overrideCell,
    { f: `IF(${c("override")}<>"",${c("override")},${c("value")})`, fmt },
    { f: review },
    text(statusOf(ctx, r, state)),
    text(r.unit),
    text(sourcesNote(ctx, r)),
    state.overrideBase === undefined ? EMPTY : { v: state.overrideBase, fmt },
    text(r.indicator),
    text(r.key),
    text(f ? JSON.stringify(toJsonFact(f)) : ""),
    { v: r.numKey },
    r.group === undefined ? EMPTY : { v: r.group },
    plan,
    met,
    ...user,
  ];
}

/** The user's own cells go back as they were read: text stays text, a number stays a number. */
function userCell(v: CellValue | undefined): Cell {
  if (v === undefined || v === null || v === "") return EMPTY;
  return typeof v === "string" ? { v, text: true } : { v };
}
