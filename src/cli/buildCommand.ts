// `build <files or folders…> --out book.xlsx`: read every report, extract its facts, write the
// comparison workbook. Files that cannot be read are named on stderr; the others still count.
import { listFiles, extractFile } from "./sources";
import { runBuild } from "./build";
import type { Fact } from "../core/facts/fact";

export async function buildCommand(inputs: string[], flags: Record<string, string>): Promise<number> {
  if (!flags.out) {
    process.stderr.write("build needs --out FILE.xlsx\n");
    return 2;
  }
  const lang = flags.lang === "en" ? "en" : flags.lang === undefined || flags.lang === "vi" ? "vi" : null;
  if (!lang) {
    process.stderr.write(`--lang must be vi or en, not "${flags.lang}"\n`);
    return 2;
  }
  const { files, errors } = await listFiles(inputs);
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  const facts: Fact[] = [];
  let read = 0;
  for (const file of files) {
    const r = await extractFile(file, { entity: flags.entity, date: flags.date });
    if (r.error) {
      process.stderr.write(`error: ${r.error}\n`);
      continue;
    }
    read++;
    for (const w of r.warnings) process.stderr.write(`note: ${file}: ${w}\n`);
    facts.push(...r.facts);
  }
  if (!read) {
    process.stderr.write("no report could be read: nothing written\n");
    return 1;
  }
  const summary = await runBuild(facts, {
    out: flags.out,
    period: flags.period,
    lang,
    indicators: flags.indicators ? flags.indicators.split(",").map((s) => s.trim()).filter(Boolean) : undefined,
  });
  process.stdout.write(summary + "\n");
  return 0;
}
