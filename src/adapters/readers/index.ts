// Picks the reader for a file by its content first and its extension second: a .docx renamed .txt
// is still read as Word, a PDF without its extension still as PDF. Every failure is one ReadError
// naming the file; nothing half-read is returned.
import { ReadDocument, ReadError } from "./types";
import { readTxt } from "./txt";
import { readDocx } from "./docx";
import { readPdf } from "./pdf";
import { readHtml } from "./html";
import { readXlsx } from "./xlsx";
import { readCsv } from "./csv";
import { readDoc } from "./doc";
import { readXls } from "./xls";
import { sniff, cfbKind } from "./containers";

export interface ReadOptions {
  /** a PDF's pages as they are read */
  onPage?: (page: number, pages: number) => void;
}

export type Reader = (name: string, bytes: Uint8Array, opts?: ReadOptions) => Promise<ReadDocument> | ReadDocument;

const READERS: Record<string, Reader> = {
  txt: readTxt,
  text: readTxt,
  md: readTxt,
  docx: readDocx,
  pdf: (name, bytes, opts) => readPdf(name, bytes, opts?.onPage),
  html: readHtml,
  htm: readHtml,
  xhtml: readHtml,
  xlsx: readXlsx,
  xlsm: readXlsx,
  csv: readCsv,
  doc: readDoc,
  xls: readXls,
};

export { SUPPORTED_EXTENSIONS } from "./formats";

/** Files larger than this are refused before reading: reports are kilobytes to a few megabytes. */
export const MAX_BYTES = 50 * 1024 * 1024;

export function registerReader(ext: string, reader: Reader): void {
  READERS[ext.toLowerCase()] = reader;
}

const extOf = (name: string) => (/\.([^.\\/]+)$/.exec(name)?.[1] ?? "").toLowerCase();

/** Which reader the bytes call for, whatever the extension; undefined: go by the extension. */
async function byContent(name: string, bytes: Uint8Array, ext: string): Promise<Reader | undefined> {
  const kind = sniff(bytes);
  switch (kind) {
    case "pdf":
      return READERS.pdf;
    case "cfb":
      switch (cfbKind(bytes)) {
        case "encrypted":
          throw new ReadError(name, "the file is password-protected (encrypted Office document): remove the password and save it again");
        case "doc":
          return READERS.doc;
        case "xls":
          return READERS.xls;
        default:
          throw new ReadError(name, "an old binary Office file that is neither a Word .doc nor an Excel .xls (PowerPoint? Outlook?): save it as .docx or .xlsx");
      }
    case "zip": {
      if (ext === "docx" || ext === "xlsx" || ext === "xlsm") return undefined;
      // a zip's member names are stored in clear in its headers
      const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
      if (head.includes("word/")) return READERS.docx;
      if (head.includes("xl/")) return READERS.xlsx;
      throw new ReadError(name, "a zip archive that is neither a .docx nor an .xlsx");
    }
    case "html":
      return ext === "html" || ext === "htm" || ext === "xhtml" ? undefined : READERS.html;
    case "binary":
      if (ext in READERS && ext !== "txt" && ext !== "csv" && ext !== "md" && ext !== "text") return undefined;
      throw new ReadError(name, `not a document: binary content that is neither PDF, Word nor Excel${ext ? ` (despite the ".${ext}" extension)` : ""}`);
    default:
      return undefined;
  }
}

export async function readDocument(name: string, bytes: Uint8Array, opts: ReadOptions = {}): Promise<ReadDocument> {
  if (!bytes.length) throw new ReadError(name, "the file is empty");
  if (bytes.length > MAX_BYTES) throw new ReadError(name, `the file is ${(bytes.length / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit for one report`);
  const ext = extOf(name);
  const reader = (await byContent(name, bytes, ext)) ?? READERS[ext];
  if (!reader) throw new ReadError(name, `unsupported file type ".${ext}" (supported: ${Object.keys(READERS).map((e) => "." + e).join(", ")})`);
  try {
    const doc = await reader(name, bytes, opts);
    if (!doc.text.trim() && !doc.tables.length) throw new ReadError(name, "no text found in the file");
    return doc;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    // whatever a parser throws on a damaged file becomes one message naming the file
    throw new ReadError(name, `could not be read: ${(e as Error)?.message ?? String(e)}`);
  }
}

export { ReadError };
export type { ReadDocument };
