// Report text → facts, in the order chrono-node taught: find spans first (periods, dates,
// quantities, indicator names, units of government); read what the document says of itself (its
// date, its period, its unit); frame each sentence (a period carried from earlier, a list of
// targets); link figures to indicators sentence by sentence (walk.ts and its linkers); resolve each
// link into a fact (toFact.ts); refine the facts in a fixed order (refine.ts).
import { normalizeText } from "../text/normalize";
import { Catalog, Indicator } from "../catalog/catalog";
import { readDocument, DocumentContext } from "./document";
import { findSpans, bySentence } from "./spans";
import { settleTerms, documentTerms } from "./period";
import { frameSentences } from "./frames";
import { walk, Draft } from "./walk";
import { toFact } from "./toFact";
import { deriveFacts, dedupe } from "./refine";
import type { Fact } from "../facts/fact";

export interface ExtractOptions {
  /** file name of the report, written into every fact */
  doc: string;
  /** the unit the report speaks for, when the user knows it */
  entity?: string;
  /** the report's date (YYYY-MM-DD) when the text has none */
  date?: string;
  catalog?: Catalog;
}

export interface ExtractResult {
  facts: Fact[];
  /** document-level messages (unit or period not found, byline used…) */
  warnings: string[];
  context: DocumentContext;
  /** the clean text the spans were found in (facts quote the original) */
  cleanText: string;
}

let defaultCatalog: Catalog | undefined;

export function extractFacts(raw: string, opts: ExtractOptions): ExtractResult {
  const catalog = opts.catalog ?? (defaultCatalog ??= Catalog.default());
  const { clean } = normalizeText(raw);
  const text = clean.text;
  const sp = findSpans(text, catalog);
  const ctx = readDocument(text, sp.folded, sp.sentences, sp.entities, sp.periods, sp.dates, opts);
  ctx.terms = documentTerms(sp.periods, sp.folded, ctx.date?.year ?? ctx.review?.year);
  sp.periods = settleTerms(sp.periods, ctx.terms);
  const frames = frameSentences(sp.sentences, sp.periods, sp.entities, sp.folded, text, ctx);
  const units = sp.entities.filter((e) => !e.inTitle);
  const drafts = walk({
    folded: sp.folded, catalog, sentences: sp.sentences, aliases: sp.aliases, quantities: sp.quantities, units,
    planFrom: (s, pos) => {
      const at = frames.get(s)?.planFrom;
      return at !== undefined && pos >= at;
    },
  });
  const notes: string[] = [];
  const r = { doc: opts.doc, folded: sp.folded, clean, ctx, frames, periodsIn: bySentence(sp.sentences, sp.periods), entitiesIn: bySentence(sp.sentences, sp.entities), figuresIn: bySentence(sp.sentences, sp.quantities), notes };
  const facts: Fact[] = [];
  const resolved = new Map<Draft, Fact>();
  // the last figure of the sentence before, in the same paragraph: what a "Trong đó, …" sentence breaks down
  let last: { sentence: Draft["sentence"]; fact: Fact } | undefined;
  let before: Fact | undefined;
  for (const d of drafts) {
    if (last && last.sentence !== d.sentence) before = last.sentence.paragraph === d.sentence.paragraph ? last.fact : undefined;
    const fact = toFact(d, d.parent ? resolved.get(d.parent) : undefined, r, d.sameAs ? resolved.get(d.sameAs) : undefined,
      d.antecedent ? resolved.get(d.antecedent) : undefined, before);
    if (!fact) continue;
    resolved.set(d, fact);
    facts.push(fact);
    if (!d.sameAs && !d.national) last = { sentence: d.sentence, fact };
  }
  // the report's own date travels with its facts: when two reports disagree, the later one wins in the workbook
  const reportDate = ctx.date ? [ctx.date.year, ctx.date.month, ctx.date.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, "0") : String(x))).join("-") : undefined;
  if (reportDate) for (const f of facts) f.reportDate = reportDate;
  const unique = dedupe(facts);
  return { facts: [...unique, ...deriveFacts(unique)], warnings: [...ctx.notes, ...notes], context: ctx, cleanText: text };
}

export type { Indicator };
