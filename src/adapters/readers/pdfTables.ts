// Tables of a PDF page from its geometry, no pdf.js: the ruling lines a table is drawn with give
// its rows and columns (a cell spans columns where no vertical rule separates them, rows where no
// horizontal rule does); text items fall into the cell their centre is in. A table without rules
// is found from the text alone: lines of several chunks, columns by x alignment, rows by baseline.
import type { TableCell } from "./types";
import { toLines, PdfItem } from "./pdfLayout";

export interface Segment {
  /** horizontal: y fixed, from x1 to x2; vertical: x fixed, from y1 to y2 */
  kind: "h" | "v";
  at: number;
  from: number;
  to: number;
}

export interface PageTable {
  rows: TableCell[][];
  /** column edges, left to right (rules) or column starts (alignment) */
  xs: number[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** the items the table took (indices into the page's items) */
  items: Set<number>;
  ruled: boolean;
}

const TOL = 2;

/** Joins collinear segments that touch or overlap. */
function mergeSegments(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  const sorted = [...segs].sort((a, b) => (a.kind === b.kind ? a.at - b.at || a.from - b.from : a.kind < b.kind ? -1 : 1));
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && Math.abs(last.at - s.at) <= 0.8 && s.from <= last.to + TOL) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

function crosses(h: Segment, v: Segment): boolean {
  return v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;
}

/** Groups of segments that touch each other: one group a table. */
function groups(segs: Segment[]): Segment[][] {
  const parent = segs.map((_s, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const a = segs[i];
      const b = segs[j];
      if (a.kind !== b.kind && crosses(a.kind === "h" ? a : b, a.kind === "h" ? b : a)) parent[find(i)] = find(j);
    }
  }
  const by = new Map<number, Segment[]>();
  segs.forEach((s, i) => by.set(find(i), [...(by.get(find(i)) ?? []), s]));
  return [...by.values()];
}

function distinct(values: number[], tol: number): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1] > tol) out.push(v);
  return out;
}

const center = (it: PdfItem) => ({ x: it.x + it.width / 2, y: it.y + (it.height || 10) * 0.3 });

/** Items inside a rectangle → the cell's text, its lines top to bottom. */
function cellText(items: PdfItem[]): string {
  return toLines(items).map((l) => l.text.trim()).filter(Boolean).join("\n");
}

function ruledTable(group: Segment[], items: PdfItem[], taken: Set<number>): PageTable | undefined {
  const hs = group.filter((s) => s.kind === "h");
  const vs = group.filter((s) => s.kind === "v");
  const ys = distinct(hs.map((s) => s.at), TOL).reverse();
  const xs = distinct(vs.map((s) => s.at), TOL);
  if (ys.length < 2 || xs.length < 2) return undefined;
  const rowsN = ys.length - 1;
  const colsN = xs.length - 1;
  if (rowsN < 1 || colsN < 2) return undefined;
  const hasV = (x: number, top: number, bottom: number) => {
    const mid = (top + bottom) / 2;
    return vs.some((s) => Math.abs(s.at - x) <= TOL && s.from <= mid && s.to >= mid);
  };
  const hasH = (y: number, left: number, right: number) => {
    const mid = (left + right) / 2;
    return hs.some((s) => Math.abs(s.at - y) <= TOL && s.from <= mid && s.to >= mid);
  };
  const owner: number[][] = Array.from({ length: rowsN }, () => Array(colsN).fill(-1));
  const rows: TableCell[][] = Array.from({ length: rowsN }, () => []);
  const inside = (l: number, r: number, t: number, b: number) =>
    items.map((it, i) => ({ it, i })).filter(({ it, i }) => {
      if (taken.has(i) || !it.str.trim()) return false;
      const c = center(it);
      return c.x > l && c.x < r && c.y < t && c.y > b;
    });
  const used = new Set<number>();
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      if (owner[r][c] >= 0) continue;
      let cs = 1;
      while (c + cs < colsN && !hasV(xs[c + cs], ys[r], ys[r + 1])) cs++;
      let rs = 1;
      const open = (k: number) => {
        for (let j = c; j < c + cs; j++) if (hasH(ys[k], xs[j], xs[j + 1])) return false;
        return true;
      };
      while (r + rs < rowsN && open(r + rs)) rs++;
      for (let i = r; i < r + rs; i++) for (let j = c; j < c + cs; j++) owner[i][j] = r * colsN + c;
      const got = inside(xs[c], xs[c + cs], ys[r], ys[r + rs]);
      got.forEach(({ i }) => used.add(i));
      rows[r].push({ text: cellText(got.map((g) => g.it)), row: r, col: c, ...(rs > 1 ? { rowSpan: rs } : {}), ...(cs > 1 ? { colSpan: cs } : {}) });
    }
  }
  // rules around a single text (a framed title, an underline) are not a table
  if (rowsN < 2 && used.size < 3) return undefined;
  if (!used.size) return undefined;
  return { rows, xs, top: ys[0], bottom: ys[ys.length - 1], left: xs[0], right: xs[xs.length - 1], items: used, ruled: true };
}

