// Which legacy code a non-UTF-8 text file is in. Each candidate decoding is scored by how many of
// its words are Vietnamese syllables: TCVN3 read as windows-1258 gives "Hµ TÜnh", VNI read as
// TCVN3 gives "chaứo" (a toned vowel inside a vowel run no syllable has), and only the right code
// gives words like "Hà Tĩnh". Only called on bytes that are not valid UTF-8.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?";
const NUCLEI = [
  "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo",
  "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "yê",
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
];
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join("|")})(?:ch|ng|nh|[cmnpt])?$`, "u");

/** Words with non-ASCII letters that are Vietnamese syllables, minus those that are not. */
export function vietnameseScore(text: string): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const m of sample.matchAll(/[^\s\d.,;:!?()[\]{}"'“”‘’\-–—/\\|*+=<>%&#@_~`]+/gu)) {
    const w = m[0];
    if (/^[\x20-\x7e]*$/.test(w)) continue;
    const lower = w.toLowerCase().normalize("NFD");
    const tones = lower.match(TONES)?.length ?? 0;
    const base = lower.replace(TONES, "").normalize("NFC");
    if (tones <= 1 && SYLLABLE.test(base)) good++;
    else bad++;
  }
  return { good, bad };
}
