// Checks a plan against Excel's limits before anything in the workbook is touched, so a bad
// plan fails with a plain message instead of leaving a half-written workbook.
import type { WorkbookPlan } from "../../core/workbook/plan";
import { blockWidth } from "./cellEntries";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export class PlanError extends Error {
  override name = "PlanError";
}

export function validateSheetName(name: string): string | null {
  if (name.length === 0) return "a sheet name is empty";
  if (name.length > 31) return `sheet name "${name}" is longer than 31 characters`;
  if (/[[\]:*?/\\]/.test(name)) return `sheet name "${name}" contains one of [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" starts or ends with an apostrophe`;
  return null;
}

export function validatePlan(plan: WorkbookPlan): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const bad = validateSheetName(sheet.name);
    if (bad) throw new PlanError(bad);
    const folded = sheet.name.toLocaleLowerCase();
    if (seen.has(folded)) throw new PlanError(`two sheets are both named "${sheet.name}"`);
    seen.add(folded);
    for (const b of sheet.blocks) {
      if (b.row < 0 || b.col < 0 || !Number.isInteger(b.row) || !Number.isInteger(b.col)) {
        throw new PlanError(`sheet "${sheet.name}" has a block at an invalid position`);
      }
      if (b.row + b.cells.length > MAX_ROWS || b.col + blockWidth(b.cells) > MAX_COLS) {
        throw new PlanError(`sheet "${sheet.name}" is larger than an Excel sheet`);
      }
    }
    for (const s of sheet.blocks.flatMap((b) => b.cells.flat())) {
      if (s?.s && !plan.styles[s.s]) throw new PlanError(`style "${s.s}" is used but not defined`);
    }
  }
  for (const n of plan.names) {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(n.name)) throw new PlanError(`"${n.name}" is not a valid Excel name`);
  }
}
