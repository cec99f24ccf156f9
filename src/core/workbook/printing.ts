// How each sheet prints, decided with its layout: A4, fitted to one page wide, landscape when the
// table is wider than it is tall or too wide to stay readable in portrait, titles repeated on every
// page, a header with the sheet's title and the date, page numbers in the footer. Sizes are
// estimated from the plan's column widths and row heights (Arial 10), which is what both Excel and
// LibreOffice lay out from.
import type { ColumnPlan, PagePlan, RowPlan } from "./plan";
import type { Labels } from "./labels";

/** Arial 10: the book's font (plan.font); a row is 12.75 pt, a character unit 7 px wide. */
export const FONT = { name: "Arial", size: 10 } as const;
export const ROW_PT = 12.75;
export const DEFAULT_WIDTH = 9.14;

const A4 = { width: 595.3, height: 841.9 };
export const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.7, header: 0.3, footer: 0.3 } as const;

export function columnPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

/** Printed width of columns 0..cols-1, hidden ones left out. */
export function printedWidth(columns: readonly ColumnPlan[], cols: number): number {
  const byIndex = new Map(columns.map((c) => [c.index, c] as const));
  let w = 0;
  for (let i = 0; i < cols; i++) {
    const c = byIndex.get(i);
    if (!c?.hidden) w += columnPoints(c?.width ?? DEFAULT_WIDTH);
  }
  return w;
}

export function printedHeight(rows: readonly RowPlan[] | undefined, count: number, from = 0): number {
  const byIndex = new Map((rows ?? []).map((r) => [r.index, r] as const));
  let h = 0;
  for (let i = from; i < from + count; i++) {
    const r = byIndex.get(i);
    if (!r?.hidden) h += r?.height ?? ROW_PT;
  }
  return h;
}

function printable(orientation: PagePlan["orientation"]): { width: number; height: number } {
  const w = orientation === "portrait" ? A4.width : A4.height;
  const h = orientation === "portrait" ? A4.height : A4.width;
  return { width: w - (MARGINS.left + MARGINS.right) * 72, height: h - (MARGINS.top + MARGINS.bottom) * 72 };
}

/** Landscape when the table is wider than tall, or when portrait would shrink it below 85 %. */
export function orientationFor(widthPt: number, heightPt: number): PagePlan["orientation"] {
  return widthPt > heightPt || widthPt > printable("portrait").width / 0.85 ? "landscape" : "portrait";
}

/** Body rows that fit on one printed page under the repeated title rows, at the fit-to-width scale. */
export function rowsPerPage(orientation: PagePlan["orientation"], widthPt: number, titleHeightPt: number): number {
  const area = printable(orientation);
  const scale = Math.min(1, area.width / Math.max(widthPt, 1));
  // a tenth kept free: both programs measure fonts a little differently from this estimate
  return Math.max(5, Math.floor(((area.height / scale - titleHeightPt) * 0.9) / ROW_PT));
}

/** Text for a header or footer: a literal "&" is "&&" there. */
export function headerText(s: string): string {
  return s.replace(/&/g, "&&");
}

export interface PageOptions {
  title: string;
  L: Labels;
  widthPt: number;
  heightPt: number;
  titleRows?: [number, number];
  titleCols?: [number, number];
  fitTall?: 0 | 1;
  breaks?: number[];
  area?: string;
  orientation?: PagePlan["orientation"];
}

export function pagePlan(o: PageOptions): PagePlan {
  return {
    paper: "A4",
    orientation: o.orientation ?? orientationFor(o.widthPt, o.heightPt),
    fitTall: o.fitTall ?? 0,
    ...(o.titleRows ? { titleRows: o.titleRows } : {}),
    ...(o.titleCols ? { titleCols: o.titleCols } : {}),
    breaks: o.breaks ?? [],
    header: { left: headerText(o.title), right: o.L.print.printed },
    footer: { center: o.L.print.page },
    margins: { ...MARGINS },
    ...(o.area ? { area: o.area } : {}),
  };
}

/**
 * Page breaks that keep blocks whole: a block starts a new page when it would not fit in what is
 * left of the current one. A block taller than a page starts a page of its own and runs over.
 */
export function blockBreaks(blocks: { row: number; rows: number }[], perPage: number): number[] {
  const breaks: number[] = [];
  let left = perPage;
  blocks.forEach((b, i) => {
    if (i > 0 && b.rows > left) {
      breaks.push(b.row);
      left = perPage;
    }
    left -= b.rows;
    while (left < 0) left += perPage;
  });
  return breaks;
}
