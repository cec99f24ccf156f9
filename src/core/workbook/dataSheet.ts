// "Dữ liệu": one row per fact, as an Excel table, plus the helper columns that the comparison
// and summary formulas look up (all live formulas, so an override flows everywhere).
import { factKey, type Fact } from "../facts/fact";
import { absRange, colLetter, range, str } from "./address";
import { indicatorName } from "./catalog";
import type { BuildContext } from "./context";
import { N } from "./names";
import type { Cell, DefinedName, SheetPlan } from "./plan";
import { fmtForUnit, FMT_PCT } from "./styles";

/** Column indexes of the data sheet (0-based). */
export const DC = {
  entity: 0, indicatorId: 1, indicator: 2, period: 3, basis: 4, measure: 5, value: 6, unit: 7,
  qualifier: 8, warning: 9, derived: 10, doc: 11, quote: 12, factKey: 13, override: 14,
  valueUsed: 15, lookupKey: 16, group: 17, plan: 18, met: 19, groupValue: 20,
} as const;
const NCOLS = 21;

const WIDTHS: number[] = [26, 18, 34, 10, 11, 13, 13, 12, 12, 30, 8, 28, 60, 40, 12, 14, 40, 22, 14, 8, 30];
const HIDDEN_FROM = DC.group;

export const DATA_TABLE = "tblDuLieu";

export function buildDataSheet(ctx: BuildContext): { sheet: SheetPlan; names: DefinedName[] } {
  const { L } = ctx;
  const name = L.sheets.data;
  const H = L.data;
  const headers = [
    H.entity, H.indicatorId, H.indicator, H.period, H.basis, H.measure, H.value, H.unit, H.qualifier,
    H.warning, H.derived, H.doc, H.quote, H.factKey, H.override, H.valueUsed, H.lookupKey, H.group,
    H.plan, H.met, H.groupValue,
  ];
  const headerRow: Cell[] = headers.map((h, c) => ({ v: h, text: true, s: c >= DC.lookupKey ? "helperHeader" : "header" }));
  const rows: Cell[][] = ctx.facts.map((f, i) => dataRow(ctx, f, i + 1, ctx.duplicates.has(i)));
  // A table needs a body row; an empty workbook still gets its formulas' target ranges.
  if (rows.length === 0) rows.push(Array.from({ length: NCOLS }, () => ({})));
  const last = rows.length; // 0-based index of the last body row

  const col = (c: number) => absRange(name, 1, c, last, c);
  const names: DefinedName[] = [
    { name: N.entity, ref: col(DC.entity) },
    { name: N.indicator, ref: col(DC.indicatorId) },
    { name: N.period, ref: col(DC.period) },
    { name: N.basis, ref: col(DC.basis) },
    { name: N.measure, ref: col(DC.measure) },
    { name: N.value, ref: col(DC.valueUsed) },
    { name: N.key, ref: col(DC.lookupKey) },
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
    columns: WIDTHS.map((width, index) => ({ index, width, ...(index >= HIDDEN_FROM ? { hidden: true } : {}) })),
    freeze: { rows: 1, cols: 1 },
    tables: [{ name: DATA_TABLE, ref: range(0, 0, last, NCOLS - 1), headerRow: true, style: "TableStyleLight9" }],
    validations: [
      { ref: range(1, DC.basis, last, DC.basis), list: Object.values(L.basis) },
      { ref: range(1, DC.measure, last, DC.measure), list: Object.values(L.measure) },
    ],
    conditionalFormats: [
      { ref: body, rules: [{ formula: `$${colLetter(DC.derived)}2<>""`, style: "derived" }] },
      { ref: range(1, DC.override, last, DC.valueUsed), rules: [{ formula: `$${colLetter(DC.override)}2<>""`, style: "overridden" }] },
    ],
    charts: [],
  };
  return { sheet, names };
}

