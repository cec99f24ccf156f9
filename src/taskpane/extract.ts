// The extract port over the core extractor. Yields to the browser first so the pane can paint
// its progress bar before a long synchronous extraction.
import { extractFacts } from "../core/extract";
import { reviewPeriodString } from "../core/extract/document";
import type { ExtractOutcome } from "./ports";

export async function extract(text: string, opts: { doc: string; entity?: string }): Promise<ExtractOutcome> {
  await new Promise((r) => setTimeout(r, 0));
  const out = extractFacts(text, { doc: opts.doc, entity: opts.entity });
  return { facts: out.facts, warnings: out.warnings, entity: out.context.mainUnit, period: reviewPeriodString(out.context) };
}
