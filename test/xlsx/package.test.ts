// The .xlsx package as parts: what each sheet holds and in which order, the chart, the notes,
// and — when a book is refreshed — the user's own parts kept byte for byte.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBook } from "../../src/adapters/xlsx/readBook";
import { writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import { buildBook } from "../../src/cli/build";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { catalog, goldFacts, sheet } from "../workbook/fixtures";

const CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** CT_Worksheet's children in the order the schema requires. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
  "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

async function part(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async("string");
}

/** Sheet name → worksheet part. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = await part(zip, "xl/workbook.xml");
  const rels = await part(zip, "xl/_rels/workbook.xml.rels");
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], "Id"), `xl/${attr(m[0], "Target").replace(/^\/?xl\//, "")}`]));
  return new Map([...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => [unescape(attr(m[0], "name")), target.get(attr(m[0], "r:id"))!]));
}

/** The root's direct children, by local name. */
function children(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[0].startsWith("<?")) continue;
    if (m[1]) depth--;
    else {
      if (depth === 1) out.push(m[2]!.replace(/^\w+:/, ""));
      if (!m[3]) depth++;
    }
  }
  return out;
}

async function chartsOfSheet(zip: JSZip, sheetPath: string): Promise<string[]> {
  const rels = (p: string) => zip.file(p.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string") ?? Promise.resolve("");
  const drawings = [...(await rels(sheetPath)).matchAll(/Type="[^"]*\/drawing" Target="\.\.\/drawings\/([^"]+)"/g)].map((m) => `xl/drawings/${m[1]}`);
  const out: string[] = [];
  for (const d of drawings) for (const m of (await rels(d)).matchAll(/Target="\.\.\/charts\/([^"]+)"/g)) out.push(`xl/charts/${m[1]}`);
  return out;
}

describe("the written package", () => {
  const plan = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog });
  const chartSheet = sheet(plan, "chart");
  const chart = chartSheet.charts[0]!;
  let zip: JSZip;

  beforeAll(async () => {
    zip = await JSZip.loadAsync(await writePlanToBuffer(plan));
  });

  it("writes each worksheet's elements in the order the schema requires", async () => {
    for (const [name, path] of await sheetParts(zip)) {
      const order = children(await part(zip, path)).map((c) => WORKSHEET_ORDER.indexOf(c));
      expect({ name, unknown: order.includes(-1) }).toEqual({ name, unknown: false });
      expect({ name, sorted: order.every((x, i) => i === 0 || x >= order[i - 1]!) }).toEqual({ name, sorted: true });
    }
  });

  it("registers every part in [Content_Types].xml and nothing that is not there", async () => {
    const types = await part(zip, "[Content_Types].xml");
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    for (const p of overrides) expect({ p, exists: !!zip.file(p) }).toEqual({ p, exists: true });
    const defaults = new Set([...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1]!));
    for (const p of Object.keys(zip.files).filter((f) => !zip.files[f]!.dir)) {
      expect({ p, typed: overrides.includes(p) || defaults.has(p.split(".").pop()!) }).toEqual({ p, typed: true });
    }
    expect(types).toContain(`<Override PartName="/xl/charts/chart1.xml" ContentType="${CHART_CT}"/>`);
    expect(types).toContain(`<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_CT}"/>`);
  });

  it("draws a clustered column chart on Biểu đồ over the plan's ranges, and on no other sheet", async () => {
    const parts = await sheetParts(zip);
    expect(await chartsOfSheet(zip, parts.get(chartSheet.name)!)).toEqual(["xl/charts/chart1.xml"]);
    for (const [name, path] of parts) if (name !== chartSheet.name) expect({ name, charts: await chartsOfSheet(zip, path) }).toEqual({ name, charts: [] });
    const xml = await part(zip, "xl/charts/chart1.xml");
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    const sers = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]!);
    expect(sers).toHaveLength(2);
    sers.forEach((s, i) => {
      expect(s).toContain(`<c:tx><c:v>${chart.series[i]!.name}</c:v></c:tx>`);
      expect(s).toMatch(/<c:spPr><a:solidFill><a:srgbClr val="[0-9A-F]{6}"\/>/);
      expect(unescape(/<c:cat><c:strRef><c:f>([^<]*)<\/c:f>/.exec(s)![1]!)).toBe(chart.categoriesRef);
      expect(unescape(/<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)![1]!)).toBe(chart.series[i]!.valuesRef);
    });
    expect(chart.categoriesRef).toMatch(/^'Biểu đồ'!\$A\$\d+:\$A\$\d+$/);
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    const { row, col, rows, cols } = chart.anchor;
    expect(drawing).toContain(`<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row>`);
    expect(drawing).toContain(`<xdr:to><xdr:col>${col + cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + rows}</xdr:row>`);
  });

  it("breaks pages where the plan says: the chart's figures start a page of their own", async () => {
    const xml = await part(zip, (await sheetParts(zip)).get(chartSheet.name)!);
    expect(xml).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${chartSheet.page!.breaks[0]}" max="16383" man="1"/></rowBreaks>`);
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  });

  it("writes notes as a comments part and a VML drawing (the comparison's block titles on new units)", async () => {
    const nu = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog, units: "new" });
    const z = await JSZip.loadAsync(await writePlanToBuffer(nu));
    const path = (await sheetParts(z)).get(sheet(nu, "compare").name)!;
    expect(children(await part(z, path))).toContain("legacyDrawing");
    const rels = await part(z, path.replace(/([^/]+)$/, "_rels/$1.rels"));
    expect(rels).toMatch(/relationships\/vmlDrawing/);
    expect(rels).toMatch(/relationships\/comments/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await z.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    const notes: string[] = [];
    wb.getWorksheet(sheet(nu, "compare").name)!.eachRow((row) => row.eachCell((c) => { if (c.note) notes.push(String(typeof c.note === "string" ? c.note : JSON.stringify(c.note))); }));
    expect(notes.some((n) => n.includes("tổng các tỉnh cũ"))).toBe(true);
  });

  it("keeps text that XML cannot carry, escaped the way Excel escapes it", async () => {
    const odd = buildWorkbookPlan([{ ...goldFacts()[0]!, source: { start: 0, end: 9, text: "a\u0007b _x0041_ <c> & \"d\"" } }], { lang: "vi", catalog });
    const z = await JSZip.loadAsync(await writePlanToBuffer(odd));
    const xml = await part(z, (await sheetParts(z)).get("Dữ liệu")!);
    expect(xml).toContain('<t>a_x0007_b _x005F_x0041_ &lt;c&gt; &amp; "d"</t>');
  });
});

