// The readFiles and extract ports: browser File objects → read documents → facts, through the
// shared readers and the core document step, in the document worker (worker/client.ts). Files are
// read one at a time so progress can be shown; a file that fails becomes an error entry and the
// others are still read; cancel stops the file being read and the ones after it.
import type { ReadDocument } from "../core/document/types";
import type { ExtractOutcome, JobStatus, ReadFileResult } from "./ports";
import { Cancelled, DocumentJobs, JobError } from "./worker/client";

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

export interface DocumentPorts {
  readFiles(files: File[], onProgress?: (status: JobStatus) => void): Promise<ReadFileResult[]>;
  extract(doc: ReadDocument, opts: { entity?: string }, onProgress?: (status: JobStatus) => void): Promise<ExtractOutcome>;
  cancel(): void;
}

export function documentPorts(jobs: DocumentJobs): DocumentPorts {
  return {
    async readFiles(files, onProgress) {
      const out: ReadFileResult[] = [];
      for (let i = 0; i < files.length; i++) {
        const file = files[i];
        onProgress?.({ done: i, total: files.length, stage: "reading", file: file.name });
        try {
          const doc = await jobs.read(file.name, await bytesOf(file), (p) => onProgress?.({ done: i, total: files.length, stage: "reading", file: file.name, page: p.page, pages: p.pages }));
          out.push({ name: file.name, doc });
        } catch (err) {
          if (err instanceof Cancelled) throw err;
          const why = err instanceof Error ? err.message : String(err);
          const unsupported = err instanceof JobError ? err.unsupported : /unsupported file type/.test(why);
          out.push({ name: file.name, error: unsupported ? { kind: "unsupported", ext: `.${extension(file.name)}` } : { kind: "read", why: why.replace(`${file.name}: `, "") } });
        }
        onProgress?.({ done: i + 1, total: files.length, stage: "reading" });
      }
      return out;
    },
    extract(doc, opts, onProgress) {
      onProgress?.({ done: 0, total: 1, stage: "extracting", file: doc.name });
      return jobs.extract(doc, opts.entity);
    },
    cancel: () => jobs.cancel(),
  };
}

export { Cancelled };
