// Files and folders named on the command line → documents → facts. One bad file gets one clear
// message and never stops the others.
import { promises as fs } from "node:fs";
import path from "node:path";
import { readDocument, ReadError, MAX_BYTES } from "../adapters/readers";
import { documentFacts } from "../core/document";
import type { Fact } from "../core/facts/fact";
import { listSources } from "./files";

export interface SourceResult {
  file: string;
  facts: Fact[];
  warnings: string[];
  error?: string;
}

/** Files named and found in folders (recursively; hidden and temporary files passed over). */
export async function listFiles(inputs: string[]): Promise<{ files: string[]; errors: string[] }> {
  const { files, errors } = await listSources(inputs);
  return { files: files.map((f) => f.path), errors };
}

/** One read document → facts: the core step (src/core/document), re-exported for the CLI's callers. */
export { documentFacts };

/** Reads any supported file (.txt, .docx, .pdf, .html, .xlsx, .csv) into facts; one message per bad file. */
export async function extractFile(file: string, opts: { entity?: string; date?: string }): Promise<SourceResult> {
  const name = path.basename(file);
  try {
    const st = await fs.stat(file);
    if (st.size > MAX_BYTES) throw new ReadError(name, `the file is ${(st.size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit for one report`);
    return await extractBytes(file, name, new Uint8Array(await fs.readFile(file)), opts);
  } catch (e) {
    return failed(file, name, e);
  }
}

/** A file already read → facts; `name` is what its facts and messages call it. */
export async function extractBytes(file: string, name: string, bytes: Uint8Array, opts: { entity?: string; date?: string }): Promise<SourceResult> {
  try {
    const doc = await readDocument(name, bytes);
    const r = documentFacts(doc, opts);
    return { file, facts: r.facts, warnings: [...r.notes, ...r.warnings] };
  } catch (e) {
    return failed(file, name, e);
  }
}

function failed(file: string, name: string, e: unknown): SourceResult {
  const msg = e instanceof ReadError ? e.message : `${name}: ${(e as Error).message}`;
  return { file, facts: [], warnings: [], error: msg };
}
