// Which sheets, tables and names the add-in owns, kept in the workbook's settings so that a
// later run (or another computer) replaces only what the add-in wrote, never the user's sheets.
export const OWNERSHIP_SETTING = "chiTieu.ownership";

export interface Ownership {
  version: 1;
  /** Worksheet ids (stable across renames) of the sheets the add-in wrote. */
  sheets: string[];
  /** Sheets created by a write that did not finish; removed by the next write. */
  pending: string[];
  tables: string[];
  names: string[];
}

export function emptyOwnership(): Ownership {
  return { version: 1, sheets: [], pending: [], tables: [], names: [] };
}

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : []);

/** Settings may hold anything (a user, another version); unreadable means "owns nothing". */
export function parseOwnership(raw: unknown): Ownership {
  let data = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return emptyOwnership();
    }
  }
  if (!data || typeof data !== "object") return emptyOwnership();
  const o = data as Record<string, unknown>;
  return { version: 1, sheets: strings(o.sheets), pending: strings(o.pending), tables: strings(o.tables), names: strings(o.names) };
}

export function serializeOwnership(o: Ownership): string {
  return JSON.stringify(o);
}
