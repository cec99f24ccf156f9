// Report text → facts. Find spans first (periods, dates, quantities, indicator names, units of
// government), link them sentence by sentence (walk.ts), then resolve each link into a fact:
// its period, its unit of government, its value in the canonical unit, and what to warn about.
import { normalizeText } from "../text/normalize";
import { fold } from "../text/fold";
import { splitSentences, Sentence } from "../text/segment";
import { Catalog, Indicator } from "../catalog/catalog";
import { findEntities } from "../entities/entities";
import { findDates, findPeriods, PeriodRef } from "./period";
import { findQuantities } from "./quantity";
import { readDocument, DocumentContext } from "./document";
import { walk, Draft } from "./walk";
import { withYear, periodFor, isAfterReview, levelOf, entityFor } from "./resolve";
import { PLAN_LIST } from "./cues";
import { resolveValue } from "./value";
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
const PLAN_HINT = /chỉ tiêu|mục tiêu|phấn đấu/u;
const LIST_ITEM = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s/u;

const FRAMING = /^(?:[ivx]+\.|[a-d]\.|\d+\.)?\s*(?:(?:trong|tính đến hết|qua|sau|kết quả|tình hình)\s+)?$/u;

export function extractFacts(raw: string, opts: ExtractOptions): ExtractResult {
  const catalog = opts.catalog ?? (defaultCatalog ??= Catalog.default());
  const { clean } = normalizeText(raw);
  const text = clean.text;
  const folded = fold(text);
  const dates = findDates(folded);
  const periods = findPeriods(folded, dates);
  const masks = [...dates, ...periods].map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]);
  const masked = (s: number, e: number) => {
    let lo = 0;
    let hi = masks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (masks[mid][1] <= s) lo = mid + 1;
      else if (masks[mid][0] >= e) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const quantities = findQuantities(folded, masked, catalog.countedNouns);
  const entities = findEntities(text, folded);
  const sentences = splitSentences(text);
  // indicator names matter only where there is a figure to link them to
  const aliases = aliasesNearFigures(catalog, folded, sentences, quantities);
  const ctx = readDocument(text, folded, sentences, entities, periods, dates, opts);

  // Context carried from sentence to sentence: a framing period ("Năm 2023, …") and a list of targets.
  const framing = new Map<Sentence, PeriodRef | undefined>();
  const planStart = new Map<Sentence, number>();
  let carried: PeriodRef | undefined;
  let planParagraph = -1;
  let planList = false;
  let listPeriod: PeriodRef | undefined;
  const listFraming = new Map<Sentence, PeriodRef>();
  let pi = 0;
  // the title block (lines before the first real paragraph) states the report's own period: read once, not as framing
  const firstBody = sentences.findIndex((s) => s.end - s.start > 150);
  const bodyFrom = firstBody >= 0 ? sentences[firstBody].start : 0;
  for (const s of sentences) {
    while (pi < periods.length && periods[pi].start < s.start) pi++;
    const first = periods[pi] && periods[pi].start < s.end ? periods[pi] : undefined;
    const own = first && !first.comparison && !first.cumulative && FRAMING.test(folded.slice(s.start, first.start)) &&
      /^\s*[,:]|^\s*$/u.test(folded.slice(first.end, first.end + 3))
      ? first.ref : undefined;
    const heading = first && !first.comparison && s.end - s.start < 90 && !/[.;]$/.test(text.slice(s.start, s.end)) ? first.ref : undefined;
    framing.set(s, carried);
    if ((own ?? heading) && s.start >= bodyFrom) carried = withYear(own ?? heading!, carried, ctx);
    const sentenceText = folded.slice(s.start, s.end);
    const pl = PLAN_HINT.test(sentenceText) ? PLAN_LIST.exec(sentenceText) : null;
    if (pl) {
      planParagraph = s.paragraph;
      planStart.set(s, s.start + pl.index);
      // "Các chỉ tiêu chủ yếu năm 2024:" followed by one item per line
      planList = /:\s*$/u.test(sentenceText);
    } else if (s.paragraph === planParagraph) planStart.set(s, s.start);
    else if (planList && LIST_ITEM.test(sentenceText)) {
      planParagraph = s.paragraph;
      planStart.set(s, s.start);
      // the list's own period ("… 6 tháng cuối năm:") holds for each item, quarter or half included
      if (listPeriod) listFraming.set(s, listPeriod);
    } else planList = false;
    if (pl && planList) listPeriod = own ?? heading ? withYear((own ?? heading)!, carried, ctx) : undefined;
  }
  const planFrom = (s: Sentence, pos: number) => {
    const at = planStart.get(s);
    return at !== undefined && pos >= at;
  };

  const units = entities.filter((e) => !e.inTitle && e.level !== "country");
  const drafts = walk({ folded, catalog, sentences, aliases, quantities, planFrom, units });
  const periodsIn = bySentence(sentences, periods);
  const entitiesIn = bySentence(sentences, entities);
  const facts: Fact[] = [];
  const resolved = new Map<Draft, Fact>();
  for (const d of drafts) {
    const parentFact = d.parent ? resolved.get(d.parent) : undefined;
    const exact = listFraming.get(d.sentence);
    let period = parentFact?.period ?? periodFor(d, periodsIn.get(d.sentence) ?? [], exact ?? framing.get(d.sentence), ctx, exact !== undefined);
    if (!period) continue;
    const jan = /^(\d{4})-(?:M|YTD)01$/.exec(period);
    if (jan && d.indicator.yearRunsToJanuary) period = String(+jan[1] - 1);
    const who = parentFact ? { name: parentFact.entity, level: levelOf(parentFact.entity, ctx) } : entityFor(d, entitiesIn.get(d.sentence) ?? [], ctx, folded);
    let basis = d.basis;
    if (basis !== "plan" && (d.planContext || isAfterReview(period, ctx))) basis = d.measure === "pct_of_plan" ? basis : "plan";
    if (parentFact && d.measure !== "pct_of_plan" && d.basis !== "plan") basis = parentFact.basis;
    const v = resolveValue(d, who.level);
    if (!v) continue;
    const span = clean.span(d.start, d.end);
    const fact: Fact = {
      doc: opts.doc,
      entity: who.name,
      indicator: d.indicator.id,
      period,
      basis,
      measure: d.measure,
      value: v.value,
      unit: d.measure === "pct_of_plan" || d.measure === "yoy_pct" ? "%" : d.indicator.unit,
      qualifier: d.measure !== "value" && d.q.qualifierWord === "vượt" ? null : v.qualifier ?? trailingQualifier(folded, d.end),
      ...(v.upper !== undefined ? { upper: v.upper } : {}),
      ...(d.measure === "pct_of_plan" ? { planRef: d.planRef ?? null } : {}),
      ...(v.warnings.length ? { warnings: v.warnings } : {}),
      source: span,
    };
    if (!who.name) fact.warnings = [...(fact.warnings ?? []), "reporting unit unknown: set it with --entity"];
    resolved.set(d, fact);
    facts.push(fact);
  }
  const warnings = [...ctx.notes];
  const unique = dedupe(facts);
  return { facts: [...unique, ...deriveFacts(unique)], warnings, context: ctx, cleanText: text };
}

