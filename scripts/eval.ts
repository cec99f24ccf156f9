// npm run eval: accuracy of the extractor, measured as a user runs it — every document read from
// its file by the same readers and document → facts step as `chi-tieu extract FILE --entity UNIT`,
// scored with one scorer (scripts/eval/scorer.mjs, the rule of the shared score.mjs).
//
//   npm run eval                      figures per set and per kind of report, misses of the dev set
//   npm run eval -- --doc w1-foo      one document: every miss and every fact not in gold
//   npm run eval -- --show 40         more misses
//   npm run eval -- --heldout         also list the held-out set's misses (don't tune on them)
//   npm run eval -- --unseen          also list the unseen set's misses (written last, read by no rule-writer: look
//                                     only when closing, or the set stops being unseen)
//
// Sets: the five seed reports (samples/seeds, gold test/data/seeds), the development corpus
// (test/data/corpus, split dev / heldout / unseen in each document's .meta.json: written from real reports'
// structure in our own words, facts annotated by hand by someone who had not seen the extractor).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { extractFile } from "../src/cli/sources";
import type { Fact } from "../src/core/facts/fact";
// @ts-expect-error: a plain ES module without types
import { score, brief, figure } from "./eval/scorer.mjs";

interface Meta { entity: string; kind: string; split?: "dev" | "heldout" | "unseen" }
interface Doc { file: string; name: string; entity?: string; kind: string; set: string }
type Result = ReturnType<typeof score>;

const ROOT = path.resolve(__dirname, "..");
const CORPUS = path.join(ROOT, "test/data/corpus");
const SEEDS = path.join(ROOT, "samples/seeds");

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const show = Number(opt("show") ?? 25);
const only = opt("doc");

const readJsonl = (file: string): Fact[] =>
  readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

function corpusDocs(): { docs: Doc[]; gold: Fact[] } {
  const docs: Doc[] = [];
  const gold: Fact[] = [];
  for (const m of readdirSync(CORPUS).filter((f) => f.endsWith(".meta.json")).sort()) {
    const id = m.replace(/\.meta\.json$/, "");
    const meta = JSON.parse(readFileSync(path.join(CORPUS, m), "utf8")) as Meta;
    docs.push({ file: path.join(CORPUS, `${id}.txt`), name: `${id}.txt`, entity: meta.entity, kind: meta.kind, set: meta.split ?? "dev" });
    // scored lines before "ignore" ones: the scorer gives a prediction to the first gold line with its key and value
    const lines = readJsonl(path.join(CORPUS, `${id}.gold.jsonl`));
    gold.push(...lines.filter((g) => !(g as { ignore?: boolean }).ignore), ...lines.filter((g) => (g as { ignore?: boolean }).ignore));
  }
  return { docs, gold };
}

function seedDocs(): { docs: Doc[]; gold: Fact[] } {
  const docs = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => ({ file: path.join(SEEDS, f), name: f, kind: "seed", set: "seeds" }));
  return { docs, gold: readJsonl(path.join(ROOT, "test/data/seeds/seeds.gold.jsonl")) };
}

async function predict(docs: Doc[]): Promise<Fact[]> {
  const out: Fact[] = [];
  for (const d of docs) {
    const r = await extractFile(d.file, { entity: d.entity });
    if (r.error) console.error(`error: ${r.error}`);
    out.push(...r.facts);
  }
  return out;
}

const line = (label: string, r: Result) => `${label.padEnd(26)} ${figure(r)}  (${r.goldCount} gold in ${r.docCount} docs)`;

function report(title: string, docs: Doc[], gold: Fact[], pred: Fact[], listMisses: boolean): Result {
  const names = new Set(docs.map((d) => d.name));
  const r = score(gold.filter((g) => names.has(g.doc)), pred.filter((p) => names.has(p.doc)));
  console.log(line(title, r));
  const kinds = [...new Set(docs.map((d) => d.kind))].sort();
  if (kinds.length > 1) {
    for (const k of kinds) {
      const inKind = new Set(docs.filter((d) => d.kind === k).map((d) => d.name));
      console.log(line(`  ${k}`, score(gold.filter((g) => inKind.has(g.doc)), pred.filter((p) => inKind.has(p.doc)))));
    }
  }
  if (listMisses) {
    if (r.missed.length) console.log(`  missed (${r.missed.length}, first ${show}):\n` + r.missed.slice(0, show).map((f: Fact) => `    ${brief(f)}`).join("\n"));
    if (r.wrong.length) console.log(`  not in gold (${r.wrong.length}, first ${show}):\n` + r.wrong.slice(0, show).map((f: Fact) => `    ${brief(f)}`).join("\n"));
  }
  return r;
}

async function main(): Promise<void> {
  const seeds = seedDocs();
  const corpus = corpusDocs();
  if (only) {
    const docs = [...seeds.docs, ...corpus.docs].filter((d) => d.name.startsWith(only));
    if (!docs.length) throw new Error(`no document named ${only}*`);
    const pred = await predict(docs);
    const saved = show;
    report(only, docs, [...seeds.gold, ...corpus.gold], pred, saved > 0);
    return;
  }
  const [seedPred, corpusPred] = [await predict(seeds.docs), await predict(corpus.docs)];
  const dev = corpus.docs.filter((d) => d.set === "dev");
  const held = corpus.docs.filter((d) => d.set === "heldout");
  report("seeds (samples/seeds)", seeds.docs, seeds.gold, seedPred, true);
  report("corpus dev", dev, corpus.gold, corpusPred, true);
  report("corpus held-out", held, corpus.gold, corpusPred, args.includes("--heldout"));
  const unseen = corpus.docs.filter((d) => d.set === "unseen");
  if (unseen.length) report("corpus unseen", unseen, corpus.gold, corpusPred, args.includes("--unseen"));
  const all = score([...seeds.gold, ...corpus.gold], [...seedPred, ...corpusPred]);
  console.log(line("all prose", all));
  const tables = path.join(__dirname, "eval-tables.ts");
  if (existsSync(tables)) {
    const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), tables], { stdio: "inherit" });
    if (r.status !== 0) console.log(`eval-tables.ts: failed (${r.status})`);
  }
  const corpusOnly = score(corpus.gold, corpusPred);
  console.log(`\nF1 ${corpusOnly.F1.toFixed(3)} (P ${corpusOnly.P.toFixed(3)} R ${corpusOnly.R.toFixed(3)}) on ${corpus.docs.length} real-report-style documents; seeds F1 ${score(seeds.gold, seedPred).F1.toFixed(3)}`);
}

main().catch((e) => {
  console.error(`eval: ${(e as Error).message}`);
  process.exit(1);
});
