#!/usr/bin/env node
// Chỉ tiêu command line (the package's `chi-tieu` bin, compiled by scripts/build-cli.mjs).
//   chi-tieu extract <files or folders…> [options]              facts as JSON Lines on stdout
//   chi-tieu build <files, folders, facts.jsonl…> --out BOOK.xlsx  the comparison workbook
//   chi-tieu help [extract|build] · chi-tieu --version
// The same file runs the extraction threads (see pipeline.ts). Only what a command needs is loaded:
// help and --version never initialize the extractor.
import { isMainThread, workerData } from "node:worker_threads";
import { version } from "../../package.json";
import { parseArgs, UsageError, type Args } from "./args";
import { helpFor } from "./help";
import { WORKER_ROLE } from "./workerRole";

const DATE = /^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/;

function usageError(message: string, command: string): number {
  process.stderr.write(`${message}\n(see: chi-tieu help${command ? ` ${command}` : ""})\n`);
  return 2;
}

/** The script that runs extraction threads: this file, once compiled to JavaScript. */
const workerScript = typeof __filename === "string" && /\.js$/.test(__filename) ? __filename : undefined;

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message, "");
    throw e;
  }
  if (args.version) {
    process.stdout.write(`chi-tieu ${version}\n`);
    return 0;
  }
  if (args.command === "help" || args.help) {
    const topic = args.command === "help" ? (args.inputs[0] ?? "") : args.command;
    if (topic && topic !== "extract" && topic !== "build") return usageError(`no help for "${topic}": the commands are extract and build`, "");
    process.stdout.write(helpFor(topic));
    return 0;
  }
  if (!args.command) {
    process.stderr.write(helpFor(""));
    return 2;
  }
  if (!args.inputs.length) return usageError(`${args.command} needs files or folders to read`, args.command);
  if (args.flags.date !== undefined && !DATE.test(args.flags.date)) return usageError(`--date must be YYYY-MM-DD (or YYYY-MM, YYYY), not "${args.flags.date}"`, args.command);
  let jobs: number | undefined;
  if (args.flags.jobs !== undefined) {
    jobs = Number(args.flags.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) return usageError(`--jobs must be a whole number from 1, not "${args.flags.jobs}"`, args.command);
  }
  if (args.command === "extract") {
    const { extractCommand } = await import("./extractCommand");
    return extractCommand(args, { workerScript, jobs });
  }
  const { buildCommand } = await import("./buildCommand");
  return buildCommand(args.inputs, args.flags, { workerScript, jobs });
}

/** A reader of our output went away (`chi-tieu extract … | head`): stop quietly. */
function quietOnClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    process.stderr.write(`error: cannot write the output (${e.message})\n`);
    process.exit(1);
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  void import("./pipeline").then((m) => m.serveExtraction());
} else if (require.main === module) {
  quietOnClosedPipe();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // a bug, not a bad input: say so plainly; the stack only when asked for
      process.stderr.write(`error: internal error: ${(e as Error)?.message ?? e}\n`);
      if (process.env.CHI_TIEU_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ""}\n`);
      else process.stderr.write("(set CHI_TIEU_DEBUG=1 for details, and please report it)\n");
      process.exitCode = 1;
    },
  );
}
