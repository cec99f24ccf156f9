// Word .docx: body paragraphs in order, tables kept as tables (gridSpan / vMerge → spans, rendered
// into the text as tab-separated rows so the user can see them), footnotes and endnotes after the
// body under a marker rather than inside sentences, runs set in legacy fonts (.VnTime → TCVN3,
// VNI-Times → VNI) converted to Unicode. Page headers and footers are left out.
import JSZip from "jszip";
import type { Parser as ParserType } from "htmlparser2";
import { ReadDocument, ReadError, ReadTable, TableCell } from "./types";
import { loadEsm } from "./esm";
import { fontEncoding, legacyFontText } from "./legacy/convert";
import { renderTableRows } from "./renderTable";

type ParserCtor = typeof ParserType;

interface Paragraph {
  runs: string[];
  style?: string;
}

interface CellBuild {
  paras: string[];
  col: number;
  span: number;
  vMerge?: "restart" | "continue";
}

interface TableBuild {
  rows: CellBuild[][];
  row?: CellBuild[];
  cell?: CellBuild;
  col: number;
}

interface Fonts {
  /** style id → font of the style (following basedOn) */
  styles: Map<string, string | undefined>;
  defaultFont?: string;
  defaultParaStyle?: string;
}

async function parseXml(xml: string, handlers: { open: (name: string, a: Record<string, string>) => void; text: (t: string) => void; close: (name: string) => void }): Promise<void> {
  const { Parser } = await loadEsm<{ Parser: ParserCtor }>("htmlparser2");
  const p = new Parser({ onopentag: handlers.open, ontext: handlers.text, onclosetag: handlers.close }, { xmlMode: true, decodeEntities: true });
  p.write(xml);
  p.end();
}

async function readFonts(zip: JSZip): Promise<Fonts> {
  const fonts: Fonts = { styles: new Map() };
  const xml = await zip.file("word/styles.xml")?.async("string");
  if (!xml) return fonts;
  const raw = new Map<string, { font?: string; basedOn?: string }>();
  let current: { id: string; font?: string; basedOn?: string } | undefined;
  let inDefaults = false;
  await parseXml(xml, {
    open: (name, a) => {
      if (name === "w:docDefaults") inDefaults = true;
      else if (name === "w:style") {
        current = { id: a["w:styleId"] };
        if (a["w:default"] === "1" && a["w:type"] === "paragraph") fonts.defaultParaStyle = a["w:styleId"];
      } else if (name === "w:basedOn" && current) current.basedOn = a["w:val"];
      else if (name === "w:rFonts") {
        const f = a["w:ascii"] ?? a["w:hAnsi"];
        if (current) current.font ??= f;
        else if (inDefaults) fonts.defaultFont ??= f;
      }
    },
    text: () => undefined,
    close: (name) => {
      if (name === "w:docDefaults") inDefaults = false;
      if (name === "w:style" && current) {
        raw.set(current.id, current);
        current = undefined;
      }
    },
  });
  const resolve = (id: string, depth = 0): string | undefined => {
    const s = raw.get(id);
    if (!s || depth > 10) return undefined;
    return s.font ?? (s.basedOn ? resolve(s.basedOn, depth + 1) : undefined);
  };
  for (const id of raw.keys()) fonts.styles.set(id, resolve(id));
  return fonts;
}

interface Walked {
  blocks: Array<{ kind: "p"; text: string } | { kind: "table"; table: TableBuild; title?: string }>;
  legacyRuns: number;
  notes: Map<string, string>;
}

