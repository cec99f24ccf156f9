#!/usr/bin/env node
// Chỉ tiêu command line.
//   extract <files or folders…> [--entity NAME] [--date YYYY-MM-DD]   facts as JSON Lines on stdout
import { toJsonFact } from "../core/facts/fact";
import { listFiles, extractFile } from "./sources";

interface Args {
  command: string;
  inputs: string[];
  flags: Record<string, string>;
}

const USAGE = `usage:
  npm run cli -- extract <files or folders…> [--entity NAME] [--date YYYY-MM-DD]
  npm run cli -- build <files or folders…> --out comparison.xlsx [--period P] [--lang vi|en] [--units old|new] [--entity NAME] [--date YYYY-MM-DD]`;

function parseArgs(argv: string[]): Args {
  const [command = "", ...rest] = argv;
  const inputs: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith("--")) {
      const [k, v] = a.includes("=") ? a.slice(2).split(/=(.*)/s) : [a.slice(2), rest[++i]];
      if (v === undefined) throw new Error(`--${k} needs a value`);
      flags[k] = v;
    } else inputs.push(a);
  }
  return { command, inputs, flags };
}

async function extract(args: Args): Promise<number> {
  const { files, errors } = await listFiles(args.inputs);
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  let read = 0;
  for (const file of files) {
    const r = await extractFile(file, { entity: args.flags.entity, date: args.flags.date });
    if (r.error) {
      process.stderr.write(`error: ${r.error}\n`);
      continue;
    }
    read++;
    for (const w of r.warnings) process.stderr.write(`note: ${file}: ${w}\n`);
    for (const f of r.facts) process.stdout.write(JSON.stringify(toJsonFact(f)) + "\n");
  }
  return read > 0 ? 0 : 1;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!args.inputs.length || !["extract", "build"].includes(args.command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (args.flags.date !== undefined && !/^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/.test(args.flags.date)) {
    process.stderr.write(`--date must be YYYY-MM-DD (or YYYY-MM, YYYY), not "${args.flags.date}"\n`);
    return 2;
  }
  if (args.command === "extract") return extract(args);
  const { buildCommand } = await import("./buildCommand");
  return buildCommand(args.inputs, args.flags);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
