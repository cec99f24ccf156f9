// Table facts next to the prose's facts. The reader renders tables into the document text, so the
// prose pass also sees table rows as sentences: those readings are dropped (the table reading knows
// the columns); a figure the prose and a table both give is kept once, a disagreement is flagged.
import { factKey, Fact } from "../facts/fact";
import type { ReadTable } from "./types";

export function mergeTableFacts(textFacts: Fact[], tableFacts: Fact[], tables: ReadTable[]): Fact[] {
  const inTable = (f: Fact) => tables.some((t) => t.start !== undefined && t.end !== undefined && f.source.start >= t.start && f.source.start < t.end);
  const prose = textFacts.filter((f) => !inTable(f));
  const byKey = new Map<string, Fact[]>();
  for (const f of prose) byKey.set(factKey(f), [...(byKey.get(factKey(f)) ?? []), f]);
  const out = [...prose];
  for (const t of tableFacts) {
    const same = byKey.get(factKey(t)) ?? [];
    if (same.some((p) => Math.abs(p.value - t.value) <= 1e-9 * Math.max(1, Math.abs(t.value)))) continue;
    if (same.length) t.warnings = [...(t.warnings ?? []), `the text gives ${same.map((p) => p.value).join(", ")} for the same figure`];
    out.push(t);
  }
  return out;
}
