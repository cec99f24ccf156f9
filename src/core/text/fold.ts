// Matching key for Vietnamese text that keeps every offset: same length as the input, so a match
// found in the folded text is a match at the same place in the original.
// Folds case and the two tone-mark placements ("hoà"/"hòa", "thuỷ"/"thủy"), which both appear in
// real reports; đ is a letter of its own and stays.

const OLD_TO_NEW: Record<string, string> = {
  // old style puts the tone on the second vowel of oa/oe/uy; the catalog is written in the new style
  "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
  "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
  "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
};
// only a pair that ends the syllable is the old placement ("hoàng" keeps "oà"); "quý" is qu + ý
const OLD_PLACEMENT = /(o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?![\p{L}])/gu;

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // rare characters change length when lowercased (İ): keep those as they are
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Lowercase, tone placement folded; output.length === input.length (input must be NFC). */
export function fold(text: string): string {
  return lowerSameLength(text).replace(OLD_PLACEMENT, (m) => OLD_TO_NEW[m] ?? m);
}

/** Fold and squeeze whitespace, for comparing short labels (names, aliases). */
export function foldKey(text: string): string {
  return fold(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}
