// An .xlsx being refreshed: read as a package (bookSource.ts), its owned sheets found from the
// record it carries, what the user did in them read back as plain grids for src/core/refresh.
// The new book is written from the same bytes (package.ts) and renamed over it only once complete.
import { promises as fs } from "node:fs";
import { basename } from "node:path";
import { readPreviousBook, type PreviousBook } from "../../core/refresh";
import { bookFromPackage, type BookSource } from "./bookSource";
import { readOwnership, type XlsxOwnership } from "./ownership";

export interface ExistingBook {
  /** The file as read: a refresh edits this package, keeping the user's parts byte for byte. */
  bytes: Buffer;
  book: BookSource;
  owned: XlsxOwnership;
  previous?: PreviousBook;
  /** The period the user left in the comparison sheet's selector. */
  selectedPeriod?: string;
}

export class ExistingBookError extends Error {
  override name = "ExistingBookError";
}

/** undefined when there is no such file; throws when there is one that cannot be read. */
export async function openExisting(file: string): Promise<ExistingBook | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ExistingBookError(`${basename(file)} exists but cannot be read (${(e as Error).message}); it was left as it is`);
  }
  let book: BookSource;
  let owned: XlsxOwnership;
  try {
    book = bookFromPackage(bytes);
    owned = readOwnership(book);
  } catch (e) {
    throw new ExistingBookError(`${basename(file)} exists but cannot be read as an .xlsx workbook (${(e as Error).message}); it was left as it is`);
  }
  const data = owned.sheets.get("data");
  const log = owned.sheets.get("log");
  const previous = data ? readPreviousBook(data.grid(), log ? log.grid() : []) : undefined;
  const sel = owned.sheets.get("compare")?.cell("B2");
  return { bytes, book, owned, previous, ...(typeof sel === "string" && sel ? { selectedPeriod: sel } : {}) };
}
