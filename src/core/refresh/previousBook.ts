// What a refresh reads back from the book it is about to rewrite, as plain grids of values:
// the exceljs adapter and the office-js one both only have to fetch the used ranges of the
// owned data and log sheets. Columns are found by their headers (either language), so a
// column the user inserted or moved does not shift what is read.
import type { Fact } from "../facts/fact";
import { dataHeaders, DC } from "../workbook/dataSheet";
import { LABELS } from "../workbook/labels";
import type { CellValue, Lang } from "../workbook/plan";
import type { RowStatus } from "../workbook/rowState";

export interface PreviousRow {
  key: string;
  /** The fact as written (from the hidden JSON column); absent on generated rows (new-unit sums). */
  fact?: Fact;
  override?: CellValue;
  overrideBase?: number;
  status?: RowStatus;
  /** Cells of the user's columns, aligned with PreviousBook.userColumns. */
  user: CellValue[];
}

export interface PreviousBook {
  lang: Lang;
  rows: PreviousRow[];
  userColumns: string[];
  log: CellValue[][];
}

type Role = keyof typeof DC;
const ROLES = Object.keys(DC) as Role[];

const blank = (v: CellValue | undefined): boolean => v === undefined || v === null || v === "";

/** `data`: the data sheet's used range from A1 (header row first). `log`: the log sheet's. */
export function readPreviousBook(data: CellValue[][], log: CellValue[][] = []): PreviousBook | undefined {
  const header = (data[0] ?? []).map((h) => (typeof h === "string" ? h.trim().normalize("NFC") : h));
  const lang = (["vi", "en"] as const).find((l) => header.includes(LABELS[l].data.factKey) && header.includes(LABELS[l].data.factJson));
  if (!lang) return undefined;
  const L = LABELS[lang];
  const owned = dataHeaders(L);
  const at = new Map<Role, number>();
  const userIdx: number[] = [];
  // columns earlier versions wrote are neither read nor taken for the user's
  const legacy = new Set(L.legacyData);
  header.forEach((h, i) => {
    const k = typeof h === "string" ? owned.indexOf(h) : -1;
    if (k >= 0 && !at.has(ROLES[k]!)) at.set(ROLES[k]!, i);
    else if (!blank(h) && !(typeof h === "string" && legacy.has(h))) userIdx.push(i);
  });
  const get = (row: CellValue[], role: Role) => {
    const i = at.get(role);
    return i === undefined ? undefined : row[i];
  };

  const rows: PreviousRow[] = [];
  for (const row of data.slice(1)) {
    const key = get(row, "factKey");
    if (typeof key !== "string" || !key) continue;
    const json = get(row, "factJson");
    let fact: Fact | undefined;
    if (typeof json === "string" && json) {
      try {
        fact = JSON.parse(json) as Fact;
      } catch {
        fact = undefined;
      }
    }
    const override = get(row, "override");
    const base = get(row, "overrideBase");
    const status = get(row, "status");
    rows.push({
      key,
      ...(fact ? { fact } : {}),
      ...(blank(override) ? {} : { override }),
      ...(typeof base === "number" ? { overrideBase: base } : {}),
      ...(status === L.status.sourceFailed ? { status: "source_failed" as const } : status === L.status.removed ? { status: "removed" as const } : {}),
      user: userIdx.map((i) => row[i] ?? null),
    });
  }
  return { lang, rows, userColumns: userIdx.map((i) => String(header[i])), log: readLog(log) };
}

/** Log rows below the header row (found by its first cell in either language). */
function readLog(grid: CellValue[][]): CellValue[][] {
  const heads = new Set([LABELS.vi.log.at, LABELS.en.log.at]);
  const h = grid.findIndex((r) => typeof r[0] === "string" && heads.has(r[0]));
  if (h < 0) return [];
  return grid
    .slice(h + 1)
    .filter((r) => r.some((v) => !blank(v)))
    .map((r) => Array.from({ length: 10 }, (_, i) => r[i] ?? null));
}
