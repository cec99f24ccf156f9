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
function atomLines(items: PdfItem[], free: number[]): AtomLine[] {
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

/** x positions where many lines start an item (left-aligned columns) or end one (right-aligned figures). */
function edges(items: PdfItem[], lines: AtomLine[]): { left: number[]; right: number[] } {
  const rows = lines.filter((l) => l.atoms.some((i) => NUMERIC.test(items[i].str.trim())));
  const need = Math.max(2, Math.ceil(rows.length * 0.5));
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
    right: common(rows.flatMap((l) => l.atoms.map((i) => items[i].x + items[i].width))),
  };
}

/** Lines of chunks: items run together unless a wide gap or a shared column edge parts them. */
function chunkLines(items: PdfItem[], free: number[]): ChunkLine[] {
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

/**
 * Tables printed without rules (a spreadsheet printed to PDF): runs of lines of three chunks or
 * more, two of them with figures at least; columns from the rows with figures, header chunks
 * placed over the columns they cover, a wrapped label line joined to its row.
 */
export function alignedTables(items: PdfItem[], taken: Set<number>): PageTable[] {
  const free = items.map((_it, i) => i).filter((i) => !taken.has(i));
  const lines = chunkLines(items, free);
  const out: PageTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].chunks.length < 3) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].chunks.length >= 2 && lines[j].y - lines[j + 1].y < lines[j].height * 2.6) j++;
    const run = lines.slice(i, j + 1);
    const figures = run.filter((l) => l.chunks.filter((c) => NUMERIC.test(c.text)).length >= 1 && l.chunks.length >= 3);
    if (figures.length >= 2) {
      const t = alignedTable(run, figures, items);
      if (t) out.push(t);
    }
    i = j + 1;
  }
  return out;
}

function alignedTable(run: ChunkLine[], figures: ChunkLine[], items: PdfItem[]): PageTable | undefined {
  const cols = bands(figures);
  if (cols.length < 3) return undefined;
  const colOf = (c: Chunk) => {
    // a sliver over the next column is not a span
    const raw = cols.map(([a, b]) => Math.max(0, Math.min(b, c.x1) - Math.max(a, c.x0)));
    const overlap = raw.map((o) => (o < Math.max(3, (c.x1 - c.x0) * 0.15) ? 0 : o));
    if (!overlap.some((o) => o > 0) && raw.some((o) => o > 0)) return { col: raw.indexOf(Math.max(...raw)), span: 1 };
    const first = overlap.findIndex((o) => o > 0);
    if (first < 0) {
      // between bands: the nearest to the chunk's middle
      const mid = (c.x0 + c.x1) / 2;
      const d = cols.map(([a, b]) => Math.min(Math.abs(mid - a), Math.abs(mid - b)));
      return { col: d.indexOf(Math.min(...d)), span: 1 };
    }
    const last = overlap.length - 1 - [...overlap].reverse().findIndex((o) => o > 0);
    return { col: first, span: last - first + 1 };
  };
  const rows: TableCell[][] = [];
  const used = new Set<number>();
  /** the column a piece overlaps most */
  const best = (c: Chunk) => {
    const overlap = cols.map(([a, b]) => Math.max(0, Math.min(b, c.x1) - Math.max(a, c.x0)));
    return { col: overlap.indexOf(Math.max(...overlap)), span: 1 };
  };
  // a chunk whose items stand over different columns is parted there ("ĐVT KH 2024" in a header)
  const split = (c: Chunk): Chunk[] => {
    const parts: Chunk[] = [];
    for (const i of c.items) {
      const it = items[i];
      const piece = { x0: it.x, x1: it.x + it.width, text: it.str, items: [i] };
      const last = parts[parts.length - 1];
      if (last && best(last).col === best(piece).col) {
        last.text += (it.x - last.x1 > 1 && !/\s$/.test(last.text) ? " " : "") + it.str;
        last.x1 = piece.x1;
        last.items.push(i);
      } else parts.push(piece);
    }
    for (const p of parts) p.text = p.text.replace(/\s+/g, " ").trim();
    return parts;
  };
  for (const line of run) {
    const placed = line.chunks.flatMap((c) => {
      if (colOf(c).span === 1) return [{ c, ...colOf(c) }];
      const parts = split(c);
      return parts.length > 1 ? parts.map((p) => ({ c: p, ...best(p) })) : [{ c, ...colOf(c) }];
    });
    const prev = rows[rows.length - 1];
    // a label wrapped onto a line of its own continues the row above it
    if (placed.length === 1 && prev && /^\p{Ll}/u.test(placed[0].c.text)) {
      const cell = prev.find((x) => x.col === placed[0].col);
      if (cell) {
        cell.text += " " + placed[0].c.text;
        placed[0].c.items.forEach((k) => used.add(k));
        continue;
      }
    }
    const r = rows.length;
    const row: TableCell[] = [];
    for (const p of placed) {
      const same = row.find((x) => x.col === p.col);
      if (same) same.text += " " + p.c.text;
      else row.push({ text: p.c.text, row: r, col: p.col, ...(p.span > 1 ? { colSpan: p.span } : {}) });
      p.c.items.forEach((k) => used.add(k));
    }
    rows.push(row.sort((a, b) => a.col - b.col));
  }
  const top = run[0].y + run[0].height;
  const bottom = run[run.length - 1].y - 2;
  return { rows, xs: cols.map(([a]) => a), top, bottom, left: cols[0][0], right: cols[cols.length - 1][1], items: used, ruled: false };
}
