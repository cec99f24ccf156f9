// Why did the extractor read a report the way it did? Prints what the report says of itself (date,
process.stdout.on("error", () => process.exit(0));
// period, unit), then sentence by sentence the frame it was read in (the period carried from
// earlier, a list of targets, the passage's unit) and the facts found in it.
//
//   npx tsx scripts/explain.ts REPORT.txt [--entity UNIT] [--grep WORDS]
import { readFileSync } from "node:fs";
import { normalizeText } from "../src/core/text/normalize";
import { Catalog } from "../src/core/catalog/catalog";
import { findSpans } from "../src/core/extract/spans";
import { readDocument } from "../src/core/extract/document";
import { frameSentences } from "../src/core/extract/frames";
import { formatPeriod } from "../src/core/extract/period";
import { extractFacts } from "../src/core/extract";

const args = process.argv.slice(2);
const opt = (n: string) => (args.indexOf(`--${n}`) >= 0 ? args[args.indexOf(`--${n}`) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!file) {
  console.error("usage: tsx scripts/explain.ts REPORT.txt [--entity UNIT] [--grep WORDS]");
  process.exit(2);
}
const raw = readFileSync(file, "utf8");
const entity = opt("entity");
const grep = opt("grep")?.toLowerCase();
const { clean } = normalizeText(raw);
const text = clean.text;
const sp = findSpans(text, Catalog.default());
const ctx = readDocument(text, sp.folded, sp.sentences, sp.entities, sp.periods, sp.dates, { entity });
const frames = frameSentences(sp.sentences, sp.periods, sp.entities, sp.folded, text, ctx);
const facts = extractFacts(raw, { doc: file, entity }).facts;
const fmt = (r?: { kind: string; year?: number }) => (r ? formatPeriod(r as never, r.year) ?? JSON.stringify(r) : "-");
console.log(`date ${JSON.stringify(ctx.date)} · period ${fmt(ctx.review)} · unit ${ctx.mainUnit} (${ctx.mainLevel})`);
for (const s of sp.sentences) {
  const body = text.slice(s.start, s.end);
  if (grep && !body.toLowerCase().includes(grep)) continue;
  const f = frames.get(s)!;
  const inS = facts.filter((x) => !x.derived && x.source.start >= clean.startInOriginal(s.start) && x.source.start < clean.endInOriginal(s.end));
  console.log(`\n[p${s.paragraph}] ${body.slice(0, 160)}${body.length > 160 ? "…" : ""}`);
  console.log(`   frame ${fmt(f.carried)}${f.listPeriod ? ` list ${fmt(f.listPeriod)}` : ""}${f.planFrom !== undefined ? " · targets" : ""}${f.topic ? ` · about ${f.topic.name}` : ""}`);
  for (const x of inS) console.log(`   → ${x.entity} | ${x.indicator} | ${x.period} | ${x.basis}/${x.measure} = ${x.value}   «${x.source.text.slice(0, 70)}»`);
}
