// The command line's words → command, inputs and options. Options take a value ("--out x.xlsx" or
// "--out=x.xlsx"); an option a command does not know is an error, never silently ignored; "--"
// ends the options (a file named "-x.txt" can follow it).

export type Command = "extract" | "build" | "help" | "";

export interface Args {
  command: Command;
  inputs: string[];
  flags: Record<string, string>;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override name = "UsageError";
}

export const COMMANDS = ["extract", "build"] as const;

const COMMON = ["entity", "date", "jobs"];
export const OPTIONS: Record<(typeof COMMANDS)[number], string[]> = {
  extract: COMMON,
  build: ["out", "period", "lang", "units", "indicators", ...COMMON],
};
const SHORT: Record<string, string> = { "-o": "out", "-j": "jobs" };

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: "", inputs: [], flags: {}, help: false, version: false };
  let i = 0;
  const first = argv[0];
  if (first !== undefined && !first.startsWith("-")) {
    if (first !== "help" && !(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`unknown command "${first}" (commands: extract, build, help)`);
    args.command = first as Command;
    i = 1;
  }
  const known = args.command === "extract" || args.command === "build" ? OPTIONS[args.command] : [];
  let literal = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (literal || !a.startsWith("-") || a === "-") {
      args.inputs.push(a);
      continue;
    }
    if (a === "--") literal = true;
    else if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--version" || a === "-V" || a === "-v") args.version = true;
    else {
      const eq = a.indexOf("=");
      const name = SHORT[a] ?? (a.startsWith("--") ? a.slice(2, eq > 0 ? eq : undefined) : a);
      if (!known.includes(name)) {
        throw new UsageError(args.command === "extract" || args.command === "build"
          ? `unknown option ${a.split("=")[0]} for ${args.command} (options: ${known.map((k) => `--${k}`).join(", ")})`
          : `unknown option ${a.split("=")[0]}`);
      }
      const value = a.startsWith("--") && eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (value.startsWith("--") && !(a.startsWith("--") && eq > 0))) throw new UsageError(`--${name} needs a value`);
      args.flags[name] = value;
    }
  }
  return args;
}
