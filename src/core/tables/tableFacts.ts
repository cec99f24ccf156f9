// Indicator tables → facts. Rows name indicators (matched through the catalog's aliases), the ĐVT
// column gives the unit, column headers give basis, period and measure; the unit of government
// comes from the table title or the document. Every fact points at its cell.
import { Catalog, Indicator } from "../catalog/catalog";
import { fold } from "../text/fold";
import { findEntities } from "../entities/entities";
import { findDates, findPeriods, formatPeriod, PeriodRef } from "../extract/period";
import type { Fact } from "../facts/fact";
import type { ReadTable } from "./types";
import { toGrid, GridCell, columnLetters } from "./grid";
import { readHeader, joinHeader, completePeriod, ColumnMeaning } from "./header";
import { readCellValue, tableConvention } from "./cellValue";
import { readRowUnit, fits, RowUnit } from "./rowUnit";

export interface TableContext {
  mainUnit?: string;
  province?: string;
  review?: PeriodRef & { year: number };
}

export interface TableFactOptions {
  doc: string;
  /** the document text as read: a row label found in it gives the fact its offsets */
  text?: string;
  /** the unit the user says the document speaks for */
  entity?: string;
  /** what the document's prose says about itself (extractFacts(...).context) */
  context?: TableContext;
  catalog?: Catalog;
}

export interface TableFactsResult {
  facts: Fact[];
  warnings: string[];
}

let defaultCatalog: Catalog | undefined;

// column numbering rows ("A | B | 1 | 2 | 3=2/1") are neither header words nor data
const NUMBERING = /^\(?(?:\d{1,2}|[A-Za-z])\)?(?:\s*=.*)?$/u;
const LABEL_PREFIX = /^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-–•+*])\s*/u;

function hasNumber(text: string): boolean {
  return readCellValue(text) !== null;
}

function isLabel(text: string): boolean {
  return (text.match(/\p{L}/gu) ?? []).length >= 3;
}

function titleYear(title: string | undefined, ctx: TableContext | undefined): { period?: string; year?: number } {
  if (title) {
    const f = fold(title.normalize("NFC"));
    const p = findPeriods(f, findDates(f)).filter((x) => !x.comparison && x.ref.kind !== "TERM");
    const last = p[p.length - 1];
    if (last) {
      const year = last.ref.year ?? ctx?.review?.year;
      return { period: formatPeriod(last.ref, year) ?? undefined, year };
    }
    const y = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(f);
    if (y) return { period: y[1], year: +y[1] };
  }
  if (ctx?.review) return { period: formatPeriod(ctx.review, ctx.review.year) ?? undefined, year: ctx.review.year };
  return {};
}

function titleEntity(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const t = title.normalize("NFC");
  const m = findEntities(t, fold(t)).find((e) => !e.inTitle);
  return m?.name;
}

function pickIndicator(catalog: Catalog, label: string, unit: RowUnit | undefined): Indicator | undefined {
  const hits = catalog.findAliases(fold(label.normalize("NFC"))).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const ids = hits.flatMap((h) => h.ids);
  const candidates = ids.map((id) => catalog.get(id)).filter((i): i is Indicator => !!i);
  if (!unit) return candidates[0];
  return candidates.find((i) => fits(unit, i.unit));
}

function locate(text: string | undefined, label: string, table: ReadTable): { start: number; end: number } {
  const fallback = table.start ?? 0;
  if (!text || !label) return { start: fallback, end: fallback };
  const from = table.start ?? 0;
  let at = text.indexOf(label, from);
  if (at < 0 || (table.end !== undefined && at >= table.end)) at = text.indexOf(label);
  return at < 0 ? { start: fallback, end: fallback } : { start: at, end: at + label.length };
}

