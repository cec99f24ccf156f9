// PDF through pdf.js: the text layer page by page in reading order, page starts kept
// (ReadDocument.pageStarts), running headers, footers and page numbers dropped. Tables are rebuilt
// from the page's ruling lines (pdfTables.ts) and rendered into the text where they stand; a table
// that runs over a page break is one table (a repeated header row is read once). A PDF without a
// text layer (a scan) is refused with a message that it needs OCR, not read as empty.
import { ReadDocument, ReadError, ReadTable } from "./types";
import { loadEsm } from "./esm";
import { toLines, dropRunning, pageText, PdfItem, PdfLine } from "./pdfLayout";
import { ruledTables, alignedTables, PageTable, Segment } from "./pdfTables";
import { renderTableRows } from "./renderTable";

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(o: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}

const PDFJS = "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfProgress {
  (page: number, pages: number): void;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  n[0] * m[0] + n[1] * m[2], n[0] * m[1] + n[1] * m[3],
  n[2] * m[0] + n[3] * m[2], n[2] * m[1] + n[3] * m[3],
  n[4] * m[0] + n[5] * m[2] + m[4], n[4] * m[1] + n[5] * m[3] + m[5],
];
const apply = (m: Matrix, x: number, y: number) => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

/** The straight rules a page draws (stroked lines and rectangle edges, thin filled rectangles), in page space. */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[][] }, OPS: Record<string, number>): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let pending: Array<{ a: { x: number; y: number }; b: { x: number; y: number } }> = [];
  let rects: Array<{ x: number; y: number; w: number; h: number }> = [];
  const push = (a: { x: number; y: number }, b: { x: number; y: number }) => {
    if (Math.abs(a.y - b.y) < 0.5) out.push({ kind: "h", at: (a.y + b.y) / 2, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
    else if (Math.abs(a.x - b.x) < 0.5) out.push({ kind: "v", at: (a.x + b.x) / 2, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.constructPath) {
      const [codes, coords] = args as [number[], number[]];
      let k = 0;
      let at = { x: 0, y: 0 };
      for (const code of codes) {
        if (code === OPS.moveTo) {
          at = apply(ctm, coords[k], coords[k + 1]);
          k += 2;
        } else if (code === OPS.lineTo) {
          const to = apply(ctm, coords[k], coords[k + 1]);
          pending.push({ a: at, b: to });
          at = to;
          k += 2;
        } else if (code === OPS.rectangle) {
          const p = apply(ctm, coords[k], coords[k + 1]);
          const q = apply(ctm, coords[k] + coords[k + 2], coords[k + 1] + coords[k + 3]);
          rects.push({ x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), w: Math.abs(q.x - p.x), h: Math.abs(q.y - p.y) });
          k += 4;
        } else if (code === OPS.curveTo) k += 6;
        else if (code === OPS.curveTo2 || code === OPS.curveTo3) k += 4;
      }
    } else if (fn === OPS.stroke || fn === OPS.closeStroke || fn === OPS.fillStroke || fn === OPS.eoFillStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) {
      for (const s of pending) push(s.a, s.b);
      for (const r of rects) {
        push({ x: r.x, y: r.y }, { x: r.x + r.w, y: r.y });
        push({ x: r.x, y: r.y + r.h }, { x: r.x + r.w, y: r.y + r.h });
        push({ x: r.x, y: r.y }, { x: r.x, y: r.y + r.h });
        push({ x: r.x + r.w, y: r.y }, { x: r.x + r.w, y: r.y + r.h });
      }
      pending = [];
      rects = [];
    } else if (fn === OPS.fill || fn === OPS.eoFill) {
      // borders drawn as thin filled rectangles
      for (const r of rects) {
        if (r.h <= 2 && r.w > 3) push({ x: r.x, y: r.y + r.h / 2 }, { x: r.x + r.w, y: r.y + r.h / 2 });
        else if (r.w <= 2 && r.h > 3) push({ x: r.x + r.w / 2, y: r.y }, { x: r.x + r.w / 2, y: r.y + r.h });
      }
      pending = [];
      rects = [];
    } else if (fn === OPS.endPath) {
      pending = [];
      rects = [];
    }
  }
  return out;
}

interface ReadPage {
  lines: PdfLine[];
  height: number;
  tables: PageTable[];
}

/** Same columns and the first table's rows carried on: the table runs over the page break. */
function continues(prev: PageTable, next: PageTable): boolean {
  if (prev.xs.length !== next.xs.length || prev.ruled !== next.ruled) return false;
  // rules stand where they stood; columns found from text shift with the figures' widths
  const tol = prev.ruled ? 3 : 25;
  return prev.xs.every((x, i) => Math.abs(x - next.xs[i]) <= tol);
}

/** Appends a continuation's rows; a header repeated at the top of the new page is read once. */
function appendRows(into: ReadTable, more: PageTable): void {
  const texts = (row: ReadTable["rows"][number]) => row.map((c) => c.text).join("\t");
  let skip = 0;
  while (skip < more.rows.length && skip < into.rows.length && texts(more.rows[skip]) === texts(into.rows[skip])) skip++;
  const base = into.rows.length;
  for (const row of more.rows.slice(skip)) into.rows.push(row.map((c) => ({ ...c, row: c.row - skip + base })));
}

export async function readPdf(name: string, bytes: Uint8Array, onPage?: PdfProgress): Promise<ReadDocument> {
  const pdfjs = await loadEsm<PdfJs>(PDFJS);
  // pdf.js takes ownership of the buffer it is given: hand it a copy
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const err = e as { name?: string; message?: string };
    if (err.name === "PasswordException") throw new ReadError(name, "the PDF is password-protected: open it, remove the password and save it again");
    throw new ReadError(name, `not a readable PDF (${err.message ?? err.name ?? "damaged"})`);
  }
  try {
    const pages: ReadPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!("str" in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height || Math.abs(it.transform[3]) });
        chars += it.str.replace(/\s/g, "").length;
      }
      let tables: PageTable[] = [];
      try {
        tables = ruledTables(items, rulesOf(await page.getOperatorList(), pdfjs.OPS));
      } catch {
        tables = [];
      }
      const taken = new Set<number>();
      for (const t of tables) t.items.forEach((i) => taken.add(i));
      for (const t of alignedTables(items, taken)) {
        t.items.forEach((i) => taken.add(i));
        tables.push(t);
      }
      pages.push({ lines: toLines(items.filter((_it, i) => !taken.has(i))), height: vp.height, tables });
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    if (doc.numPages > 0 && chars < 20 * doc.numPages && chars < 200) {
      throw new ReadError(name, `the PDF has no text layer (${doc.numPages} page${doc.numPages > 1 ? "s" : ""} of scanned images?): it needs OCR before figures can be read`);
    }
    return assemble(name, doc.numPages, pages);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(name, `damaged PDF: ${(e as Error).message}`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type Block = { kind: "lines"; lines: PdfLine[]; top: number } | { kind: "table"; table: PageTable; top: number };

/** Pages → text with the tables rendered where they stand, tables over page breaks joined. */
function assemble(name: string, numPages: number, pages: ReadPage[]): ReadDocument {
  const kept = dropRunning(pages);
  let text = "";
  const pageStarts: number[] = [];
  const tables: ReadTable[] = [];
  let open: { read: ReadTable; last: PageTable } | undefined;
  const sep = (next: string) => (!text ? "" : /[.:;!?…"”)]$/.test(text) || !/^\p{Ll}/u.test(next) ? "\n" : " ");
  pages.forEach((p, pi) => {
    const lines = kept[pi].lines;
    const blocks: Block[] = p.tables.map((t) => ({ kind: "table" as const, table: t, top: t.top }));
    // lines between tables stay together as one run of text
    let run: PdfLine[] = [];
    const flush = () => {
      if (run.length) blocks.push({ kind: "lines", lines: run, top: run[0].y });
      run = [];
    };
    for (const l of lines) {
      if (run.length && p.tables.some((t) => t.top < run[run.length - 1].y && t.top > l.y)) flush();
      run.push(l);
    }
    flush();
    blocks.sort((a, b) => b.top - a.top);
    pageStarts.push(text.length);
    blocks.forEach((b, bi) => {
      if (b.kind === "lines") {
        const t = pageText(b.lines);
        text += sep(t) + t;
        open = undefined;
        return;
      }
      if (open && bi === 0 && continues(open.last, b.table)) {
        appendRows(open.read, b.table);
        open.last = b.table;
        const rendered = renderTableRows(open.read);
        text = text.slice(0, open.read.start) + rendered;
        open.read.end = text.length;
        return;
      }
      const read: ReadTable = { rows: b.table.rows.map((r) => r.map((c) => ({ ...c }))), page: pi + 1 };
      if (text) text += "\n";
      read.start = text.length;
      text += renderTableRows(read);
      read.end = text.length;
      tables.push(read);
      open = bi === blocks.length - 1 ? { read, last: b.table } : undefined;
    });
    if (blocks.length && blocks[blocks.length - 1].kind !== "table") open = undefined;
  });
  const dropped = kept.reduce((s, p) => s + p.dropped, 0);
  const notes = [`${numPages} page${numPages > 1 ? "s" : ""}`];
  if (dropped) notes.push(`${dropped} running header/footer or page-number line${dropped > 1 ? "s" : ""} left out`);
  if (tables.length) notes.push(`${tables.length} table${tables.length > 1 ? "s" : ""} read from the page layout`);
  return { name, text, tables, notes, pageStarts };
}
