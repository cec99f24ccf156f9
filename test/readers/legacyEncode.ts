// Unicode → TCVN3 / VNI bytes, to make legacy fixtures and to round-trip the readers' decoders.
import { TCVN3_HIGH, TCVN3_LOW } from "../../src/adapters/readers/legacy/tcvn3Table";
import { VNI_MARKS, VNI_LETTERS } from "../../src/adapters/readers/legacy/vniTable";

const CP1252 = new TextDecoder("windows-1252");
const byteOf = (ch: string) => {
  for (let b = 0; b < 256; b++) if (CP1252.decode(Uint8Array.of(b)) === ch) return b;
  throw new Error(`no cp1252 byte for ${ch}`);
};

export function encodeTcvn3(text: string): Uint8Array {
  const rev = new Map<string, number>();
  for (let i = 0; i < 128; i++) if (!rev.has(TCVN3_HIGH[i])) rev.set(TCVN3_HIGH[i], 0x80 + i);
  for (const [b, c] of Object.entries(TCVN3_LOW)) rev.set(c, +b);
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else if (rev.has(ch)) out.push(rev.get(ch)!);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}

export function encodeVni(text: string): Uint8Array {
  const letters = new Map(Object.entries(VNI_LETTERS).map(([k, v]) => [v, k]));
  // lowercase mark bytes come first in VNI_MARKS, capitals after: keep the first of each for lowercase
  const lowerMark = new Map<string, string>();
  const upperMark = new Map<string, string>();
  for (const [k, v] of Object.entries(VNI_MARKS)) (k.charCodeAt(0) >= 0xe0 ? lowerMark : upperMark).set(("a" + v).normalize("NFD").slice(1), k);
  let s = "";
  for (const ch of text.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) { s += ch; continue; }
    if (letters.has(ch)) { s += letters.get(ch); continue; }
    const d = ch.normalize("NFD");
    let base = d[0];
    let marks = d.slice(1);
    // ơ/ư are single bytes that still take a tone byte
    if (/^\u031B/.test(marks)) { base = (base + "\u031B").normalize("NFC"); marks = marks.slice(1); }
    if (base === "i" || base === "I") { s += base; s += marks; continue; }
    const baseOut = letters.get(base) ?? base;
    const upper = base !== base.toLowerCase();
    const m = (upper ? upperMark : lowerMark).get(marks);
    s += baseOut + (m ?? marks);
  }
  return Uint8Array.from([...s].map(byteOf));
}

/** Unicode → windows-1258 bytes (the table is the platform decoder's, reversed); the text must
 *  already have its tone marks separated, as the code page writes them. */
export function encodeCp1258(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1258");
  const rev = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== "\ufffd" && !rev.has(ch)) rev.set(ch, b);
  }
  return Uint8Array.from([...text], (ch) => rev.get(ch) ?? 0x3f);
}
