// Word 97-2003 documents (.doc): the binary format read directly from its compound file (cfb, pure
// JavaScript: it runs in the pane as in node). The main text comes from the piece table; tables
// are rebuilt from cell and row marks (0x07) with each row's cell edges (sprmTDefTable), so a
// header cell over two columns keeps its span and a vertically merged cell its height; footnotes
// follow the body under a marker, as for .docx. Field instructions are dropped, their results kept.
import * as CFB from "cfb";
import { ReadDocument, ReadError, ReadTable, TableCell } from "./types";
import { renderTableRows } from "./renderTable";

type Bytes = Uint8Array;

const u16 = (b: Bytes, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Bytes, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const i16 = (b: Bytes, o: number) => {
  const v = u16(b, o);
  return v >= 0x8000 ? v - 0x10000 : v;
};

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

interface Fib {
  tableStream: string;
  encrypted: boolean;
  ccpText: number;
  ccpFtn: number;
  fcClx: number;
  lcbClx: number;
  fcBtePapx: number;
  lcbBtePapx: number;
}

function readFib(w: Bytes): Fib {
  if (w.length < 0x200 || u16(w, 0) !== 0xa5ec) throw new Error("no Word 97 header in the WordDocument stream");
  const flags = u16(w, 0x0a);
  const csw = u16(w, 32);
  const lwAt = 34 + csw * 2;
  const cslw = u16(w, lwAt);
  const rgLw = lwAt + 2;
  const fcAt = rgLw + cslw * 4 + 2;
  const pair = (i: number) => [u32(w, fcAt + i * 8), u32(w, fcAt + i * 8 + 4)];
  const [fcBtePapx, lcbBtePapx] = pair(13);
  const [fcClx, lcbClx] = pair(33);
  return {
    tableStream: flags & 0x0200 ? "1Table" : "0Table",
    encrypted: !!(flags & 0x0100),
    ccpText: u32(w, rgLw + 12),
    ccpFtn: u32(w, rgLw + 16),
    fcClx,
    lcbClx,
    fcBtePapx,
    lcbBtePapx,
  };
}

function readPieces(table: Bytes, fib: Fib): Piece[] {
  let o = fib.fcClx;
  const end = fib.fcClx + fib.lcbClx;
  while (o < end && table[o] === 0x01) o += 3 + u16(table, o + 1);
  if (table[o] !== 0x02) throw new Error("no piece table");
  const lcb = u32(table, o + 1);
  const plc = o + 5;
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const pcd = plc + (n + 1) * 4 + i * 8;
    const raw = u32(table, pcd + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: u32(table, plc + i * 4), cpEnd: u32(table, plc + (i + 1) * 4), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

const cp1252 = new TextDecoder("windows-1252");
const utf16 = new TextDecoder("utf-16le");

/** The characters of [from, to) with the file offset (FC) of each. */
function readChars(w: Bytes, pieces: Piece[], from: number, to: number): { text: string; fcs: number[] } {
  let text = "";
  const fcs: number[] = [];
  for (const p of pieces) {
    const a = Math.max(from, p.cpStart);
    const b = Math.min(to, p.cpEnd);
    if (a >= b) continue;
    const width = p.compressed ? 1 : 2;
    const start = p.fc + (a - p.cpStart) * width;
    const bytes = w.subarray(start, start + (b - a) * width);
    const s = p.compressed ? cp1252.decode(bytes) : utf16.decode(bytes);
    for (let i = 0; i < s.length; i++) fcs.push(start + i * width);
    text += s;
  }
  return { text, fcs };
}

interface Pap {
  inTable: boolean;
  ttp: boolean;
  itap: number;
  /** cell edges in twips, itc+1 of them */
  edges?: number[];
  /** per cell: 1 = continues the merged cell above, 3 = starts one */
  vertMerge?: number[];
  /** per cell: merged into the cell before it (old-style horizontal merge) */
  horzMerged?: boolean[];
}

const SPRM_SIZE = [1, 1, 2, 4, 2, 2, 0, 3];

function parseGrpprl(b: Bytes, from: number, to: number, pap: Pap, data?: Bytes): void {
  let o = from;
  while (o + 2 <= to) {
    const sprm = u16(b, o);
    o += 2;
    const spra = sprm >> 13;
    let size = SPRM_SIZE[spra];
    let operand = o;
    if (spra === 6) {
      if (sprm === 0xd608 || sprm === 0xd606) {
        size = u16(b, o) - 1;
        operand = o + 2;
        o += 2;
      } else {
        size = b[o];
        operand = o + 1;
        o += 1;
      }
    }
    if (operand + size > to + 1) return;
    switch (sprm) {
      case 0x6646: {
        // sprmPHugePapx: properties too long for the page, kept in the Data stream
        const at = u32(b, operand);
        if (data && at + 2 <= data.length) parseGrpprl(data, at + 2, Math.min(data.length, at + 2 + u16(data, at)), pap);
        break;
      }
      case 0x2416: pap.inTable = b[operand] !== 0; break;
      case 0x2417: pap.ttp = b[operand] !== 0; break;
      case 0x6649: pap.itap = u32(b, operand); break;
      case 0xd608: {
        const n = b[operand];
        const edges: number[] = [];
        for (let i = 0; i <= n; i++) edges.push(i16(b, operand + 1 + i * 2));
        const tcAt = operand + 1 + (n + 1) * 2;
        const vert: number[] = [];
        const horz: boolean[] = [];
        for (let i = 0; i < n; i++) {
          const at = tcAt + i * 20;
          const grf = at + 2 <= operand + size ? u16(b, at) : 0;
          vert.push((grf >> 5) & 3);
          horz.push((grf & 3) >= 2);
        }
        pap.edges = edges;
        pap.vertMerge = vert;
        pap.horzMerged = horz;
        break;
      }
    }
    o = operand + size;
  }
}

/** Paragraph properties by the FC of a paragraph's last character, from the PAPX pages. */
function papLookup(w: Bytes, table: Bytes, fib: Fib, data: Bytes | undefined): (fc: number) => Pap {
  const n = (fib.lcbBtePapx - 4) / 8;
  const fcs: number[] = [];
  const pns: number[] = [];
  for (let i = 0; i <= n; i++) fcs.push(u32(table, fib.fcBtePapx + i * 4));
  for (let i = 0; i < n; i++) pns.push(u32(table, fib.fcBtePapx + (n + 1) * 4 + i * 4) & 0x3fffff);
  const cache = new Map<number, Pap>();
  return (fc: number) => {
    const hit = cache.get(fc);
    if (hit) return hit;
    const pap: Pap = { inTable: false, ttp: false, itap: 0 };
    let k = 0;
    while (k < n - 1 && fc >= fcs[k + 1]) k++;
    const page = pns[k] * 512;
    if (n > 0 && page + 512 <= w.length) {
      const crun = w[page + 511];
      for (let i = 0; i < crun; i++) {
        const a = u32(w, page + i * 4);
        const b = u32(w, page + (i + 1) * 4);
        if (fc < a || fc >= b) continue;
        const bx = w[page + (crun + 1) * 4 + i * 13];
        if (!bx) break;
        let at = page + bx * 2;
        let len = w[at] * 2 - 1;
        at += 1;
        if (len < 0) {
          len = w[at] * 2;
          at += 1;
        }
        parseGrpprl(w, at + 2, at + len, pap, data);
        break;
      }
    }
    if (pap.inTable && !pap.itap) pap.itap = 1;
    cache.set(fc, pap);
    return pap;
  };
}

/** Drops field instructions (between 0x13 and 0x14) and control marks; keeps field results. */
function cleanRun(s: string): string {
  let out = "";
  let depth = 0;
  const inInstr: boolean[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c === 0x13) {
      depth++;
      inInstr.push(true);
      continue;
    }
    if (c === 0x14) {
      if (depth) inInstr[depth - 1] = false;
      continue;
    }
    if (c === 0x15) {
      if (depth) {
        depth--;
        inInstr.pop();
      }
      continue;
    }
    if (inInstr.some(Boolean)) continue;
    if (c === 0x0b || c === 0x0c) out += "\n";
    else if (c === 0x1e) out += "-";
    else if (c === 0xa0) out += " ";
    else if (c === 0x09) out += "\t";
    else if (c < 0x20 || c === 0x1f) continue;
    else out += ch;
  }
  return out;
}

interface RowBuild {
  cells: string[];
  pap: Pap;
}

/** Rows with their own cell edges → cells on one grid of columns, spans from the edges. */
function buildTable(rows: RowBuild[], title: string | undefined): ReadTable {
  const tol = 30;
  const xs: number[] = [];
  for (const r of rows) for (const e of r.pap.edges ?? []) if (!xs.some((x) => Math.abs(x - e) <= tol)) xs.push(e);
  xs.sort((a, b) => a - b);
  const colOf = (x: number) => xs.findIndex((v) => Math.abs(v - x) <= tol);
  const out: TableCell[][] = [];
  const open = new Map<number, TableCell>();
  rows.forEach((r, ri) => {
    const row: TableCell[] = [];
    const edges = r.pap.edges;
    let prev: TableCell | undefined;
    r.cells.forEach((text, k) => {
      const col = edges && edges.length > k + 1 ? colOf(edges[k]) : k;
      const span = edges && edges.length > k + 1 ? Math.max(1, colOf(edges[k + 1]) - col) : 1;
      if (r.pap.horzMerged?.[k] && prev) {
        prev.colSpan = (prev.colSpan ?? 1) + span;
        return;
      }
      const vm = r.pap.vertMerge?.[k] ?? 0;
      if (vm === 1 && open.has(col)) {
        const above = open.get(col)!;
        above.rowSpan = (above.rowSpan ?? 1) + 1;
        prev = undefined;
        return;
      }
      const cell: TableCell = { text: text.trim(), row: ri, col, ...(span > 1 ? { colSpan: span } : {}) };
      if (vm === 3) open.set(col, cell);
      else open.delete(col);
      row.push(cell);
      prev = cell;
    });
    out.push(row);
  });
  return { ...(title ? { title } : {}), rows: out };
}

type Block = { kind: "p"; text: string } | { kind: "table"; table: ReadTable };

/** The main text → paragraphs and tables in order. */
function readBody(text: string, fcs: number[], pap: (fc: number) => Pap): Block[] {
  const blocks: Block[] = [];
  let rows: RowBuild[] = [];
  let cells: string[] = [];
  let cell: string[] = [];
  let run = "";
  const closeTable = () => {
    if (!rows.length) return;
    const prev = blocks[blocks.length - 1];
    const title = prev && prev.kind === "p" && prev.text.trim() && prev.text.length < 250 ? prev.text.trim() : undefined;
    blocks.push({ kind: "table", table: buildTable(rows, title) });
    rows = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0d && c !== 0x07) {
      run += text[i];
      continue;
    }
    const p = pap(fcs[i]);
    const para = cleanRun(run);
    run = "";
    if (p.itap > 1) {
      // a nested table's marks: its text joins the outer cell
      cell.push(para);
      continue;
    }
    if (c === 0x07 && p.ttp) {
      rows.push({ cells, pap: p });
      cells = [];
      cell = [];
      continue;
    }
    if (c === 0x07) {
      cell.push(para);
      cells.push(cell.join("\n"));
      cell = [];
      continue;
    }
    if (p.inTable) {
      cell.push(para);
      continue;
    }
    closeTable();
    blocks.push({ kind: "p", text: para });
  }
  closeTable();
  if (run.trim()) blocks.push({ kind: "p", text: cleanRun(run) });
  return blocks;
}

function streamBytes(cfb: CFB.CFB$Container, name: string): Bytes | undefined {
  const e = CFB.find(cfb, name);
  if (!e || !e.content) return undefined;
  return e.content instanceof Uint8Array ? e.content : Uint8Array.from(e.content as ArrayLike<number>);
}

export function readDoc(name: string, bytes: Uint8Array): ReadDocument {
  let cfb: CFB.CFB$Container;
  try {
    cfb = CFB.read(bytes, { type: "array" });
  } catch (e) {
    throw new ReadError(name, `not a readable Word 97-2003 document (${(e as Error).message})`);
  }
  const w = streamBytes(cfb, "WordDocument");
  if (!w) throw new ReadError(name, "not a Word document (no WordDocument stream)");
  let fib: Fib;
  try {
    fib = readFib(w);
  } catch (e) {
    throw new ReadError(name, `not a Word 97-2003 document (${(e as Error).message}): save it as .docx`);
  }
  if (fib.encrypted) throw new ReadError(name, "the document is password-protected: open it, remove the password and save it again");
  const table = streamBytes(cfb, fib.tableStream);
  if (!table) throw new ReadError(name, `damaged .doc: the ${fib.tableStream} stream is missing`);
  const pieces = readPieces(table, fib);
  const body = readChars(w, pieces, 0, fib.ccpText);
  const blocks = readBody(body.text, body.fcs, papLookup(w, table, fib, streamBytes(cfb, "Data")));

  let text = "";
  const tables: ReadTable[] = [];
  for (const b of blocks) {
    if (b.kind === "p") {
      text += (text ? "\n" : "") + b.text;
      continue;
    }
    if (text) text += "\n";
    b.table.start = text.length;
    text += renderTableRows(b.table);
    b.table.end = text.length;
    tables.push(b.table);
  }
  const notes = ["Word 97-2003 document"];
  if (fib.ccpFtn > 1) {
    const ftn = cleanRun(readChars(w, pieces, fib.ccpText, fib.ccpText + fib.ccpFtn).text.replace(/\r/g, "\n"))
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (ftn.length) {
      text += `\n\n--- Chú thích (footnotes) ---\n${ftn.join("\n")}`;
      notes.push(`${ftn.length} footnote${ftn.length > 1 ? "s" : ""} appended after the body`);
    }
  }
  if (tables.length) notes.push(`${tables.length} table${tables.length > 1 ? "s" : ""}`);
  return { name, text, tables, notes };
}
