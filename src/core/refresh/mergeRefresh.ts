// Previous book + this refresh's extraction → the facts to write and what to carry over: the
// user's overrides (with the value each was made against), own columns, kept rows and the log.
import type { Fact } from "../facts/fact";
import type { CellValue, Lang } from "../workbook/plan";
import type { RefreshInput, RowState } from "../workbook/rowState";
import { diffFacts, isUnchanged, keyedFacts, type ChangeSummary, type FailedSource } from "./diffFacts";
import { logEntries } from "./logEntries";
import type { PreviousBook } from "./previousBook";

export interface RefreshResult {
  facts: Fact[];
  refresh: RefreshInput;
  summary: ChangeSummary;
}

export interface MergeOptions {
  /** When the refresh happens (ISO); a parameter so the core stays pure and testable. */
  now: string;
  lang: Lang;
  readSources?: readonly string[];
}

const filled = (v: CellValue | undefined) => v !== undefined && v !== null && v !== "";

export function mergeRefresh(
  previous: PreviousBook | undefined,
  newFacts: readonly Fact[],
  failedSources: readonly FailedSource[],
  options: MergeOptions,
): RefreshResult {
  const prevRows = previous?.rows ?? [];
  const summary = diffFacts(prevRows, newFacts, failedSources, { readSources: options.readSources });

  const stale = new Set(summary.stale.map((s) => s.key));
  const removedNow = new Map(summary.removed.filter((r) => r.kept).map((r) => [r.key, r.fact] as const));
  // rows kept as removed on an earlier refresh and still absent
  const freshKeys = new Set(keyedFacts(newFacts).map((k) => k.key));
  const keptEarlier = prevRows.filter((r) => r.fact && r.status === "removed" && !freshKeys.has(r.key) && !stale.has(r.key) && !removedNow.has(r.key) && (filled(r.override) || r.user.some(filled)));

  const facts: Fact[] = [
    ...newFacts.filter((f) => !failedSources.some((s) => s.doc === f.doc)),
    ...summary.stale.map((s) => s.fact),
    ...removedNow.values(),
    ...keptEarlier.map((r) => r.fact!),
  ];

  const rows: Record<string, RowState> = {};
  for (const r of prevRows) {
    const st: RowState = {};
    if (filled(r.override)) {
      st.override = r.override;
      // the first refresh after the user typed it records what it was typed against
      const base = r.overrideBase ?? r.fact?.value;
      if (base !== undefined) st.overrideBase = base;
    }
    if (stale.has(r.key)) st.status = "source_failed";
    else if (removedNow.has(r.key) || keptEarlier.includes(r)) st.status = "removed";
    if (r.user.some(filled)) st.user = r.user;
    if (Object.keys(st).length) rows[r.key] = st;
  }

  const log = [...(previous?.log ?? [])];
  if (!isUnchanged(summary)) log.push(...logEntries(summary, options.now, options.lang));
  return { facts, refresh: { rows, userColumns: previous?.userColumns ?? [], log }, summary };
}
