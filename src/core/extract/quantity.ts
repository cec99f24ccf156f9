// Finds quantities: a number (or an N/M pair, a range, a small count in words) with the words
// that qualify it ("gần", "trên") and the unit after it. Interpretation against an indicator
// (which reading, which canonical value) happens later; here a quantity only says what it is.
import { readNumber, NumberReadings } from "../numbers/readNumber";
import { NUMBER_WORDS_SOURCE, wordsToNumber } from "../numbers/numberWords";
import { UNIT_AT_START, unitOfMatch, UnitForm, SCALES } from "../units/units";
import type { Qualifier } from "../facts/fact";
import { trieSource, wordMatches } from "../text/trie";

export interface Quantity {
  /** whole span: qualifier, number(s), unit */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  literal: string;
  readings: NumberReadings;
  upper?: NumberReadings;
  /** second number of an N/M pair ("23/29 chỉ tiêu") */
  pairOf?: NumberReadings;
  unit?: UnitForm;
  /** scale word for counts ("1,2 triệu người") */
  scale?: number;
  qualifier: Qualifier;
  qualifierWord?: string;
  /** written in words ("hai đảng viên") */
  inWords?: boolean;
}

const QUALIFIERS: Array<[string, Qualifier]> = [
  ["xấp xỉ", "approx"], ["khoảng", "approx"], ["gần", "approx"], ["chừng", "approx"], ["ước khoảng", "approx"],
  ["ít nhất", "over"], ["tối thiểu", "over"], ["trên", "over"], ["hơn", "over"], ["vượt", "over"], ["ngoài", "over"],
  ["dưới", "under"], ["chưa đến", "under"], ["chưa tới", "under"], ["không quá", "under"], ["tối đa", "under"],
];
const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${QUALIFIERS.map(([w]) => w).join("|")})\\s+$`, "u");

// 17.946 | 1.172,5 | 8,05 | 06 | 1,172.5
// 17 946 (grouped with spaces, as PDFs and some offices write it) is taken only before a unit
// "35, 18 tỷ đồng": a decimal comma typed with a space after it, taken only right before a unit
const NUMBER = String.raw`\d+, \d{1,2}(?=\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|%|usd))|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
// 23/29 chỉ tiêu | 7 - 7,5% | từ 7 đến 7,5% | 8,05%
const QUANTITY = new RegExp(
  String.raw`(${NUMBER})(?:\s*(%)?\s*(?:-|–|đến|tới)\s*(${NUMBER})(?![.,]?\d)|/(${NUMBER}))?(?![\p{N}]|[.,]\d|/\d|:\d|-\p{L}|/\p{L})`,
  "gu",
);
// hai đảng viên | mười lăm chỉ tiêu — only before a counted noun ("năm" is also "year"): the
// nouns are found first, then the words before them are read
const nounRes = new Map<string, RegExp>();
function nounRe(nouns: string[]): RegExp {
  const key = nouns.join("|");
  let re = nounRes.get(key);
  if (!re) {
    re = new RegExp(`(?:${trieSource(nouns)})(?![\\p{L}\\p{N}])`, "gu");
    nounRes.set(key, re);
  }
  return re;
}
const WORDS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${NUMBER_WORDS_SOURCE})\\s+$`, "u");
const GLUED_BEFORE = /[\p{L}\p{N}.,/:-]/u;
const SCALE_WORD = /^\s*(nghìn|ngàn|triệu)(?![\p{L}\p{N}])/u;
const NOT_MONEY_AFTER_DONG = /^\s*(?:chí|bào|thời|loạt|lòng|ý|đều|hành|nghiệp|bằng)(?![\p{L}])/u;

function qualifierBefore(folded: string, at: number): { q: Qualifier; word: string; start: number } | null {
  const window = folded.slice(Math.max(0, at - 16), at);
  const m = QUALIFIER_BEFORE.exec(window);
  if (!m) return null;
  const q = QUALIFIERS.find(([w]) => w === m[1])![1];
  return { q, word: m[1], start: at - (window.length - m.index) };
}

function unitAfter(folded: string, at: number): { unit?: UnitForm; scale?: number; end: number } {
  const rest = folded.slice(at, at + 40);
  const m = UNIT_AT_START.exec(rest);
  if (m) {
    const unit = unitOfMatch(m);
    if (unit && !(unit.form.endsWith("đồng") && NOT_MONEY_AFTER_DONG.test(rest.slice(m[0].length)))) {
      return { unit, end: at + m[0].length };
    }
  }
  const s = SCALE_WORD.exec(rest);
  if (s) return { scale: SCALES[s[1]], end: at + s[0].length };
  return { end: at };
}

// "(5) Thành lập mới 583 doanh nghiệp", "; (3) khắc phục …": an item number opening a line or a clause
const MARKER_LEAD = /(?:^|[\n;:.]\s*)$/u;

function listMarker(folded: string, numStart: number, numEnd: number): boolean {
  return numEnd - numStart <= 2 && folded[numStart - 1] === "(" && folded[numEnd] === ")" &&
    MARKER_LEAD.test(folded.slice(Math.max(0, numStart - 4), numStart - 1));
}

/** All quantities in `folded` (the folded text), in order, outside the masked ranges (dates, codes). */
export function findQuantities(folded: string, masked: (start: number, end: number) => boolean, countNouns: string[] = []): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY.exec(folded))) {
    const numStart = m.index;
    // a number glued to a word, a code or another number ("01-KL/TW", "3433/QĐ", "0:00") is not a figure;
    // checked here rather than as a lookbehind, which V8 would try at every position
    if (numStart > 0 && GLUED_BEFORE.test(folded[numStart - 1])) {
      let k = numStart;
      while (k < folded.length && /[\d.,]/.test(folded[k])) k++;
      QUANTITY.lastIndex = Math.max(k, numStart + 1);
      continue;
    }
    const numEnd = m.index + m[0].length;
    if (masked(numStart, numEnd) || listMarker(folded, numStart, numEnd)) continue;
    const readings = readNumber(m[1]);
    if (readings.vi === null && readings.en === null) continue;
    const u = unitAfter(folded, numEnd);
    if (m[1].includes(" ") && !u.unit) {
      // "năm 2023 có 25 000": without a unit the spaced groups are separate numbers
      QUANTITY.lastIndex = numStart + m[1].indexOf(" ");
      const first = m[1].slice(0, m[1].indexOf(" "));
      pushQuantity(out, folded, first, numStart, numStart + first.length, readNumber(first), unitAfter(folded, numStart + first.length), undefined, undefined);
      continue;
    }
    const upperLiteral = m[3];
    const pairLiteral = m[4];
    // a range needs a unit ("2021 - 2025" is a span of years, not a range of figures)
    if (upperLiteral && !u.unit && !u.scale) {
      QUANTITY.lastIndex = numStart + m[1].length;
      const su = unitAfter(folded, numStart + m[1].length);
      pushQuantity(out, folded, m[1], numStart, numStart + m[1].length, readings, su, undefined, undefined);
      continue;
    }
    const upper = upperLiteral ? readNumber(upperLiteral) : undefined;
    const pairOf = pairLiteral ? readNumber(pairLiteral) : undefined;
    pushQuantity(out, folded, m[0], numStart, numEnd, readings, u, upper, pairOf);
  }
  for (const n of countNouns.length ? wordMatches(nounRe(countNouns), folded) : []) {
    const before = folded.slice(Math.max(0, n.index - 30), n.index);
    const m = WORDS_BEFORE.exec(before);
    // "một" is mostly the article ("bình quân một doanh nghiệp"): not a count
    if (!m || m[1] === "một") continue;
    const start = n.index - before.length + m.index;
    const numEnd = start + m[1].length;
    const v = wordsToNumber(m[1]);
    if (v === null || masked(start, numEnd)) continue;
    out.push({
      start, end: numEnd, numStart: start, numEnd, literal: m[1],
      readings: { vi: v, en: v }, qualifier: null, inWords: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function pushQuantity(
  out: Quantity[], folded: string, literal: string, numStart: number, numEnd: number,
  readings: NumberReadings, u: { unit?: UnitForm; scale?: number; end: number },
  upper: NumberReadings | undefined, pairOf: NumberReadings | undefined,
): void {
  const q = qualifierBefore(folded, numStart);
  let qualifier: Qualifier = q?.q ?? null;
  if (upper) qualifier = "range";
  out.push({
    start: q?.start ?? numStart,
    end: u.end,
    numStart,
    numEnd,
    literal,
    readings,
    upper,
    pairOf,
    unit: u.unit,
    scale: u.scale,
    qualifier,
    qualifierWord: q?.word,
  });
}

