// Many files, read and extracted fast: the main thread reads files ahead of extraction (several
// at a time, within a memory budget) and hands batches of their bytes to the extraction lanes —
// itself and, for large inputs, a worker thread per further core; outcomes come back in the order
// the files were listed, so the output is the same whatever the number of threads. Facts files (.jsonl) are read back as they are, and a
// workbook Chỉ tiêu made is passed over with a note.
import { readdirSync, readFile } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parentPort, Worker } from "node:worker_threads";
import { MAX_BYTES } from "../adapters/readers";
import { toJsonFact, type Fact } from "../core/facts/fact";
import { isFactsFile, parseFactsFile } from "./factsFile";
import type { SourceFile } from "./files";
import { isOwnWorkbook } from "./ownBook";
import { extractBytes } from "./sources";
import { WORKER_ROLE } from "./workerRole";

export interface ExtractOptions {
  entity?: string;
  date?: string;
}

/** "jsonl": facts as JSON Lines text (extract prints it); "facts": fact objects (build uses them). */
export type Mode = "jsonl" | "facts";

export interface WorkResult {
  facts: Fact[];
  /** The facts as UTF-8 JSON Lines, each line ending in "\n" (mode "jsonl"; else empty). */
  jsonl: Uint8Array;
  count: number;
  warnings: string[];
  error?: string;
}

export interface Outcome extends WorkResult {
  source: SourceFile;
  kind: "report" | "facts" | "skipped" | "failed";
  /** Why a file was passed over on purpose. */
  note?: string;
  /** Reports whose earlier facts must stay: a refused facts file names those it holds. */
  failedDocs?: string[];
}

export interface RunOptions extends ExtractOptions {
  mode: Mode;
  /** Extraction threads; default: one per core when the input is large enough to gain from it. */
  jobs?: number;
  /** The compiled command line, which also serves as the extraction thread's script. */
  workerScript?: string;
  /** Threads started ahead (Threads.start); stopped when the run ends. */
  threads?: Threads;
}

/** Below this much input per thread a thread costs more to start than it saves. */
const BYTES_PER_THREAD = 2 * 1024 * 1024;
const MAX_THREADS = 8;
/** Files go to a thread in batches of consecutive files (a message has a cost of its own). */
const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;
/** Batches read ahead of extraction, per thread, within a memory budget. */
const AHEAD_PER_THREAD = 3;
const AHEAD_BYTES = 64 * 1024 * 1024;

const NONE = new Uint8Array(0);
const empty = (extra: Partial<WorkResult> = {}): WorkResult => ({ facts: [], jsonl: NONE, count: 0, warnings: [], ...extra });

const toJsonl = (facts: Fact[]): Uint8Array => new TextEncoder().encode(facts.map((f) => JSON.stringify(toJsonFact(f)) + "\n").join(""));

/** One report's bytes → its facts, in the form the mode asks for. Runs in a thread or in process. */
async function work(item: Item, opts: ExtractOptions, mode: Mode): Promise<WorkResult> {
  const r = await extractBytes(item.source.path, item.source.doc, item.bytes, opts);
  if (r.error) return empty({ error: r.error });
  return { facts: mode === "facts" ? r.facts : [], jsonl: mode === "jsonl" ? toJsonl(r.facts) : NONE, count: r.facts.length, warnings: r.warnings };
}

async function workAll(items: Item[], opts: ExtractOptions, mode: Mode): Promise<WorkResult[]> {
  const out: WorkResult[] = [];
  for (const item of items) {
    try {
      out.push(await work(item, opts, mode));
    } catch (e) {
      out.push(empty({ error: `${item.source.doc}: ${(e as Error)?.message ?? e}` }));
    }
  }
  return out;
}

interface Item {
  source: SourceFile;
  bytes: Uint8Array;
}

interface Extractor {
  run(items: Item[]): Promise<WorkResult[]>;
  close(): Promise<void>;
}

function inProcess(opts: ExtractOptions, mode: Mode): Extractor {
  return { run: (items) => workAll(items, opts, mode), close: async () => undefined };
}

export { WORKER_ROLE };

interface Job {
  id: number;
  items: Item[];
  opts: ExtractOptions;
  mode: Mode;
}

/** The extraction thread's side: batches of files in, their results out (JSON Lines as bytes,
 *  handed over without copying). */
export function serveExtraction(): void {
  const port = parentPort;
  if (!port) throw new Error("serveExtraction runs in a worker thread");
  port.on("message", (job: Job) => {
    void workAll(job.items, job.opts, job.mode).then((results) => {
      port.postMessage({ id: job.id, results }, results.filter((r) => r.jsonl.byteLength).map((r) => r.jsonl.buffer as ArrayBuffer));
    });
  });
}

