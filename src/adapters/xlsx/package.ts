// The .xlsx package of a placed plan. A new book is written whole. A book being refreshed is
// edited as a package: the parts of the sheets the placement replaces or removes go (with the
// tables, drawings and notes hanging off them), ours are added, and everything else — the user's
// sheets, their styles, shared strings, charts, names — stays byte for byte as it was.
import zlib from "node:zlib";
import { absA1, colLetter } from "../../core/workbook/address";
import { META_COLS, metaGrid, markerName, markerRef } from "../../core/workbook/metaSheet";
import { ownershipRecord } from "../../core/workbook/placement";
import type { Cell, SheetId, SheetKey, SheetPlan, WorkbookPlan } from "../../core/workbook/plan";
import { ROW_PT } from "../../core/workbook/printing";
import { chartAnchorXml, chartPartXml, drawingPartXml } from "./chartXml";
import { commentsXml, vmlBlocks, vmlXml } from "./commentsXml";
import { hasNotes, parseRange, sheetXml, stringSink } from "./sheetXml";
import { StyleSheet, styleCounts } from "./styleSheet";
import { attrs, CONTENT, esc, escText, NS_MAIN, NS_REL, REL_TYPE, relsXml, XML_DECL } from "./xml";
import { DeflateSink, zip, type Deflated, type ZipEntry } from "./zip";
import { attributes, definedNames, inflate, parseRels, relative, relsPath, resolveTarget, unzip, readWorkbook, type Rel, type WorkbookSheet } from "./opc";

class Parts {
  /** Parts of a refreshed book stay compressed (Deflated) until read or dropped. */
  readonly files = new Map<string, Buffer | string | Deflated>();
  readonly overrides = new Map<string, string>();
  readonly defaults = new Map<string, string>([["rels", CONTENT.rels], ["xml", CONTENT.xml]]);
  has(path: string): boolean {
    return this.files.has(path);
  }
  /** The first `${stem}N${ext}` not taken. */
  free(stem: string, ext = ".xml"): string {
    for (let n = 1; ; n++) if (!this.files.has(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
  }
  add(path: string, data: Buffer | string | Deflated, contentType?: string): void {
    this.files.set(path, data);
    if (contentType) this.overrides.set(`/${path}`, contentType);
  }
  remove(path: string): void {
    this.files.delete(path);
    this.overrides.delete(`/${path}`);
    this.files.delete(relsPath(path));
  }
  text(path: string): string | undefined {
    const f = this.files.get(path);
    if (f === undefined) return undefined;
    if (typeof f === "string") return f;
    return (Buffer.isBuffer(f) ? f : zlib.inflateRawSync(f.deflated)).toString("utf8");
  }
}

// ---------- the book being refreshed ----------

interface Base {
  parts: Parts;
  workbookPath: string;
  workbookXml: string;
  rels: Rel[];
  sheets: WorkbookSheet[];
  /** definedName elements as written, with the sheet index they are local to. */
  names: { name: string; localSheetId?: number; xml: string }[];
  tableIds: number[];
}

function openBase(bytes: Buffer): Base {
  const parts = new Parts();
  for (const [name, p] of unzip(bytes)) parts.files.set(name, p.stored ? inflate(p) : { deflated: p.deflated, crc: p.crc, size: p.size });
  const types = parts.text("[Content_Types].xml") ?? "";
  for (const m of types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.PartName && a.ContentType) parts.overrides.set(a.PartName, a.ContentType);
  }
  for (const m of types.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.Extension && a.ContentType) parts.defaults.set(a.Extension.toLowerCase(), a.ContentType);
  }
  const wb = readWorkbook((p) => parts.text(p));
  const tableIds: number[] = [];
  for (const [path] of parts.files) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const id = /<(?:\w+:)?table\b[^>]*\bid="(\d+)"/.exec(parts.text(path) ?? "");
    if (id) tableIds.push(Number(id[1]));
  }
  return { parts, workbookPath: wb.path, workbookXml: wb.xml, rels: wb.rels, sheets: wb.sheets, names: definedNames(wb.xml), tableIds };
}

