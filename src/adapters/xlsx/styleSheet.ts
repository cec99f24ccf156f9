// The styles part: every distinct (plan style, number format, border) a cell uses becomes one cell
// format (xf), shared by all the cells that use it; conditional-format styles become dxfs. A book
// being refreshed keeps its own styles: ours are appended after them (`base`), so the user's
// sheets keep their indexes untouched.
import type { CellStyle } from "../../core/workbook/plan";
import { attrs, esc, NS_MAIN, XML_DECL } from "./xml";

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

interface Counts {
  numFmtMax: number;
  fonts: number;
  fills: number;
  borders: number;
  cellXfs: number;
  dxfs: number;
}

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

export class StyleSheet {
  private fonts: string[] = [];
  private fontIds = new Map<string, number>();
  private fills: string[] = [];
  private fillIds = new Map<string, number>();
  private numFmts: string[] = [];
  private numFmtIds = new Map<string, number>();
  private xfs: string[] = [];
  private xfIds = new Map<string, number>();
  private dxfs: string[] = [];
  private dxfIds = new Map<string, number>();
  private borders: string[] = [];
  private readonly thinBorder: number;

  /** `base`: counts of what the book's styles part already holds; ours follow. */
  constructor(
    private readonly styles: Record<string, CellStyle>,
    private readonly font: { name: string; size: number },
    private readonly base: Counts = { numFmtMax: 163, fonts: 0, fills: 0, borders: 0, cellXfs: 0, dxfs: 0 },
  ) {
    if (base.fills === 0) {
      // the two fills every styles part starts with
      this.fills.push('<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>');
    }
    if (base.borders === 0) this.borders.push("<border><left/><right/><top/><bottom/><diagonal/></border>");
    this.thinBorder = base.borders + this.borders.length;
    const thin = '<left style="thin"><color rgb="FFA6A6A6"/></left><right style="thin"><color rgb="FFA6A6A6"/></right><top style="thin"><color rgb="FFA6A6A6"/></top><bottom style="thin"><color rgb="FFA6A6A6"/></bottom><diagonal/>';
    this.borders.push(`<border>${thin}</border>`);
    // the default cell format of a new book: plain text in the book's font
    if (base.cellXfs === 0) this.xf(undefined, undefined, false);
  }

  private fontId(s: CellStyle): number {
    const size = s.fontSize ?? this.font.size;
    const xml = `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}<sz val="${size}"/>${s.color ? `<color rgb="${argb(s.color)}"/>` : ""}<name val="${esc(this.font.name)}"/><family val="2"/></font>`;
    return this.intern(xml, this.fonts, this.fontIds, this.base.fonts);
  }

  private fillId(s: CellStyle): number {
    if (!s.fill) return 0;
    const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
    return this.intern(xml, this.fills, this.fillIds, this.base.fills);
  }

  private numFmtId(code: string | undefined): number {
    if (!code) return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const had = this.numFmtIds.get(code);
    if (had !== undefined) return had;
    const id = this.base.numFmtMax + 1 + this.numFmts.length;
    this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    this.numFmtIds.set(code, id);
    return id;
  }

  private intern(xml: string, list: string[], ids: Map<string, number>, offset: number): number {
    const had = ids.get(xml);
    if (had !== undefined) return had;
    const id = offset + list.length;
    list.push(xml);
    ids.set(xml, id);
    return id;
  }

  /** xf by style, then format, then border: found without building a key string per cell. */
  private xfCache = new Map<string, Map<string, [number?, number?]>>();

  /** The xf index of a cell with plan style `styleKey`, number format `fmt`, with or without a border. */
  xf(styleKey: string | undefined, fmt: string | undefined, border: boolean): number {
    let byFmt = this.xfCache.get(styleKey ?? "");
    if (!byFmt) this.xfCache.set(styleKey ?? "", (byFmt = new Map()));
    let pair = byFmt.get(fmt ?? "");
    if (!pair) byFmt.set(fmt ?? "", (pair = [undefined, undefined]));
    const cached = pair[border ? 1 : 0];
    if (cached !== undefined) return cached;
    return (pair[border ? 1 : 0] = this.newXf(styleKey, fmt, border));
  }

