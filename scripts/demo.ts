// npm run demo [-- --out FILE --lang vi|en --period P]: the comparison workbook from the five
// bundled sample reports.
import { join } from "node:path";
import { runBuild } from "../src/cli/build";
import { loadDemoFacts, ROOT } from "./demoFacts";

export const DEFAULT_DEMO_OUT = join(ROOT, "out", "demo", "chi-tieu-so-sanh.xlsx");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const { facts, source, warnings } = await loadDemoFacts();
  const lang = arg("lang") === "en" ? "en" : "vi";
  const summary = await runBuild(facts, { out: arg("out") ?? DEFAULT_DEMO_OUT, lang, period: arg("period") });
  console.log(summary);
  console.log(
    source === "extractor"
      ? `  facts from the extractor over samples/seeds (${warnings.length} extraction warnings)`
      : "  facts from test/data/seeds/seeds.gold.jsonl: src/core/extract/index.ts does not exist yet",
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