function dataRow(ctx: BuildContext, f: Fact, row: number, duplicate: boolean): Cell[] {
  const { L } = ctx;
  const R = row + 1; // Excel row number
  const c = (k: keyof typeof DC) => `$${colLetter(DC[k])}${R}`;
  const warnings = [...(f.warnings ?? []), ...(duplicate ? [L.duplicateWarning] : [])];
  const qualifier = f.qualifier
    ? L.qualifier[f.qualifier] + (f.upper !== undefined ? ` – ${f.upper}` : "")
    : "";
  const fmt = f.measure === "pct_of_plan" || f.measure === "yoy_pct" ? FMT_PCT : fmtForUnit(f.unit);
  const t = (v: string, s?: string): Cell => (v === "" ? {} : { v, text: true, ...(s ? { s } : {}) });

  const keyOf = (basis: string, measure: string) =>
    `${c("entity")}&"|"&${c("indicatorId")}&"|"&${c("period")}&${str(`|${basis}|${measure}`)}`;
  const actualValueKey = keyOf(L.basis.actual, L.measure.value);
  const planValueKey = keyOf(L.basis.plan, L.measure.value);
  const pctSameBasisKey = `${c("entity")}&"|"&${c("indicatorId")}&"|"&${c("period")}&"|"&${c("basis")}&${str(`|${L.measure.pct_of_plan}`)}`;
  const headerRows = 1;

  // The figure a unit is summarized by: its actual value, else its estimate; the first such row.
  // Nested IFs, not AND/OR, because Excel evaluates IF lazily and the lookups cost a scan each.
  const first = `IF(MATCH(${c("lookupKey")},${N.key},0)=ROW()-${headerRows},${c("indicatorId")}&"|"&${c("period")},"")`;
  const group =
    `IF(OR(${c("measure")}<>${str(L.measure.value)},${c("derived")}<>""),"",` +
    `IF(${c("basis")}=${str(L.basis.actual)},${first},` +
    `IF(${c("basis")}=${str(L.basis.estimate)},IF(COUNTIF(${N.key},${actualValueKey})=0,${first},""),"")))`;
  const plan =
    `IF(${c("group")}="","",IFERROR(INDEX(${N.value},MATCH(${planValueKey},${N.key},0)),` +
    `IFERROR(${c("valueUsed")}/(INDEX(${N.value},MATCH(${pctSameBasisKey},${N.key},0))/100),"")))`;
  const met =
    `IF(OR(${c("group")}="",${c("plan")}=""),"",` +
    `IF(IFERROR(INDEX(${N.directions},MATCH(${c("indicatorId")},${N.indicatorIds},0)),"")=${str(L.lists.lower)},` +
    `IF(${c("valueUsed")}<=${c("plan")},1,0),IF(${c("valueUsed")}>=${c("plan")},1,0)))`;
  return [
    t(f.entity),
    t(f.indicator),
    t(indicatorName(ctx.catalog.get(f.indicator), f.indicator, ctx.lang)),
    t(f.period),
    t(L.basis[f.basis]),
    t(L.measure[f.measure]),
    { v: f.value, fmt },
    t(f.unit),
    t(qualifier),
    t(warnings.join("; ")),
    t(f.derived ? L.derived : ""),
    t(f.doc),
    t(f.source.text),
    t(factKey(f)),
    { s: "input", fmt },
    { f: `IF(${c("override")}<>"",${c("override")},${c("value")})`, fmt },
    { f: `${c("entity")}&"|"&${c("indicatorId")}&"|"&${c("period")}&"|"&${c("basis")}&"|"&${c("measure")}&IF(${c("derived")}<>"","|"&${c("derived")},"")`, s: "helper" },
    { f: group, s: "helper" },
    { f: plan, s: "helper", fmt: fmtForUnit(f.unit) },
    { f: met, s: "helper" },
    // "group|value": finds the unit behind a group's min or max in one MATCH
    { f: `IF(${c("group")}="","",${c("group")}&"|"&${c("valueUsed")})`, s: "helper" },
  ];
}
