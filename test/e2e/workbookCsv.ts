// Reads the CSVs that scripts/recalc-xlsx.sh writes (one per sheet, after LibreOffice
// recalculated every formula) and finds cells in them by meaning rather than by address.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";

export const RECALC = resolve(__dirname, "../../scripts/recalc-xlsx.sh");

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
  mkdirSync(outDir, { recursive: true });
  execFileSync("bash", [RECALC, book, outDir], { env: { ...process.env, LO_PROFILE: profile }, stdio: "pipe", timeout: 170000 });
  const stem = basename(book).replace(/\.xlsx$/, "");
  const out: Record<string, string[][]> = {};
  for (const file of readdirSync(outDir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".csv"))) {
    out[file.slice(stem.length + 1, -4).normalize("NFC")] = parseCsv(readFileSync(join(outDir, file), "utf8"));
  }
  return out;
}

/** The comparison sheet's figures for one unit and indicator (row 6 holds the indicator ids). */
export function compareCell(grid: string[][], entity: string, indicator: string) {
  const ids = grid[5]!;
  const c = ids.indexOf(indicator);
  if (c < 0) throw new Error(`indicator ${indicator} not on the comparison sheet`);
  const row = grid.slice(7).find((r) => r[0] === entity);
  if (!row) throw new Error(`unit ${entity} not on the comparison sheet`);
  const at = (k: number) => row[c + k] ?? "";
  return { plan: at(0), planSource: at(1), actual: at(2), pct: at(3), status: at(4), rank: at(5) };
}

export function summaryRow(grid: string[][], indicator: string, period: string): string[] {
  const row = grid.find((r) => r[0] === indicator && r[2] === period);
  if (!row) throw new Error(`no summary row for ${indicator} ${period}`);
  return row;
}
