// Numbers and dates inside text the book shows (notes, not cells: cells carry number formats).
import type { Labels } from "./labels";

/** 17946 → "17.946", 8.05 → "8,05" in Vietnamese; "17,946" and "8.05" in English. */
export function numberText(v: number, L: Labels): string {
  const [int, frac] = String(Math.round(v * 1e6) / 1e6).split(".");
  const neg = int!.startsWith("-");
  const digits = neg ? int!.slice(1) : int!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, L.decimal.thousands);
  return `${neg ? "-" : ""}${grouped}${frac ? L.decimal.point + frac : ""}`;
}

/** "2024-01-15" → "15/01/2024" in Vietnamese books; undefined stays empty. */
export function dateText(iso: string | undefined, L: Labels): string {
  return iso ? L.date(iso) : "";
}

/** Lines a text wraps to in a column `width` characters wide (word wrap, Arial 10). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor(width * (bold ? 1.05 : 1.2)) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= capacity) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > capacity) {
      lines++;
      used -= capacity;
    }
  }
  return lines;
}
