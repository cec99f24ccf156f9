// Matching key for Vietnamese text that keeps every offset: same length as the input, so a match
// found in the folded text is a match at the same place in the original.
// Folds case and the two tone-mark placements ("hoà"/"hòa", "thuỷ"/"thủy"), which both appear in
// real reports, and d-bar variants are left alone: đ is a different letter.

const OLD_TO_NEW: Record<string, string> = {
  // old style puts the tone on the second vowel of oa/oe/uy; the catalog is written in the new style
  "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
  "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
  "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
};

function lowerChar(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === ch.length ? l : ch;
}

/** Lowercase, tone placement folded; output.length === input.length (input must be NFC). */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += lowerChar(text[i]);
  // Only the pair followed by a non-letter (end of syllable) is the old placement: "hoàng" keeps "oà".
  return out.replace(/(o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?![\p{L}])/gu, (m) => OLD_TO_NEW[m] ?? m);
}

/** Fold and squeeze whitespace, for comparing short labels (names, aliases). */
export function foldKey(text: string): string {
  return fold(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}