/** Inputs that look like this many files are worth starting threads for before they are listed. */
const MANY = 32;
const entries = (dir: string): number => {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0; // a file, or nothing: listing will say
  }
};
const cores = () => (typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
const compiled = (script: string | undefined): script is string => !!script && /\.[cm]?js$/.test(script);

interface Thread {
  worker: Worker;
  pending: Map<number, { items: Item[]; resolve: (r: WorkResult[]) => void }>;
  dead?: string;
}

/** Extraction threads, started while the inputs are still being listed (a thread takes a moment
 *  to load the command line); runSources uses as many as the input is worth and stops the others. */
export class Threads {
  private readonly threads: Thread[];

  constructor(script: string, n: number) {
    this.threads = Array.from({ length: n }, () => {
      const t: Thread = { worker: new Worker(path.resolve(script), { workerData: { role: WORKER_ROLE } }), pending: new Map() };
      // a thread that dies takes its jobs with it: each file gets a message, none is lost silently
      const failAll = (why: string) => {
        t.dead ??= why;
        for (const { items, resolve } of t.pending.values()) resolve(items.map((it) => empty({ error: `${it.source.doc}: the extraction thread stopped (${why})` })));
        t.pending.clear();
      };
      t.worker.on("message", (m: { id: number; results: WorkResult[] }) => {
        const job = t.pending.get(m.id);
        t.pending.delete(m.id);
        job?.resolve(m.results);
      });
      t.worker.on("error", (e) => failAll(e.message));
      t.worker.on("exit", (code) => failAll(`exit code ${code}`));
      return t;
    });
  }

  /** Threads for the command line's options, started now when the inputs look many (a folder of
   *  many entries, or many files); undefined when that is not clear yet or extraction stays here. */
  static start(inputs: string[], o: { workerScript?: string; jobs?: number }): Threads | undefined {
    if (!compiled(o.workerScript) || o.jobs === 1) return undefined;
    if (inputs.length < MANY && !inputs.some((i) => entries(i) >= MANY)) return undefined;
    // this thread extracts too: one worker fewer than lanes
    const n = (o.jobs ?? Math.min(cores(), MAX_THREADS)) - 1;
    return n > 0 ? new Threads(o.workerScript, n) : undefined;
  }

  /** Keeps the first n threads (starting more if needed), stops the others. */
  keep(n: number, script: string): Thread[] {
    for (const t of this.threads.splice(n)) void t.worker.terminate();
    while (this.threads.length < n) this.threads.push(...new Threads(script, 1).threads);
    return this.threads;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }
}

/** n extraction lanes: this thread (between reading files and writing results, it extracts as
 *  well — one isolate less to start and to warm up) and n − 1 worker threads. A batch goes to the
 *  lane with the fewest waiting. */
function threadPool(threads: Threads, n: number, script: string, opts: ExtractOptions, mode: Mode): Extractor {
  let nextId = 0;
  const live = threads.keep(n - 1, script);
  const here = inProcess(opts, mode);
  let herePending = 0;
  return {
    run(items) {
      const alive = live.filter((t) => !t.dead);
      const t = alive.length ? alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)) : undefined;
      if (!t || herePending < t.pending.size) {
        herePending++;
        return here.run(items).finally(() => void herePending--);
      }
      const id = nextId++;
      return new Promise<WorkResult[]>((resolve) => {
        t.pending.set(id, { items, resolve });
        const job: Job = { id, items, opts, mode };
        t.worker.postMessage(job, items.map((it) => it.bytes.buffer as ArrayBuffer));
      });
    },
    close: () => threads.close(),
  };
}

/** How many extraction threads a run is worth. */
export function threadCount(sources: SourceFile[], jobs: number | undefined): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, sources.length));
  const bytes = sources.reduce((n, s) => n + s.size, 0);
  return Math.max(1, Math.min(cores(), MAX_THREADS, sources.length, Math.floor(bytes / BYTES_PER_THREAD)));
}

const failure = (source: SourceFile, error: string, extra: Partial<Outcome> = {}): Outcome => ({ source, kind: "failed", ...empty({ error }), ...extra });

function readReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "the file disappeared before it could be read";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "a folder, not a file";
  return `could not be read (${(e as Error)?.message ?? e})`;
}

/** The file's bytes in a buffer of their own (so they can be handed to a thread without copying).
 *  (fs.readFile with a callback costs half the CPU time of fs.promises.readFile on node 20.) */
async function readBytes(file: string): Promise<Uint8Array> {
  const buf = await new Promise<Buffer>((resolve, reject) => readFile(file, (e, b) => (e ? reject(e) : resolve(b))));
  if (buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength) return new Uint8Array(buf.buffer, 0, buf.byteLength);
  return new Uint8Array(buf);
}

