// A figure as written in a table cell: Vietnamese format first. A literal that reads two ways
// ("17.946") follows the convention the table's unambiguous cells show, and is flagged only when
// the table gives no such evidence. Blanks, dashes and "x" are "no figure", not zero.
import { readNumber, isAmbiguous } from "../numbers/readNumber";

export interface CellValue {
  value: number;
  warnings: string[];
}

const EMPTY = /^(?:|-|–|—|x|X|\.\.\.|…|k|n\/a|na)$/u;

export type NumberConvention = "vi" | "en" | "mixed";

/** The convention a table's own unambiguous cells show ("8,05" is Vietnamese, "8.05" English). */
export function tableConvention(cells: string[]): NumberConvention {
  let vi = 0;
  let en = 0;
  for (const c of cells) {
    const s = c.replace(/[\s\u00a0%+()−–-]/g, "");
    if (!/^\d[\d.,]*$/.test(s)) continue;
    const r = readNumber(s);
    if (r.vi !== null && r.en === null) vi++;
    else if (r.en !== null && r.vi === null) en++;
  }
  return en && !vi ? "en" : vi && !en ? "vi" : "mixed";
}

export function readCellValue(raw: string, convention: NumberConvention = "mixed"): CellValue | null {
  let s = raw.replace(/[\s\u00a0]+/g, "").replace(/%$/, "").replace(/[−–]/g, "-");
  if (EMPTY.test(s)) return null;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    s = paren[1];
    sign = -1;
  }
  if (/^[+-]/.test(s)) {
    if (s[0] === "-") sign = -sign;
    s = s.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const r = readNumber(s);
  const warnings: string[] = [];
  let v = r.vi;
  if (v === null && r.en !== null) {
    v = r.en;
    if (convention !== "en") warnings.push(`"${raw.trim()}" is not Vietnamese number format: read the English way as ${r.en}`);
  } else if (isAmbiguous(r) && convention === "en") {
    v = r.en;
  } else if (isAmbiguous(r) && convention === "mixed") {
    warnings.push(`"${raw.trim()}" is ambiguous: read the Vietnamese way as ${r.vi}, the English way it would be ${r.en}`);
  }
  if (v === null) return null;
  return { value: sign * v, warnings };
}
