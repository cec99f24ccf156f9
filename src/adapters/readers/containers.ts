// Recognising a file by its first bytes, whatever its name says.
export type Sniffed = "zip" | "cfb" | "pdf" | "html" | "text" | "binary" | "empty";

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

export function sniff(bytes: Uint8Array): Sniffed {
  if (!bytes.length) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (/^\s*(?:\ufeff|ï»¿)?\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i.test(head)) return "html";
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) zeros++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  // UTF-16 text has zeros in every other byte; other binaries have control bytes too
  if (zeros > n / 8 && control < n / 50) return "text";
  if (zeros || control > n / 20) return "binary";
  return "text";
}

/** A CFB (OLE) container holding an encrypted Office Open XML package. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return hasStreamName(bytes, "EncryptionInfo");
}

/** What an OLE compound file holds, by its directory's stream names. */
export function cfbKind(bytes: Uint8Array): "encrypted" | "doc" | "xls" | "other" {
  if (isEncryptedOoxml(bytes)) return "encrypted";
  if (hasStreamName(bytes, "WordDocument")) return "doc";
  if (hasStreamName(bytes, "Workbook") || hasStreamName(bytes, "Book")) return "xls";
  return "other";
}

/** Whether a compound file's directory names a stream (names are stored in UTF-16LE). */
function hasStreamName(bytes: Uint8Array, probe: string): boolean {
  const utf16 = new Uint8Array(probe.length * 2);
  for (let i = 0; i < probe.length; i++) utf16[i * 2] = probe.charCodeAt(i);
  outer: for (let i = 0; i + utf16.length <= bytes.length; i++) {
    for (let j = 0; j < utf16.length; j++) if (bytes[i + j] !== utf16[j]) continue outer;
    return true;
  }
  return false;
}
