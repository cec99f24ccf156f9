// PDF through pdf.js: the text layer page by page in reading order, page starts kept
// (ReadDocument.pageStarts), running headers, footers and page numbers dropped. A PDF without a
// text layer (a scan) is refused with a message that it needs OCR, not read as empty.
import { ReadDocument, ReadError } from "./types";
import { loadEsm } from "./esm";
import { toLines, dropRunning, pageText, PdfItem } from "./pdfLayout";

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(o: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
}

const PDFJS = "pdfjs-dist/legacy/build/pdf.mjs";

export async function readPdf(name: string, bytes: Uint8Array): Promise<ReadDocument> {
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
    const pages: Array<{ lines: ReturnType<typeof toLines>; height: number }> = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!("str" in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height || Math.abs(it.transform[3]) });
      }
      pages.push({ lines: toLines(items), height: vp.height });
      page.cleanup();
    }
    const chars = pages.reduce((s, p) => s + p.lines.reduce((t, l) => t + l.text.replace(/\s/g, "").length, 0), 0);
    if (doc.numPages > 0 && chars < 20 * doc.numPages && chars < 200) {
      throw new ReadError(name, `the PDF has no text layer (${doc.numPages} page${doc.numPages > 1 ? "s" : ""} of scanned images?): it needs OCR before figures can be read`);
    }
    const kept = dropRunning(pages);
    let text = "";
    const pageStarts: number[] = [];
    for (const p of kept) {
      const t = pageText(p.lines);
      if (text) {
        // a sentence running over the page break continues with a lowercase word
        text += /[.:;!?…"”)]$/.test(text) || !/^\p{Ll}/u.test(t) ? "\n" : " ";
      }
      pageStarts.push(text.length);
      text += t;
    }
    const dropped = kept.reduce((s, p) => s + p.dropped, 0);
    const notes = [`${doc.numPages} page${doc.numPages > 1 ? "s" : ""}`];
    if (dropped) notes.push(`${dropped} running header/footer or page-number line${dropped > 1 ? "s" : ""} left out`);
    return { name, text, tables: [], notes, pageStarts };
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(name, `damaged PDF: ${(e as Error).message}`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
