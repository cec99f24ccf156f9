// LibreOffice Calc headless, as the end-to-end tests and `npm run bench` drive it: every formula
// recalculated on load (the book holds no cached results), then the book exported — one CSV per
// sheet, or a PDF as it prints. Each caller passes its own profile folder: LibreOffice runs one
// instance per profile, and runs that overlap need different ones.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Recalculate on load: 0 always, 1 never, 2 ask. */
function profileSettings(recalc: boolean): string {
  const mode = recalc ? 0 : 1;
  const item = (key: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${key}" oor:op="fuse"><value>${mode}</value></prop></item>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    item("OOXMLRecalcMode") + item("ODFRecalcMode") +
    "</oor:items>\n"
  );
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** soffice's arguments with a profile that recalculates every formula on load (or never, to time the rest). */
export function sofficeArgs(args: string[], profile: string, recalc = true): string[] {
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), profileSettings(recalc));
  return [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args];
}

export function soffice(args: string[], profile: string, opts: { recalc?: boolean; timeoutMs?: number } = {}): void {
  execFileSync("soffice", sofficeArgs(args, profile, opts.recalc ?? true), { stdio: "pipe", timeout: opts.timeoutMs ?? 170_000 });
}

/** The conversion to one CSV per sheet (raw values, or as shown), as soffice arguments. */
export function csvArgs(book: string, outDir: string, shown = false): string[] {
  // 44 comma, 34 quote, 76 UTF-8, 1 first line; …; formatted text only when shown; -1 all sheets
  return ["--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,${shown ? "true" : "false"},false,false,false,-1`, "--outdir", outDir, book];
}

/** Every sheet as a CSV (UTF-8, comma, raw values), in `outDir` as "<book>-<Sheet>.csv". */
export function toCsv(book: string, outDir: string, profile: string, opts: { recalc?: boolean; shown?: boolean } = {}): void {
  mkdirSync(outDir, { recursive: true });
  soffice(csvArgs(book, outDir, opts.shown), profile, opts);
}

/** The book printed to PDF, every visible sheet with its page setup; returns the PDF's path. */
export function toPdf(book: string, outDir: string, profile: string): string {
  mkdirSync(outDir, { recursive: true });
  soffice(["--convert-to", "pdf", "--outdir", outDir, book], profile);
  const pdf = join(outDir, book.replace(/^.*\//, "").replace(/\.xlsx$/, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${book}`);
  return pdf;
}
