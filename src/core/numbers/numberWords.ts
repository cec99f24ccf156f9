// Counts written as words ("hai đảng viên", "mười lăm chỉ tiêu"). Only small counts appear in
// words in reports; larger ones are always digits.

const UNITS: Record<string, number> = {
  "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
};

/** Pattern source for a count in words (up to 99). */
export const NUMBER_WORDS_SOURCE =
  "(?:(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\\s+mươi(?:\\s+(?:mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|mười(?:\\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)";

export function wordsToNumber(words: string): number | null {
  const w = words.toLowerCase().trim().split(/\s+/);
  if (w.length === 1) {
    if (w[0] === "mười") return 10;
    return UNITS[w[0]] ?? null;
  }
  if (w[0] === "mười") {
    const u = UNITS[w[1]];
    return u ? 10 + u : null;
  }
  if (w[1] === "mươi") {
    const tens = UNITS[w[0]];
    if (!tens) return null;
    if (w.length === 2) return tens * 10;
    const u = w[2] === "mốt" ? 1 : UNITS[w[2]];
    return u ? tens * 10 + u : null;
  }
  return null;
}
