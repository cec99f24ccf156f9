// Converts the invented indicator tables (test/data/tables/src) into every format an office sends,
// with LibreOffice headless, the way the tables of a real appendix reach us:
//   .html (Writer)  → .docx, .doc, .pdf and .html through Writer; .xlsx and .xls through Calc's
//                      HTML import with Vietnamese number reading (LCID 1066: "17.946" is 17946);
//   .fods (Calc)    → .xlsx, .xls, .html and .pdf (a workbook of several sheets).
// Output: test/data/tables/converted/<format>/<name>.<format>, committed as fixtures.
//   npx tsx scripts/make-table-fixtures.ts            (all)
//   npx tsx scripts/make-table-fixtures.ts t01 t04    (some)
//   TARGETS=pdf-plain npx tsx scripts/make-table-fixtures.ts   (some formats)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..");
const DIR = path.join(ROOT, "test", "data", "tables");
const SRC = path.join(DIR, "src");
const OUT = path.join(DIR, "converted");

// a profile of our own: other LibreOffice processes on the machine must not share it
const profile = mkdtempSync(path.join(tmpdir(), "lo-tables-"));

function soffice(args: string[], outdir: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args, "--outdir", outdir], { stdio: "pipe", timeout: 120_000 });
}

interface Target {
  ext: string;
  /** folder under converted/ (the extension by default) */
  dir?: string;
  /** the source as this target sees it */
  transform?: (source: string) => string;
  /** --convert-to argument */
  to: string;
  infilter?: string;
}

const FROM_HTML: Target[] = [
  { ext: "docx", to: "docx:MS Word 2007 XML", infilter: "HTML (StarWriter)" },
  { ext: "doc", to: "doc:MS Word 97", infilter: "HTML (StarWriter)" },
  { ext: "pdf", to: "pdf:writer_pdf_Export", infilter: "HTML (StarWriter)" },
  { ext: "html", to: "html:HTML (StarWriter)", infilter: "HTML (StarWriter)" },
  { ext: "xlsx", to: "xlsx:Calc MS Excel 2007 XML", infilter: "HTML (StarCalc):1066 1" },
  { ext: "xls", to: "xls:MS Excel 97", infilter: "HTML (StarCalc):1066 1" },
  // the same tables without borders (borders set in CSS, which LibreOffice's HTML import drops):
  // the PDF has no rules, the table is found from text positions alone
  { ext: "pdf", dir: "pdf-plain", to: "pdf:writer_pdf_Export", infilter: "HTML (StarWriter)", transform: (s) => s.replace(/ border="1"/g, "") },
  // and without borders with little padding: rows told apart by a point or two of space
  { ext: "pdf", dir: "pdf-tight", to: "pdf:writer_pdf_Export", infilter: "HTML (StarWriter)", transform: (s) => s.replace(/ border="1"/g, "").replace(/cellpadding="4"/g, 'cellpadding="1"') },
];
const FROM_FODS: Target[] = [
  { ext: "xlsx", to: "xlsx:Calc MS Excel 2007 XML" },
  { ext: "xls", to: "xls:MS Excel 97" },
  { ext: "html", to: "html:HTML (StarCalc)" },
  { ext: "pdf", to: "pdf:calc_pdf_Export" },
];

export function tableSources(): string[] {
  return readdirSync(SRC).filter((f) => /\.(html|fods)$/.test(f)).sort();
}

function convert(file: string): void {
  const stem = file.replace(/\.\w+$/, "");
  const only = process.env.TARGETS?.split(",");
  const targets = (file.endsWith(".fods") ? FROM_FODS : FROM_HTML).filter((t) => !only || only.includes(t.dir ?? t.ext));
  for (const t of targets) {
    const dir = path.join(OUT, t.dir ?? t.ext);
    mkdirSync(dir, { recursive: true });
    const tmp = mkdtempSync(path.join(tmpdir(), "lo-out-"));
    try {
      let source = path.join(SRC, file);
      if (t.transform) {
        source = path.join(tmp, "src", file);
        mkdirSync(path.dirname(source), { recursive: true });
        writeFileSync(source, t.transform(readFileSync(path.join(SRC, file), "utf8")));
      }
      soffice([...(t.infilter ? ["--infilter=" + t.infilter] : []), "--convert-to", t.to, source], tmp);
      const made = path.join(tmp, `${stem}.${t.ext}`);
      if (!existsSync(made)) throw new Error(`LibreOffice made no ${t.ext} from ${file}`);
      renameSync(made, path.join(dir, `${stem}.${t.ext}`));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  console.log(`${file}: ${targets.map((t) => t.dir ?? t.ext).join(", ")}`);
}

if (require.main === module) {
  const only = process.argv.slice(2);
  try {
    for (const f of tableSources()) if (!only.length || only.includes(f.replace(/\.\w+$/, ""))) convert(f);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