/** Tables drawn with rules on one page. */
export function ruledTables(items: PdfItem[], segments: Segment[]): PageTable[] {
  const segs = mergeSegments(segments.filter((s) => s.to - s.from > 3));
  const taken = new Set<number>();
  const out: PageTable[] = [];
  for (const g of groups(segs).sort((a, b) => Math.max(...b.map((s) => (s.kind === "h" ? s.at : s.to))) - Math.max(...a.map((s) => (s.kind === "h" ? s.at : s.to))))) {
    const t = ruledTable(g, items, taken);
    if (!t) continue;
    t.items.forEach((i) => taken.add(i));
    out.push(t);
  }
  return out.sort((a, b) => b.top - a.top);
}

interface Chunk {
  x0: number;
  x1: number;
  text: string;
  items: number[];
}

interface ChunkLine {
  y: number;
  height: number;
  chunks: Chunk[];
}

const NUMERIC = /^[-+(]?\d[\d.,]*%?\)?$|^(?:-|–)$/u;

interface AtomLine {
  y: number;
  height: number;
  atoms: number[];
}

/** A page's free items as lines (same baseline), blanks left out. */
export function atomLines(items: PdfItem[], free: number[]): AtomLine[] {
  const lines: AtomLine[] = [];
  for (const i of [...free].sort((a, b) => items[b].y - items[a].y || items[a].x - items[b].x)) {
    const it = items[i];
    if (!it.str.trim()) continue;
    const tol = Math.max(2, (it.height || 10) * 0.4);
    const line = lines.find((l) => Math.abs(l.y - it.y) <= tol);
    if (line) line.atoms.push(i);
    else lines.push({ y: it.y, height: it.height || 10, atoms: [i] });
  }
  for (const l of lines) l.atoms.sort((a, b) => items[a].x - items[b].x);
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * x positions where many lines start an item (left-aligned columns) or end one (right-aligned
 * figures): counted over the lines of several items, a cell's wrapped lines included.
 */
export function edges(items: PdfItem[], lines: AtomLine[]): { left: number[]; right: number[] } {
  const rows = lines.filter((l) => l.atoms.length >= 2);
  const figures = rows.filter((l) => l.atoms.some((i) => NUMERIC.test(items[i].str.trim())));
  const need = Math.max(3, Math.ceil(figures.length * 0.5));
  const common = (xs: number[]) => {
    const out: number[] = [];
    const sorted = [...xs].sort((a, b) => a - b);
    for (let k = 0; k < sorted.length; ) {
      let m = k;
      while (m + 1 < sorted.length && sorted[m + 1] - sorted[k] <= 2) m++;
      if (m - k + 1 >= need) out.push(sorted[k]);
      k = m + 1;
    }
    return out;
  };
  return {
    left: common(rows.flatMap((l) => l.atoms.map((i) => items[i].x))),
    right: common(figures.flatMap((l) => l.atoms.map((i) => items[i].x + items[i].width))),
  };
}

/** Lines of chunks: items run together unless a wide gap or a shared column edge parts them. */
export function chunkLines(items: PdfItem[], free: number[]): ChunkLine[] {
  const lines = atomLines(items, free);
  const e = edges(items, lines);
  const at = (xs: number[], x: number) => xs.some((v) => Math.abs(v - x) <= 2);
  return lines.map((l) => {
    const chunks: Chunk[] = [];
    for (const i of l.atoms) {
      const it = items[i];
      const last = chunks[chunks.length - 1];
      const gap = last ? it.x - last.x1 : Infinity;
      if (last && gap < l.height * 0.9 && !at(e.left, it.x) && !at(e.right, last.x1)) {
        last.text += (gap > l.height * 0.15 && !/\s$/.test(last.text) ? " " : "") + it.str;
        last.x1 = Math.max(last.x1, it.x + it.width);
        last.items.push(i);
      } else chunks.push({ x0: it.x, x1: it.x + it.width, text: it.str, items: [i] });
    }
    for (const c of chunks) c.text = c.text.replace(/\s+/g, " ").trim();
    return { y: l.y, height: l.height, chunks };
  });
}

/** Column bands from the chunks of rows with figures: overlapping chunks are one column. */
function bands(lines: ChunkLine[]): Array<[number, number]> {
  const spans = lines.flatMap((l) => l.chunks.map((c) => [c.x0, c.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] < last[1] - 1) last[1] = Math.max(last[1], s[1]);
    else out.push([...s]);
  }
  return out;
}

const isFigureLine = (l: ChunkLine) => l.chunks.length >= 3 && l.chunks.filter((c) => NUMERIC.test(c.text) && c.text !== "-").length >= 2;

/**
 * Lines → blocks: a gap wider than a line and a bit is the padding between two table rows (or
 * between paragraphs); the lines of one cell, and the cells beside it centred on them, are closer.
 */
function blocksOf(lines: ChunkLine[]): ChunkLine[][] {
  const heights = lines.map((l) => l.height).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length / 2)] ?? 10;
  // the pitch of a cell's own lines, measured where a line wraps onto the next ("Tổng thu ngân sách"
  // / "nhà nước trên địa bàn": same left edge, the second line lowercase); else the font's usual
  const wraps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const gap = lines[k - 1].y - lines[k].y;
    const next = lines[k].chunks[0];
    if (gap < h * 0.8 || gap > h * 1.6 || !/^\p{Ll}/u.test(next.text)) continue;
    if (lines[k - 1].chunks.some((c) => Math.abs(c.x0 - next.x0) <= 1)) wraps.push(gap);
  }
  wraps.sort((a, b) => a - b);
  const pitch = wraps.length >= 2 ? wraps[Math.floor(wraps.length / 2)] : h * 1.15;
  const out: ChunkLine[][] = [];
  for (const l of lines) {
    const cur = out[out.length - 1];
    // wider than a line by more than a rounding: the padding between two rows
    if (cur && cur[cur.length - 1].y - l.y <= pitch + Math.max(0.6, h * 0.05)) cur.push(l);
    else out.push([l]);
  }
  return out;
}

