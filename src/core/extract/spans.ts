// Finding, before any linking: dates (never figures), periods, quantities outside them, units of
// government, and indicator names — the latter only in sentences that hold a figure.
import { fold } from "../text/fold";
import { splitSentences, Sentence } from "../text/segment";
import { outsideRelatedLists } from "../text/furniture";
import type { Catalog, AliasMatch } from "../catalog/catalog";
import { findEntities, EntityMention } from "../entities/entities";
import { findDates, findPeriods, PeriodSpan, DateSpan } from "./period";
import { findQuantities, Quantity } from "./quantity";

export interface Spans {
  folded: string;
  sentences: Sentence[];
  dates: DateSpan[];
  periods: PeriodSpan[];
  quantities: Quantity[];
  entities: EntityMention[];
  aliases: AliasMatch[];
}

/** Is [s, e) inside one of the sorted, non-overlapping ranges? */
function maskOf(ranges: Array<readonly [number, number]>): (s: number, e: number) => boolean {
  return (s, e) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][1] <= s) lo = mid + 1;
      else if (ranges[mid][0] >= e) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

function aliasesNearFigures(catalog: Catalog, folded: string, sentences: Sentence[], quantities: Quantity[], entities: EntityMention[]): AliasMatch[] {
  const out: AliasMatch[] = [];
  let qi = 0;
  let ei = 0;
  for (const s of sentences) {
    while (qi < quantities.length && quantities[qi].start < s.start) qi++;
    while (ei < entities.length && entities[ei].start < s.start) ei++;
    if (qi >= quantities.length || quantities[qi].start >= s.end) continue;
    const found = catalog.findAliases(folded.slice(s.start, s.end)).map((a) => ({ ...a, start: a.start + s.start, end: a.end + s.start }));
    // "kinh tế Hải Dương năm 2024 ước tăng 10,46%": a name that is the indicator only before a unit's name
    for (let j = ei; j < entities.length && entities[j].start < s.end; j++) {
      const a = catalog.unitAliasBefore(folded, entities[j].start);
      if (a && a.start >= s.start && !found.some((f) => f.start < a.end && a.start < f.end)) found.push(a);
    }
    out.push(...found.sort((x, y) => x.start - y.start));
  }
  return out;
}

export function findSpans(text: string, catalog: Catalog): Spans {
  const folded = fold(text);
  const dates = findDates(folded);
  const periods = findPeriods(folded, dates);
  const masked = maskOf([...dates, ...periods].map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]));
  const quantities = findQuantities(folded, masked, catalog.countedNouns);
  const entities = findEntities(text, folded);
  const sentences = outsideRelatedLists(splitSentences(text), folded);
  const aliases = aliasesNearFigures(catalog, folded, sentences, quantities, entities);
  return { folded, sentences, dates, periods, quantities, entities, aliases };
}

/** Spans grouped by the sentence that holds them (both lists sorted by start). */
export function bySentence<T extends { start: number; end: number }>(sentences: Sentence[], spans: T[]): Map<Sentence, T[]> {
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
