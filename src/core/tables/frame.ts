// What stands around a table: its title (a merged row of a sheet, the paragraph above it in a
// report) and the organisation header of the document. The title gives the period ("… NĂM 2023",
// "… 9 THÁNG NĂM 2024") and may name the unit ("… CỦA TỈNH PHÚ THỌ"); the organisation header
// ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ", "CỤC THỐNG KÊ TỈNH NGHỆ AN") names the unit the tables speak for.
import { fold } from "../text/fold";
import { findDates, findPeriods, formatPeriod, PeriodRef } from "../extract/period";
import type { ReadTable } from "./types";
import { unitOfOrganisation, unitOfTitle } from "./units";

export interface TableContext {
  mainUnit?: string;
  province?: string;
  review?: PeriodRef & { year: number };
}

export interface Frame {
  /** the title as shown to the user */
  title?: string;
  /** the unit of government the table speaks for ("" when unknown) */
  entity: string;
  /** where the entity came from, for the user */
  entityFrom?: "title" | "user" | "organisation" | "document";
  /** the period the title names ("2023", "2024-YTD09") */
  period?: string;
  year?: number;
  /** the title's span within its year (H1, YTD09), for "Cùng kỳ năm 2023" columns */
  span?: PeriodRef;
}

// "(Kèm theo Báo cáo số 215/BC-UBND ngày 05/12/2023 …)": a document cited, not the table's period
const CITED = /\((?:kèm theo|ban hành kèm|theo)[^)]*\)|(?:kèm theo|ban hành kèm theo)\s[^\n]*|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/gu;

function periodOf(line: string, fallbackYear: number | undefined): { period?: string; year?: number; span?: PeriodRef } | undefined {
  const f = fold(line.normalize("NFC")).replace(CITED, " ");
  const periods = findPeriods(f, findDates(f)).filter((x) => !x.comparison && x.ref.kind !== "TERM");
  // "THÁNG 9 VÀ 9 THÁNG NĂM 2024": the widest span named last is the table's own
  const last = periods[periods.length - 1];
  const years = [...f.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => +m[1]);
  if (last) {
    const year = last.ref.year ?? years[years.length - 1] ?? fallbackYear;
    if (year === undefined) return undefined;
    return { period: formatPeriod(last.ref, year) ?? undefined, year, ...(last.ref.kind !== "Y" ? { span: last.ref } : {}) };
  }
  if (years.length === 1) return { period: String(years[0]), year: years[0] };
  return undefined;
}

/** The lines of text just above the table (nearest first), back to the previous table. */
function linesAbove(text: string | undefined, table: ReadTable, previousEnd: number): string[] {
  if (!text || table.start === undefined) return [];
  const above = text.slice(Math.max(previousEnd, 0, table.start - 1500), table.start);
  return above.split(/\n+/).map((l) => l.trim()).filter(Boolean).reverse().slice(0, 4);
}

export interface FrameInput {
  table: ReadTable;
  /** the rows above the table's header that hold one text each */
  titleRows: string[];
  text?: string;
  previousEnd: number;
  userEntity?: string;
  context?: TableContext;
}

export function readFrame(input: FrameInput): Frame {
  const { table, titleRows, text, context } = input;
  const above = linesAbove(text, table, input.previousEnd);
  // nearest first: the table's own title rows, the caption the reader found, the lines above
  const titles = [...[...titleRows].reverse(), ...(table.title ? [table.title] : []), ...above].filter((t) => t.length < 400);
  const title = [...titleRows, ...(table.title && !titleRows.includes(table.title) ? [table.title] : [])].join(" ") || above.find((l) => /\p{L}{3}/u.test(l) && l.length < 250);
  const fallbackYear = context?.review?.year;
  let when: ReturnType<typeof periodOf>;
  for (const t of titles) if ((when = periodOf(t, fallbackYear))) break;
  if (!when && context?.review) when = { period: formatPeriod(context.review, context.review.year) ?? undefined, year: context.review.year, ...(context.review.kind !== "Y" ? { span: context.review } : {}) };

  let entity = "";
  let entityFrom: Frame["entityFrom"];
  for (const t of titles) {
    const u = unitOfTitle(t);
    if (u) {
      entity = u.name;
      entityFrom = "title";
      break;
    }
  }
  if (!entity && input.userEntity) {
    entity = input.userEntity;
    entityFrom = "user";
  }
  if (!entity) {
    const before = text && table.start !== undefined ? text.slice(Math.max(0, table.start - 1500), table.start) : "";
    const org = unitOfOrganisation([...titleRows, before].join("\n")) ?? (text ? unitOfOrganisation(text.slice(0, 600)) : undefined);
    if (org) {
      entity = org.name;
      entityFrom = "organisation";
    }
  }
  if (!entity && context?.mainUnit) {
    entity = context.mainUnit;
    entityFrom = "document";
  }
  return { ...(title ? { title } : {}), entity, ...(entityFrom ? { entityFrom } : {}), ...(when ?? {}) };
}
