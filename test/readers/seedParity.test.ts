// The seeds as .docx and .pdf (made by LibreOffice) must give the facts the .txt gives, scored by
// the project's scorer against the seed gold (whose "doc" names the .txt); both live in the repository.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractFile } from "../../src/cli/sources";
import { toJsonFact } from "../../src/core/facts/fact";
import { FIXTURES, SEEDS_DIR } from "./helpers";

// the repository's copies: the test must not depend on anything outside it
const SCORER = path.join(__dirname, "..", "..", "scripts", "eval", "score.mjs");
const GOLD = path.join(__dirname, "..", "data", "seeds", "seeds.gold.jsonl");

async function f1(files: string[]): Promise<number> {
  const lines: string[] = [];
  for (const file of files) {
    const r = await extractFile(file, {});
    expect(r.error).toBeUndefined();
    for (const f of r.facts) lines.push(JSON.stringify({ ...toJsonFact(f), doc: path.basename(file).replace(/\.\w+$/, ".txt") }));
  }
  const out = path.join(mkdtempSync(path.join(tmpdir(), "parity-")), "facts.jsonl");
  writeFileSync(out, lines.join("\n") + "\n");
  const report = execFileSync(process.execPath, [SCORER, "--gold", GOLD, "--pred", out], { encoding: "utf8" });
  const m = /F1 ([\d.]+)/.exec(report);
  if (!m) throw new Error(`no F1 in scorer output:\n${report}`);
  return Number(m[1]);
}

describe("seed parity", () => {
  let txt = 0;
  beforeAll(async () => {
    txt = await f1(readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).map((f) => path.join(SEEDS_DIR, f)));
  }, 60_000);
  test.each(["docx", "pdf"])("the .%s seeds score within 0.02 of the .txt", async (ext) => {
    const dir = path.join(FIXTURES, "seeds");
    const files = readdirSync(dir).filter((f) => f.endsWith(`.${ext}`)).map((f) => path.join(dir, f));
    expect(files).toHaveLength(5);
    const score = await f1(files);
    expect(txt).toBeGreaterThan(0.9);
    expect(Math.abs(score - txt)).toBeLessThanOrEqual(0.02);
  }, 60_000);
});
