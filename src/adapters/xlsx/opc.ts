// The package an .xlsx is: a ZIP of parts tied together by relationships. Reading it part by part,
// each inflated only when asked for (a refreshed book's user parts are copied still compressed),
// and the relationship plumbing both the writer (package.ts) and the reader (packageBook.ts) use.
import zlib from "node:zlib";
import type { Deflated } from "./zip";

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A part as the ZIP holds it: deflated (or stored), with its CRC and size. */
export interface ZipPart extends Deflated {
  stored: boolean;
}

export class PackageError extends Error {
  override name = "PackageError";
}

/** The parts of a ZIP by name, read from its central directory (no ZIP64: no workbook needs it). */
export function unzip(bytes: Buffer): Map<string, ZipPart> {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new PackageError("not a ZIP package (no end of central directory)");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out = new Map<string, ZipPart>();
  for (let n = 0; n < count; n++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new PackageError("damaged ZIP central directory");
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (method !== 0 && method !== 8) throw new PackageError(`${name}: compression method ${method} is not supported`);
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    out.set(name, { deflated: bytes.subarray(data, data + compressedSize), crc, size, stored: method === 0 });
  }
  return out;
}

export function inflate(p: ZipPart): Buffer {
  return p.stored ? Buffer.from(p.deflated) : zlib.inflateRawSync(p.deflated);
}

export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export function unescapeXml(s: string): string {
  if (!s.includes("&") && !s.includes("_x")) return s;
  return s
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** Text of a cell as stored: XML entities, then Excel's "_xHHHH_" escapes. */
export function cellText(s: string): string {
  const t = unescapeXml(s);
  return t.includes("_x") ? t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : t;
}

/** Attributes of one start tag, entity references resolved. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

export function parseRels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" };
  });
}

/** A relationship target as a package path ("xl/worksheets/sheet2.xml"). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The path from `fromPart`'s folder to `to`, as a relationship target. */
export function relative(fromPart: string, to: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const dest = to.split("/");
  let i = 0;
  while (i < from.length && i < dest.length - 1 && from[i] === dest[i]) i++;
  return [...from.slice(i).map(() => ".."), ...dest.slice(i)].join("/");
}

export const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  rid: string;
  state?: string;
  /** The worksheet part. */
  part: string;
}

/** The workbook part's path, its XML, relationships and sheets in order. */
export function readWorkbook(text: (path: string) => string | undefined): { path: string; xml: string; rels: Rel[]; sheets: WorkbookSheet[] } {
  const office = parseRels(text("_rels/.rels")).find((r) => r.type === OFFICE_DOCUMENT);
  const path = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const xml = text(path);
  if (!xml) throw new PackageError(`the package has no workbook part (${path})`);
  const rels = parseRels(text(relsPath(path)));
  const byId = new Map(rels.map((r) => [r.id, r] as const));
  const sheets: WorkbookSheet[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const rid = Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
    const rel = byId.get(rid);
    sheets.push({ name: a.name ?? "", sheetId: Number(a.sheetId), rid, ...(a.state ? { state: a.state } : {}), part: rel ? resolveTarget(path, rel.target) : "" });
  }
  return { path, xml, rels, sheets };
}

/** Workbook-scoped and sheet-scoped defined names as written. */
export function definedNames(workbookXml: string): { name: string; localSheetId?: number; ref: string; xml: string }[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)].map((m) => {
    const a = attributes(`<x ${m[1]}>`);
    return { name: a.name ?? "", ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}), ref: unescapeXml(m[2]!), xml: m[0] };
  });
}
