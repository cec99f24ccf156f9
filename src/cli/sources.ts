// Files and folders named on the command line → documents → facts. One bad file gets one clear
// message and never stops the others.
import { promises as fs } from "node:fs";
import path from "node:path";
import { readDocument, ReadError, MAX_BYTES } from "../adapters/readers";
import { documentFacts } from "../core/document";
import type { Fact } from "../core/facts/fact";

export interface SourceResult {
  file: string;
  facts: Fact[];
  warnings: string[];
  error?: string;
}

export async function listFiles(inputs: string[]): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    try {
      const st = await fs.stat(input);
      if (st.isDirectory()) {
        const names = (await fs.readdir(input)).sort();
        for (const n of names) {
          const p = path.join(input, n);
          const s = await fs.stat(p);
          if (s.isFile() && !n.startsWith(".")) files.push(p);
        }
      } else files.push(input);
    } catch {
      errors.push(`${input}: no such file or folder`);
    }
  }
  return { files, errors };
}

/** One read document → facts: the core step (src/core/document), re-exported for the CLI's callers. */
export { documentFacts };

/** Reads any supported file (.txt, .docx, .pdf, .html, .xlsx, .csv) into facts; one message per bad file. */
export async function extractFile(file: string, opts: { entity?: string; date?: string }): Promise<SourceResult> {
  const name = path.basename(file);
  try {
    const st = await fs.stat(file);
    if (st.size > MAX_BYTES) throw new ReadError(name, `the file is ${(st.size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit for one report`);
    const bytes = new Uint8Array(await fs.readFile(file));
    const doc = await readDocument(name, bytes);
    const r = documentFacts(doc, opts);
    return { file, facts: r.facts, warnings: [...r.notes, ...r.warnings] };
  } catch (e) {
    const msg = e instanceof ReadError ? e.message : `${name}: ${(e as Error).message}`;
    return { file, facts: [], warnings: [], error: msg };
  }
}
