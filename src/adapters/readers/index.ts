// Picks the reader for a file by its content first and its extension second.
import { ReadDocument, ReadError } from "./types";
import { readTxt } from "./txt";

export type Reader = (name: string, bytes: Uint8Array) => Promise<ReadDocument> | ReadDocument;

const READERS: Record<string, Reader> = {
  txt: readTxt,
  text: readTxt,
  md: readTxt,
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

export function registerReader(ext: string, reader: Reader): void {
  READERS[ext] = reader;
}

export async function readDocument(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  if (!bytes.length) throw new ReadError(name, "the file is empty");
  const ext = (/\.([^.\\/]+)$/.exec(name)?.[1] ?? "").toLowerCase();
  const reader = READERS[ext];
  if (!reader) throw new ReadError(name, `unsupported file type ".${ext}" (supported: ${Object.keys(READERS).map((e) => "." + e).join(", ")})`);
  return reader(name, bytes);
}

export { ReadError };
export type { ReadDocument };
