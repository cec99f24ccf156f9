// `build <files or folders…> --out book.xlsx [--units old|new]`: read every report, extract its
// facts, write the comparison workbook — or refresh it when it exists. Files that cannot be read
// are named on stderr and in the book's log; their earlier facts stay in the book, marked.
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { listFiles, extractFile } from "./sources";
import { buildBook } from "./build";
import type { Fact } from "../core/facts/fact";
import type { FailedSource } from "../core/refresh";

export interface ExtractedSources {
  facts: Fact[];
  failed: FailedSource[];
  readSources: string[];
  docDates: Record<string, string>;
}

/** Every file's facts; a file that cannot be read is reported and listed as failed, never skipped. */
export async function extractSources(files: string[], flags: { entity?: string; date?: string }, warn: (s: string) => void = (s) => void process.stderr.write(s)): Promise<ExtractedSources> {
  const facts: Fact[] = [];
  const failed: FailedSource[] = [];
  const readSources: string[] = [];
  const docDates: Record<string, string> = {};
  for (const file of files) {
    const r = await extractFile(file, { entity: flags.entity, date: flags.date });
    const doc = basename(file);
    if (r.error) {
      warn(`error: ${r.error}\n`);
      failed.push({ doc, reason: r.error.startsWith(`${doc}: `) ? r.error.slice(doc.length + 2) : r.error });
      continue;
    }
    readSources.push(doc);
    if (flags.date) docDates[doc] = flags.date;
    for (const w of r.warnings) warn(`note: ${file}: ${w}\n`);
    facts.push(...r.facts);
  }
  return { facts, failed, readSources, docDates };
}

export async function buildCommand(inputs: string[], flags: Record<string, string>): Promise<number> {
  if (!flags.out) {
    process.stderr.write("build needs --out FILE.xlsx\n");
    return 2;
  }
  if (flags.lang !== undefined && flags.lang !== "vi" && flags.lang !== "en") {
    process.stderr.write(`--lang must be vi or en, not "${flags.lang}"\n`);
    return 2;
  }
  if (flags.units !== undefined && flags.units !== "old" && flags.units !== "new") {
    process.stderr.write(`--units must be old or new, not "${flags.units}"\n`);
    return 2;
  }
  const { files, errors } = await listFiles(inputs);
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  const { facts, failed, readSources, docDates } = await extractSources(files, flags);
  if (!readSources.length && !existsSync(flags.out)) {
    process.stderr.write("no report could be read: nothing written\n");
    return 1;
  }
  try {
    const result = await buildBook(facts, {
      out: flags.out,
      period: flags.period,
      lang: flags.lang as "vi" | "en" | undefined,
      units: flags.units as "old" | "new" | undefined,
      indicators: flags.indicators ? flags.indicators.split(",").map((s) => s.trim()).filter(Boolean) : undefined,
      failed,
      readSources,
      docDates,
    });
    process.stdout.write(result.text + "\n");
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
