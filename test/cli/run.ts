// The compiled command line (dist-cli/chi-tieu.js, built by test/buildCli.js before the tests),
// run the way a user runs it: `node dist-cli/chi-tieu.js …` is what `npx chi-tieu …` starts.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "dist-cli", "chi-tieu.js");
export const SEEDS = path.join(ROOT, "samples", "seeds");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: SpawnSyncOptions = {}): Run {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: the jest global setup (test/buildCli.js) compiles it`);
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT, timeout: 60_000, ...opts });
  if (r.error) throw r.error;
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), `chitieu-${prefix}-`));

export const jsonLines = (s: string) => s.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
