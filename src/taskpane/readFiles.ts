// The readFiles port: browser File objects → text through the shared readers
// (src/adapters/readers), one file at a time so progress can be shown. A file that fails
// becomes an error entry; the others are still read.
import { readDocument } from "../adapters/readers";
import "./registerReaders";
import type { ReadFileResult } from "./ports";

function extension(name: string): string {
  return (/\.([^.\\/]+)$/.exec(name)?.[1] ?? "").toLowerCase();
}

async function bytesOf(file: File): Promise<Uint8Array> {
  // Blob.arrayBuffer is missing in some older Office webviews; FileReader is everywhere.
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error ?? new Error("FileReader failed"));
    r.readAsArrayBuffer(file);
  });
}

export async function readFiles(files: File[], onProgress?: (done: number, total: number) => void): Promise<ReadFileResult[]> {
  const out: ReadFileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      const doc = await readDocument(file.name, await bytesOf(file));
      out.push({ name: file.name, text: doc.text });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      out.push({
        name: file.name,
        error: /unsupported file type/.test(why) ? { kind: "unsupported", ext: `.${extension(file.name)}` } : { kind: "read", why: why.replace(`${file.name}: `, "") },
      });
    }
    onProgress?.(i + 1, files.length);
  }
  return out;
}
