// The pane's state: sources, the facts extracted from them and what the user decided about each.
import type { Fact } from "../core/facts/fact";
import type { ReadDocument } from "../core/document/types";
import type { ReadError } from "./ports";

export type ReviewStatus = "pending" | "accepted" | "rejected";

export interface ReviewItem {
  id: string;
  fact: Fact;
  status: ReviewStatus;
  /** The value as the user corrected it; the extracted one stays in `fact.value`. */
  editedValue?: number;
}

export interface Source {
  id: string;
  name: string;
  /** the document as read (pasted text is a document without tables) */
  doc: ReadDocument;
  /** Read or extraction failed: the message is shown and the source is left out. */
  error?: { kind: "read"; error: ReadError } | { kind: "extract"; why: string };
  extracted: boolean;
  detectedEntity?: string;
  detectedPeriod?: string;
  /** What the user typed over the detected values; empty means "use the detected one". */
  entity: string;
  period: string;
  warnings: string[];
  items: ReviewItem[];
}

export function newSource(id: string, name: string, doc: ReadDocument | string): Source {
  const read = typeof doc === "string" ? { name, text: doc, tables: [], notes: [] } : doc;
  return { id, name, doc: read, extracted: false, entity: "", period: "", warnings: [], items: [] };
}

/** The facts to write: everything not rejected, with the user's corrections applied. */
export function includedFacts(sources: Source[]): Fact[] {
  return sources.flatMap((s) =>
    s.items.filter((i) => i.status !== "rejected").map((i) => (i.editedValue === undefined ? i.fact : { ...i.fact, value: i.editedValue })),
  );
}

/**
 * A period the user typed over the detected one replaces it on the facts that carried the
 * detected period (the figures the report states for the period it reviews).
 */
export function relabelPeriod(facts: Fact[], detected: string | undefined, chosen: string): Fact[] {
  if (!chosen || !detected || chosen === detected) return facts;
  return facts.map((f) => (f.period === detected ? { ...f, period: chosen } : f));
}

export const PERIOD_PATTERN = /^\d{4}(?:-(?:Q[1-4]|H[12]|M(?:0[1-9]|1[0-2])|YTD(?:0[1-9]|1[0-2])|\d{4}))?$/;

export function countStatuses(items: ReviewItem[]): Record<ReviewStatus, number> {
  const out: Record<ReviewStatus, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const i of items) out[i.status]++;
  return out;
}
