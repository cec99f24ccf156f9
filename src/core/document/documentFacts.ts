// One read document → its facts: the prose's and the tables', merged (a table row rendered into the
// text is read once, as a table). The one step the CLI, the task pane and the evaluations share.
import { extractFacts } from "../extract";
import { reviewPeriodString } from "../extract/document";
import { tableFacts, mergeTableFacts } from "../tables";
import type { Catalog } from "../catalog/catalog";
import type { Fact } from "../facts/fact";
import type { ReadDocument } from "./types";

export interface DocumentFactOptions {
  /** the unit the user says the document speaks for */
  entity?: string;
  /** the report's date (YYYY-MM-DD) when the text has none */
  date?: string;
  catalog?: Catalog;
}

export interface DocumentFacts {
  facts: Fact[];
  /** what extraction could not settle (unit or period unknown, rows naming no indicator…) */
  warnings: string[];
  /** how the file was read (pages, tables, encoding converted…) */
  notes: string[];
  /** the unit the document speaks for, as understood */
  entity?: string;
  /** the period the document reviews (facts.md period syntax) */
  period?: string;
}

export function documentFacts(doc: ReadDocument, opts: DocumentFactOptions = {}): DocumentFacts {
  const r = extractFacts(doc.text, { doc: doc.name, entity: opts.entity, date: opts.date, catalog: opts.catalog });
  const about = { entity: r.context.mainUnit, period: reviewPeriodString(r.context) };
  if (!doc.tables.length) return { facts: r.facts, warnings: r.warnings, notes: doc.notes, ...about };
  const t = tableFacts(doc.tables, { doc: doc.name, text: doc.text, entity: opts.entity, context: r.context, catalog: opts.catalog });
  // a document that is mostly tables (a workbook, an appendix) says who and when in their titles and
  // headers; the prose pass only saw their rows as text
  const inTables = doc.tables.reduce((n, x) => n + (x.end !== undefined && x.start !== undefined ? x.end - x.start : 0), 0);
  const tablesFirst = inTables > doc.text.length / 2;
  return {
    facts: mergeTableFacts(r.facts, t.facts, doc.tables),
    warnings: [...r.warnings, ...t.warnings],
    notes: doc.notes,
    entity: tablesFirst ? t.entity ?? about.entity : about.entity ?? t.entity,
    period: tablesFirst ? t.period ?? about.period : about.period ?? t.period,
  };
}
