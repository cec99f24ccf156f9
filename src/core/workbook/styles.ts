// Named cell styles and number formats. Formats are Excel codes, never preformatted text, so
// Excel shows "17.946,0" on a Vietnamese system and "17,946.0" on an English one.
import type { CellStyle } from "./plan";

export const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 13 },
  header: { bold: true, fill: "DDEBF7", wrap: true, align: "center", valign: "center" },
  /** A block's title row on the comparison sheet: the indicator and its unit. */
  block: { bold: true, fill: "EDEDED" },
  /** A unit's name in a table that prints: long names wrap instead of running under the next cell. */
  entity: { wrap: true, valign: "top" },
  helperHeader: { bold: true, italic: true, color: "7F7F7F", fill: "F2F2F2" },
  helper: { italic: true, color: "7F7F7F" },
  input: { fill: "FFF2CC", bold: true, valign: "center" },
  note: { italic: true, color: "595959" },
  /** A paragraph of explanation: wraps in its (merged) cell. */
  about: { italic: true, color: "595959", wrap: true, valign: "top" },
  warn: { bold: true, color: "C00000" },
  good: { color: "006100", fill: "C6EFCE" },
  bad: { color: "9C0006", fill: "FFC7CE" },
  /** Sources disagree on the figure shown. */
  conflict: { bold: true, color: "833C0B", fill: "F8CBAD" },
  derived: { italic: true, color: "1F4E79", fill: "EAF1FB" },
  overridden: { bold: true, fill: "FFE699" },
  review: { bold: true, color: "9C0006", fill: "FFC7CE" },
  stale: { italic: true, color: "7F6000", fill: "FFEB9C" },
  logHeader: { bold: true, fill: "E2EFDA", wrap: true, valign: "top" },
  wrap: { wrap: true, valign: "top" },
};

export const FMT_PCT = '0.0"%"';
export const FMT_INT = "#,##0";
export const FMT_RANK = "0";

/** Display format for a figure in the indicator's canonical unit. */
export function fmtForUnit(unit: string): string {
  switch (unit) {
    case "%":
      return '0.00"%"';
    case "persons":
    case "count":
      return FMT_INT;
    default:
      return "#,##0.0";
  }
}
