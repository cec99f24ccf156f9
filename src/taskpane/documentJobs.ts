// Reading a file and extracting its facts, the same wherever it runs: in the document worker or,
// where a browser has no workers, on the pane's own thread.
import { readDocument } from "../adapters/readers";
import { documentFacts } from "../core/document";
import type { ReadDocument } from "../core/document/types";
import type { ExtractOutcome } from "./ports";

export function readJob(name: string, bytes: Uint8Array, onPage?: (page: number, pages: number) => void): Promise<ReadDocument> {
  return readDocument(name, bytes, { onPage });
}

export function extractJob(doc: ReadDocument, entity: string | undefined): ExtractOutcome {
  const r = documentFacts(doc, { entity });
  return { facts: r.facts, warnings: r.warnings, entity: r.entity, period: r.period };
}