export function tableFacts(tables: ReadTable[], opts: TableFactOptions): TableFactsResult {
  const catalog = opts.catalog ?? (defaultCatalog ??= Catalog.default());
  const facts: Fact[] = [];
  const warnings: string[] = [];
  tables.forEach((given, ti) => {
    let table = given;
    const grid = toGrid(table);
    const where = `table ${ti + 1}${table.sheet ? ` (sheet ${table.sheet})` : ""}${table.title ? ` "${table.title.slice(0, 60)}"` : ""}`;
    if (grid.length < 2) return;
    const width = grid[0].length;

    const isData = (row: GridCell[]) => {
      const labelAt = row.findIndex((c) => isLabel(c.text));
      return labelAt >= 0 && row.some((c, i) => i > labelAt && hasNumber(c.text));
    };
    const firstData = grid.findIndex(isData);
    if (firstData <= 0) {
      if (firstData === 0) warnings.push(`${where}: no header row, columns cannot be read`);
      return;
    }
    // leading rows holding one text only (a merged title over the table) are its title, not a header
    let top = 0;
    const titles: string[] = table.title ? [table.title] : [];
    while (top < firstData - 1) {
      const filled = grid[top].filter((c) => c.text.trim());
      if (!filled.length || filled.some((c) => c.origin !== filled[0].origin)) break;
      if (!/\p{L}/u.test(filled[0].text)) break;
      titles.push(filled[0].text.trim());
      top++;
    }
    if (titles.length) table = { ...table, title: titles.join(" ") };
    const headerRows = grid.slice(top, firstData).filter((row) => !row.every((c) => !c.text.trim() || NUMBERING.test(c.text.trim())));
    const cols: ColumnMeaning[] = [];
    for (let c = 0; c < width; c++) cols.push(readHeader(joinHeader(headerRows.map((r) => r[c].text))));

    let labelCol = cols.findIndex((c) => c.role === "label");
    if (labelCol < 0) {
      // no "Chỉ tiêu" header: the column holding the most words in data rows
      const score = (c: number) => grid.slice(firstData).filter((r) => isLabel(r[c].text) && !hasNumber(r[c].text)).length;
      labelCol = [...Array(width).keys()].filter((c) => cols[c].role !== "unit" && cols[c].role !== "order").sort((a, b) => score(b) - score(a))[0] ?? 0;
      cols[labelCol] = { role: "label", header: cols[labelCol].header };
    }
    const unitCol = cols.findIndex((c) => c.role === "unit");
    const title = titleYear(table.title, opts.context);
    const entity = titleEntity(table.title) ?? opts.entity ?? opts.context?.mainUnit ?? "";
    if (!entity) warnings.push(`${where}: reporting unit unknown: set it with --entity`);

    // a comparison column without a period of its own compares the figure in the column before it
    const periods: Array<string | undefined> = cols.map((c) => completePeriod(c, title.year));
    cols.forEach((c, i) => {
      if (c.role !== "value" || periods[i]) return;
      if (c.measure !== "value") {
        for (let j = i - 1; j >= 0; j--) {
          if (cols[j].role === "value" && cols[j].measure === "value" && cols[j].basis !== "plan" && periods[j]) {
            periods[i] = periods[j];
            if (!/ước|th|thực hiện/u.test(fold(c.header))) c.basis = cols[j].basis;
            break;
          }
        }
      }
      periods[i] ??= title.period;
    });
    const unread = cols.filter((c, i) => c.role === "value" && !periods[i]);
    if (unread.length) warnings.push(`${where}: no period for column${unread.length > 1 ? "s" : ""} ${unread.map((c) => `"${c.header}"`).join(", ")}`);

    const convention = tableConvention(grid.slice(firstData).flatMap((row) => row.filter((_c, i) => cols[i].role === "value").map((c) => c.text)));
    let unmatched = 0;
    for (let r = firstData; r < grid.length; r++) {
      const row = grid[r];
      const rawLabel = row[labelCol].text.replace(/\s+/g, " ").trim();
      const label = rawLabel.replace(LABEL_PREFIX, "");
      if (!isLabel(label)) continue;
      const dvt = unitCol >= 0 ? row[unitCol].text : "";
      const unit = readRowUnit(dvt);
      const ind = pickIndicator(catalog, label, unit);
      if (!ind) {
        if (row.some((c, i) => i !== labelCol && cols[i].role === "value" && hasNumber(c.text))) unmatched++;
        continue;
      }
      const factor = unit && unit.canonical === ind.unit ? unit.factor : unit?.counted ? unit.factor : 1;
      const span = locate(opts.text, rawLabel, table);
      for (let c = 0; c < width; c++) {
        const col = cols[c];
        const cell = row[c];
        if (col.role !== "value" || !cell.own || !periods[c] || !col.measure || !col.basis) continue;
        const read = readCellValue(cell.text, convention);
        if (!read) continue;
        // comparisons of a rate with its plan or last year are differences in points, not ratios
        if (col.measure !== "value" && ind.unit === "%") continue;
        const warn = [...read.warnings];
        let value = read.value;
        if (col.measure === "value") value = round(value * factor);
        else if (col.measure === "yoy_pct" && !col.signedChange) {
          if (value >= 30) value = round(value - 100);
          else warn.push(`"${cell.text.trim()}" under "${col.header}" is too small for a ratio to last year: read as the change itself`);
        }
        const address = cell.origin.address ?? (table.sheet !== undefined ? `${columnLetters(c)}${r + 1}` : undefined);
        const fact: Fact = {
          doc: opts.doc,
          entity,
          indicator: ind.id,
          period: periods[c]!,
          basis: col.basis,
          measure: col.measure,
          value,
          unit: col.measure === "value" ? ind.unit : "%",
          qualifier: null,
          ...(col.measure === "pct_of_plan" ? { planRef: null } : {}),
          ...(warn.length ? { warnings: warn } : {}),
          source: {
            start: span.start,
            end: span.end,
            // offsets always slice to the text; the cell's own words travel with its position
            text: opts.text ? opts.text.slice(span.start, span.end) : "",
            cell: {
              quote: `${rawLabel} | ${col.header}: ${cell.text.trim()}`,
              table: ti,
              row: r,
              col: c,
              ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
              ...(address ? { address } : {}),
              ...(table.page !== undefined ? { page: table.page } : {}),
            },
          },
        };
        if (!entity) fact.warnings = [...(fact.warnings ?? []), "reporting unit unknown: set it with --entity"];
        facts.push(fact);
      }
    }
    if (unmatched) warnings.push(`${where}: ${unmatched} row${unmatched > 1 ? "s" : ""} with figures name no indicator in the catalog`);
  });
  return { facts, warnings };
}

function round(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}
