// The native chart through LibreOffice: the book with the chart opens, recalculates to the same
// figures as the book without it, and LibreOffice imports a real chart over the chart sheet's
// ranges, drawn on a page of its own. A PNG of that page goes to test-artifacts/charts.
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runBuild } from "../../src/cli/build";
import { HR } from "../../src/core/workbook/chartSheet";
import { loadDemoFacts } from "../../scripts/demoFacts";
import { recalc } from "./workbookCsv";
import { soffice, toPdf } from "./workbookLibreOffice";

const ARTIFACTS = resolve(__dirname, "../../test-artifacts/charts");

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

  it("recalculates every sheet to the same values as the book without the chart; the chart's figures are there", () => {
    const a = recalc(withChart, join(dir, "csv-chart"), join(dir, "lo-1"));
    const b = recalc(noChart, join(dir, "csv-plain"), join(dir, "lo-2"));
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const name of Object.keys(a)) expect({ name, grid: a[name] }).toEqual({ name, grid: b[name] });
    const chart = a["Biểu đồ"]!;
    expect(chart[HR.indicator]![1]).toBe("Tốc độ tăng trưởng kinh tế (GRDP)");
    // the figures it draws: GRDP growth 2023 of the demo's units, picked from the comparison
    const source = chart.slice(HR.source + 2).filter((r) => r[0]);
    expect(source.map((r) => r[0])).toContain("Hà Tĩnh");
    expect(Number(source.find((r) => r[0] === "Hà Tĩnh")![2])).toBeCloseTo(8.05, 6);
  });

  it("imports a column chart over the chart sheet's ranges (converted to .ods)", async () => {
    soffice(["--convert-to", "ods", "--outdir", join(dir, "ods"), withChart], join(dir, "lo-3"));
    const ods = await JSZip.loadAsync(readFileSync(join(dir, "ods", "chart.ods")));
    const content = await ods.file("content.xml")!.async("string");
    const tables = content.split("<table:table ").slice(1);
    const chartTable = tables.find((t) => t.startsWith('table:name="Biểu đồ"'))!;
    expect(chartTable).toMatch(/<draw:object [^>]*xlink:href="\.\/Object 1"/);
    expect(tables.filter((t) => /<draw:object /.test(t))).toHaveLength(1);
    const chartXml = await ods.file("Object 1/content.xml")!.async("string");
    expect(chartXml).toContain('chart:class="chart:bar"');
    expect(chartXml.match(/<chart:series /g)).toHaveLength(2);
    const q = "(?:'|&apos;)";
    for (const col of ["A", "B", "C"]) {
      const attr = col === "A" ? "table:cell-range-address" : "chart:values-cell-range-address";
      expect(chartXml).toMatch(new RegExp(`${attr}="${q}Biểu đồ${q}\\.${col}\\d+:${q}Biểu đồ${q}\\.${col}\\d+"`));
    }
    // the figures LibreOffice computed reach the chart
    expect(chartXml).toMatch(/office:value="\d+(\.\d+)?"/);
  });

  it("prints the chart on a page of its own, its figures on the next (PNG in test-artifacts/charts)", () => {
    const pdf = toPdf(withChart, join(dir, "pdf"), join(dir, "lo-4"));
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
    const chartPage = pages.findIndex((p) => /Biểu đồ kế hoạch và thực hiện/.test(p) && /Kế hoạch và thực hiện/.test(p.replace(/Biểu đồ kế hoạch và thực hiện/g, "")));
    expect(chartPage).toBeGreaterThanOrEqual(0);
    expect(pages[chartPage]).not.toMatch(/Số liệu của biểu đồ/);
    expect(pages[chartPage + 1]).toMatch(/Số liệu của biểu đồ/);
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", String(chartPage + 1), "-l", String(chartPage + 1), pdf, join(ARTIFACTS, "chart-page")]);
    expect(readdirSync(ARTIFACTS).some((f) => f.startsWith("chart-page") && f.endsWith(".png"))).toBe(true);
    copyFileSync(withChart, join(ARTIFACTS, "demo-with-chart.xlsx"));
    writeFileSync(join(ARTIFACTS, "README.txt"), `Page ${chartPage + 1} of the demo book printed by LibreOffice: the native plan-vs-actual chart on its own page.\n`);
  });
});
