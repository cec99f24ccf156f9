// One plan sheet as a worksheet part, written as text row by row: no object per cell beyond the
// plan's own, so a national data sheet (19 000 rows) costs what its XML costs. Elements follow the
// order CT_Worksheet prescribes.
import { colLetter, a1 } from "../../core/workbook/address";
import { FUTURE_FUNCTIONS, type Cell, type PagePlan, type SheetPlan } from "../../core/workbook/plan";
import { StyleSheet } from "./styleSheet";
import { attrs, esc, escText, NS_MAIN, NS_REL, XML_DECL } from "./xml";

const FUTURE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");

/** Plan formulas are UI syntax; the file format wants post-2007 functions as "_xlfn.NAME". */
export function toFileFormula(f: string): string {
  if (!FUTURE_FUNCTIONS.some((fn) => f.includes(fn))) return f.charCodeAt(0) === 61 ? f.slice(1) : f;
  // split on string literals so text such as "AGGREGATE(" inside quotes stays as written
  return f
    .replace(/^=/, "")
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(FUTURE, "_xlfn.$1(")))
    .join("");
}

interface Rect { r1: number; c1: number; r2: number; c2: number }

export function parseRange(ref: string): Rect {
  const [a, b = a] = ref.replace(/\$/g, "").split(":") as [string, string?];
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`not an A1 cell: ${s}`);
    let col = 0;
    for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const x = p(a), y = p(b!);
  return { r1: Math.min(x.row, y.row), c1: Math.min(x.col, y.col), r2: Math.max(x.row, y.row), c2: Math.max(x.col, y.col) };
}

export interface SheetRels {
  drawing?: string;
  legacyDrawing?: string;
  tables: string[];
}

/** Whether any cell of the sheet carries a note (the sheet then needs a comments part). */
export function hasNotes(sp: SheetPlan): boolean {
  return sp.blocks.some((b) => b.cells.some((row) => row.some((c) => c?.note)));
}

/** Row → the plan cells on it, with their columns, from every block that covers it. */
function rowsOf(sp: SheetPlan): { last: number; at: (r: number) => [number, Cell][] } {
  let last = -1;
  for (const b of sp.blocks) last = Math.max(last, b.row + b.cells.length - 1);
  const byRow = new Map<number, typeof sp.blocks>();
  // blocks are few: index them by the rows they cover lazily
  return {
    last,
    at: (r) => {
      let blocks = byRow.get(r);
      if (!blocks) {
        blocks = sp.blocks.filter((b) => r >= b.row && r < b.row + b.cells.length);
        if (blocks.length > 1) byRow.set(r, blocks);
      }
      const out: [number, Cell][] = [];
      for (const b of blocks) {
        const cells = b.cells[r - b.row]!;
        for (let j = 0; j < cells.length; j++) out.push([b.col + j, cells[j]!]);
      }
      if (blocks.length > 1) out.sort((x, y) => x[0] - y[0]);
      return out;
    },
  };
}

function isEmpty(c: Cell): boolean {
  return c.v === undefined && c.f === undefined && !c.fmt && !c.s && !c.note && !c.text;
}

function cellXml(ref: string, c: Cell, s: number): string {
  const sa = s ? ` s="${s}"` : "";
  if (c.f !== undefined) return `<c r="${ref}"${sa}><f>${escText(toFileFormula(c.f))}</f></c>`;
  const v = c.v;
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${sa}><v>${v}</v></c>` : `<c r="${ref}"${sa}/>`;
  if (typeof v === "boolean") return `<c r="${ref}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}"${sa} t="inlineStr"><is>${textElement(v)}</is></c>`;
  return `<c r="${ref}"${sa}/>`;
}

/** <t>, keeping spaces at the ends and line breaks only where the text has them. */
export function textElement(v: string): string {
  return /^\s|\s$|[\t\n\r]/.test(v) ? `<t xml:space="preserve">${escText(v)}</t>` : `<t>${escText(v)}</t>`;
}

function viewXml(sp: SheetPlan, selected: boolean): string {
  const f = sp.freeze;
  const tab = selected ? ' tabSelected="1"' : "";
  if (!f || (f.rows === 0 && f.cols === 0)) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane = f.rows && f.cols ? "bottomRight" : f.rows ? "bottomLeft" : "topRight";
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane${attrs({ xSplit: f.cols || undefined, ySplit: f.rows || undefined, topLeftCell: a1(f.rows, f.cols), activePane: pane, state: "frozen" })}/>` +
    `<selection pane="${pane}" activeCell="${a1(f.rows, f.cols)}" sqref="${a1(f.rows, f.cols)}"/>` +
    `</sheetView></sheetViews>`
  );
}

function colsXml(sp: SheetPlan): string {
  if (!sp.columns.length) return "";
  const cols = [...sp.columns].sort((a, b) => a.index - b.index);
  return `<cols>${cols.map((c) => `<col${attrs({ min: c.index + 1, max: c.index + 1, width: c.width, customWidth: true, hidden: !!c.hidden })}/>`).join("")}</cols>`;
}

function headerFooterText(part: { left?: string; center?: string; right?: string }): string {
  return `${part.left ? `&L${part.left}` : ""}${part.center ? `&C${part.center}` : ""}${part.right ? `&R${part.right}` : ""}`;
}

