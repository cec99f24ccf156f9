// Reads a written number both ways. Vietnamese writing uses "." for thousands and "," for
// decimals ("17.946" = 17946, "8,05" = 8.05, "1.172,5" = 1172.5); English-format figures also
// reach reports ("8.05%", "1,172.5"). Some literals are valid in both and mean different things
// ("1,255", "126,484", "1.255"): the caller settles those from magnitude and says so.

export interface NumberReadings {
  /** value read the Vietnamese way, or null when the literal cannot be Vietnamese */
  vi: number | null;
  /** value read the English way, or null when the literal cannot be English */
  en: number | null;
}

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);
const DOT_GROUPED = GROUPED(".");
const COMMA_GROUPED = GROUPED(",");

function decimal(intPart: string, frac: string): number {
  return Number(`${intPart}.${frac}`);
}

export function readNumber(literal: string): NumberReadings {
  const s = literal.trim();
  // 17 946 | 1 172,5: groups of three separated by spaces, decimals after a comma
  if (/^\d{1,3}(?: \d{3})+(?:,\d+)?$/.test(s)) {
    const v = Number(s.replace(/ /g, "").replace(",", "."));
    return { vi: v, en: s.includes(",") ? null : v };
  }
  if (/^\d+$/.test(s)) {
    const v = Number(s);
    return { vi: v, en: v };
  }
  // "35, 18": a decimal comma with a stray space after it (taken only before a unit, see quantity.ts)
  const spaced = /^(\d+), (\d{1,2})$/.exec(s);
  if (spaced) return { vi: Number(`${spaced[1]}.${spaced[2]}`), en: null };
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots && commas) {
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    if (lastComma > lastDot) {
      // 1.172,5 — Vietnamese grouping with a decimal comma
      const [int, frac] = [s.slice(0, lastComma), s.slice(lastComma + 1)];
      const vi = DOT_GROUPED.test(int) && /^\d+$/.test(frac) ? decimal(int.replace(/\./g, ""), frac) : null;
      return { vi, en: null };
    }
    const [int, frac] = [s.slice(0, lastDot), s.slice(lastDot + 1)];
    const en = COMMA_GROUPED.test(int) && /^\d+$/.test(frac) ? decimal(int.replace(/,/g, ""), frac) : null;
    return { vi: null, en };
  }
  if (dots) {
    const vi = DOT_GROUPED.test(s) ? Number(s.replace(/\./g, "")) : null;
    const en = dots === 1 && /^\d+\.\d+$/.test(s) ? Number(s) : null;
    return { vi, en };
  }
  if (commas) {
    const vi = commas === 1 && /^\d+,\d+$/.test(s) ? Number(s.replace(",", ".")) : null;
    const en = COMMA_GROUPED.test(s) ? Number(s.replace(/,/g, "")) : null;
    return { vi, en };
  }
  return { vi: null, en: null };
}

/** True when the two readings disagree, so the figure needs a second look. */
export function isAmbiguous(r: NumberReadings): boolean {
  return r.vi !== null && r.en !== null && r.vi !== r.en;
}