interface Grid {
  cols: Array<[number, number]>;
  colOf(c: Chunk): { col: number; span: number };
  best(c: Chunk): number;
}

function gridOf(cols: Array<[number, number]>): Grid {
  const overlaps = (c: Chunk) => cols.map(([a, b]) => Math.max(0, Math.min(b, c.x1) - Math.max(a, c.x0)));
  const best = (c: Chunk) => {
    const o = overlaps(c);
    if (o.some((v) => v > 0)) return o.indexOf(Math.max(...o));
    const mid = (c.x0 + c.x1) / 2;
    const d = cols.map(([a, b]) => Math.min(Math.abs(mid - a), Math.abs(mid - b)));
    return d.indexOf(Math.min(...d));
  };
  const colOf = (c: Chunk) => {
    // a sliver over the next column is not a span
    const o = overlaps(c).map((v) => (v < Math.max(3, (c.x1 - c.x0) * 0.15) ? 0 : v));
    const first = o.findIndex((v) => v > 0);
    if (first < 0) return { col: best(c), span: 1 };
    const last = o.length - 1 - [...o].reverse().findIndex((v) => v > 0);
    return { col: first, span: last - first + 1 };
  };
  return { cols, colOf, best };
}

/** A block that belongs to the table drawn by these columns: no chunk wider than three columns, none left of them. */
function fits(block: ChunkLine[], g: Grid): boolean {
  const left = g.cols[0][0];
  return block.every((l) => l.chunks.every((c) => c.x0 >= left - 40 && g.colOf(c).span <= 3));
}

