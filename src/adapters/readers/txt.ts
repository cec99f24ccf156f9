// Plain text files: UTF-8 with or without BOM, UTF-16 (LE/BE, with BOM or detected), the Windows
// code page for Vietnamese (windows-1258), and the pre-Unicode codes older offices still send:
// TCVN3 (ABC, .VnTime fonts) and VNI. Everything the browser has: TextDecoder, no Buffer.
import { ReadDocument, ReadError } from "./types";
import { decodeTcvn3, decodeVni } from "./legacy/convert";
import { vietnameseScore } from "./legacy/detect";

function looksUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4000);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) oddZero++;
    else evenZero++;
  }
  if (oddZero > n / 8 && evenZero < n / 50) return "utf-16le";
  if (evenZero > n / 8 && oddZero < n / 50) return "utf-16be";
  return null;
}

const CANDIDATES: Array<{ label: string; note: string; decode: (b: Uint8Array) => string }> = [
  { label: "windows-1258", note: "not UTF-8: decoded as windows-1258 (Vietnamese Windows code page)", decode: (b) => new TextDecoder("windows-1258").decode(b).normalize("NFC") },
  { label: "tcvn3", note: "converted from TCVN3 (ABC, .VnTime fonts) to Unicode", decode: decodeTcvn3 },
  { label: "vni", note: "converted from VNI (VNI-Times fonts) to Unicode", decode: decodeVni },
];

/** Bytes that are not UTF-8: the legacy code whose decoding reads most like Vietnamese. */
export function decodeLegacy(bytes: Uint8Array): { text: string; note: string; encoding: string } {
  let best: { text: string; note: string; encoding: string; score: number } | undefined;
  for (const c of CANDIDATES) {
    const text = c.decode(bytes);
    const { good, bad } = vietnameseScore(text);
    const score = good - 2 * bad;
    if (!best || score > best.score) best = { text, note: c.note, encoding: c.label, score };
  }
  return best!;
}

export function decodeText(name: string, bytes: Uint8Array): { text: string; notes: string[] } {
  const notes: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), notes };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), notes: ["UTF-16LE"] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), notes: ["UTF-16BE"] };
  const u16 = looksUtf16(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), notes: [u16.toUpperCase()] };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), notes };
  } catch {
    if (bytes.includes(0)) throw new ReadError(name, "not a text file (binary content)");
    const legacy = decodeLegacy(bytes);
    notes.push(legacy.note);
    return { text: legacy.text, notes };
  }
}

export function readTxt(name: string, bytes: Uint8Array): ReadDocument {
  const { text, notes } = decodeText(name, bytes);
  return { name, text, tables: [], notes };
}
