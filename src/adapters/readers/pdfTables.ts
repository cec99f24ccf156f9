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