type Placed = { col: number; span: number; text: string; items: number[]; rowSpan?: number };

/**
 * The cells of one block: each column's chunks top to bottom. In a header, one item over several
 * columns is a merged cell ("So sánh (%)") in a row above the cells under it; the other columns'
 * cells span both rows, as they do in the table drawn.
 */
function blockRows(block: ChunkLine[], g: Grid, header: boolean, items: PdfItem[]): Placed[][] {
  const wide: Placed[] = [];
  const cells = new Map<number, Placed>();
  const add = (col: number, text: string, its: number[]) => {
    const cell = cells.get(col);
    if (cell) {
      cell.text += " " + text;
      cell.items.push(...its);
    } else cells.set(col, { col, span: 1, text, items: [...its] });
  };
  for (const l of block) {
    for (const c of l.chunks) {
      const at = g.colOf(c);
      if (at.span === 1) add(at.col, c.text, c.items);
      else if (c.items.length === 1 && header) wide.push({ ...at, text: c.text, items: [...c.items] });
      else if (c.items.length === 1) add(g.best(c), c.text, c.items);
      // items run together over several columns: each to its own column
      else for (const i of c.items) add(g.best({ x0: items[i].x, x1: items[i].x + items[i].width, text: items[i].str, items: [i] }), items[i].str.trim(), [i]);
    }
  }
  const lower = [...cells.values()].sort((a, b) => a.col - b.col);
  if (!wide.length) return [lower];
  const under = (c: Placed) => wide.some((w) => c.col >= w.col && c.col < w.col + w.span);
  const upper = [...wide, ...lower.filter((c) => !under(c)).map((c) => ({ ...c, rowSpan: 2 }))].sort((a, b) => a.col - b.col);
  return [upper, lower.filter(under)];
}

/**
 * Tables printed without rules (a table without borders, a spreadsheet printed to PDF): blocks of
 * lines separated by row padding; where figures stand in three columns or more the block is a
 * table row; columns are the bands the rows' chunks occupy; the blocks just above that fit the
 * columns are the header, a chunk over two columns a merged header cell.
 */
