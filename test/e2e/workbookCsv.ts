// Reads the CSVs LibreOffice writes after recalculating every formula of a book (one per sheet,
// workbookLibreOffice.ts) and finds cells in them by meaning rather than by address.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import catalogJson from "../../src/core/catalog/indicators.json";
import { CC, HC, CR } from "../../src/core/workbook/compareSheet";
import { toCsv } from "./workbookLibreOffice";

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(field); field = ""; }
    else if (ch === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Recalculates `book` in LibreOffice with its own profile; returns sheet name → grid. */
export function recalc(book: string, outDir: string, profile: string): Record<string, string[][]> {
  toCsv(book, outDir, profile);
  const stem = basename(book).replace(/\.xlsx$/, "");
  const out: Record<string, string[][]> = {};
  for (const file of readdirSync(outDir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".csv"))) {
    out[file.slice(stem.length + 1, -4).normalize("NFC")] = parseCsv(readFileSync(join(outDir, file), "utf8"));
  }
  return out;
}

/** The comparison sheet's row for one unit in one indicator's block (found by the block's hidden id). */
export function compareRow(grid: string[][], entity: string, indicator: string): string[] {
  const title = grid.findIndex((r, i) => i >= CR.first && r[HC.id] === indicator);
  if (title < 0) throw new Error(`indicator ${indicator} not on the comparison sheet`);
  for (let i = title + 1; i < grid.length && !grid[i]![HC.id]; i++) if (grid[i]![0] === entity) return grid[i]!;
  throw new Error(`unit ${entity} not in the ${indicator} block of the comparison sheet`);
}

/** The comparison sheet's figures for one unit and indicator. */
export function compareCell(grid: string[][], entity: string, indicator: string) {
  const row = compareRow(grid, entity, indicator);
  const at = (k: number) => row[k] ?? "";
  return { plan: at(CC.plan), planSource: at(CC.planSource), actual: at(CC.actual), pct: at(CC.pct), status: at(CC.status), rank: at(CC.rank), note: at(CC.note) };
}

/** Units listed in the comparison's blocks. */
export function comparedUnits(grid: string[][]): string[] {
  const out = new Set<string>();
  grid.forEach((r, i) => {
    if (i > CR.first && !r[HC.id] && r[0]) out.add(r[0]);
  });
  return [...out];
}

const names = new Map((catalogJson as { indicators: { id: string; vi: string; en: string }[] }).indicators.map((i) => [i.id, [i.vi, i.en]] as const));

/** The summary row of an indicator (by its name in either language) and period. */
export function summaryRow(grid: string[][], indicator: string, period: string): string[] {
  const shown = names.get(indicator) ?? [indicator];
  const row = grid.find((r) => shown.includes(r[1] ?? "") && r[2] === period);
  if (!row) throw new Error(`no summary row for ${indicator} ${period}`);
  return row;
}
