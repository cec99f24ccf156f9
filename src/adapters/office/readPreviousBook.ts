// What a refresh inside Excel reads back before it plans: the owned data and log sheets (found
// through the ownership record, never by name) as plain grids for src/core/refresh, exactly what
// src/adapters/xlsx/existingBook.ts gets from an .xlsx, plus the period left selected in the
// comparison sheet and the units view. The sheets, the record, then the rows in chunks that keep
// every response under Excel on the web's 5 MB (readRanges.ts): three round trips for a small
// book, a few more for a national one.
import { readPreviousBook, type PreviousBook } from "../../core/refresh";
import type { SheetKey, UnitsView } from "../../core/workbook/plan";
import { loadOwnership } from "./loadOwnership";
import { extentOf, GridReader, loadExtent } from "./readRanges";
import { DEFAULT_MAX_RESPONSE_BYTES, Session, type Run } from "./session";

export interface ExcelPrevious {
  previous?: PreviousBook;
  selectedPeriod?: string;
  units?: UnitsView;
  syncs: number;
}

export interface ReadOptions {
  run?: Run;
  /** Budget per response; Excel on the web refuses responses above 5 MB. */
  maxResponseBytes?: number;
}

const GRIDS: readonly SheetKey[] = ["data", "log"];

export async function readPreviousBookInExcel(options: ReadOptions = {}): Promise<ExcelPrevious> {
  const run = options.run ?? (<T>(b: (c: Excel.RequestContext) => Promise<T>) => Excel.run(b));
  return run(async (context) => {
    const session = new Session(context);
    // With the record's round trip, ask every sheet where its rows are and what its B2 holds (the
    // comparison's selected period): a few numbers a sheet, and the owned ones are known after it.
    const probe = new Map<string, { extent: Excel.Range; b2: Excel.Range }>();
    const { sheets, owned } = await loadOwnership(session, {
      second: (_setting, items) => {
        for (const ws of items.items) {
          const b2 = ws.getRange("B2");
          b2.load("values");
          probe.set(ws.id, { extent: loadExtent(ws), b2 });
        }
        return probe.size > 0;
      },
    });
    const sheetOf = (key: SheetKey) => {
      const id = owned.roles.get(key);
      return id ? sheets.items.find((s) => s.id === id) : undefined;
    };
    const present = GRIDS.map((key) => ({ key, sheet: sheetOf(key) })).filter((t) => t.sheet);
    const extents = present.map((t) => extentOf(probe.get(t.sheet!.id)!.extent));
    const grids = await new GridReader(present.map((t) => t.sheet!), extents, options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES).finish(session);
    const grid = (key: SheetKey) => grids[present.findIndex((t) => t.key === key)] ?? [];
    const compare = sheetOf("compare");
    const b2 = compare ? probe.get(compare.id)?.b2 : undefined;

    const data = grid("data");
    const previous = data.length ? readPreviousBook(data, grid("log")) : undefined;
    const sel = b2 ? b2.values[0]?.[0] : undefined;
    return {
      ...(previous ? { previous } : {}),
      ...(typeof sel === "string" && sel ? { selectedPeriod: sel } : {}),
      ...(owned.units ? { units: owned.units } : {}),
      syncs: session.syncs,
    };
  });
}