/** A sheet's part and every part hanging off it (tables, drawings, charts, notes), recursively. */
function partsOf(parts: Parts, part: string, seen = new Set<string>()): string[] {
  if (seen.has(part) || !parts.has(part)) return [];
  seen.add(part);
  const out = [part];
  for (const r of parseRels(parts.text(relsPath(part)))) {
    if (r.external) continue;
    out.push(...partsOf(parts, resolveTarget(part, r.target), seen));
  }
  return out;
}

// ---------- writing ----------

interface Written {
  sp: SheetPlan;
  sheetId: number;
  part: string;
  rid: string;
  state?: "veryHidden";
}

export async function writePackage(plan: WorkbookPlan, baseBytes?: Buffer): Promise<Buffer> {
  const base = baseBytes ? openBase(baseBytes) : undefined;
  const parts = base?.parts ?? new Parts();
  const placement = plan.placement;
  const font = plan.font ?? { name: "Arial", size: 10 };

  // What goes: the sheets ours replace, owned sheets of dropped roles, the old ownership record.
  const gone = new Set<SheetId>([
    ...(placement?.sheets.flatMap((s) => (s.replaces !== undefined ? [s.replaces] : [])) ?? []),
    ...(placement?.remove ?? []),
    ...(placement?.meta.replaces !== undefined ? [placement.meta.replaces] : []),
  ].map(Number));
  const baseSheets = base?.sheets ?? [];
  const kept = baseSheets.filter((s) => !gone.has(s.sheetId));
  const goneSheets = baseSheets.filter((s) => gone.has(s.sheetId));
  let workbookRels = base?.rels ?? [];
  for (const s of goneSheets) {
    for (const p of partsOf(parts, s.part)) parts.remove(p);
    workbookRels = workbookRels.filter((r) => r.id !== s.rid);
  }
  // Excel rebuilds the calculation chain; the old one names cells of removed sheets.
  for (const r of workbookRels.filter((x) => x.type === REL_TYPE.calcChain)) parts.remove(resolveTarget(base!.workbookPath, r.target));
  workbookRels = workbookRels.filter((r) => r.type !== REL_TYPE.calcChain);

  const stylesRel = workbookRels.find((r) => r.type === REL_TYPE.styles);
  const stylesPath = stylesRel ? resolveTarget(base!.workbookPath, stylesRel.target) : "xl/styles.xml";
  const baseStyles = base ? parts.text(stylesPath) : undefined;
  const styles = new StyleSheet(plan.styles, font, baseStyles ? styleCounts(baseStyles) : undefined);

  // sheetIds: a replaced sheet's id goes to the sheet taking its place, new ones are fresh
  const usedIds = new Set(kept.map((s) => s.sheetId));
  const idFor = (replaces: SheetId | undefined) => {
    const old = replaces !== undefined ? Number(replaces) : NaN;
    if (Number.isInteger(old) && old > 0 && !usedIds.has(old)) {
      usedIds.add(old);
      return old;
    }
    let n = 1;
    while (usedIds.has(n)) n++;
    usedIds.add(n);
    return n;
  };
  let nextRel = 1;
  const takenRels = new Set(workbookRels.map((r) => r.id));
  const newRel = () => {
    while (takenRels.has(`rId${nextRel}`)) nextRel++;
    takenRels.add(`rId${nextRel}`);
    return `rId${nextRel}`;
  };
  let nextTableId = Math.max(0, ...(base?.tableIds ?? [])) + 1;
  let vmlBlock = 1;
  for (const p of parts.files.keys()) if (p.endsWith(".vml")) vmlBlock += 16;

  const written: Written[] = [];
  // The book opens where the user left it; on our first sheet when that one was replaced or new.
  const activeOld = base ? baseActiveSheet(base) : undefined;
  const userActive = activeOld !== undefined && kept.includes(activeOld);
  const selectedKey = userActive ? undefined : plan.sheets[0]?.key;
  for (const sp of plan.sheets) {
    const placed = placement?.sheets.find((s) => s.key === sp.key);
    const part = parts.free("xl/worksheets/sheet");
    const sheetRels: Rel[] = [];
    const rel = (type: string, target: string) => {
      const id = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id, type, target: relative(part, target), external: false });
      return id;
    };
    const tables = sp.tables.map((t) => {
      const path = parts.free("xl/tables/table");
      parts.add(path, tableXml(sp, t, nextTableId++), CONTENT.table);
      return rel(REL_TYPE.table, path);
    });
    let drawing: string | undefined;
    if (sp.charts.length) {
      const drawingPath = parts.free("xl/drawings/drawing");
      const drawingRels: Rel[] = [];
      const anchors = sp.charts.map((ch, i) => {
        const chartPath = parts.free("xl/charts/chart");
        parts.add(chartPath, chartPartXml(ch), CONTENT.chart);
        const id = `rId${i + 1}`;
        drawingRels.push({ id, type: REL_TYPE.chart, target: relative(drawingPath, chartPath), external: false });
        return chartAnchorXml(ch, id, i + 2);
      });
      parts.add(drawingPath, drawingPartXml(anchors), CONTENT.drawing);
      parts.add(relsPath(drawingPath), relsXml(drawingRels));
      drawing = rel(REL_TYPE.drawing, drawingPath);
    }
    let legacyDrawing: string | undefined;
    const withNotes = hasNotes(sp);
    let commentsPath: string | undefined, vmlPath: string | undefined;
    if (withNotes) {
      commentsPath = parts.free("xl/comments");
      vmlPath = parts.free("xl/drawings/vmlDrawing", ".vml");
      parts.files.set(commentsPath, "");
      parts.files.set(vmlPath, "");
      rel(REL_TYPE.comments, commentsPath);
      legacyDrawing = rel(REL_TYPE.vmlDrawing, vmlPath);
    }
    const sink = new DeflateSink();
    const { notes } = sheetXml(sp, styles, {
      selected: sp.key === selectedKey,
      rels: { drawing, legacyDrawing, tables },
      defaultRowHeight: ROW_PT,
    }, sink);
    parts.add(part, sink.end(), CONTENT.worksheet);
    if (commentsPath && vmlPath) {
      parts.add(commentsPath, commentsXml(notes, "Chỉ tiêu"), CONTENT.comments);
      parts.add(vmlPath, vmlXml(notes, vmlBlock));
      parts.defaults.set("vml", CONTENT.vml);
      vmlBlock += vmlBlocks(notes.length);
    }
    if (sheetRels.length) parts.add(relsPath(part), relsXml(sheetRels));
    const rid = newRel();
    workbookRels.push({ id: rid, type: REL_TYPE.worksheet, target: relative(base?.workbookPath ?? "xl/workbook.xml", part), external: false });
    written.push({ sp, sheetId: idFor(placed?.replaces), part, rid });
  }

  // The ownership record, in a very hidden sheet of its own.
  const ids = new Map<SheetKey, SheetId>(written.map((w) => [w.sp.key, w.sheetId] as const));
  const record = ownershipRecord(plan, ids);
  const metaSheet: SheetPlan = {
    key: "lists", name: placement?.meta.name ?? "CT_meta", columns: [], tables: [], validations: [], conditionalFormats: [], charts: [],
    blocks: [{ row: 0, col: 0, cells: metaGrid(record).map((row) => row.slice(0, META_COLS).map((v): Cell => (v === null ? {} : typeof v === "string" ? { v, text: true } : { v }))) }],
  };
  const metaPart = parts.free("xl/worksheets/sheet");
  const metaXml = stringSink();
  sheetXml(metaSheet, styles, { selected: false, rels: { tables: [] }, defaultRowHeight: ROW_PT }, metaXml);
  parts.add(metaPart, metaXml.text(), CONTENT.worksheet);
  const metaRid = newRel();
  workbookRels.push({ id: metaRid, type: REL_TYPE.worksheet, target: relative(base?.workbookPath ?? "xl/workbook.xml", metaPart), external: false });
  const meta: Written = { sp: metaSheet, sheetId: idFor(placement?.meta.replaces), part: metaPart, rid: metaRid, state: "veryHidden" };

  // Sheet order: the placement's, the record last.
  type Entry = { name: string; sheetId: number; rid: string; state?: string; oldIndex?: number; written?: Written };
  const byKey = new Map(written.map((w) => [w.sp.key, w] as const));
  const entries: Entry[] = [];
  const order = placement?.order ?? plan.sheets.map((s) => ({ key: s.key }));
  for (const o of order) {
    if ("key" in o) {
      const w = byKey.get(o.key);
      if (w) entries.push({ name: w.sp.name, sheetId: w.sheetId, rid: w.rid, written: w });
    } else {
      const s = kept.find((x) => x.sheetId === Number(o.user));
      if (s) entries.push({ name: s.name, sheetId: s.sheetId, rid: s.rid, state: s.state, oldIndex: baseSheets.indexOf(s) });
    }
  }
  // a sheet of the user's the placement did not list (it should list them all) keeps its place at the end
  for (const s of kept) if (!entries.some((e) => e.sheetId === s.sheetId)) entries.push({ name: s.name, sheetId: s.sheetId, rid: s.rid, state: s.state, oldIndex: baseSheets.indexOf(s) });
  entries.push({ name: meta.sp.name, sheetId: meta.sheetId, rid: meta.rid, state: "veryHidden", written: meta });

  const newIndex = new Map<number, number>();
  entries.forEach((e, i) => e.oldIndex !== undefined && newIndex.set(e.oldIndex, i));
  const removeNames = new Set((placement?.removeNames ?? []).map((n) => n.toLocaleLowerCase()));
  const names: string[] = [];
  for (const n of base?.names ?? []) {
    if (n.localSheetId === undefined) {
      if (!removeNames.has(n.name.toLocaleLowerCase())) names.push(n.xml);
      continue;
    }
    const to = newIndex.get(n.localSheetId);
    if (to !== undefined) names.push(n.xml.replace(/localSheetId="\d+"/, `localSheetId="${to}"`));
  }
  const definedName = (name: string, ref: string, local?: number) =>
    `<definedName${attrs({ name, localSheetId: local })}>${escText(ref)}</definedName>`;
  for (const n of plan.names) names.push(definedName(n.name, n.ref));
  for (const w of written) names.push(definedName(markerName(w.sp.key), markerRef(w.sp.name)));
  entries.forEach((e, i) => {
    const page = e.written?.sp.page;
    if (!page) return;
    const q = `'${e.name.replace(/'/g, "''")}'!`;
    const titles = [
      ...(page.titleCols ? [`${q}$${colLetter(page.titleCols[0])}:$${colLetter(page.titleCols[1])}`] : []),
      ...(page.titleRows ? [`${q}$${page.titleRows[0] + 1}:$${page.titleRows[1] + 1}`] : []),
    ];
    if (titles.length) names.push(definedName("_xlnm.Print_Titles", titles.join(","), i));
    if (page.area) {
      const r = parseRange(page.area);
      names.push(definedName("_xlnm.Print_Area", `${q}${absA1(r.r1, r.c1)}:${absA1(r.r2, r.c2)}`, i));
    }
  });

  const sheetsXml = `<sheets>${entries.map((e) => `<sheet${attrs({ name: e.name, sheetId: e.sheetId, state: e.state })} r:id="${e.rid}"/>`).join("")}</sheets>`;
  const namesXml = names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
  const activeTab = Math.max(0, userActive ? entries.findIndex((e) => e.sheetId === activeOld!.sheetId) : entries.findIndex((e) => e.written?.sp.key === selectedKey));
  const workbookPath = base?.workbookPath ?? "xl/workbook.xml";
  parts.add(workbookPath, base ? editWorkbook(base.workbookXml, sheetsXml, namesXml, activeTab) : newWorkbook(sheetsXml, namesXml), CONTENT.workbook);
  if (base && baseStyles) parts.add(stylesPath, styles.appendTo(baseStyles));
  else {
    parts.add("xl/styles.xml", styles.toXml(), CONTENT.styles);
    if (!workbookRels.some((r) => r.type === REL_TYPE.styles)) workbookRels.push({ id: newRel(), type: REL_TYPE.styles, target: "styles.xml", external: false });
  }
  parts.add(relsPath(workbookPath), relsXml(workbookRels.map((r) => ({ id: r.id, type: r.type, target: r.target }))));
  if (!base) parts.add("_rels/.rels", relsXml([{ id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" }]));
  parts.add("[Content_Types].xml", contentTypes(parts));

  const entriesOut: ZipEntry[] = [];
  // [Content_Types].xml first, as every writer puts it
  entriesOut.push({ name: "[Content_Types].xml", data: parts.files.get("[Content_Types].xml")! });
  for (const [name, data] of parts.files) if (name !== "[Content_Types].xml") entriesOut.push({ name, data });
  return zip(entriesOut);
}

function baseActiveSheet(base: Base): WorkbookSheet | undefined {
  const m = /<(?:\w+:)?workbookView\b[^>]*\bactiveTab="(\d+)"/.exec(base.workbookXml);
  return base.sheets[m ? Number(m[1]) : 0];
}

function newWorkbook(sheets: string, names: string): string {
  return (
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<workbookPr/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>` +
    sheets + names +
    `<calcPr calcId="191029" fullCalcOnLoad="1"/>` +
    `</workbook>`
  );
}

/** The book's workbook part with our sheets and names in, and a full recalculation on load. */
function editWorkbook(xml: string, sheets: string, names: string, activeTab: number): string {
  let out = xml.replace(/<(\w+:)?sheets\b[^>]*>[\s\S]*?<\/(?:\w+:)?sheets>|<(\w+:)?sheets\b[^>]*\/>/, "\u0000SHEETS\u0000");
  out = out.replace(/<(?:\w+:)?definedNames\b[^>]*>[\s\S]*?<\/(?:\w+:)?definedNames>|<(?:\w+:)?definedNames\b[^>]*\/>/, "");
  out = out.replace("\u0000SHEETS\u0000", sheets + names);
  if (/<(?:\w+:)?calcPr\b/.test(out)) {
    out = out.replace(/<((?:\w+:)?calcPr)\b([^>]*?)(\/?)>/, (_m, tag: string, a: string, close: string) => `<${tag}${a.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`);
  } else {
    // calcPr follows definedNames and the elements between (CT_Workbook order)
    const after = /<(?:\w+:)?(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/.exec(out);
    const at = after ? after.index : out.length;
    out = out.slice(0, at) + '<calcPr calcId="191029" fullCalcOnLoad="1"/>' + out.slice(at);
  }
  return out.replace(/(<(?:\w+:)?workbookView\b[^>]*?)\s+activeTab="\d+"/, "$1").replace(/<((?:\w+:)?workbookView)\b/, `<$1 activeTab="${activeTab}"`);
}

function contentTypes(parts: Parts): string {
  const defaults = [...parts.defaults].map(([ext, type]) => `<Default${attrs({ Extension: ext, ContentType: type })}/>`);
  const overrides = [...parts.overrides]
    .filter(([name]) => parts.has(name.slice(1)))
    .map(([name, type]) => `<Override${attrs({ PartName: name, ContentType: type })}/>`);
  return `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join("")}${overrides.join("")}</Types>`;
}

function tableXml(sp: SheetPlan, t: SheetPlan["tables"][number], id: number): string {
  const r = parseRange(t.ref);
  const header = new Map<number, string>();
  for (const b of sp.blocks) {
    const row = b.cells[r.r1 - b.row];
    if (!row) continue;
    row.forEach((c, j) => {
      if (typeof c?.v === "string" || typeof c?.v === "number") header.set(b.col + j, String(c.v));
    });
  }
  const cols: string[] = [];
  const seen = new Set<string>();
  for (let c = r.c1; c <= r.c2; c++) {
    let name = header.get(c) ?? `Column${c - r.c1 + 1}`;
    while (seen.has(name.toLocaleLowerCase())) name += "_";
    seen.add(name.toLocaleLowerCase());
    cols.push(`<tableColumn id="${c - r.c1 + 1}" name="${esc(name)}"/>`);
  }
  return (
    XML_DECL +
    `<table xmlns="${NS_MAIN}"${attrs({ id, name: t.name, displayName: t.name, ref: t.ref, headerRowCount: 1, totalsRowShown: 0 })}>` +
    `<autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${cols.length}">${cols.join("")}</tableColumns>` +
    `<tableStyleInfo${attrs({ name: t.style, showFirstColumn: 0, showLastColumn: 0, showRowStripes: 1, showColumnStripes: 0 })}/>` +
    `</table>`
  );
}
