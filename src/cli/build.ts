// `build`: facts → comparison workbook (.xlsx). When the book already exists it is refreshed in
// place: the user's overrides, own columns and sheets are kept, what changed is logged in the
// book and returned here as short lines. The CLI entry (buildCommand.ts) extracts the facts.
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import catalogJson from "../core/catalog/indicators.json";
import type { Fact } from "../core/facts/fact";
import { formatSummary, localTimestamp, planRefresh, type ChangeSummary, type FailedSource } from "../core/refresh";
import type { WorkbookCatalog } from "../core/workbook";
import type { UnitsView } from "../core/workbook/plan";
import { openExisting } from "../adapters/xlsx/existingBook";
import { writeBookAtomically } from "../adapters/xlsx/writeBookFile";
import { placeInBook } from "../adapters/xlsx/writePlan";

export interface BuildCliOptions {
  out: string;
  period?: string;
  /** Default: the existing book's language, else Vietnamese. */
  lang?: "vi" | "en";
  indicators?: string[];
  /** Default: the existing book's view, else old units. */
  units?: UnitsView;
  /** Sources that could not be read this time: their earlier facts stay, marked. */
  failed?: FailedSource[];
  /** Sources read this time (a source may be read and give no facts). */
  readSources?: string[];
  docDates?: Record<string, string>;
  /** Refresh time (ISO); now by default. */
  now?: string;
}

export const catalog = catalogJson as unknown as WorkbookCatalog;

export interface BuildResult {
  out: string;
  refreshed: boolean;
  summary: ChangeSummary;
  text: string;
}

export async function buildBook(facts: Fact[], opts: BuildCliOptions): Promise<BuildResult> {
  const out = resolve(opts.out);
  const existing = await openExisting(out);
  const merged = planRefresh(existing?.previous, facts, {
    catalog,
    now: opts.now ?? localTimestamp(new Date()),
    lang: opts.lang,
    units: opts.units,
    previousUnits: existing?.owned.units,
    period: opts.period,
    selectedPeriod: existing?.selectedPeriod,
    indicators: opts.indicators,
    failed: opts.failed,
    readSources: opts.readSources,
    docDates: opts.docDates,
  });
  const { plan, lang } = merged;
  const units = plan.meta?.units ?? "old";
  const placed = placeInBook(plan, existing);
  await mkdir(dirname(out), { recursive: true });
  await writeBookAtomically(placed, out, existing?.bytes);

  const entities = new Set(merged.facts.map((f) => f.entity));
  const selected = plan.sheets.find((s) => s.key === "compare")?.blocks[0]?.cells[1]?.[1]?.v;
  const text = [
    `${existing ? "refreshed" : "wrote"} ${out}`,
    `  ${merged.facts.length} facts, ${entities.size} units (${units === "new" ? "34 new units" : "old units"}); comparison opens on period ${String(selected ?? "")}`,
    ...formatSummary(merged.summary, lang).map((l) => `  ${l}`),
  ].join("\n");
  return { out, refreshed: !!existing, summary: merged.summary, text };
}

/** Kept for callers that only want the printed lines. */
export async function runBuild(facts: Fact[], opts: BuildCliOptions): Promise<string> {
  return (await buildBook(facts, opts)).text;
}

export { localTimestamp };