  private newXf(styleKey: string | undefined, fmt: string | undefined, border: boolean): number {
    const key = `${styleKey ?? ""}\u0000${fmt ?? ""}\u0000${border ? 1 : 0}`;
    const had = this.xfIds.get(key);
    if (had !== undefined) return had;
    const s = (styleKey && this.styles[styleKey]) || {};
    const fontId = this.fontId(s);
    const fillId = this.fillId(s);
    const numFmtId = this.numFmtId(fmt);
    const borderId = border ? this.thinBorder : 0;
    const align = s.wrap || s.align || s.valign
      ? `<alignment${attrs({ horizontal: s.align, vertical: s.valign ?? (s.wrap ? "top" : undefined), wrapText: s.wrap })}/>`
      : "";
    const xml = `<xf${attrs({
      numFmtId, fontId, fillId, borderId, xfId: 0,
      applyNumberFormat: numFmtId !== 0, applyFont: true, applyFill: fillId !== 0, applyBorder: border, applyAlignment: !!align,
    })}${align ? `>${align}</xf>` : "/>"}`;
    const id = this.base.cellXfs + this.xfs.length;
    this.xfs.push(xml);
    this.xfIds.set(key, id);
    return id;
  }

  /** The dxf index of a conditional format's style (font colour, bold, italic, fill). */
  dxf(styleKey: string): number {
    const had = this.dxfIds.get(styleKey);
    if (had !== undefined) return had;
    const s = this.styles[styleKey] ?? {};
    const font = s.bold || s.italic || s.color ? `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}${s.color ? `<color rgb="${argb(s.color)}"/>` : ""}</font>` : "";
    // differential fills take the colour from bgColor, unlike cell fills
    const fill = s.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(s.fill)}"/></patternFill></fill>` : "";
    const id = this.base.dxfs + this.dxfs.length;
    this.dxfs.push(`<dxf>${font}${fill}</dxf>`);
    this.dxfIds.set(styleKey, id);
    return id;
  }

  /** A complete styles part for a new book. */
  toXml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      XML_DECL +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (this.numFmts.length ? list("numFmts", this.numFmts) : "") +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      list("borders", this.borders) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs", this.xfs) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      list("dxfs", this.dxfs) +
      `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }

  /** The book's own styles part with ours appended to each list. */
  appendTo(xml: string): string {
    let out = xml;
    out = appendList(out, "numFmts", this.numFmts, "fonts");
    out = appendList(out, "fonts", this.fonts, "fills");
    out = appendList(out, "fills", this.fills, "borders");
    out = appendList(out, "borders", this.borders, "cellStyleXfs");
    out = appendList(out, "cellXfs", this.xfs, "cellStyles");
    out = appendList(out, "dxfs", this.dxfs, "tableStyles");
    return out;
  }
}

/** Counts in an existing styles part: where our entries start. */
export function styleCounts(xml: string): Counts {
  const count = (tag: string) => {
    const m = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${tag}>)`).exec(xml);
    return m ? countChildren(m[1] ?? "", tag) : 0;
  };
  const ids = [...xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  return { numFmtMax: Math.max(163, ...ids), fonts: count("fonts"), fills: count("fills"), borders: count("borders"), cellXfs: count("cellXfs"), dxfs: count("dxfs") };
}

const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

function appendList(xml: string, tag: string, items: string[], _next: string): string {
  if (!items.length) return xml;
  const full = new RegExp(`(<(?:\\w+:)?${tag}\\b[^>]*?)(?:count="\\d+")?([^>]*?)>([\\s\\S]*?)(</(?:\\w+:)?${tag}>)`);
  const m = full.exec(xml);
  if (m) {
    const existing = countChildren(m[3]!, tag);
    const open = `${m[1]!.replace(/\s+$/, "")} count="${existing + items.length}"${m[2]!.replace(/count="\d+"/, "")}>`;
    return xml.slice(0, m.index) + open + m[3] + items.join("") + m[4] + xml.slice(m.index + m[0].length);
  }
  const empty = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*/>`).exec(xml);
  const el = `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
  if (empty) return xml.slice(0, empty.index) + el + xml.slice(empty.index + empty[0].length);
  // absent: before the first section that follows it
  for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(tag) + 1)) {
    const at = new RegExp(`<(?:\\w+:)?${later}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + el + xml.slice(at.index);
  }
  return xml.replace(/<\/(?:\w+:)?styleSheet>\s*$/, `${el}$&`);
}

function countChildren(inner: string, tag: string): number {
  const child = tag === "numFmts" ? "numFmt" : tag === "fonts" ? "font" : tag === "fills" ? "fill" : tag === "borders" ? "border" : tag === "dxfs" ? "dxf" : "xf";
  return [...inner.matchAll(new RegExp(`<(?:\\w+:)?${child}[\\s/>]`, "g"))].length;
}
