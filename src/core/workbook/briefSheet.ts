// "Tóm tắt": what a leader reads on one page — the key indicators for the selected period, one row
// per unit, plan / actual / % of plan / status. Every cell points at the comparison sheet, so it
// shows exactly what So sánh shows (overrides, the period picked, disagreements marked) and costs
// no lookup of its own.
import { a1, range, str } from "./address";
import { indicatorName } from "./catalog";
import { unitLabel, type BuildContext } from "./context";
import { CC, compareCellRef, entityWidth } from "./compareSheet";
import { N } from "./names";
import type { Cell, ConditionalFormatPlan, RowPlan, SheetPlan } from "./plan";
import { pagePlan, printedHeight, printedWidth, ROW_PT } from "./printing";
import { fmtForUnit, FMT_PCT } from "./styles";
import { wrappedLines } from "./text";

export const BR = { title: 0, period: 1, indicator: 2, header: 3, first: 4 } as const;
/** Columns per indicator: plan, actual, % of plan, status. */
const PER = 4;
const WIDTHS = [11, 11, 8, 10];
/** At most this many indicators: more would not stay readable on one page. */
export const MAX_KEY_INDICATORS = 4;

/**
 * The key indicators: those most units report for the selected period (an actual or estimated
 * value, or a % of plan), in the comparison's order on a tie.
 */
export function keyIndicators(ctx: BuildContext): string[] {
  const units = new Map<string, Set<string>>();
  for (const r of ctx.rows) {
    if (r.period !== ctx.selectedPeriod || !r.unit || r.basis === "plan" || r.derived) continue;
    if (r.measure !== "value" && r.measure !== "pct_of_plan") continue;
    if (!units.has(r.indicator)) units.set(r.indicator, new Set());
    units.get(r.indicator)!.add(r.unit);
  }
  const order = new Map(ctx.indicators.map((id, i) => [id, i] as const));
  return ctx.indicators
    .filter((id) => units.has(id))
    .sort((a, b) => units.get(b)!.size - units.get(a)!.size || order.get(a)! - order.get(b)!)
    .slice(0, MAX_KEY_INDICATORS)
    .sort((a, b) => order.get(a)! - order.get(b)!);
}

export function buildBriefSheet(ctx: BuildContext): SheetPlan {
  const { L } = ctx;
  const B = L.brief;
  const name = L.sheets.brief;
  const keys = keyIndicators(ctx);
  const width = entityWidth(ctx);
  const columns = [{ index: 0, width }, ...keys.flatMap((_, k) => WIDTHS.map((w, j) => ({ index: 1 + k * PER + j, width: w })))];
  const lastCol = Math.max(keys.length * PER, 3);

  // "Đơn vị" spans both header rows: a merged range shows its first cell
  const indRow: Cell[] = [{ v: B.entity, text: true, s: "header" }];
  const headRow: Cell[] = [{ s: "header" }];
  const merges: string[] = [range(BR.indicator, 0, BR.header, 0)];
  let indLines = 1;
  keys.forEach((id, k) => {
    const ind = ctx.catalog.get(id);
    const label = indicatorName(ind, id, ctx.lang);
    const unit = ind ? unitLabel(ctx, ind.unit, id) : "";
    const text = unit ? `${label} (${unit})` : label;
    indRow.push({ v: text, text: true, s: "header" }, { s: "header" }, { s: "header" }, { s: "header" });
    merges.push(range(BR.indicator, 1 + k * PER, BR.indicator, k * PER + PER));
    indLines = Math.max(indLines, wrappedLines(text, WIDTHS.reduce((a, b) => a + b, 0), true));
    for (const h of [B.plan, B.actual, B.pct, B.status]) headRow.push({ v: h, text: true, s: "header" });
  });

  const globalIndex = new Map(ctx.indicators.map((id, g) => [id, g] as const));
  const rowPlans: RowPlan[] = [{ index: BR.indicator, height: ROW_PT * indLines + 4 }];
  const body: Cell[][] = ctx.entities.map((entity, u) => {
    const lines = wrappedLines(entity, width);
    if (lines > 1) rowPlans.push({ index: BR.first + u, height: ROW_PT * lines });
    const cells: Cell[] = [{ v: entity, text: true, s: "entity" }];
    for (const id of keys) {
      const g = globalIndex.get(id)!;
      const fmt = fmtForUnit(ctx.catalog.get(id)?.unit ?? "");
      cells.push(
        { f: compareCellRef(ctx, g, u, CC.plan), fmt },
        { f: compareCellRef(ctx, g, u, CC.actual), fmt },
        { f: compareCellRef(ctx, g, u, CC.pct), fmt: FMT_PCT },
        { f: compareCellRef(ctx, g, u, CC.status) },
      );
    }
    return cells;
  });
  const lastRow = BR.first + Math.max(body.length, 1) - 1;

  const conditionalFormats: ConditionalFormatPlan[] = keys.flatMap((id, k): ConditionalFormatPlan[] => {
    const c0 = 1 + k * PER;
    if (!ctx.entities.length) return [];
    const status = a1(BR.first, c0 + 3);
    const g = globalIndex.get(id)!;
    // the comparison's note for the same unit: relative, so each row asks about its own unit
    const noteRef = compareCellRef(ctx, g, 0, CC.note).replace(/\$(\d+)$/, "$1");
    return [
      {
        ref: range(BR.first, c0 + 3, lastRow, c0 + 3),
        rules: [
          { formula: `${status}=${str(L.compare.met)}`, style: "good" },
          { formula: `${status}=${str(L.compare.missed)}`, style: "bad" },
        ],
      },
      { ref: range(BR.first, c0 + 1, lastRow, c0 + 1), rules: [{ formula: `${noteRef}<>""`, style: "conflict" }] },
    ];
  });

  const widthPt = printedWidth(columns, lastCol + 1);
  const heightPt = printedHeight(rowPlans, lastRow + 2);
  return {
    key: "brief",
    name,
    blocks: [
      { row: BR.title, col: 0, cells: [[{ v: B.title, text: true, s: "title" }], [{ v: B.period, text: true, s: "header" }, { f: N.selPeriod, s: "input" }, { v: B.periodNote, text: true, s: "note" }]] },
      { row: BR.indicator, col: 0, cells: [indRow, headRow, ...body] },
      { row: lastRow + 1, col: 0, cells: [[{ v: B.note, text: true, s: "note" }]] },
    ],
    columns,
    rows: rowPlans,
    merges,
    borders: keys.length ? [range(BR.indicator, 0, lastRow, lastCol)] : [],
    page: pagePlan({
      title: B.title, L, widthPt, heightPt, fitTall: 1,
      titleRows: [0, BR.header], titleCols: [0, 0], area: range(0, 0, lastRow + 1, lastCol),
    }),
    freeze: { rows: BR.header + 1, cols: 1 },
    tables: [],
    validations: [],
    conditionalFormats,
    charts: [],
  };
}
