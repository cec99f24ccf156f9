// "Tổng hợp": one row per indicator and period found in the facts; every figure is a formula over
// the data sheet's helper columns (the summary group each unit's figure belongs to, its plan and
// met flag), so it follows overrides. The group is a number in a hidden column. The data sheet
// holds an (indicator, period)'s rows together (keys.ts): two binary searches find that block
// (hidden columns N and O) and every figure reads only it — a few dozen rows, not the whole sheet.
// A data sheet the user re-sorted is read whole: slower, still right.
import { range } from "./address";
import { indicatorName } from "./catalog";
import { unitLabel, type BuildContext } from "./context";
import { groupBounds, groupId } from "./keys";
import { N } from "./names";
import type { Cell, SheetPlan } from "./plan";
import { pagePlan, printedHeight, printedWidth, ROW_PT } from "./printing";
import { fmtForUnit, FMT_INT } from "./styles";

export const SR = { title: 0, note: 1, header: 3, first: 4 } as const;
export const SC = {
  group: 0, indicator: 1, period: 2, unit: 3, units: 4, sum: 5, min: 6, minUnit: 7,
  max: 8, maxUnit: 9, mean: 10, withPlan: 11, met: 12,
  /** Hidden: the first and last data rows (within CT_Key) of the pair's block. */
  first: 13, last: 14,
} as const;

export const SUMMARY_TABLE = "tblTongHop";
const WIDTHS = [8, 42, 9, 12, 10, 13, 12, 30, 12, 30, 12, 10, 10, 8, 8];

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

/** Positions within CT_Value from ROW(): the first data row (Excel row 2) is 1. */
const position = (range: string) => `(ROW(${range})-1)`;

export function buildSummarySheet(ctx: BuildContext): SheetPlan {
  const { L } = ctx;
  const S = L.summary;
  const headers = [L.data.group, S.indicator, S.period, S.unit, S.units, S.sum, S.min, S.minUnit, S.max, S.maxUnit, S.mean, S.withPlan, S.met];
  const pairs = summaryPairs(ctx);
  const text = (v: string): Cell => (v ? { v, text: true } : {});
  const rows: Cell[][] = pairs.map(({ indicator, period }, i) => {
    const R = SR.first + i + 1;
    const ind = ctx.catalog.get(indicator);
    const fmt = fmtForUnit(ind?.unit ?? "");
    const g = `$A${R}`;
    const units = `$E${R}`;
    const block = (name: string) => `INDEX(${name},$N${R}):INDEX(${name},$O${R})`;
    const group = block(N.group), value = block(N.value), met = block(N.met);
    const inGroup = `(${group}=${g})`;
    const { low, high } = groupBounds(ctx.keys, indicator, period);
    // AGGREGATE skips the #DIV/0! of rows outside the group: MINIFS without Excel 2019.
    const extreme = (fn: 14 | 15) => `IF(${units}=0,"",AGGREGATE(${fn},6,${value}/${inGroup},1))`;
    const unitOf = (cell: string) => `IF(${cell}="","",IFERROR(INDEX(${N.entity},AGGREGATE(15,6,${position(value)}/(${inGroup}*(${value}=${cell})),1)),""))`;
    return [
      { v: groupId(ctx.keys, indicator, period), s: "helper" },
      { v: indicatorName(ind, indicator, ctx.lang), text: true },
      { v: period, text: true },
      text(unitLabel(ctx, ind?.unit ?? "", indicator)),
      { f: `COUNTIFS(${group},${g})`, fmt: FMT_INT },
      ind?.aggregate === "sum" ? { f: `IF(${units}=0,"",SUMIFS(${value},${group},${g}))`, fmt } : {},
      { f: extreme(15), fmt },
      { f: unitOf(`$G${R}`) },
      { f: extreme(14), fmt },
      { f: unitOf(`$I${R}`) },
      { f: `IF(${units}=0,"",SUMIFS(${value},${group},${g})/${units})`, fmt },
      { f: `COUNTIFS(${group},${g},${met},">=0")`, fmt: FMT_INT },
      { f: `IF($L${R}=0,"",SUMIFS(${met},${group},${g}))`, fmt: FMT_INT },
      // the block: after the last key below it, up to the last key within it; the whole data
      // sheet once the user has re-sorted it
      { f: `IF(${N.sorted},MIN(ROWS(${N.key}),IFERROR(MATCH(${low - 1},${N.key},1),0)+1),1)`, s: "helper" },
      { f: `MAX($N${R},IF(${N.sorted},IFERROR(MATCH(${high},${N.key},1),0),ROWS(${N.key})))`, s: "helper" },
    ];
  });
  if (rows.length === 0) rows.push(headers.map(() => ({})));
  const last = SR.first + rows.length - 1;
  const columns = WIDTHS.map((width, index) => ({ index, width, ...(index === SC.group || index >= SC.first ? { hidden: true } : {}) }));
  const rowPlans = [{ index: SR.header, height: ROW_PT * 2 + 2 }];
  return {
    key: "summary",
    name: L.sheets.summary,
    blocks: [
      // column A holds the hidden group numbers: the title starts in B
      { row: SR.title, col: SC.indicator, cells: [[{ v: S.title, text: true, s: "title" }], [{ v: S.note, text: true, s: "note" }]] },
      { row: SR.header, col: 0, cells: [headers.map((h, c) => ({ v: h, text: true, s: c === SC.group ? "helperHeader" : "header" })), ...rows] },
    ],
    columns,
    rows: rowPlans,
    borders: [range(SR.header, 1, last, headers.length - 1)],
    page: pagePlan({
      title: S.title, L,
      widthPt: printedWidth(columns, headers.length), heightPt: printedHeight(rowPlans, last + 1),
      titleRows: [0, SR.header], titleCols: [1, 1], area: range(0, 0, last, headers.length - 1),
    }),
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
