// "Tổng hợp": one row per indicator and period found in the facts; every figure is a formula
// over the data sheet's helper columns (group, group|value, met flag), so it follows overrides.
import { range } from "./address";
import { indicatorName } from "./catalog";
import type { BuildContext } from "./context";
import { N } from "./names";
import type { Cell, SheetPlan } from "./plan";
import { fmtForUnit, FMT_INT } from "./styles";

export const SR = { title: 0, note: 1, header: 3, first: 4 } as const;
export const SC = {
  indicatorId: 0, indicator: 1, period: 2, unit: 3, units: 4, sum: 5, min: 6, minUnit: 7,
  max: 8, maxUnit: 9, mean: 10, withPlan: 11, met: 12,
} as const;

export const SUMMARY_TABLE = "tblTongHop";

export function summaryPairs(ctx: BuildContext): { indicator: string; period: string }[] {
  const order = new Map(ctx.allIndicators.map((id, i) => [id, i] as const));
  const seen = new Set<string>();
  const pairs: { indicator: string; period: string }[] = [];
  for (const f of ctx.facts) {
    if (f.measure !== "value" || f.derived || f.basis === "plan") continue;
    const k = `${f.indicator}|${f.period}`;
    if (seen.has(k)) continue;
    seen.add(k);
    pairs.push({ indicator: f.indicator, period: f.period });
  }
  return pairs.sort((a, b) => (order.get(a.indicator)! - order.get(b.indicator)!) || a.period.localeCompare(b.period));
}

export function buildSummarySheet(ctx: BuildContext): SheetPlan {
  const { L } = ctx;
  const S = L.summary;
  const headers = [S.indicatorId, S.indicator, S.period, S.unit, S.units, S.sum, S.min, S.minUnit, S.max, S.maxUnit, S.mean, S.withPlan, S.met];
  const pairs = summaryPairs(ctx);
  const rows: Cell[][] = pairs.map(({ indicator, period }, i) => {
    const R = SR.first + i + 1;
    const ind = ctx.catalog.get(indicator);
    const fmt = fmtForUnit(ind?.unit ?? "");
    const g = `$A${R}&"|"&$C${R}`;
    const units = `$E${R}`;
    // AGGREGATE skips the #DIV/0! of rows outside the group: MINIFS without Excel 2019.
    const extreme = (fn: 14 | 15) => `IF(${units}=0,"",AGGREGATE(${fn},6,${N.value}/(${N.group}=${g}),1))`;
    const unitOf = (cell: string) => `IF(${cell}="","",IFERROR(INDEX(${N.entity},MATCH(${g}&"|"&${cell},${N.groupValue},0)),""))`;
    return [
      { v: indicator, text: true },
      { v: indicatorName(ind, indicator, ctx.lang), text: true },
      { v: period, text: true },
      { v: ind?.unit ?? "", text: true },
      { f: `COUNTIFS(${N.group},${g})`, fmt: FMT_INT },
      ind?.aggregate === "sum" ? { f: `IF(${units}=0,"",SUMIFS(${N.value},${N.group},${g}))`, fmt } : {},
      { f: extreme(15), fmt },
      { f: unitOf(`$G${R}`) },
      { f: extreme(14), fmt },
      { f: unitOf(`$I${R}`) },
      { f: `IF(${units}=0,"",SUMIFS(${N.value},${N.group},${g})/${units})`, fmt },
      { f: `COUNTIFS(${N.group},${g},${N.met},">=0")`, fmt: FMT_INT },
      { f: `IF($L${R}=0,"",SUMIFS(${N.met},${N.group},${g}))`, fmt: FMT_INT },
    ];
  });
  if (rows.length === 0) rows.push(headers.map(() => ({})));
  const last = SR.first + rows.length - 1;
  return {
    key: "summary",
    name: L.sheets.summary,
    blocks: [
      { row: SR.title, col: 0, cells: [[{ v: S.title, text: true, s: "title" }], [{ v: S.note, text: true, s: "note" }]] },
      { row: SR.header, col: 0, cells: [headers.map((h) => ({ v: h, text: true, s: "header" })), ...rows] },
    ],
    columns: [18, 34, 10, 14, 10, 14, 12, 26, 12, 26, 12, 10, 10].map((width, index) => ({ index, width })),
    freeze: { rows: SR.header + 1, cols: 2 },
    tables: [{ name: SUMMARY_TABLE, ref: range(SR.header, 0, last, headers.length - 1), headerRow: true, style: "TableStyleLight1" }],
    validations: [],
    conditionalFormats: [
      {
        ref: range(SR.first, SC.met, last, SC.met),
        rules: [
          { formula: `AND(ISNUMBER($M${SR.first + 1}),$M${SR.first + 1}=$L${SR.first + 1})`, style: "good" },
          { formula: `AND(ISNUMBER($M${SR.first + 1}),$M${SR.first + 1}<$L${SR.first + 1})`, style: "bad" },
        ],
      },
    ],
    charts: [],
  };
}

