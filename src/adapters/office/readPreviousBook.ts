// What a refresh inside Excel reads back before it plans: the owned data and log sheets (found
// through the ownership record, never by name) as plain grids for src/core/refresh, exactly what
// src/adapters/xlsx/existingBook.ts gets from an .xlsx, plus the period left selected in the
// comparison sheet and the units view. Two round trips when the add-in's settings know the
// sheets' roles; a third only when they come from the meta sheet alone.
import { readPreviousBook, type PreviousBook } from "../../core/refresh";
import type { CellValue, SheetKey, UnitsView } from "../../core/workbook/plan";
import { loadOwnership, plainGrid } from "./loadOwnership";

export interface ExcelPrevious {
  previous?: PreviousBook;
  selectedPeriod?: string;
  units?: UnitsView;
  syncs: number;
}

export interface ReadOptions {
  run?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
}

const READ: readonly SheetKey[] = ["data", "log", "compare"];

/** A used range placed back at A1, so columns keep their letters whatever the user left empty. */
function fromA1(values: unknown[][], row: number, col: number): CellValue[][] {
  const grid = plainGrid(values).map((r) => [...Array<CellValue>(col).fill(null), ...r]);
  return [...Array.from({ length: row }, () => [] as CellValue[]), ...grid];
}

export async function readPreviousBookInExcel(options: ReadOptions = {}): Promise<ExcelPrevious> {
  const run = options.run ?? (<T>(b: (c: Excel.RequestContext) => Promise<T>) => Excel.run(b));
  return run(async (context) => {
    let syncs = 0;
    const sync = async () => {
      await context.sync();
      syncs++;
    };
    const ranges = new Map<SheetKey, Excel.Range>();
    const queue = (roles: Record<string, SheetKey>, sheets: Excel.WorksheetCollection): boolean => {
      let queued = false;
      for (const [id, key] of Object.entries(roles)) {
        const ws = sheets.items.find((s) => s.id === id);
        if (!ws || !READ.includes(key) || ranges.has(key)) continue;
        const r = key === "compare" ? ws.getRange("B2") : ws.getUsedRangeOrNullObject(true);
        r.load("values,rowIndex,columnIndex");
        ranges.set(key, r);
        queued = true;
      }
      return queued;
    };
    const { sheets, owned } = await loadOwnership(context, sync, { second: (setting, items) => queue(setting.roles, items) });
    // the settings did not say (another add-in id wrote them, or none): the meta sheet did
    const owns = Object.fromEntries(Object.entries(owned.roles).filter(([id]) => owned.sheets.includes(id)));
    if (queue(owns, sheets)) await sync();

    const grid = (key: SheetKey): CellValue[][] => {
      const r = ranges.get(key);
      if (!r || r.isNullObject) return [];
      return fromA1(r.values, r.rowIndex, r.columnIndex);
    };
    const data = grid("data");
    const previous = data.length ? readPreviousBook(data, grid("log")) : undefined;
    const sel = grid("compare")[1]?.[1];
    return {
      ...(previous ? { previous } : {}),
      ...(typeof sel === "string" && sel ? { selectedPeriod: sel } : {}),
      ...(owned.units ? { units: owned.units } : {}),
      syncs,
    };
  });
}
