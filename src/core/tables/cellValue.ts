// A figure as written in a table cell: Vietnamese format first, with a warning when the literal
// reads differently the English way; blanks, dashes and "x" are "no figure", not zero.
import { readNumber, isAmbiguous } from "../numbers/readNumber";

export interface CellValue {
  value: number;
  warnings: string[];
}

const EMPTY = /^(?:|-|–|—|x|X|\.\.\.|…|k|n\/a|na)$/u;

export function readCellValue(raw: string): CellValue | null {
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
    warnings.push(`"${raw.trim()}" is not Vietnamese number format: read the English way as ${r.en}`);
  } else if (isAmbiguous(r)) {
    warnings.push(`"${raw.trim()}" is ambiguous: read the Vietnamese way as ${r.vi}, the English way it would be ${r.en}`);
  }
  if (v === null) return null;
  return { value: sign * v, warnings };
}
