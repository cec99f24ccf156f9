// "Dữ liệu": one row per fact, as an Excel table, plus the helper columns that the comparison
// and summary formulas look up (all live formulas, so an override flows everywhere). A refresh
// passes back the user's overrides and own columns by row key; they are written on the row of
// the same key, wherever that row now is.
import { quotedWords, toJsonFact, type Fact } from "../facts/fact";
import { absRange, colLetter, range, str } from "./address";
import { indicatorName } from "./catalog";
import type { BuildContext } from "./context";
import type { AggregateRow } from "./mergerAggregates";
import { N } from "./names";
import type { Cell, CellValue, DefinedName, SheetPlan } from "./plan";
import type { RowState } from "./rowState";
import { fmtForUnit, FMT_PCT } from "./styles";

/** Column indexes of the data sheet (0-based). */
export const DC = {
  entity: 0, indicatorId: 1, indicator: 2, period: 3, basis: 4, measure: 5, value: 6, unit: 7,
  qualifier: 8, warning: 9, derived: 10, doc: 11, quote: 12, factKey: 13, override: 14,
  valueUsed: 15, review: 16, status: 17, unitCompared: 18, overrideBase: 19, factJson: 20,
  lookupKey: 21, group: 22, plan: 23, met: 24, groupValue: 25,
} as const;
export const DATA_NCOLS = 26;
const NCOLS = DATA_NCOLS;

const WIDTHS: number[] = [26, 18, 34, 10, 11, 13, 13, 12, 12, 30, 8, 28, 60, 40, 12, 14, 14, 16, 22, 14, 40, 40, 22, 14, 8, 30];
const HIDDEN_FROM = DC.overrideBase;
const USER_WIDTH = 16;

export const DATA_TABLE = "tblDuLieu";

/** The header of each owned column, in order, for one language. */
export function dataHeaders(L: BuildContext["L"]): string[] {
  const H = L.data;
  return [
    H.entity, H.indicatorId, H.indicator, H.period, H.basis, H.measure, H.value, H.unit, H.qualifier,
    H.warning, H.derived, H.doc, H.quote, H.factKey, H.override, H.valueUsed, H.review, H.status,
    H.unitCompared, H.overrideBase, H.factJson, H.lookupKey, H.group, H.plan, H.met, H.groupValue,
  ];
}

/** One row's content before it becomes cells: a fact, or a new-unit sum. */
interface RowSpec {
  key: string;
  entity: string;
  indicator: string;
  period: string;
  basis: string;
  measure: string;
  value: Cell;
  unit: string;
  qualifier: string;
  warnings: string[];
  derived: boolean;
  doc: string;
  quote: string;
  unitCompared: string;
  status: string;
  json: string;
  fmt: string;
}

export function buildDataSheet(ctx: BuildContext): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const name = L.sheets.data;
  const headers = dataHeaders(L);
  const userCols = ctx.refresh.userColumns;
  const headerRow: Cell[] = [
    ...headers.map((h, c): Cell => ({ v: h, text: true, s: c >= DC.overrideBase ? "helperHeader" : "header" })),
    ...userCols.map((h): Cell => ({ v: h, text: true })),
  ];
  const specs = [
    ...ctx.facts.map((f, i) => factSpec(ctx, f, i)),
    ...ctx.aggregates.map((a) => aggregateSpec(ctx, a)),
  ];
  const rows: Cell[][] = specs.map((spec, i) => dataRow(ctx, spec, i + 1, ctx.refresh.rows[spec.key] ?? {}));
  // A table needs a body row; an empty workbook still gets its formulas' target ranges.
  if (rows.length === 0) rows.push(Array.from({ length: NCOLS }, () => ({})));
  const last = rows.length; // 0-based index of the last body row

  const col = (c: number) => absRange(name, 1, c, last, c);
  const names: DefinedName[] = [
    { name: N.entity, ref: col(DC.unitCompared) },
    { name: N.indicator, ref: col(DC.indicatorId) },
    { name: N.period, ref: col(DC.period) },
    { name: N.basis, ref: col(DC.basis) },
    { name: N.measure, ref: col(DC.measure) },
    { name: N.value, ref: col(DC.valueUsed) },
    { name: N.key, ref: col(DC.lookupKey) },
    { name: N.factKey, ref: col(DC.factKey) },
    { name: N.group, ref: col(DC.group) },
    { name: N.plan, ref: col(DC.plan) },
    { name: N.met, ref: col(DC.met) },
    { name: N.groupValue, ref: col(DC.groupValue) },
  ];

  const body = range(1, 0, last, NCOLS - 1);
  const sheet: SheetPlan = {
    key: "data",
    name,
    blocks: [{ row: 0, col: 0, cells: [headerRow, ...rows] }],
    columns: [
      ...WIDTHS.map((width, index) => ({ index, width, ...(index >= HIDDEN_FROM ? { hidden: true } : {}) })),
      ...userCols.map((_, i) => ({ index: NCOLS + i, width: USER_WIDTH })),
    ],
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
    ],
    charts: [],
  };
  return { sheet, names };
}

