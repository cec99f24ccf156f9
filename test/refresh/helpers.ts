// Shared steps of the refresh tests: seed reports copied into a temp folder the test may edit,
// a refresh the way the CLI does it, and edits made to a written book the way a user would.
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readBook, type ReadBook } from "../../src/adapters/xlsx/readBook";
import { buildBook, type BuildCliOptions, type BuildResult } from "../../src/cli/build";
import { extractSources } from "../../src/cli/buildCommand";
import { listFiles } from "../../src/cli/sources";
import { colLetter } from "../../src/core/workbook/address";
import { DATA_NCOLS, DC } from "../../src/core/workbook/dataSheet";

/** Column letters of the data sheet, by role; USER: the first column right of the table. */
export const COL = Object.fromEntries(Object.entries(DC).map(([k, i]) => [k, colLetter(i)])) as Record<keyof typeof DC, string>;
export const USER = colLetter(DATA_NCOLS);

export const SEEDS = resolve(__dirname, "../../samples/seeds");

export function seedFolder(): { dir: string; sources: string } {
  const dir = mkdtempSync(join(tmpdir(), "chi-tieu-refresh-"));
  const sources = join(dir, "sources");
  mkdirSync(sources);
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(sources, f));
  return { dir, sources };
}

export async function refresh(sources: string, out: string, opts: Partial<BuildCliOptions> = {}): Promise<BuildResult> {
  const { files } = await listFiles([sources]);
  const x = await extractSources(files, {}, () => undefined);
  return buildBook(x.facts, { out, failed: x.failed, readSources: x.readSources, docDates: x.docDates, ...opts });
}

export async function editBook(book: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  edit(wb);
  await wb.xlsx.writeFile(book);
}

/** The Excel row of the data sheet whose key column holds `key`. */
export function rowOfKey(ws: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && row.getCell(DC.factKey + 1).value === key) found = r;
  });
  if (!found) throw new Error(`no data row with key ${key}`);
  return found;
}

/** Cell-by-cell differences between two books (same sheet names expected). */
export function cellDiffs(a: ReadBook, b: ReadBook): string[] {
  const out: string[] = [];
  const names = (x: ReadBook) => x.sheets.map((s) => s.name);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b))) out.push(`sheets ${names(a).join(",")} ≠ ${names(b).join(",")}`);
  for (const sa of a.sheets) {
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb) continue;
    for (const k of new Set([...Object.keys(sa.cells), ...Object.keys(sb.cells)])) {
      if (JSON.stringify(sa.cells[k]) !== JSON.stringify(sb.cells[k])) out.push(`${sa.name}!${k}: ${JSON.stringify(sa.cells[k])} ≠ ${JSON.stringify(sb.cells[k])}`);
    }
  }
  return out;
}

export { readBook };
export const HT_BUDGET = "Hà Tĩnh|budget_revenue|2023|actual|value|000_844639c4afc40b91.txt|";
export const HT_BUDGET_PCT = "Hà Tĩnh|budget_revenue|2023|actual|pct_of_plan|000_844639c4afc40b91.txt|";