function factsOutcome(source: SourceFile, bytes: Uint8Array, mode: Mode): Outcome {
  const { facts, errors } = parseFactsFile(new TextDecoder().decode(bytes));
  if (errors.length) {
    const shown = errors.slice(0, 5).map((e) => `\n  ${e}`).join("");
    const more = errors.length > 5 ? `\n  … and ${errors.length - 5} more` : "";
    return failure(source, `${source.doc}: not read — ${errors.length === 1 ? "a line is" : `${errors.length} lines are`} not valid facts:${shown}${more}`, {
      failedDocs: [...new Set(facts.map((f) => f.doc))],
    });
  }
  if (!facts.length) return failure(source, `${source.doc}: no facts in the file`);
  return { source, kind: "facts", facts: mode === "facts" ? facts : [], jsonl: mode === "jsonl" ? toJsonl(facts) : NONE, count: facts.length, warnings: [] };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5);
const mayBeWorkbook = (doc: string, bytes: Uint8Array) =>
  isZip(bytes) && (/\.xls[xm]$/i.test(doc) || new TextDecoder("latin1").decode(bytes.subarray(0, 64 * 1024)).includes("xl/workbook"));

/** A file read and looked at: an outcome already (facts file, own workbook, unreadable), or a
 *  report to extract. */
async function prepare(source: SourceFile, mode: Mode): Promise<Outcome | Item> {
  if (source.size > MAX_BYTES) return failure(source, `${source.doc}: the file is ${(source.size / 1048576).toFixed(0)} MB, over the ${MAX_BYTES / 1048576} MB limit for one report`);
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(source.path);
  } catch (e) {
    return failure(source, `${source.doc}: ${readReason(e)}`);
  }
  if (isFactsFile(source.doc)) return factsOutcome(source, bytes, mode);
  if (mayBeWorkbook(source.doc, bytes) && (await isOwnWorkbook(bytes))) {
    return { source, kind: "skipped", ...empty(), note: "a workbook Chỉ tiêu made — not read as a report (its figures came from the reports it was built from)" };
  }
  return { source, bytes };
}

async function runBatch(batch: SourceFile[], extractor: Extractor, mode: Mode): Promise<Outcome[]> {
  const prepared = await Promise.all(batch.map((s) => prepare(s, mode)));
  const items = prepared.filter((p): p is Item => "bytes" in p);
  const results = items.length ? await extractor.run(items) : [];
  let k = 0;
  return prepared.map((p) => {
    if (!("bytes" in p)) return p;
    const r = results[k++];
    return { source: p.source, kind: r.error ? "failed" : "report", ...r };
  });
}

/** Consecutive files, together up to BATCH_BYTES (a larger file goes alone). */
function batches(sources: SourceFile[]): SourceFile[][] {
  const out: SourceFile[][] = [];
  let cur: SourceFile[] = [];
  let bytes = 0;
  for (const s of sources) {
    if (cur.length && (bytes + s.size > BATCH_BYTES || cur.length >= BATCH_FILES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(s);
    bytes += s.size;
  }
  if (cur.length) out.push(cur);
  return out;
}

const batchBytes = (b: SourceFile[]) => b.reduce((n, s) => n + s.size, 0);

/** Reads and extracts every source; `emit` receives the outcomes in the sources' order. */
export async function runSources(sources: SourceFile[], opts: RunOptions, emit: (o: Outcome) => void): Promise<void> {
  const reports = sources.filter((s) => !isFactsFile(s.doc));
  const threads = compiled(opts.workerScript) ? threadCount(reports, opts.jobs) : 1;
  const extractOpts = { entity: opts.entity, date: opts.date };
  let extractor: Extractor;
  if (threads > 1) extractor = threadPool(opts.threads ?? new Threads(opts.workerScript!, 0), threads, opts.workerScript!, extractOpts, opts.mode);
  else {
    void opts.threads?.close();
    extractor = inProcess(extractOpts, opts.mode);
  }
  const todo = batches(sources);
  const running: (Promise<Outcome[]> | undefined)[] = [];
  let emitted = 0;
  let aheadBytes = 0;
  const readAhead = () => {
    while (running.length < todo.length && running.length - emitted < AHEAD_PER_THREAD * threads && (aheadBytes < AHEAD_BYTES || running.length === emitted)) {
      const b = todo[running.length];
      aheadBytes += batchBytes(b);
      running.push(runBatch(b, extractor, opts.mode));
    }
  };
  try {
    for (let i = 0; i < todo.length; i++) {
      readAhead();
      const outs = await running[i]!;
      running[i] = undefined;
      aheadBytes -= batchBytes(todo[i]);
      emitted++;
      for (const o of outs) emit(o);
    }
  } finally {
    await extractor.close();
  }
}