describe("refreshing a book as a package", () => {
  const facts = goldFacts();

  it("keeps the user's sheets, their picture, note, table and names byte for byte", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "chi-tieu-package-")), "book.xlsx");
    await buildBook(facts, { out, lang: "vi", now: "2025-01-01 08:00:00" });
    // the user adds a sheet with a picture, a note, a table, a print area and a name of their own
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const mine = wb.addWorksheet("Báo cáo của tôi");
    mine.getCell("A1").value = "Bảng của tôi";
    mine.getCell("B2").value = 42;
    mine.getCell("B2").note = "ghi chú của tôi";
    mine.addTable({ name: "BangCuaToi", ref: "D1", headerRow: true, columns: [{ name: "Tên" }, { name: "Số" }], rows: [["a", 1]] });
    mine.pageSetup.printArea = "A1:F10";
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    mine.addImage(wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image), "H1:I2");
    wb.definedNames.add("'Báo cáo của tôi'!$B$2", "SoCuaToi");
    await wb.xlsx.writeFile(out);
    const before = await JSZip.loadAsync(await readFile(out));
    const minePath = (await sheetParts(before)).get("Báo cáo của tôi")!;
    const userParts = async (z: JSZip, sheetPath: string) => {
      const rels = await part(z, sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"));
      const targets = [...rels.matchAll(/Target="\.\.\/([^"]+)"/g)].map((m) => `xl/${m[1]}`);
      return Promise.all([sheetPath, ...targets].map(async (p) => [p.replace(/\d+(?=\.\w+$)/, "N"), await z.file(p)!.async("nodebuffer")] as const));
    };
    const mineBefore = await userParts(before, minePath);

    await buildBook(facts, { out, now: "2025-01-02 08:00:00" });
    const after = await JSZip.loadAsync(await readFile(out));
    const parts = await sheetParts(after);
    const mineAfter = await userParts(after, parts.get("Báo cáo của tôi")!);
    expect(mineAfter.map(([p, b]) => [p, b.toString("base64")])).toEqual(mineBefore.map(([p, b]) => [p, b.toString("base64")]));
    // exactly one chart, every registered part present, the user's name and print area kept
    const charts = (await Promise.all([...parts.values()].map((p) => chartsOfSheet(after, p)))).flat();
    expect(charts).toHaveLength(1);
    const types = await part(after, "[Content_Types].xml");
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect({ p: m[1], exists: !!after.file(m[1]!) }).toEqual({ p: m[1], exists: true });
    const workbook = unescape(await part(after, "xl/workbook.xml"));
    expect(workbook).toContain(`<definedName name="SoCuaToi">'Báo cáo của tôi'!$B$2</definedName>`);
    // the user's print area moved with their sheet (its index among the sheets changed)
    const index = [...parts.keys()].indexOf("Báo cáo của tôi");
    expect(index).toBe(7);
    expect(workbook).toMatch(new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">'Báo cáo của tôi'!\\$A\\$?1:\\$F\\$?10</definedName>`));
    expect(workbook.match(/name="_xlnm.Print_Titles"/g)).toHaveLength(7);
    const book = await readBook(await readFile(out));
    expect(book.sheets.map((s) => s.name)).toEqual([...plan().sheets.map((s) => s.name), "Báo cáo của tôi"]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(out);
    expect(read.getWorksheet("Báo cáo của tôi")!.getCell("B2").note).toBe("ghi chú của tôi");
    expect((read.getWorksheet("Báo cáo của tôi")!.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name)).toEqual(["BangCuaToi"]);
    writeFileSync(join(tmpdir(), "chi-tieu-package-last.xlsx"), await readFile(out));
  });

  function plan() {
    return buildWorkbookPlan(facts, { lang: "vi", catalog });
  }
});
