// What a refresh changes, decided before anything is written: the pane shows it for review, the
// CLI prints it, and the log sheet records it. Facts are matched by row key, never by row.
import { quotedWords, type Fact } from "../facts/fact";
import { rowKeys, sortFacts } from "../workbook/factOrder";
import type { CellValue } from "../workbook/plan";
import type { PreviousRow } from "./previousBook";

export interface FailedSource {
  doc: string;
  reason: string;
}

export interface ChangeSummary {
  /** Sources read this time. */
  sources: string[];
  failed: FailedSource[];
  added: { key: string; fact: Fact }[];
  changed: { key: string; before: Fact; after: Fact; fields: string[] }[];
  /**
   * Facts the sources no longer give. `kept`: the row stays (marked) because the user's work is
   * on it (an override or own cells). `notRefreshed`: its source was not among this refresh's.
   */
  removed: { key: string; fact: Fact; kept: boolean; notRefreshed: boolean }[];
  /** Facts of sources that failed to read, left in place and marked. */
  stale: { key: string; fact: Fact }[];
  /** Overrides whose extracted value changed since they were made (newly so this refresh). */
  conflicts: { key: string; fact: Fact; override: CellValue; base: number; now: number }[];
  /** Sources that failed last time and read again now. */
  recovered: string[];
  unchanged: number;
}

export interface DiffOptions {
  /** Documents read successfully this time (some may have given no facts). */
  readSources?: readonly string[];
}

const hasOverride = (r: PreviousRow) => r.override !== undefined && r.override !== null && r.override !== "";
const hasUserCells = (r: PreviousRow) => r.user.some((v) => v !== undefined && v !== null && v !== "");

/** Keys of facts in sheet order (the same keys the plan writes). */
export function keyedFacts(facts: readonly Fact[]): { key: string; fact: Fact }[] {
  const sorted = sortFacts(facts, () => 0);
  const keys = rowKeys(sorted);
  return sorted.map((fact, i) => ({ key: keys[i]!, fact }));
}

/** The fields that differ in what the book shows of a fact (positions in the text do not count). */
export function changedFields(a: Fact, b: Fact): string[] {
  const out: string[] = [];
  if (a.value !== b.value) out.push("value");
  if (a.unit !== b.unit) out.push("unit");
  if (a.qualifier !== b.qualifier || a.upper !== b.upper) out.push("qualifier");
  if ((a.planRef ?? null) !== (b.planRef ?? null)) out.push("planRef");
  if ((a.warnings ?? []).join("\n") !== (b.warnings ?? []).join("\n")) out.push("warnings");
  if (quotedWords(a) !== quotedWords(b)) out.push("quote");
  return out;
}

export function diffFacts(
  previousRows: readonly PreviousRow[],
  newFacts: readonly Fact[],
  failedSources: readonly FailedSource[],
  options: DiffOptions = {},
): ChangeSummary {
  const failedDocs = new Set(failedSources.map((s) => s.doc));
  const fresh = keyedFacts(newFacts.filter((f) => !failedDocs.has(f.doc)));
  const read = new Set([...(options.readSources ?? []), ...fresh.map((k) => k.fact.doc)]);
  const prev = new Map(previousRows.filter((r) => r.fact).map((r) => [r.key, r] as const));
  const freshKeys = new Set(fresh.map((k) => k.key));

  const s: ChangeSummary = {
    sources: [...read].sort(),
    failed: [...failedSources],
    added: [],
    changed: [],
    removed: [],
    stale: [],
    conflicts: [],
    recovered: [],
    unchanged: 0,
  };
  for (const { key, fact } of fresh) {
    const p = prev.get(key);
    if (!p) {
      s.added.push({ key, fact });
      continue;
    }
    const fields = changedFields(p.fact!, fact);
    if (fields.length) s.changed.push({ key, before: p.fact!, after: fact, fields });
    else s.unchanged++;
    if (hasOverride(p)) {
      const base = p.overrideBase ?? p.fact!.value;
      const wasInConflict = p.overrideBase !== undefined && p.overrideBase !== p.fact!.value;
      if (base !== fact.value && !wasInConflict) s.conflicts.push({ key, fact, override: p.override!, base, now: fact.value });
    }
  }
  const recovered = new Set<string>();
  for (const p of prev.values()) {
    if (freshKeys.has(p.key)) continue;
    const fact = p.fact!;
    if (failedDocs.has(fact.doc)) {
      s.stale.push({ key: p.key, fact });
      continue;
    }
    const kept = hasOverride(p) || hasUserCells(p);
    // a row already kept as removed is not news
    if (p.status === "removed" && kept) continue;
    s.removed.push({ key: p.key, fact, kept, notRefreshed: !read.has(fact.doc) });
  }
  for (const p of prev.values()) if (p.status === "source_failed" && read.has(p.fact!.doc)) recovered.add(p.fact!.doc);
  s.recovered = [...recovered].sort();
  return s;
}

/** Nothing to tell: the refresh leaves every cell as it was. */
export function isUnchanged(s: ChangeSummary): boolean {
  return !s.failed.length && !s.added.length && !s.changed.length && !s.removed.length && !s.conflicts.length && !s.recovered.length;
}