/** Walks one WordprocessingML part: paragraphs and tables in order; notes by id for the notes parts. */
async function walkPart(xml: string, fonts: Fonts, notesPart: boolean): Promise<Walked> {
  const out: Walked = { blocks: [], legacyRuns: 0, notes: new Map() };
  const paras: Paragraph[] = [];
  const tables: TableBuild[] = [];
  let runFont: string | undefined;
  let runStyleFont: string | undefined;
  let caps = false;
  let inRun = false;
  let inText = false;
  let runText = "";
  let skip = 0;
  let noteId: string | undefined;
  let noteParas: string[] = [];

  const paraFont = () => {
    const p = paras[paras.length - 1];
    return (p?.style ? fonts.styles.get(p.style) : undefined) ?? (fonts.defaultParaStyle ? fonts.styles.get(fonts.defaultParaStyle) : undefined) ?? fonts.defaultFont;
  };
  const flushRun = () => {
    if (!runText) return;
    const font = runFont ?? runStyleFont ?? paraFont();
    const legacy = fontEncoding(font);
    let t = runText;
    if (legacy) {
      t = legacyFontText(t, legacy.enc, legacy.upper);
      out.legacyRuns++;
    }
    if (caps) t = t.toUpperCase();
    paras[paras.length - 1]?.runs.push(t);
    runText = "";
  };
  const emitParagraph = (text: string) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.paras.push(text);
    else if (notesPart) noteParas.push(text);
    else out.blocks.push({ kind: "p", text });
  };

  await parseXml(xml, {
    open: (name, a) => {
      if (skip) {
        if (name === "mc:Fallback" || name === "w:del" || name === "w:instrText" || name === "w:delText") skip++;
        return;
      }
      switch (name) {
        case "mc:Fallback": case "w:del": case "w:instrText": case "w:delText":
          skip++;
          return;
        case "w:footnote": case "w:endnote":
          noteId = a["w:type"] ? undefined : a["w:id"];
          noteParas = [];
          return;
        case "w:p":
          paras.push({ runs: [] });
          return;
        case "w:pStyle":
          if (paras.length) paras[paras.length - 1].style = a["w:val"];
          return;
        case "w:r":
          inRun = true;
          runFont = undefined;
          runStyleFont = undefined;
          caps = false;
          return;
        case "w:rStyle":
          if (inRun) runStyleFont = fonts.styles.get(a["w:val"]);
          return;
        case "w:rFonts":
          if (inRun) runFont = a["w:ascii"] ?? a["w:hAnsi"] ?? runFont;
          return;
        case "w:caps":
          if (inRun) caps = a["w:val"] !== "0" && a["w:val"] !== "false";
          return;
        case "w:t":
          inText = true;
          return;
        case "w:tab":
          if (inRun) runText += "\t";
          return;
        case "w:br": case "w:cr":
          if (inRun) runText += "\n";
          return;
        case "w:noBreakHyphen":
          runText += "-";
          return;
        case "w:sym":
          return;
        case "w:tbl":
          tables.push({ rows: [], col: 0 });
          return;
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t) {
            t.row = [];
            t.col = 0;
          }
          return;
        }
        case "w:tc": {
          const t = tables[tables.length - 1];
          if (t) t.cell = { paras: [], col: t.col, span: 1 };
          return;
        }
        case "w:gridSpan": {
          const c = tables[tables.length - 1]?.cell;
          if (c) c.span = Math.max(1, Number(a["w:val"]) || 1);
          return;
        }
        case "w:vMerge": {
          const c = tables[tables.length - 1]?.cell;
          if (c) c.vMerge = a["w:val"] === "restart" ? "restart" : "continue";
          return;
        }
      }
    },
    text: (t) => {
      if (!skip && inText) runText += t;
    },
    close: (name) => {
      if (skip) {
        if (name === "mc:Fallback" || name === "w:del" || name === "w:instrText" || name === "w:delText") skip--;
        return;
      }
      switch (name) {
        case "w:t":
          inText = false;
          return;
        case "w:r":
          flushRun();
          inRun = false;
          return;
        case "w:p": {
          flushRun();
          const p = paras.pop();
          if (p) emitParagraph(p.runs.join(""));
          return;
        }
        case "w:tc": {
          const t = tables[tables.length - 1];
          if (t?.cell && t.row) {
            t.row.push(t.cell);
            t.col += t.cell.span;
            t.cell = undefined;
          }
          return;
        }
        case "w:tr": {
          const t = tables[tables.length - 1];
          if (t?.row) t.rows.push(t.row);
          if (t) t.row = undefined;
          return;
        }
        case "w:tbl": {
          const t = tables.pop();
          if (!t) return;
          const outer = tables[tables.length - 1];
          // a table inside a cell: its text joins the cell's
          if (outer?.cell) outer.cell.paras.push(t.rows.map((r) => r.map((c) => c.paras.join(" ")).join("\t")).join("\n"));
          else if (!notesPart) {
            const prev = out.blocks[out.blocks.length - 1];
            const title = prev && prev.kind === "p" && prev.text.trim() && prev.text.length < 250 ? prev.text.trim() : undefined;
            out.blocks.push({ kind: "table", table: t, title });
          }
          return;
        }
        case "w:footnote": case "w:endnote":
          if (noteId !== undefined) out.notes.set(noteId, noteParas.join(" ").trim());
          noteId = undefined;
          return;
      }
    },
  });
  return out;
}

