import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addChartsToXlsx, insertDrawingElement, sheetParts, worksheetChildren } from "../../src/adapters/xlsx/charts";
import { readBook } from "../../src/adapters/xlsx/readBook";
import { applyPlanToWorkbook, planToWorkbook, writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import { buildBook } from "../../src/cli/build";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { a1 } from "../../src/core/workbook/address";
import type { ChartPlan, WorkbookPlan } from "../../src/core/workbook/plan";
import { catalog, goldFacts, sheet } from "../workbook/fixtures";

const CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml";

const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

async function part(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async("string");
}

/** Direct children of the worksheet root, by local name, in document order. */
async function sheetOrder(zip: JSZip, path: string): Promise<string[]> {
  return worksheetChildren(await part(zip, path)).children.map((c) => c.name);
}

/** The chart parts a sheet shows, following sheet → drawing → chart relationships. */
async function chartsOfSheet(zip: JSZip, sheetPath: string): Promise<string[]> {
  const rels = (p: string) => zip.file(p.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string") ?? Promise.resolve("");
  const drawingTargets = [...(await rels(sheetPath)).matchAll(/Type="[^"]*\/drawing" Target="\.\.\/drawings\/([^"]+)"/g)].map((m) => `xl/drawings/${m[1]}`);
  const out: string[] = [];
  for (const d of drawingTargets) {
    for (const m of (await rels(d)).matchAll(/Target="\.\.\/charts\/([^"]+)"/g)) out.push(`xl/charts/${m[1]}`);
  }
  return out;
}

describe("native charts in the written .xlsx", () => {
  const plan = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog });
  const compare = sheet(plan, "compare");
  const chart = compare.charts[0]!;
  let buf: Buffer;
  let zip: JSZip;
  let comparePath: string;

  beforeAll(async () => {
    buf = await writePlanToBuffer(plan);
    zip = await JSZip.loadAsync(buf);
    comparePath = (await sheetParts(zip)).get(compare.name)!;
  });

  it("finds the comparison sheet's part through workbook.xml and its relationships", () => {
    expect(compare.name).toBe("So sánh");
    expect(comparePath).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it("writes a chart part, a drawing part and their relationships, registered in [Content_Types].xml", async () => {
    expect(compare.charts).toHaveLength(1);
    const charts = await chartsOfSheet(zip, comparePath);
    expect(charts).toEqual(["xl/charts/chart1.xml"]);
    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_CT}"/>`);
    expect(types).toContain(`<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_CT}"/>`);
    // the other sheets get nothing
    for (const [name, path] of await sheetParts(zip)) {
      if (name !== compare.name) expect({ name, charts: await chartsOfSheet(zip, path) }).toEqual({ name, charts: [] });
    }
  });

  it("draws a clustered column chart whose series point at the plan's ranges on 'So sánh'", async () => {
    const xml = await part(zip, "xl/charts/chart1.xml");
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    const sers = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]!);
    expect(sers).toHaveLength(chart.series.length);
    sers.forEach((s, i) => {
      expect(s).toContain(`<c:tx><c:v>${chart.series[i]!.name}</c:v></c:tx>`);
      expect(unescape(/<c:cat><c:strRef><c:f>([^<]*)<\/c:f>/.exec(s)![1]!)).toBe(chart.categoriesRef);
      expect(unescape(/<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)![1]!)).toBe(chart.series[i]!.valuesRef);
    });
    // the refs name the sheet quoted, as Excel wants names with spaces and diacritics
    expect(chart.categoriesRef).toMatch(/^'So sánh'!\$A\$\d+:\$A\$\d+$/);
    expect(chart.series.map((s) => s.valuesRef)).toEqual([
      chart.categoriesRef.replace(/\$A/g, "$B"),
      chart.categoriesRef.replace(/\$A/g, "$C"),
    ]);
    expect(xml).toContain(`<a:t>${chart.title}</a:t>`);
  });

  it("anchors the chart at the plan's cells", async () => {
    const xml = await part(zip, "xl/drawings/drawing1.xml");
    const { row, col, rows, cols } = chart.anchor;
    expect(xml).toContain(`<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row>`);
    expect(xml).toContain(`<xdr:to><xdr:col>${col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows}</xdr:row>`);
    expect(xml).toMatch(/<c:chart [^>]*r:id="rId1"\/>/);
  });

  it("puts one <drawing> in the sheet, after the page setup and before notes, tables and extensions", async () => {
    const order = await sheetOrder(zip, comparePath);
    expect(order.filter((n) => n === "drawing")).toHaveLength(1);
    const at = order.indexOf("drawing");
    for (const before of ["sheetData", "conditionalFormatting", "dataValidations", "pageMargins", "pageSetup", "headerFooter"]) {
      if (order.includes(before)) expect({ before, ok: order.lastIndexOf(before) < at }).toEqual({ before, ok: true });
    }
    for (const after of ["legacyDrawing", "tableParts", "extLst"]) {
      if (order.includes(after)) expect({ after, ok: order.indexOf(after) > at }).toEqual({ after, ok: true });
    }
    const rels = await part(zip, comparePath.replace(/([^/]+)$/, "_rels/$1.rels"));
    const rid = /<drawing [^>]*r:id="([^"]+)"/.exec(await part(zip, comparePath))![1];
    expect(rels).toContain(`Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
  });

  it("leaves the anchor cell empty instead of the fallback note; exceljs still reads the book", async () => {
    const book = await readBook(buf);
    const read = book.sheets.find((s) => s.name === compare.name)!;
    expect(read.cells[a1(chart.anchor.row, chart.anchor.col)]).toBeUndefined();
    expect(JSON.stringify(book)).not.toContain(chart.fallbackNote);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain(compare.name);
    // without injection the exceljs writer still leaves the note, for callers that keep its workbook
    const plain = planToWorkbook(plan).getWorksheet(compare.name)!;
    expect(plain.getCell(chart.anchor.row + 1, chart.anchor.col + 1).value).toBe(chart.fallbackNote);
  });

  it("on new units, where the comparison headers carry notes, puts <drawing> before <legacyDrawing>", async () => {
    const nu = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog, units: "new" });
    const z = await JSZip.loadAsync(await writePlanToBuffer(nu));
    const path = (await sheetParts(z)).get(sheet(nu, "compare").name)!;
    const order = await sheetOrder(z, path);
    expect(order).toContain("legacyDrawing");
    expect(order.indexOf("drawing")).toBe(order.indexOf("legacyDrawing") - 1);
    expect(await chartsOfSheet(z, path)).toHaveLength(1);
    // the notes' own relationships are kept beside the drawing's
    const rels = await part(z, path.replace(/([^/]+)$/, "_rels/$1.rels"));
    expect(rels).toMatch(/relationships\/vmlDrawing/);
    expect(rels).toMatch(/relationships\/comments/);
    await new ExcelJS.Workbook().xlsx.load(await z.generateAsync({ type: "arraybuffer" }));
  });

  it("charts the English book on its own sheet name", async () => {
    const en = buildWorkbookPlan(goldFacts(), { lang: "en", catalog });
    const z = await JSZip.loadAsync(await writePlanToBuffer(en));
    const name = sheet(en, "compare").name;
    const xml = await part(z, (await chartsOfSheet(z, (await sheetParts(z)).get(name)!))[0]!);
    expect(unescape(xml)).toContain(`<c:f>'${name}'!$A$`);
  });

  it("joins a drawing the sheet already has (a picture) instead of adding a second one", async () => {
    const wb = new ExcelJS.Workbook();
    const written = applyPlanToWorkbook(wb, plan, undefined, { nativeCharts: true });
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    const img = wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image);
    wb.getWorksheet(compare.name)!.addImage(img, "A1:B2");
    const raw = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const z = await JSZip.loadAsync(await addChartsToXlsx(raw, written));
    const path = (await sheetParts(z)).get(compare.name)!;
    expect((await sheetOrder(z, path)).filter((n) => n === "drawing")).toHaveLength(1);
    expect(await chartsOfSheet(z, path)).toEqual(["xl/charts/chart1.xml"]);
    const drawing = Object.keys(z.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawing).toHaveLength(1);
    const xml = await part(z, drawing[0]!);
    expect(xml).toContain("<xdr:pic>");
    expect(xml).toContain("<xdr:graphicFrame");
    // shape ids stay unique within the drawing
    const ids = [...xml.matchAll(/cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(await z.generateAsync({ type: "arraybuffer" }));
  });

  it("refreshing a book that has the chart leaves exactly one chart on the comparison sheet", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "chi-tieu-charts-")), "book.xlsx");
    await buildBook(goldFacts(), { out, lang: "vi", now: "2025-01-01 08:00:00" });
    await buildBook(goldFacts(), { out, lang: "vi", now: "2025-01-02 08:00:00" });
    const z = await JSZip.loadAsync(await readFile(out));
    const path = (await sheetParts(z)).get(compare.name)!;
    expect(await chartsOfSheet(z, path)).toHaveLength(1);
    expect((await sheetOrder(z, path)).filter((n) => n === "drawing")).toHaveLength(1);
    const types = await part(z, "[Content_Types].xml");
    for (const m of types.matchAll(/PartName="([^"]+)"/g)) {
      expect({ part: m[1], exists: !!z.file(m[1]!.slice(1)) }).toEqual({ part: m[1], exists: true });
    }
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(Object.keys(z.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length);
  });
});

describe("placing <drawing> in a worksheet", () => {
  const root = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

  it("goes before legacyDrawing and tableParts, not into an extLst nested in a conditional format", () => {
    const xml =
      `${root}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a &gt; b</t></is></c></row></sheetData>` +
      `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>`;
    const out = insertDrawingElement(xml, "rId9");
    expect(worksheetChildren(out).children.map((c) => c.name)).toEqual(["sheetData", "conditionalFormatting", "pageMargins", "drawing", "legacyDrawing", "tableParts", "extLst"]);
    expect(out).toContain('<drawing r:id="rId9"/><legacyDrawing');
  });

  it("goes last when nothing must follow it, and keeps a prefixed root's prefix", () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/><x:pageSetup orientation="portrait"/></x:worksheet>';
    const out = insertDrawingElement(xml, "rId1");
    expect(out).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/><x:pageSetup orientation="portrait"/>' +
        '<x:drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></x:worksheet>',
    );
  });
});

describe("addChartsToXlsx", () => {
  it("returns the package unchanged when the plan has no charts", async () => {
    const plan: WorkbookPlan = { ...buildWorkbookPlan(goldFacts(), { lang: "vi", catalog }) };
    const noCharts: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, charts: [] as ChartPlan[] })) };
    const raw = Buffer.from((await planToWorkbook(noCharts).xlsx.writeBuffer()) as ArrayBuffer);
    expect((await addChartsToXlsx(raw, noCharts)).equals(raw)).toBe(true);
  });

  it("refuses a plan whose chart sheet is not in the book", async () => {
    const plan = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog });
    const raw = Buffer.from((await planToWorkbook(plan).xlsx.writeBuffer()) as ArrayBuffer);
    const renamed: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => (s.key === "compare" ? { ...s, name: "Khác" } : s)) };
    await expect(addChartsToXlsx(raw, renamed)).rejects.toThrow(/no sheet "Khác"/);
  });
});
