// `build`: facts → comparison workbook (.xlsx). The CLI entry (main.ts) parses arguments and
// extracts facts; this file only turns facts into the book and says what it wrote.
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import catalogJson from "../core/catalog/indicators.json";
import type { Fact } from "../core/facts/fact";
import { buildWorkbookPlan, defaultPeriod, type WorkbookCatalog } from "../core/workbook";
import { writePlanToFile } from "../adapters/xlsx/writePlan";

export interface BuildCliOptions {
  out: string;
  period?: string;
  lang?: "vi" | "en";
  indicators?: string[];
}

export const catalog = catalogJson as unknown as WorkbookCatalog;

export async function runBuild(facts: Fact[], opts: BuildCliOptions): Promise<string> {
  const lang = opts.lang ?? "vi";
  const plan = buildWorkbookPlan(facts, { lang, period: opts.period, indicators: opts.indicators, catalog });
  const out = resolve(opts.out);
  await mkdir(dirname(out), { recursive: true });
  await writePlanToFile(plan, out);

  const entities = new Set(facts.map((f) => f.entity));
  const periods = [...new Set(facts.map((f) => f.period))].sort();
  const derived = facts.filter((f) => f.derived).length;
  const selected = opts.period ?? defaultPeriod(facts);
  return [
    `wrote ${out}`,
    `  ${facts.length} facts (${derived} derived), ${entities.size} units, periods ${periods.join(", ") || "none"}`,
    `  sheets: ${plan.sheets.map((s) => s.name).join(", ")}; comparison opens on period ${selected}`,
  ].join("\n");
}