/** Builds the table's cells with spans: vMerge continuations extend the cell above. */
function toReadTable(t: TableBuild, title: string | undefined): ReadTable {
  const rows: TableCell[][] = [];
  const open = new Map<number, TableCell>();
  t.rows.forEach((r, ri) => {
    const row: TableCell[] = [];
    for (const c of r) {
      if (c.vMerge === "continue" && open.has(c.col)) {
        const above = open.get(c.col)!;
        above.rowSpan = (above.rowSpan ?? 1) + 1;
        continue;
      }
      const cell: TableCell = { text: c.paras.join("\n").trim(), row: ri, col: c.col, ...(c.span > 1 ? { colSpan: c.span } : {}) };
      if (c.vMerge === "restart") open.set(c.col, cell);
      else open.delete(c.col);
      row.push(cell);
    }
    rows.push(row);
  });
  return { ...(title ? { title } : {}), rows };
}


export async function readDocx(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new ReadError(name, `not a readable .docx (damaged or incomplete zip: ${(e as Error).message})`);
  }
  const main = zip.file("word/document.xml");
  if (!main) throw new ReadError(name, "not a Word document (.docx without word/document.xml)");
  let xml: string;
  try {
    xml = await main.async("string");
  } catch (e) {
    throw new ReadError(name, `damaged .docx: ${(e as Error).message}`);
  }
  const fonts = await readFonts(zip).catch(() => ({ styles: new Map<string, string | undefined>() }) as Fonts);
  const body = await walkPart(xml, fonts, false);
  const notes: string[] = [];
  const noteTexts: string[] = [];
  let legacyRuns = body.legacyRuns;
  for (const [part, label] of [["word/footnotes.xml", "footnote"], ["word/endnotes.xml", "endnote"]] as const) {
    const f = zip.file(part);
    if (!f) continue;
    const w = await walkPart(await f.async("string"), fonts, true);
    legacyRuns += w.legacyRuns;
    for (const [id, text] of w.notes) if (text) noteTexts.push(`[${label} ${id}] ${text}`);
  }

  let text = "";
  const tables: ReadTable[] = [];
  for (const b of body.blocks) {
    if (b.kind === "p") {
      text += (text ? "\n" : "") + b.text;
      continue;
    }
    const t = toReadTable(b.table, b.title);
    if (text && !text.endsWith("\n")) text += "\n";
    t.start = text.length;
    text += renderTableRows(t);
    t.end = text.length;
    tables.push(t);
  }
  if (noteTexts.length) {
    // notes after the body, marked, so their figures are never read as part of a body sentence
    text += `\n\n--- Chú thích (footnotes) ---\n${noteTexts.join("\n")}`;
    notes.push(`${noteTexts.length} footnote${noteTexts.length > 1 ? "s" : ""} appended after the body`);
  }
  if (legacyRuns) notes.push(`converted ${legacyRuns} run${legacyRuns > 1 ? "s" : ""} in legacy Vietnamese fonts (TCVN3/VNI) to Unicode`);
  if (tables.length) notes.push(`${tables.length} table${tables.length > 1 ? "s" : ""}`);
  return { name, text, tables, notes };
}
