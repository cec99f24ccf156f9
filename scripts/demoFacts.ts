// Facts for the demo book: the real extractor over samples/seeds once src/core/extract/index.ts
// exists; until then the hand-checked gold facts for the same five reports.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Fact } from "../src/core/facts/fact";

export const ROOT = resolve(__dirname, "..");
export const SEEDS_DIR = join(ROOT, "samples", "seeds");
const EXTRACTOR = join(ROOT, "src", "core", "extract", "index.ts");
const GOLD = join(ROOT, "test", "data", "seeds", "seeds.gold.jsonl");

type ExtractFacts = (text: string, opts: { doc: string; entity?: string; date?: string }) => { facts: Fact[]; warnings: string[] };

export interface DemoFacts {
  facts: Fact[];
  source: "extractor" | "gold";
  warnings: string[];
}

export async function loadDemoFacts(): Promise<DemoFacts> {
  if (existsSync(EXTRACTOR)) {
    // A runtime path keeps this file compiling while the extractor is still being written.
    const mod = (await import(EXTRACTOR)) as { extractFacts?: ExtractFacts };
    if (typeof mod.extractFacts !== "function") throw new Error(`${EXTRACTOR} does not export extractFacts`);
    const facts: Fact[] = [];
    const warnings: string[] = [];
    for (const doc of readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort()) {
      const r = mod.extractFacts(readFileSync(join(SEEDS_DIR, doc), "utf8"), { doc });
      facts.push(...r.facts);
      warnings.push(...r.warnings.map((w) => `${doc}: ${w}`));
    }
    return { facts, source: "extractor", warnings };
  }
  return { facts: readGold(GOLD), source: "gold", warnings: [] };
}

export function readGold(file = GOLD): Fact[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Fact);
}
