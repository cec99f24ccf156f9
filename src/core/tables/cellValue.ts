// A figure as written in a table cell: Vietnamese format first. A literal that reads two ways
// ("17.946") follows the convention the table's unambiguous cells show, and is flagged only when
// the table gives no such evidence. Blanks, dashes and "x" are "no figure", not zero.
//   "8,05"  "17.946"  "105,2%"  "(12,5)" → −12.5   "-3,0"   "6,5-7,0" → 6.5 to 7.0
//   "Giảm 1,5" → a change of −1.5    "Tăng 2" → +2    "17.946(*)" → 17946 (footnote mark dropped)
import { readNumber, isAmbiguous } from "../numbers/readNumber";
import { fold } from "../text/fold";

export interface CellValue {
  value: number;
  warnings: string[];
  /** the cell states a change ("Giảm 1,5", "Tăng 2,0"), signed */
  change?: boolean;
  /** a range "6,5-7,0": value is the lower bound */
  upper?: number;
}

const EMPTY = /^(?:|-|–|—|x|X|\.\.\.|…|k|n\/a|na|\/)$/u;
const FOOTNOTE_MARK = /(?:\(\*+\)|\*+|\(\d\)|[¹²³⁽⁾⁰-⁹]+)$/u;
const CHANGE_WORD = /^(tăng|giảm|tăng thêm|giảm thêm)\s*/u;
const LITERAL = /^\d[\d.,]*$/;

export type NumberConvention = "vi" | "en" | "mixed";

/** The convention a table's own unambiguous cells show ("8,05" is Vietnamese, "8.05" English). */
export function tableConvention(cells: string[]): NumberConvention {
  let vi = 0;
  let en = 0;
  for (const c of cells) {
    const s = c.replace(/[\s\u00a0%+()−–-]/g, "");
    if (!LITERAL.test(s)) continue;
    const r = readNumber(s);
    if (r.vi !== null && r.en === null) vi++;
    else if (r.en !== null && r.vi === null) en++;
  }
  return en && !vi ? "en" : vi && !en ? "vi" : "mixed";
}

function readLiteral(s: string, raw: string, convention: NumberConvention, warnings: string[]): number | null {
  if (!LITERAL.test(s)) return null;
  const r = readNumber(s);
  let v = r.vi;
  if (v === null && r.en !== null) {
    v = r.en;
    if (convention !== "en") warnings.push(`"${raw.trim()}" is not Vietnamese number format: read the English way as ${r.en}`);
  } else if (isAmbiguous(r) && convention === "en") {
    v = r.en;
  } else if (isAmbiguous(r) && convention === "mixed") {
    warnings.push(`"${raw.trim()}" is ambiguous: read the Vietnamese way as ${r.vi}, the English way it would be ${r.en}`);
  }
  return v;
}

export function readCellValue(raw: string, convention: NumberConvention = "mixed"): CellValue | null {
  let s = fold(raw.normalize("NFC")).replace(/[\s\u00a0]+/g, " ").trim().replace(/[−–—]/g, "-");
  s = s.replace(FOOTNOTE_MARK, "").trim();
  let change = false;
  let sign = 1;
  const word = CHANGE_WORD.exec(s);
  if (word) {
    change = true;
    sign = word[1].startsWith("giảm") ? -1 : 1;
    s = s.slice(word[0].length);
  }
  s = s.replace(/\s+/g, "").replace(/%$/, "");
  if (EMPTY.test(s)) return null;
  const warnings: string[] = [];
  const range = /^(\d[\d.,]*)-(\d[\d.,]*)$/.exec(s);
  if (range) {
    const lo = readLiteral(range[1], raw, convention, warnings);
    const hi = readLiteral(range[2], raw, convention, warnings);
    if (lo === null || hi === null || hi < lo) return null;
    return { value: sign * lo, upper: sign * hi, warnings, ...(change ? { change } : {}) };
  }
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    s = paren[1];
    sign = -sign;
  }
  if (/^[+-]/.test(s)) {
    if (s[0] === "-") sign = -sign;
    s = s.slice(1);
  }
  const v = readLiteral(s, raw, convention, warnings);
  if (v === null) return null;
  return { value: sign * v, warnings, ...(change ? { change } : {}) };
}

/** Whether a cell holds a figure at all (a header year such as "2023" counts). */
export function hasFigure(text: string): boolean {
  return readCellValue(text) !== null;
}
