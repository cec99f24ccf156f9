// `build <files, folders or facts.jsonl…> --out book.xlsx`: read every report (or facts file),
// write the comparison workbook — or refresh it when it exists. Files that cannot be read are
// named on stderr and in the book's log; their earlier facts stay in the book, marked. The book
// being written and any workbook Chỉ tiêu made are never read as sources.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import type { Fact } from "../core/facts/fact";
import type { FailedSource } from "../core/refresh";
import { buildBook } from "./build";
import type { SourceFile } from "./files";
import { listInputs } from "./inputs";
import { runSources, Threads, type Outcome, type RunOptions } from "./pipeline";
import { Reporter } from "./report";

export interface ExtractedSources {
  facts: Fact[];
  failed: FailedSource[];
  readSources: string[];
  docDates: Record<string, string>;
}

interface Collect extends ExtractedSources {
  passedOver: number;
}

/** One outcome into the book's inputs: facts, sources read, sources failed (never skipped). */
function collect(acc: Collect, o: Outcome, date: string | undefined, line: (s: string) => void): void {
  const doc = o.source.doc;
  if (o.kind === "skipped") {
    acc.passedOver++;
    line(`note: ${o.source.path}: ${o.note}\n`);
    return;
  }
  if (o.error) {
    line(`error: ${o.error}\n`);
    const reason = o.error.startsWith(`${doc}: `) ? o.error.slice(doc.length + 2) : o.error;
    if (o.failedDocs?.length) for (const d of o.failedDocs) acc.failed.push({ doc: d, reason: `facts file ${doc} not read` });
    else acc.failed.push({ doc, reason });
    return;
  }
  for (const w of o.warnings) line(`note: ${o.source.path}: ${w}\n`);
  const docs = o.kind === "facts" ? [...new Set(o.facts.map((f) => f.doc))] : [doc];
  for (const d of docs) {
    acc.readSources.push(d);
    if (date && o.kind === "report") acc.docDates[d] = date;
  }
  acc.facts.push(...o.facts);
}

async function extractAll(files: SourceFile[], flags: { entity?: string; date?: string }, run: Partial<RunOptions>, line: (s: string) => void, tick?: (done: number, facts: number) => void): Promise<Collect> {
  const acc: Collect = { facts: [], failed: [], readSources: [], docDates: {}, passedOver: 0 };
  let done = 0;
  await runSources(files, { ...run, mode: "facts", entity: flags.entity, date: flags.date }, (o) => {
    collect(acc, o, flags.date, line);
    tick?.(++done, acc.facts.length);
  });
  return acc;
}

/** Every file's facts; a file that cannot be read is reported and listed as failed, never skipped. */
export async function extractSources(files: string[], flags: { entity?: string; date?: string }, warn: (s: string) => void = (s) => void process.stderr.write(s)): Promise<ExtractedSources> {
  const sources = await Promise.all(files.map(async (f) => ({ path: f, doc: path.basename(f), size: (await fs.stat(f).catch(() => ({ size: 0 }))).size })));
  const { facts, failed, readSources, docDates } = await extractAll(sources, flags, {}, warn);
  return { facts, failed, readSources, docDates };
}

function checkFlags(flags: Record<string, string>): string | undefined {
  if (!flags.out) return "build needs --out BOOK.xlsx (the workbook to write or refresh)";
  if (!/\.xlsx$/i.test(flags.out)) return `--out must name an .xlsx workbook, not "${flags.out}"`;
  if (flags.lang !== undefined && flags.lang !== "vi" && flags.lang !== "en") return `--lang must be vi or en, not "${flags.lang}"`;
  if (flags.units !== undefined && flags.units !== "old" && flags.units !== "new") return `--units must be old or new, not "${flags.units}"`;
  return undefined;
}

export async function buildCommand(inputs: string[], flags: Record<string, string>, run: Partial<RunOptions> = {}): Promise<number> {
  const problem = checkFlags(flags);
  if (problem) {
    process.stderr.write(`${problem}\n(see: chi-tieu help build)\n`);
    return 2;
  }
  const rep = new Reporter();
  // extraction threads load while the folders are listed
  const threads = Threads.start(inputs, run);
  const files = await listInputs(inputs, rep, [flags.out]);
  if (!files) {
    await threads?.close();
    if (existsSync(flags.out)) rep.line(`${flags.out} was left as it is`);
    return 1;
  }
  const line = (s: string) => rep.line(s);
  const { facts, failed, readSources, docDates } = await extractAll(files, flags, { ...run, threads }, line, (done, n) => rep.tick(done, files.length, n));
  rep.clear();
  if (!readSources.length && !existsSync(flags.out)) {
    rep.line("error: no source could be read: nothing written");
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
      readSources: [...new Set(readSources)],
      docDates,
    });
    process.stdout.write(result.text + "\n");
  } catch (e) {
    rep.line(`error: ${(e as Error).message}`);
    return 1;
  }
  if (!readSources.length) {
    rep.line("error: no source could be read (the book records the failures; its earlier facts were kept)");
    return 1;
  }
  return 0;
}
