// exceljs cannot write charts, so the plan's charts are added to the finished .xlsx package:
// a chart part and a drawing part per sheet, the relationships that tie them to the sheet, the
// sheet's <drawing> element and the content types. The package is edited as text on purpose —
// everything exceljs wrote (styles, tables, notes) stays byte for byte as it was.
import JSZip from "jszip";
import type { ChartPlan, WorkbookPlan } from "../../core/workbook/plan";
import { chartAnchorXml, chartPartXml, CONTENT_TYPE, drawingPartXml, emptyRelsXml, NS, REL, xmlEscape, xmlUnescape } from "./chartXml";

export class ChartInjectionError extends Error {
  override name = "ChartInjectionError";
}

/** Returns the package with every chart of the plan drawn natively; sheets are found by name. */
export async function addChartsToXlsx(xlsx: Uint8Array | Buffer, plan: WorkbookPlan): Promise<Buffer> {
  const withCharts = plan.sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return Buffer.from(xlsx);
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = await sheetParts(zip);
  const types: string[] = [];
  for (const sp of withCharts) {
    const sheetPath = sheets.get(sp.name);
    if (!sheetPath) throw new ChartInjectionError(`the workbook has no sheet "${sp.name}" to draw its chart on`);
    types.push(...(await addChartsToSheet(zip, sheetPath, sp.charts)));
  }
  await registerContentTypes(zip, types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

// ---- package plumbing ----

interface Rel {
  id: string;
  type: string;
  target: string;
}

/** Attributes of one start tag, entity references resolved. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = xmlUnescape(m[2] ?? m[3] ?? "");
  return out;
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function parseRels(xml: string): Rel[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}

/** A relationship target as a package path ("xl/worksheets/sheet2.xml"). */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** Adds a relationship to a part's rels file (created when missing); returns its id. */
async function addRel(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const path = relsPath(part);
  const xml = (await text(zip, path)) ?? emptyRelsXml();
  const taken = new Set(parseRels(xml).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  zip.file(path, xml.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`).replace(/<Relationships([^>]*)\/>\s*$/, `<Relationships$1>${rel}</Relationships>`));
  return id;
}

/** The first free N for a part named `${stem}N.xml`. */
function freePart(zip: JSZip, stem: string): { path: string; n: number } {
  for (let n = 1; ; n++) if (!zip.file(`${stem}${n}.xml`)) return { path: `${stem}${n}.xml`, n };
}

/** Sheet name → worksheet part, through the workbook part and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const rootRels = parseRels((await text(zip, "_rels/.rels")) ?? "");
  const office = rootRels.find((r) => r.type.endsWith("/officeDocument"));
  const workbook = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const wbXml = await text(zip, workbook);
  if (!wbXml) throw new ChartInjectionError(`the package has no workbook part (${workbook})`);
  const rels = new Map(parseRels((await text(zip, relsPath(workbook))) ?? "").map((r) => [r.id, r]));
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
    const rel = rid ? rels.get(rid) : undefined;
    if (a.name !== undefined && rel) out.set(a.name, resolveTarget(workbook, rel.target));
  }
  return out;
}

// ---- the worksheet's <drawing> element ----

/** CT_Worksheet children that must come after <drawing>; every other child comes before it. */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

interface TopChild {
  name: string;
  start: number;
  tag: string;
}

/** The root element's prefix, its direct children and where its end tag starts. */
export function worksheetChildren(xml: string): { prefix: string; rootTag: string; children: TopChild[]; end: number } {
  const tagRe = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let depth = 0;
  let prefix = "";
  let rootTag = "";
  const children: TopChild[] = [];
  for (const m of xml.matchAll(tagRe)) {
    const qname = m[2];
    if (!qname) continue;
    const local = qname.includes(":") ? qname.slice(qname.indexOf(":") + 1) : qname;
    if (m[1]) {
      depth--;
      if (depth === 0) return { prefix, rootTag, children, end: m.index };
      continue;
    }
    if (depth === 0) {
      prefix = qname.includes(":") ? qname.slice(0, qname.indexOf(":") + 1) : "";
      rootTag = m[0];
    }
    else if (depth === 1) children.push({ name: local, start: m.index, tag: m[0] });
    if (!m[4]) depth++;
  }
  throw new ChartInjectionError("the worksheet XML has no closing root element");
}

/** Puts <drawing r:id> where the schema wants it: after the page setup, before notes and tables. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const { prefix, rootTag, children, end } = worksheetChildren(sheetXml);
  const at = children.find((c) => AFTER_DRAWING.has(c.name))?.start ?? end;
  // r: is bound on the root in every writer we know; declared here only when it is not
  const rBound = attributes(rootTag)["xmlns:r"] === NS.r;
  const el = `<${prefix}drawing${rBound ? "" : ` xmlns:r="${NS.r}"`} r:id="${relId}"/>`;
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}

// ---- charts on one sheet ----

async function addChartsToSheet(zip: JSZip, sheetPath: string, charts: ChartPlan[]): Promise<string[]> {
  const types: string[] = [];
  let sheetXml = await text(zip, sheetPath);
  if (sheetXml === undefined) throw new ChartInjectionError(`the package has no part ${sheetPath}`);

  // A sheet holds at most one drawing part: charts join the one exceljs wrote for pictures.
  const existing = worksheetChildren(sheetXml).children.find((c) => c.name === "drawing");
  let drawingPath: string;
  let drawingXml: string;
  if (existing) {
    const rid = Object.entries(attributes(existing.tag)).find(([k]) => k.endsWith(":id"))?.[1];
    const rel = parseRels((await text(zip, relsPath(sheetPath))) ?? "").find((r) => r.id === rid);
    if (!rel) throw new ChartInjectionError(`${sheetPath} refers to a drawing (${rid ?? "no id"}) its relationships do not name`);
    drawingPath = resolveTarget(sheetPath, rel.target);
    drawingXml = (await text(zip, drawingPath)) ?? drawingPartXml([]);
  } else {
    drawingPath = freePart(zip, "xl/drawings/drawing").path;
    drawingXml = drawingPartXml([]);
    types.push(`<Override PartName="/${drawingPath}" ContentType="${CONTENT_TYPE.drawing}"/>`);
  }

  // Our anchors use the xdr: and a: prefixes; a foreign drawing may bind others.
  const declares = (p: string, ns: string) => drawingXml.includes(`xmlns:${p}="${ns}"`);
  const nsDecl = declares("xdr", NS.xdr) && declares("a", NS.a) ? "" : ` xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"`;
  let shapeId = Math.max(1, ...[...drawingXml.matchAll(/cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const anchors: string[] = [];
  for (const ch of charts) {
    const chartPath = freePart(zip, "xl/charts/chart").path;
    zip.file(chartPath, chartPartXml(ch));
    types.push(`<Override PartName="/${chartPath}" ContentType="${CONTENT_TYPE.chart}"/>`);
    const relId = await addRel(zip, drawingPath, REL.chart, `../charts/${chartPath.slice("xl/charts/".length)}`);
    anchors.push(chartAnchorXml(ch, relId, shapeId++).replace("<xdr:twoCellAnchor", `<xdr:twoCellAnchor${nsDecl}`));
  }
  const closing = /<\/(?:[\w.-]+:)?wsDr>\s*$/;
  if (!closing.test(drawingXml)) throw new ChartInjectionError(`${drawingPath} is not a spreadsheet drawing`);
  zip.file(drawingPath, drawingXml.replace(closing, (m) => anchors.join("") + m.trimEnd()));

  if (!existing) {
    const relId = await addRel(zip, sheetPath, REL.drawing, `../drawings/${drawingPath.slice("xl/drawings/".length)}`);
    sheetXml = insertDrawingElement(sheetXml, relId);
    zip.file(sheetPath, sheetXml);
  }
  return types;
}

async function registerContentTypes(zip: JSZip, overrides: string[]): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = await text(zip, path);
  if (!xml) throw new ChartInjectionError("the package has no [Content_Types].xml");
  const missing = overrides.filter((o) => !xml.includes(o.slice(0, o.indexOf('" ContentType'))));
  zip.file(path, xml.replace(/<\/Types>\s*$/, `${missing.join("")}</Types>`));
}