function factSpec(ctx: BuildContext, f: Fact, i: number): RowSpec {
  const { L } = ctx;
  const key = ctx.keys[i]!;
  const state = ctx.refresh.rows[key];
  const fmt = f.measure === "pct_of_plan" || f.measure === "yoy_pct" ? FMT_PCT : fmtForUnit(f.unit);
  return {
    key,
    entity: f.entity,
    indicator: f.indicator,
    period: f.period,
    basis: L.basis[f.basis],
    measure: L.measure[f.measure],
    value: { v: f.value, fmt },
    unit: f.unit,
    qualifier: f.qualifier ? L.qualifier[f.qualifier] + (f.upper !== undefined ? ` – ${f.upper}` : "") : "",
    warnings: [...(f.warnings ?? []), ...(ctx.duplicates.has(i) ? [L.duplicateWarning] : [])],
    derived: !!f.derived,
    doc: f.doc,
    quote: quotedWords(f),
    unitCompared: ctx.units[i]!,
    status: state?.status === "source_failed" ? L.status.sourceFailed : state?.status === "removed" ? L.status.removed : "",
    json: JSON.stringify(toJsonFact(f)),
    fmt,
  };
}

function aggregateSpec(ctx: BuildContext, a: AggregateRow): RowSpec {
  const { L } = ctx;
  const fmt = fmtForUnit(a.unitOfMeasure);
  const names = a.parts.map((p) => p.entity);
  const sum = a.parts.map((p) => `INDEX(${N.value},MATCH(${str(p.key)},${N.factKey},0))`).join("+");
  return {
    key: a.key,
    entity: a.unit,
    indicator: a.indicator,
    period: a.period,
    basis: L.basis[a.basis],
    measure: L.measure.value,
    value: { f: sum, fmt, note: L.merger.valueNote(a.unit, names) },
    unit: a.unitOfMeasure,
    qualifier: "",
    warnings: [`${L.merger.sumOf}: ${names.join(", ")}`],
    derived: false,
    doc: L.merger.doc,
    quote: "",
    unitCompared: a.unit,
    status: L.status.aggregate,
    json: "",
    fmt,
  };
}