export function alignedTables(items: PdfItem[], taken: Set<number>): PageTable[] {
  const free = items.map((_it, i) => i).filter((i) => !taken.has(i));
  const blocks = blocksOf(chunkLines(items, free));
  const out: PageTable[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (!blocks[i].some(isFigureLine)) {
      i++;
      continue;
    }
    // the body: blocks with figures, and the section rows between them
    let j = i;
    const body = () => blocks.slice(i, j + 1);
    while (j + 1 < blocks.length && (blocks[j + 1].some(isFigureLine) || (blocks[j + 2]?.some(isFigureLine) && blocks[j + 1].length <= 3))) j++;
    const figures = body().flatMap((b) => b.filter(isFigureLine));
    if (figures.length < 2) {
      i = j + 1;
      continue;
    }
    // columns from the blocks with figures: a section row merged across ("I. CHỈ TIÊU KINH TẾ") draws
    // none, nor does a header run into the first block (a sheet printed without padding)
    const withFigures = body().filter((b) => b.some(isFigureLine));
    const first = withFigures[0];
    // lines opening the first block with words over the columns of figures are a header
    // (a numbering column "1 2 3" is no column of figures: figures have separators or three digits)
    const figureBands = bands(figures).filter(([a, b]) => figures.some((l) => l.chunks.some((c) => NUMERIC.test(c.text) && /[.,]|\d{3}/.test(c.text) && c.x0 < b && c.x1 > a)));
    const overFigures = (l: ChunkLine) => l.chunks.some((c) => !NUMERIC.test(c.text) && figureBands.some(([a, b]) => c.x0 < b && c.x1 > a));
    const opening = first.slice(0, first.findIndex(isFigureLine));
    const lead = opening.some(overFigures) ? opening.slice(0, opening.length - [...opening].reverse().findIndex(overFigures)) : [];
    const g = gridOf(bands(withFigures.flat().filter((l) => !lead.includes(l))));
    if (g.cols.length < 3) {
      i = j + 1;
      continue;
    }
    // header lines that open the first block belong to the header, not to its first row
    if (lead.length) {
      blocks.splice(i, 1, lead, first.slice(lead.length));
      i++;
      j++;
    }
    // a section row just above the first row of figures ("I. NÔNG, LÂM NGHIỆP") is a row, not a
    // header: it has no words over the columns of figures
    const sectionLike = (b: ChunkLine[]) => !b.some(overFigures) && b.length <= 2 && b.every((l) => l.chunks.length <= 2) && fits(b, g);
    let start = i;
    if (!lead.length) while (start - 1 >= 0 && sectionLike(blocks[start - 1])) start--;
    // the header lines split off the first block are the header, whatever stands above them
    let top = lead.length ? start - 1 : start;
    while (!lead.length && top - 1 >= 0 && start - top < 2 && fits(blocks[top - 1], g) && !blocks[top - 1].some(isFigureLine)) top--;
    let end = j;
    while (end + 1 < blocks.length && fits(blocks[end + 1], g) && blocks[end + 1].length <= 2 && blocks[end + 1].every((l) => l.chunks.length <= 2) && end - j < 1) end++;
    out.push(buildAligned(blocks.slice(top, start), blocks.slice(start, end + 1), g, items));
    i = end + 1;
  }
  return out;
}

function buildAligned(header: ChunkLine[][], body: ChunkLine[][], g: Grid, items: PdfItem[]): PageTable {
  const rows: TableCell[][] = [];
  const used = new Set<number>();
  const emit = (cells: Placed[]) => {
    const r = rows.length;
    rows.push(cells.map((c) => ({ text: c.text.replace(/\s+/g, " ").trim(), row: r, col: c.col, ...(c.span > 1 ? { colSpan: c.span } : {}), ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}) })));
    cells.forEach((c) => c.items.forEach((k) => used.add(k)));
  };
  for (const b of header) blockRows(b, g, true, items).forEach(emit);
  for (const b of body) {
    const figureLines = b.filter(isFigureLine);
    if (figureLines.length <= 1) {
      blockRows(b, g, false, items).forEach(emit);
      continue;
    }
    // rows without padding between them (a printed sheet): a line each, a wrapped label joined to its row
    for (const l of b) {
      const prev = rows[rows.length - 1];
      if (!isFigureLine(l) && l.chunks.length === 1 && prev && /^\p{Ll}/u.test(l.chunks[0].text)) {
        const cell = prev.find((x) => x.col === g.best(l.chunks[0]));
        if (cell) {
          cell.text += " " + l.chunks[0].text;
          l.chunks[0].items.forEach((k) => used.add(k));
          continue;
        }
      }
      blockRows([l], g, false, items).forEach(emit);
    }
  }
  const lines = [...header, ...body].flat();
  return {
    rows,
    xs: g.cols.map(([a]) => a),
    top: lines[0].y + lines[0].height,
    bottom: lines[lines.length - 1].y - 2,
    left: g.cols[0][0],
    right: g.cols[g.cols.length - 1][1],
    items: used,
    ruled: false,
  };
}
