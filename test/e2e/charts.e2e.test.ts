// The native chart through LibreOffice: the book with the chart opens, recalculates to the same
// figures as the book without it, and LibreOffice imports a real chart over the comparison
// sheet's ranges. A PNG of the page with the chart goes to test-artifacts/charts for a look.
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runBuild, catalog } from "../../src/cli/build";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { loadDemoFacts } from "../../scripts/demoFacts";
import { recalc } from "./workbookCsv";

const ARTIFACTS = resolve(__dirname, "../../test-artifacts/charts");

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args], { stdio: "pipe", timeout: 170000 });
}

describe("native chart in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "chi-tieu-charts-e2e-"));
  const withChart = join(dir, "chart.xlsx");
  const noChart = join(dir, "plain.xlsx");

  beforeAll(async () => {
    const { facts } = await loadDemoFacts();
    await runBuild(facts, { out: withChart, period: "2023", lang: "vi", now: "2025-01-01 08:00:00" });
    // the same package with the sheet no longer pointing at its drawing
    const zip = await JSZip.loadAsync(readFileSync(withChart));
    for (const f of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      zip.file(f, (await zip.file(f)!.async("string")).replace(/<drawing [^>]*\/>/, ""));
    }
    writeFileSync(noChart, await zip.generateAsync({ type: "nodebuffer" }));
  });

  it("recalculates every sheet to the same values as the book without the chart", () => {
    const a = recalc(withChart, join(dir, "csv-chart"), join(dir, "lo-1"));
    const b = recalc(noChart, join(dir, "csv-plain"), join(dir, "lo-2"));
    const compare = "So sánh";
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(Object.keys(a)).toContain(compare);
    for (const name of Object.keys(a)) expect({ name, grid: a[name] }).toEqual({ name, grid: b[name] });
    // the anchor cell holds no fallback note, and the chart's source block has figures to draw
    const note = buildWorkbookPlan([], { lang: "vi", catalog }).sheets.find((s) => s.key === "compare")!.charts[0]!.fallbackNote;
    expect(a[compare]!.flat()).not.toContain(note);
    const title = a[compare]!.findIndex((r) => /^Kế hoạch và thực hiện: /.test(r[0] ?? ""));
    expect(title).toBeGreaterThan(0);
    const source = a[compare]!.slice(title + 2).filter((r) => r[0]);
    // (the demo's first chart indicator, GRDP growth, has actual figures and no plan)
    expect(source.some((r) => [r[1], r[2]].some((v) => v !== undefined && v !== "" && Number.isFinite(Number(v))))).toBe(true);
  });

  it("imports a column chart over 'So sánh' ranges (converted to .ods)", async () => {
    soffice(["--convert-to", "ods", "--outdir", join(dir, "ods"), withChart], join(dir, "lo-3"));
    const ods = await JSZip.loadAsync(readFileSync(join(dir, "ods", "chart.ods")));
    const content = await ods.file("content.xml")!.async("string");
    // the chart lives on the comparison sheet (the first table) as an embedded chart object
    const firstTable = content.slice(content.indexOf("<table:table "), content.indexOf("</table:table>"));
    expect(firstTable).toContain('table:name="So sánh"');
    expect(firstTable).toMatch(/<draw:object [^>]*xlink:href="\.\/Object 1"/);
    const chartXml = await ods.file("Object 1/content.xml")!.async("string");
    expect(chartXml).toContain('chart:class="chart:bar"');
    expect(chartXml.match(/<chart:series /g)).toHaveLength(2);
    const q = "(?:'|&apos;)";
    for (const col of ["A", "B", "C"]) {
      const attr = col === "A" ? "table:cell-range-address" : "chart:values-cell-range-address";
      expect(chartXml).toMatch(new RegExp(`${attr}="${q}So sánh${q}\\.${col}\\d+:${q}So sánh${q}\\.${col}\\d+"`));
    }
    // the figures LibreOffice computed reach the chart
    expect(chartXml).toMatch(/office:value="\d+(\.\d+)?"/);
  });

  it("prints the book to PDF with the chart (PNG in test-artifacts/charts)", () => {
    const pdfDir = join(dir, "pdf");
    soffice(["--convert-to", "pdf", "--outdir", pdfDir, withChart], join(dir, "lo-4"));
    const pdf = join(pdfDir, "chart.pdf");
    expect(existsSync(pdf)).toBe(true);
    // the chart's legend and title are drawn text: the plain book's PDF has neither
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    const page = text.split("\f").findIndex((p) => /Kế hoạch và thực hi/.test(p) && !/Kế hoạch và thực hiện:/.test(p));
    expect(page).toBeGreaterThanOrEqual(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(page + 1), "-l", String(page + 1), pdf, join(ARTIFACTS, "compare-chart")]);
    const png = readdirSync(ARTIFACTS).find((f) => f.startsWith("compare-chart") && f.endsWith(".png"));
    expect(png).toBeDefined();
    copyFileSync(withChart, join(ARTIFACTS, "demo-with-chart.xlsx"));
    writeFileSync(join(ARTIFACTS, "README.txt"), `Page ${page + 1} of the demo book printed by LibreOffice: the native plan-vs-actual chart.\n`);
  });
});
