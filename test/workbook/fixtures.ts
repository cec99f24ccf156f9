import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import catalogJson from "../../src/core/catalog/indicators.json";
import type { Fact } from "../../src/core/facts/fact";
import type { WorkbookCatalog } from "../../src/core/workbook";
import type { Cell, SheetPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { a1 } from "../../src/core/workbook/address";

export const catalog = catalogJson as unknown as WorkbookCatalog;

/** The hand-checked facts of the five seed reports (test/data/seeds/seeds.gold.jsonl). */
export function goldFacts(): Fact[] {
  const file = resolve(__dirname, "../data/seeds/seeds.gold.jsonl");
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Fact);
}

export function fact(p: Partial<Fact> & Pick<Fact, "entity" | "indicator" | "period" | "value">): Fact {
  return {
    doc: "test.txt",
    basis: "actual",
    measure: "value",
    unit: "bn VND",
    qualifier: null,
    source: { start: 0, end: 1, text: "x" },
    ...p,
  };
}

/** Every non-empty cell of a sheet plan by A1 address. */
export function cellsOf(sheet: SheetPlan): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const b of sheet.blocks) {
    b.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c.v !== undefined || c.f !== undefined) out.set(a1(b.row + i, b.col + j), c);
      }),
    );
  }
  return out;
}

export function sheet(plan: WorkbookPlan, key: SheetPlan["key"]): SheetPlan {
  const s = plan.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
}

/** Cells a reader sees: not in a hidden column or row. */
export function visibleCells(sheet: SheetPlan): Map<string, Cell> {
  const hiddenCols = new Set(sheet.columns.filter((c) => c.hidden).map((c) => c.index));
  const hiddenRows = new Set((sheet.rows ?? []).filter((r) => r.hidden).map((r) => r.index));
  const out = new Map<string, Cell>();
  for (const b of sheet.blocks) {
    b.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        if (hiddenCols.has(b.col + j) || hiddenRows.has(b.row + i)) return;
        if (c.v !== undefined || c.f !== undefined) out.set(a1(b.row + i, b.col + j), c);
      }),
    );
  }
  return out;
}
