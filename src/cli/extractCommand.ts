// `extract <files or folders…>`: facts as JSON Lines on stdout, in the order the files were
// listed; one message per file that could not be read on stderr; exit 1 when none could be.
import type { Args } from "./args";
import { listInputs } from "./inputs";
import { runSources, Threads } from "./pipeline";
import { Reporter } from "./report";

export interface CommandContext {
  /** The compiled command line (it also runs the extraction threads). */
  workerScript?: string;
  jobs?: number;
}

/** stdout in large writes: JSON Lines gathered up to a megabyte, written in order. */
class Output {
  private parts: Uint8Array[] = [];
  private size = 0;
  add(bytes: Uint8Array): void {
    if (!bytes.byteLength) return;
    this.parts.push(bytes);
    this.size += bytes.byteLength;
    if (this.size >= 1 << 20) this.flush();
  }
  flush(): void {
    if (!this.size) return;
    process.stdout.write(this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size));
    this.parts = [];
    this.size = 0;
  }
}

export async function extractCommand(args: Args, ctx: CommandContext = {}): Promise<number> {
  const rep = new Reporter();
  const out = new Output();
  // extraction threads load while the folders are listed
  const threads = Threads.start(args.inputs, { workerScript: ctx.workerScript, jobs: ctx.jobs });
  const files = await listInputs(args.inputs, rep);
  if (!files) {
    await threads?.close();
    return 1;
  }
  let read = 0;
  let facts = 0;
  let done = 0;
  await runSources(files, { mode: "jsonl", entity: args.flags.entity, date: args.flags.date, jobs: ctx.jobs, workerScript: ctx.workerScript, threads }, (o) => {
    done++;
    if (o.error) rep.line(`error: ${o.error}`);
    else if (o.note) rep.line(`note: ${o.source.path}: ${o.note}`);
    else {
      read++;
      facts += o.count;
      for (const w of o.warnings) rep.line(`note: ${o.source.path}: ${w}`);
      out.add(o.jsonl);
    }
    rep.tick(done, files.length, facts);
  });
  out.flush();
  rep.clear();
  if (!read) {
    rep.line(`error: no report could be read (${files.length} file${files.length > 1 ? "s" : ""} tried)`);
    return 1;
  }
  return 0;
}