function pageXml(p: PagePlan): { setup: string; breaks: string } {
  const m = p.margins;
  const setup =
    `<pageMargins${attrs({ left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer })}/>` +
    `<pageSetup${attrs({ paperSize: 9, orientation: p.orientation, fitToWidth: 1, fitToHeight: p.fitTall })}/>` +
    `<headerFooter><oddHeader>${escText(headerFooterText(p.header))}</oddHeader><oddFooter>${escText(headerFooterText(p.footer))}</oddFooter></headerFooter>`;
  const breaks = p.breaks.length
    ? `<rowBreaks count="${p.breaks.length}" manualBreakCount="${p.breaks.length}">${p.breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`
    : "";
  return { setup, breaks };
}

export interface Sink {
  write(s: string): void;
}

/** A sink collecting a small part as one string. */
export function stringSink(): Sink & { text: () => string } {
  const parts: string[] = [];
  return { write: (x) => void parts.push(x), text: () => parts.join("") };
}

/** Writes the worksheet part into `sink`; returns the sheet's notes, for its comments part. */
export function sheetXml(sp: SheetPlan, styles: StyleSheet, opts: { selected: boolean; rels: SheetRels; defaultRowHeight: number }, sink: Sink): { notes: { ref: string; text: string }[] } {
  const notes: { ref: string; text: string }[] = [];
  const borders = (sp.borders ?? []).map(parseRange).sort((a, b) => a.c1 - b.c1);
  const rowPlans = new Map((sp.rows ?? []).map((r) => [r.index, r] as const));
  const { last, at } = rowsOf(sp);
  const lastRow = Math.max(last, ...borders.map((b) => b.r2), 0);
  const lastCol = Math.max(0, ...sp.blocks.map((b) => b.col + b.cells.reduce((n, r) => Math.max(n, r.length), 0) - 1), ...borders.map((b) => b.c2));
  const colRefs: string[] = [];
  const col = (c: number) => (colRefs[c] ??= colLetter(c));
  const borderXf = borders.length ? styles.xf(undefined, undefined, true) : 0;

  sink.write(
    XML_DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (sp.page ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="A1:${a1(lastRow, lastCol)}"/>` +
    viewXml(sp, opts.selected) +
    `<sheetFormatPr defaultRowHeight="${opts.defaultRowHeight}"/>` +
    colsXml(sp) +
    `<sheetData>`,
  );
  for (let r = 0; r <= lastRow; r++) {
    const R = r + 1;
    const rowBorders = borders.length ? borders.filter((b) => r >= b.r1 && r <= b.r2) : borders;
    const cells = at(r);
    let row = "";
    let next = 0; // next column not yet written
    const fill = (upTo: number) => {
      // empty cells inside a bordered table still need the border
      for (const b of rowBorders) {
        for (let c = Math.max(b.c1, next); c <= Math.min(b.c2, upTo - 1); c++) row += `<c r="${col(c)}${R}" s="${borderXf}"/>`;
      }
    };
    for (const [c, cell] of cells) {
      if (!cell || isEmpty(cell) || c < next) continue; // two blocks on one cell: the first wins
      let bordered = false;
      if (rowBorders.length) {
        fill(c);
        bordered = rowBorders.some((b) => c >= b.c1 && c <= b.c2);
      }
      const fmt = cell.fmt ?? (cell.text ? "@" : undefined);
      row += cellXml(`${col(c)}${R}`, cell, styles.xf(cell.s, fmt, bordered));
      if (cell.note) notes.push({ ref: `${col(c)}${R}`, text: cell.note });
      next = c + 1;
    }
    if (rowBorders.length) fill(rowBorders[rowBorders.length - 1]!.c2 + 1);
    const rp = rowPlans.get(r);
    if (!row && !rp) continue;
    sink.write(`<row${attrs({ r: R, ht: rp?.height, customHeight: rp?.height !== undefined, hidden: !!rp?.hidden })}>${row}</row>`);
  }
  sink.write("</sheetData>");

  if (sp.merges?.length) sink.write(`<mergeCells count="${sp.merges.length}">${sp.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  let priority = 1;
  for (const c of sp.conditionalFormats) {
    sink.write(`<conditionalFormatting sqref="${esc(c.ref)}">${c.rules.map((rule) => `<cfRule type="expression" dxfId="${styles.dxf(rule.style)}" priority="${priority++}"><formula>${escText(toFileFormula(rule.formula))}</formula></cfRule>`).join("")}</conditionalFormatting>`);
  }
  if (sp.validations.length) {
    sink.write(`<dataValidations count="${sp.validations.length}">${sp.validations
      .map((v) => {
        const formula = v.listFormula ? toFileFormula(v.listFormula) : `"${(v.list ?? []).join(",")}"`;
        return `<dataValidation${attrs({ type: "list", allowBlank: true, showInputMessage: !!v.prompt, showErrorMessage: true, prompt: v.prompt, sqref: v.ref.replace(/\$/g, "") })}><formula1>${escText(formula)}</formula1></dataValidation>`;
      })
      .join("")}</dataValidations>`);
  }
  const page = sp.page ? pageXml(sp.page) : { setup: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>', breaks: "" };
  sink.write(
    page.setup +
    page.breaks +
    (opts.rels.drawing ? `<drawing r:id="${opts.rels.drawing}"/>` : "") +
    (opts.rels.legacyDrawing ? `<legacyDrawing r:id="${opts.rels.legacyDrawing}"/>` : "") +
    (opts.rels.tables.length ? `<tableParts count="${opts.rels.tables.length}">${opts.rels.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "") +
    `</worksheet>`,
  );
  return { notes };
}
