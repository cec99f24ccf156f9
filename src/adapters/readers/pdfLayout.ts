// Text items of a PDF page → lines → paragraphs. Pure geometry, no pdf.js: lines are items on one
// baseline, read left to right; a wrapped line joins the next with a space, a blank-line gap or a
// short last line ends the paragraph. Running headers and footers (lines in the page margins that
// repeat on other pages) and page numbers are dropped so they never land inside a sentence.

export interface PdfItem {
  str: string;
  x: number;
  /** baseline, from the bottom of the page */
  y: number;
  width: number;
  height: number;
}

export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  height: number;
}

export function toLines(items: PdfItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str.length).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ items: PdfItem[]; y: number; height: number }> = [];
  for (const it of sorted) {
    const tol = Math.max(2, (it.height || 10) * 0.4);
    const line = lines.find((l) => Math.abs(l.y - it.y) <= tol);
    if (line) {
      line.items.push(it);
      line.height = Math.max(line.height, it.height);
    } else lines.push({ items: [it], y: it.y, height: it.height || 10 });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((l) => {
      const its = l.items.sort((a, b) => a.x - b.x);
      let text = "";
      let end = -Infinity;
      for (const it of its) {
        // a gap wider than a fifth of the line height between items is a space the PDF did not write
        if (text && !/\s$/.test(text) && !/^\s/.test(it.str) && it.x - end > l.height * 0.2) text += " ";
        text += it.str;
        end = Math.max(end, it.x + it.width);
      }
      // a diacritic drawn as an item of its own joins its letter ("a" + U+0301 → "á")
      return { text: text.replace(/\s+$/, "").normalize("NFC"), x: its[0].x, right: end, y: l.y, height: l.height };
    })
    .filter((l) => l.text.trim());
}

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*(?:\/|trên|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$/iu;
const digitsFolded = (s: string) => s.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();

/** Drops page numbers and lines in the top or bottom margin that repeat across pages. */
export function dropRunning(pages: Array<{ lines: PdfLine[]; height: number }>): Array<{ lines: PdfLine[]; dropped: number }> {
  const margin = (p: { height: number }, l: PdfLine) => l.y > p.height * 0.92 || l.y < p.height * 0.08;
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) if (margin(p, l)) seen.add(digitsFolded(l.text));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k: string) => pages.length >= 2 && (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((p) => {
    const lines = p.lines.filter((l) => {
      if (!margin(p, l)) return true;
      return !(PAGE_NUMBER.test(l.text) || repeated(digitsFolded(l.text)));
    });
    return { lines, dropped: p.lines.length - lines.length };
  });
}

/** Lines of one page → text: wrapped lines joined with spaces, paragraphs on their own lines. */
export function pageText(lines: PdfLine[]): string {
  if (!lines.length) return "";
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const lineGap = gaps.length ? gaps[Math.floor(gaps.length / 4)] : lines[0].height * 1.2;
  const right = Math.max(...lines.map((l) => l.right));
  const left = Math.min(...lines.map((l) => l.x));
  let out = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const l = lines[i];
    const gap = prev.y - l.y;
    if (gap > lineGap * 1.6) out += "\n\n";
    else if (prev.right < right - (right - left) * 0.15 || l.x > left + prev.height * 1.5) out += "\n";
    else out += /\p{L}-$/u.test(prev.text) && /^\p{Ll}/u.test(l.text) ? "" : " ";
    out += l.text;
  }
  return out;
}