function dataRow(ctx: BuildContext, spec: RowSpec, row: number, state: RowState): Cell[] {
  const { L } = ctx;
  const R = row + 1; // Excel row number
  const c = (k: keyof typeof DC) => `$${colLetter(DC[k])}${R}`;
  const t = (v: string, s?: string): Cell => (v === "" ? {} : { v, text: true, ...(s ? { s } : {}) });
  const fmt = spec.fmt;

  const keyOf = (basis: string, measure: string) =>
    `${c("unitCompared")}&"|"&${c("indicatorId")}&"|"&${c("period")}&${str(`|${basis}|${measure}`)}`;
  const actualValueKey = keyOf(L.basis.actual, L.measure.value);
  const planValueKey = keyOf(L.basis.plan, L.measure.value);
  const pctSameBasisKey = `${c("unitCompared")}&"|"&${c("indicatorId")}&"|"&${c("period")}&"|"&${c("basis")}&${str(`|${L.measure.pct_of_plan}`)}`;
  const headerRows = 1;

  // The figure a unit is summarized by: its actual value, else its estimate; the first such row.
  // Nested IFs, not AND/OR, because Excel evaluates IF lazily and the lookups cost a scan each.
  const first = `IF(MATCH(${c("lookupKey")},${N.key},0)=ROW()-${headerRows},${c("indicatorId")}&"|"&${c("period")},"")`;
  const group =
    `IF(OR(${c("measure")}<>${str(L.measure.value)},${c("derived")}<>"",${c("unitCompared")}=""),"",` +
    `IF(${c("basis")}=${str(L.basis.actual)},${first},` +
    `IF(${c("basis")}=${str(L.basis.estimate)},IF(COUNTIF(${N.key},${actualValueKey})=0,${first},""),"")))`;
  const plan =
    `IF(${c("group")}="","",IFERROR(INDEX(${N.value},MATCH(${planValueKey},${N.key},0)),` +
    `IFERROR(${c("valueUsed")}/(INDEX(${N.value},MATCH(${pctSameBasisKey},${N.key},0))/100),"")))`;
  const met =
    `IF(OR(${c("group")}="",${c("plan")}=""),"",` +
    `IF(IFERROR(INDEX(${N.directions},MATCH(${c("indicatorId")},${N.indicatorIds},0)),"")=${str(L.lists.lower)},` +
    `IF(${c("valueUsed")}<=${c("plan")},1,0),IF(${c("valueUsed")}>=${c("plan")},1,0)))`;
  // An override made against a figure the source no longer gives, or on a row the source
  // dropped, is flagged until the user looks at it (clears the override or the base).
  const review =
    `IF(${c("override")}="","",IF(OR(${c("status")}=${str(L.status.removed)},AND(ISNUMBER(${c("overrideBase")}),${c("overrideBase")}<>${c("value")})),${str(L.reviewFlag)},""))`;

  const override = state.override;
  const overrideCell: Cell = override === undefined || override === null || override === ""
    ? { s: "input", fmt }
    : { v: override, s: "input", fmt, ...(typeof override === "string" ? { text: true as const } : {}) };
  const user = ctx.refresh.userColumns.map((_, i): Cell => userCell(state.user?.[i]));
  return [
    t(spec.entity),
    t(spec.indicator),
    t(indicatorName(ctx.catalog.get(spec.indicator), spec.indicator, ctx.lang)),
    t(spec.period),
    t(spec.basis),
    t(spec.measure),
    spec.value,
    t(spec.unit),
    t(spec.qualifier),
    t(spec.warnings.join("; ")),
    t(spec.derived ? L.derived : ""),
    t(spec.doc),
    t(spec.quote),
    t(spec.key),
    overrideCell,
    { f: `IF(${c("override")}<>"",${c("override")},${c("value")})`, fmt },
    { f: review },
    t(spec.status),
    t(spec.unitCompared),
    state.overrideBase === undefined ? {} : { v: state.overrideBase, fmt },
    t(spec.json),
    { f: `${c("unitCompared")}&"|"&${c("indicatorId")}&"|"&${c("period")}&"|"&${c("basis")}&"|"&${c("measure")}&IF(${c("derived")}<>"","|"&${c("derived")},"")`, s: "helper" },
    { f: group, s: "helper" },
    { f: plan, s: "helper", fmt: fmtForUnit(spec.unit) },
    { f: met, s: "helper" },
    // "group|value": finds the unit behind a group's min or max in one MATCH
    { f: `IF(${c("group")}="","",${c("group")}&"|"&${c("valueUsed")})`, s: "helper" },
    ...user,
  ];
}

/** The user's own cells go back as they were read: text stays text, a number stays a number. */
function userCell(v: CellValue | undefined): Cell {
  if (v === undefined || v === null || v === "") return {};
  return typeof v === "string" ? { v, text: true } : { v };
}
