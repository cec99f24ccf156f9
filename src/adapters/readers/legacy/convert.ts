// Legacy Vietnamese encodings → Unicode (NFC), from bytes (.txt files) or from the characters a
// .docx stores for a run set in a legacy font (Word keeps the font's byte as the windows-1252
// character: "µ" for TCVN3 0xB5 "à").
import { TCVN3_HIGH, TCVN3_LOW } from "./tcvn3Table";
import { VNI_MARKS, VNI_LETTERS } from "./vniTable";

export type LegacyEncoding = "tcvn3" | "vni";

const CP1252 = new TextDecoder("windows-1252");
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTE_OF.set(CP1252.decode(Uint8Array.of(b)), b);

export function decodeTcvn3(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 ? TCVN3_HIGH[b - 0x80] : TCVN3_LOW[b] ?? String.fromCharCode(b);
  return out.normalize("NFC");
}

const VNI_BASE = /([aeiouyAEIOUYơưƠƯ])([\xF9\xF8\xFB\xF5\xEF\xE2\xE1\xE0\xE5\xE3\xE4\xEA\xE9\xE8\xFA\xFC\xEB\xD9\xD8\xDB\xD5\xCF\xC2\xC1\xC0\xC5\xC3\xC4\xCA\xC9\xC8\xDA\xDC\xCB])/g;
const VNI_SINGLE = /[\xF4\xD4\xF6\xD6\xF1\xD1\xED\xCD\xEC\xCC\xE6\xC6\xF3\xD3\xF2\xD2\xEE\xCE]/g;

/** VNI text seen through windows-1252 → Unicode. */
export function vniToUnicode(s: string): string {
  // single-byte letters first: "ô" (ơ) can carry a tone byte after it ("ôù" = ớ)
  const letters = s.replace(VNI_SINGLE, (c) => VNI_LETTERS[c] ?? c);
  return letters.replace(VNI_BASE, (_m, base: string, mark: string) => base + VNI_MARKS[mark]).normalize("NFC");
}

export function decodeVni(bytes: Uint8Array): string {
  return vniToUnicode(CP1252.decode(bytes));
}

/** Text of a run set in a legacy font → Unicode. Characters outside the font's byte range stay. */
export function legacyFontText(text: string, enc: LegacyEncoding, upper = false): string {
  let out: string;
  if (enc === "vni") out = vniToUnicode(text);
  else {
    out = "";
    for (const ch of text) {
      const b = BYTE_OF.get(ch);
      out += b === undefined ? ch : b >= 0x80 ? TCVN3_HIGH[b - 0x80] : TCVN3_LOW[b] ?? ch;
    }
    out = out.normalize("NFC");
  }
  // the ".VnTimeH" capital fonts draw the lowercase codes as capitals
  return upper ? out.toUpperCase() : out;
}

/** The legacy encoding a font name implies: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
export function fontEncoding(font: string | undefined): { enc: LegacyEncoding; upper: boolean } | undefined {
  if (!font) return undefined;
  const f = font.trim();
  if (/^\.?vn[a-z]/i.test(f) && f.startsWith(".")) return { enc: "tcvn3", upper: /H$/.test(f) };
  if (/^VNI[- ]/i.test(f)) return { enc: "vni", upper: false };
  return undefined;
}
