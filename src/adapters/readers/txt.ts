// Plain text files: UTF-8 with or without BOM, UTF-16 (LE/BE, with BOM or detected), and the
// Windows code page older Vietnamese offices save in (windows-1258).
import iconv from "iconv-lite";
import { ReadDocument, ReadError } from "./types";

function looksUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? oddZero++ : evenZero++);
  if (oddZero > n / 8 && evenZero < n / 50) return "utf-16le";
  if (evenZero > n / 8 && oddZero < n / 50) return "utf-16be";
  return null;
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
    notes.push("not UTF-8: decoded as windows-1258 (Vietnamese Windows code page)");
    return { text: iconv.decode(Buffer.from(bytes), "windows-1258"), notes };
  }
}

export function readTxt(name: string, bytes: Uint8Array): ReadDocument {
  const { text, notes } = decodeText(name, bytes);
  return { name, text, tables: [], notes };
}
