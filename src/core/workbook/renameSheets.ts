// Rewrites sheet names inside a plan (formulas, defined names, chart and validation refs).
// Pure plan manipulation shared by both writers: the exceljs one moves our sheets aside when a
// user's sheet holds their name; the office-js one also writes new sheets under temporary names
// and renames them at the end (Excel then updates every reference itself), so the plan must
// first speak of the temporary names.
import type { WorkbookPlan, Cell } from "./plan";

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** The plan always quotes sheet names (sheetRef), so a plain text replacement is exact. */
export function renameInText(text: string, renames: Map<string, string>): string {
  let out = text;
  for (const [from, to] of renames) out = out.split(quoted(from)).join(quoted(to));
  return out;
}

export function renameSheetsInPlan(plan: WorkbookPlan, renames: Map<string, string>): WorkbookPlan {
  if (renames.size === 0) return plan;
  const r = (s: string) => renameInText(s, renames);
  const cell = (c: Cell): Cell => (c.f !== undefined ? { ...c, f: r(c.f) } : c);
  return {
    ...plan,
    names: plan.names.map((n) => ({ ...n, ref: r(n.ref) })),
    sheets: plan.sheets.map((s) => ({
      ...s,
      name: renames.get(s.name) ?? s.name,
      blocks: s.blocks.map((b) => ({ ...b, cells: b.cells.map((row) => row.map(cell)) })),
      validations: s.validations.map((v) => (v.listFormula ? { ...v, listFormula: r(v.listFormula) } : v)),
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, rules: cf.rules.map((rule) => ({ ...rule, formula: r(rule.formula) })) })),
      charts: s.charts.map((ch) => ({
        ...ch,
        categoriesRef: r(ch.categoriesRef),
        series: ch.series.map((se) => ({ ...se, valuesRef: r(se.valuesRef) })),
      })),
    })),
  };
}

/** Splits "'Dữ liệu'!$A$2:$A$9" into the sheet name and the local address. */
export function splitSheetRef(ref: string): { sheet: string; address: string } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref) ?? /^([^'!]+)!(.+)$/.exec(ref);
  if (!m) throw new Error(`not a sheet-qualified reference: ${ref}`);
  return { sheet: m[1].replace(/''/g, "'"), address: m[2] };
}

/** A name no sheet has (case-insensitively), within Excel's 31 characters: "Dữ liệu (2)". */
export function freeSheetName(base: string, taken: Set<string>): string {
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