/** "10% trở lên", "8.000 đảng viên trở lên": a bound stated after the figure */
function trailingQualifier(folded: string, end: number): "over" | "under" | null {
  const m = /^\s*trở\s+(lên|xuống)(?![\p{L}])/u.exec(folded.slice(end, end + 14));
  return m ? (m[1] === "lên" ? "over" : "under") : null;
}

function aliasesNearFigures(catalog: Catalog, folded: string, sentences: Sentence[], quantities: { start: number }[]) {
  const out: ReturnType<Catalog["findAliases"]> = [];
  let qi = 0;
  for (const s of sentences) {
    while (qi < quantities.length && quantities[qi].start < s.start) qi++;
    if (qi >= quantities.length || quantities[qi].start >= s.end) continue;
    for (const a of catalog.findAliases(folded.slice(s.start, s.end))) out.push({ ...a, start: a.start + s.start, end: a.end + s.start });
  }
  return out;
}

/** Spans grouped by the sentence that holds them (both lists sorted by start). */
function bySentence<T extends { start: number; end: number }>(sentences: Sentence[], spans: T[]): Map<Sentence, T[]> {
  const out = new Map<Sentence, T[]>();
  let i = 0;
  for (const s of sentences) {
    while (i < spans.length && spans[i].start < s.start) i++;
    const inside: T[] = [];
    for (let j = i; j < spans.length && spans[j].start < s.end; j++) if (spans[j].end <= s.end) inside.push(spans[j]);
    if (inside.length) out.set(s, inside);
  }
  return out;
}

export type { Indicator };
