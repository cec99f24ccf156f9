// Finds the periods a text speaks of ("năm 2023", "Quý I năm 2024", "6 tháng đầu năm",
// "tháng 11/2023", "nhiệm kỳ 2020 - 2025", "tính đến 30/11") and the dates that are not periods
// (meeting days, document dates), which must not be read as figures either.

import { wordMatches } from "../text/trie";
export type PeriodKind = "Y" | "Q" | "H" | "M" | "YTD" | "TERM";

export interface PeriodRef {
  kind: PeriodKind;
  /** absent when the text leaves the year to context ("Quý I", "6 tháng đầu năm") */
  year?: number;
  /** quarter, half, month or last month of a year-to-date */
  n?: number;
  endYear?: number;
  /** relative year: 0 this year, +1 next year ("năm tới"), -1 last year ("năm trước") */
  relative?: number;
  /** a price base ("giá so sánh 2010"): never the period of a figure */
  priceBase?: boolean;
  /** a term named by the words "trong nhiệm kỳ", "5 năm qua": settled against the terms the document names */
  current?: boolean;
  /** "cả giai đoạn": the five-year plan's period ("giai đoạn 2021-2025") rather than the party's term */
  plan?: boolean;
}

export interface PeriodSpan {
  start: number;
  end: number;
  ref: PeriodRef;
  /** a comparison base ("so với cùng kỳ năm 2022") or a price base ("giá so sánh 2010"), not the period of a figure */
  comparison: boolean;
  /** a cumulative span ("từ năm 2020 đến nay") */
  cumulative: boolean;
}

export interface DateSpan {
  start: number;
  end: number;
  day?: number;
  month: number;
  year?: number;
}

const E = "(?![\\p{L}\\p{N}])";
const MONTH_COUNT: Record<string, number> = { hai: 2, ba: 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12 };
// longest first: "mười hai" before "mười"
const MONTH_NAME: Record<string, number> = { "mười hai": 12, "mười một": 11, "giêng": 1, hai: 2, ba: 3, "tư": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "chạp": 12 };
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const YEAR = "((?:19|20)\\d{2})";
const OPT_YEAR = `(?:\\s*(?:năm|/|-)\\s*${YEAR})?`;
// after a word that already says "năm": "6 tháng đầu năm 2024", "6 tháng đầu năm/2024"
const NAM_YEAR = `(?:\\s*[/-]?\\s*${YEAR})?`;

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray, lead: RegExpExecArray | null) => PeriodRef | null;
  /** words just before the match that belong to the span, checked in code (a leading group would be tried everywhere) */
  lead?: RegExp;
  /** the span is only a period with its lead words */
  needsLead?: boolean;
}

// Order matters: longer, more specific forms first; a span taken is not matched again.
const RULES: Rule[] = [
  // giá so sánh 2010 | theo giá so sánh năm 2010: a price base, taken here so that it is never a period or a figure
  { re: new RegExp(`giá\\s+(?:so\\s+sánh|cố\\s+định)(?:\\s+năm)?\\s+${YEAR}${E}`, "gu"),
    make: (m) => ({ kind: "Y", year: +m[1], priceBase: true }) },
  // nhiệm kỳ 2020 - 2025 | giai đoạn 2021-2025 | nhiệm kỳ (2020 - 2025)
  // (found from its years: a pattern that starts with the words would be tried at every position)
  { re: new RegExp(`${YEAR}\\s*(?:[-–]|đến)\\s*(?:năm\\s+)?${YEAR}\\s*\\)?`, "gu"), needsLead: true,
    lead: /(?:nhiệm kỳ|giai đoạn|thời kỳ|(?:trong\s+)?\d\s+năm(?:\s+qua)?|bình quân|cả giai đoạn)\s*\(?\s*(?:từ\s+)?(?:năm\s+)?$/u,
    make: (m) => ({ kind: "TERM", year: +m[1], endYear: +m[2] }) },
  // trong nhiệm kỳ | cả nhiệm kỳ | nhiệm kỳ qua: the term being reviewed; nhiệm kỳ tới: the next (settled in settleTerms);
  // a bare "nhiệm kỳ" ("Ban Chấp hành nhiệm kỳ") is none
  { re: new RegExp(`nhiệm kỳ(?:\\s+(qua|này|vừa qua|tới|mới|sau|kế tiếp))?(?!\\s*\\(?\\s*\\d)${E}`, "gu"),
    lead: /(?<![\p{L}])(?:trong|cả|suốt|qua)\s+$/u,
    make: (m, lead) => (m[1] || lead ? { kind: "TERM", relative: /tới|mới|sau|kế tiếp/.test(m[1] ?? "") ? 1 : 0, current: true } : null) },
  // cả giai đoạn | trong giai đoạn này: the plan period the document reviews
  { re: new RegExp(`giai đoạn(?:\\s+(này|vừa qua|qua))?(?!\\s*\\(?\\s*(?:từ\\s+)?(?:năm\\s+)?\\d)${E}`, "gu"),
    lead: /(?<![\p{L}])(?:trong|cả|suốt)\s+$/u, needsLead: true,
    make: () => ({ kind: "TERM", relative: 0, current: true, plan: true }) },
  // tổng vốn đầu tư toàn xã hội 5 năm: the five-year plan's period (its figure a target or a result, settled with its basis)
  { re: new RegExp(`(?:5|năm)\\s+năm(?!\\s*(?:qua|tới|trước|sau|nay|\\d))${E}`, "gu"), lead: /(?<![\p{L}])(?:trong|cả|suốt)\s+$/u,
    make: (m) => (/^(?:5|năm)/u.test(m[0]) && !/(?<![\p{L}\p{N}])(?:\d|năm)\s*$/u.test(m.input.slice(Math.max(0, m.index - 4), m.index)) ? { kind: "TERM", relative: 0, current: true, plan: true } : null) },
  // 5 năm qua | năm năm qua
  { re: new RegExp(`năm\\s+qua${E}`, "gu"), lead: /(?<![\p{L}\p{N}])(?:trong\s+)?(?:5|năm)\s+$/u, needsLead: true,
    make: () => ({ kind: "TERM", relative: 0, current: true }) },
  // 6 tháng đầu năm 2024 | sáu tháng đầu năm | nửa đầu năm 2024
  { re: new RegExp(`(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm${NAM_YEAR}${E}`, "gu"),
    make: (m) => ({ kind: "H", n: m[1] === "đầu" ? 1 : 2, year: m[2] ? +m[2] : undefined }) },
  { re: new RegExp(`nửa\\s+(đầu|cuối)\\s+năm${NAM_YEAR}${E}`, "gu"),
    make: (m) => ({ kind: "H", n: m[1] === "đầu" ? 1 : 2, year: m[2] ? +m[2] : undefined }) },
  // 9 tháng năm 2023 | 11 tháng đầu năm | 3 tháng đầu năm 2024
  { re: new RegExp(`tháng(?:\\s+đầu)?(?:\\s+năm${NAM_YEAR}|\\s*/\\s*${YEAR})?${E}`, "gu"), needsLead: true,
    lead: /(?<![\p{L}\p{N}])(\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười|mười một|mười hai)\s+$/u,
    make: (m, lead) => {
      const n = MONTH_COUNT[lead![1]] ?? +lead![1];
      if (n < 1 || n > 12) return null;
      const year = m[1] ? +m[1] : m[2] ? +m[2] : undefined;
      if (n === 12) return { kind: "Y", year };
      if (n === 6) return { kind: "H", n: 1, year };
      if (n === 3) return { kind: "Q", n: 1, year };
      return { kind: "YTD", n, year };
    } },
  // đến hết quý III | tính đến cuối quý II năm 2024: from January to the quarter's end
  { re: new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?quý\\s+(iv|iii|ii|i|[1-4])${E}${OPT_YEAR}`, "gu"),
    make: (m) => {
      const n = ROMAN[m[1]] * 3;
      const year = m[2] ? +m[2] : undefined;
      return n === 12 ? { kind: "Y", year } : n === 6 ? { kind: "H", n: 1, year } : n === 3 ? { kind: "Q", n: 1, year } : { kind: "YTD", n, year };
    } },
  // Quý I năm 2024 | quý 4 | Quý II/2024 | quý IV-2023
  { re: new RegExp(`quý\\s+(iv|iii|ii|i|[1-4])${E}${OPT_YEAR}`, "gu"),
    make: (m) => ({ kind: "Q", n: ROMAN[m[1]], year: m[2] ? +m[2] : undefined }) },
  // tính đến 30/11/2023 | đến hết ngày 15/12 | tính đến hết tháng 10 năm 2023
  { re: new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*${YEAR})?${E}`, "gu"),
    make: (m) => { const mo = +m[2]; return mo >= 1 && mo <= 12 ? { kind: "YTD", n: mo, year: m[3] ? +m[3] : undefined } : null; } },
  { re: new RegExp(`(?:tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?tháng\\s+(\\d{1,2})${OPT_YEAR}${E}`, "gu"),
    make: (m) => { const mo = +m[1]; return mo >= 1 && mo <= 12 ? (mo === 12 ? { kind: "Y", year: m[2] ? +m[2] : undefined } : { kind: "YTD", n: mo, year: m[2] ? +m[2] : undefined }) : null; } },
  // tháng 11/2023 | tháng 11 năm 2023 | trong tháng 11
  // trong tháng | riêng trong tháng | tháng này: the month the report is on
  { re: new RegExp(`(?:trong|riêng trong)\\s+tháng(?!\\s*(?:\\d|[ivx]+(?![\\p{L}])|này|tới|sau|trước|qua))${E}|tháng\\s+này${E}`, "gu"),
    make: () => ({ kind: "M", relative: 0 }) },
  { re: new RegExp(`tháng\\s+(\\d{1,2})(?:\\s*/\\s*${YEAR}|\\s+năm\\s+${YEAR})?${E}`, "gu"),
    make: (m) => { const mo = +m[1]; return mo >= 1 && mo <= 12 ? { kind: "M", n: mo, year: m[2] ? +m[2] : m[3] ? +m[3] : undefined } : null; } },
  // tháng Chín | tháng Mười năm 2024 | tháng Giêng ("tháng năm" and "tháng một" are left out: too often other words)
  { re: new RegExp(`tháng\\s+(${Object.keys(MONTH_NAME).join("|")})(?:\\s+năm\\s+${YEAR})?${E}`, "gu"),
    make: (m) => ({ kind: "M", n: MONTH_NAME[m[1]], year: m[2] ? +m[2] : undefined }) },
  // năm 2023 | cả năm 2023 | cuối năm 2023 | năm học excluded
  { re: new RegExp(`năm\\s+${YEAR}${E}(?!\\s*[-–]\\s*\\d)`, "gu"),
    make: (m) => ({ kind: "Y", year: +m[1] }),
    lead: /(?<![\p{L}\p{N}])(?:cả|cuối|hết|trong|vào|đến|tới)\s+$/u },
  // từ đầu năm (đến nay): January up to the report's month, settled against the report's date
  { re: new RegExp(`từ\\s+đầu\\s+năm(?:\\s+(?:đến|tới)\\s+nay)?${E}`, "gu"),
    make: () => ({ kind: "YTD", relative: 0 }) },
  // năm nay | trong năm | năm qua | năm tới | năm sau | năm trước
  { re: new RegExp(`(?:(?:trong|cả)\\s+năm(?:\\s+(?:nay|qua))?|năm\\s+(?:nay|qua|tới|sau|trước|kế tiếp))${E}`, "gu"),
    make: (m) => {
      const w = m[0];
      if (/tới|sau|kế tiếp/.test(w)) return { kind: "Y", relative: 1 };
      if (/trước/.test(w)) return { kind: "Y", relative: -1 };
      return { kind: "Y", relative: 0 };
    } },
  // bare year in a heading-like position: "Xuân 2024" is not a period of figures; only "/2024" after a quarter is handled above
];

// ngày 15/7/2021 | 27/12 | 23/01/2024 | ngày 15 tháng 7 năm 2021 | ngày tháng 4 năm 2024
const DATE_RULES: Array<{ re: RegExp; make: (m: RegExpExecArray) => DateSpan | null }> = [
  { re: new RegExp(`ngày\\s+(?:(\\d{1,2})\\s+)?tháng\\s+(\\d{1,2})\\s+năm\\s+${YEAR}${E}`, "gu"),
    make: (m) => ({ start: m.index, end: m.index + m[0].length, day: m[1] ? +m[1] : undefined, month: +m[2], year: +m[3] }) },
  { re: new RegExp(`(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*${YEAR}${E}`, "gu"),
    make: (m) => (+m[2] >= 1 && +m[2] <= 12 ? { start: m.index, end: m.index + m[0].length, day: +m[1], month: +m[2], year: +m[3] } : null) },
  // digits first: the day word before is checked in code (an alternation of words tried at every position is slow)
  { re: new RegExp(`(\\d{1,2})\\s*/\\s*(\\d{1,2})${E}(?!\\s*/)`, "gu"),
    make: (m) => {
      if (!(+m[2] >= 1 && +m[2] <= 12)) return null;
      const before = DAY_WORD_BEFORE.exec(m.input.slice(Math.max(0, m.index - 16), m.index));
      if (!before) return null;
      return { start: m.index - before[0].length, end: m.index + m[0].length, day: +m[1], month: +m[2] };
    } },
];

const DAY_WORD_BEFORE = /(?<![\p{L}\p{N}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ)\s+(?:ngày\s+)?$/u;

// so với cùng kỳ năm 2022 | so với cuối năm 2022 | so cùng kỳ | so với năm trước
// "IIP bằng 114,8% năm 2023": the base of an index
const COMPARISON_BEFORE = /(?:so\s+với|so|(?<!đối\s)với|cùng\s+kỳ|bằng|gấp|bằng\s+[\d.,]+\s*%)(?:\s+(?:cùng\s+kỳ|cuối|đầu|hết|kế hoạch|kỳ))*\s*$/u;
// "cao hơn mức đạt được năm 2024": the base of a comparison, unless its own figure follows in brackets ("cao hơn quý I (5,51%)")
const HIGHER_THAN_BEFORE = /(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+hơn(?:\s+(?:mức|con số|kết quả)(?:\s+[\p{L}]+){0,3})?\s*$/u;
// "đạt 55,4% dự toán năm 2024", "bằng 94,8% kế hoạch năm": the plan's year, not the figure's period
const PLAN_REFERENCE_BEFORE = /\d\s*%\s*(?:so\s+với\s+)?(?:dự toán|kế hoạch|kh|chỉ tiêu|mục tiêu|nghị quyết)(?:\s+[\p{L}]+){0,4}\s*$/u;
const planReferenceBefore = (text: string) => text.includes("%") && PLAN_REFERENCE_BEFORE.test(text);
const CUMULATIVE_BEFORE = /(?:từ|lũy kế|luỹ kế|giai đoạn)\s*(?:từ\s+)?$/u;

export function findDates(folded: string): DateSpan[] {
  const out: DateSpan[] = [];
  for (const rule of DATE_RULES) {
    for (const m of wordMatches(rule.re, folded)) {
      const d = rule.make(m);
      if (d && !out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findPeriods(folded: string, dates: DateSpan[]): PeriodSpan[] {
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => a < e && s < b);
  const out: PeriodSpan[] = [];
  for (const rule of RULES) {
    for (const m of wordMatches(rule.re, folded)) {
      const lead = rule.lead?.exec(folded.slice(Math.max(0, m.index - 30), m.index)) ?? null;
      if (rule.needsLead && !lead) continue;
      const start = m.index - (lead ? lead[0].length : 0);
      const end = m.index + m[0].length;
      if (overlaps(start, end)) continue;
      // a full date ("ngày 15 tháng 7 năm 2021") is a date, unless it is the end of a year-to-date
      if (dates.some((d) => d.start <= start && end <= d.end) && !/^(?:tính\s+)?(?:đến|tới)/u.test(folded.slice(start, end))) continue;
      const ref = rule.make(m, lead);
      if (!ref) continue;
      taken.push([start, end]);
      const before = folded.slice(Math.max(0, start - 24), start);
      const after = folded.slice(end, end + 12);
      out.push({
        start,
        end,
        ref,
        comparison: ref.priceBase === true || COMPARISON_BEFORE.test(before) || planReferenceBefore(folded.slice(Math.max(0, start - 40), start)) ||
          (HIGHER_THAN_BEFORE.test(before) && !/^\s*\(\s*[+-]?\s*\d/u.test(after)),
        // "lũy kế 11 tháng" is the months to date, the period of its figure; "lũy kế từ năm 2021" runs over years
        cumulative: (CUMULATIVE_BEFORE.test(before) && !(ref.kind !== "Y" && ref.kind !== "TERM" && /(?:lũy|luỹ) kế\s*$/u.test(before))) ||
          /^\s*(?:đến\s+nay|tới\s+nay|đến\s+năm)/u.test(after),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `YYYY`, `YYYY-Qn`, `YYYY-Hn`, `YYYY-Mmm`, `YYYY-YTDmm`, `YYYY-YYYY`; null without a year. */
export function formatPeriod(ref: PeriodRef, year: number | undefined): string | null {
  const y = ref.year ?? year;
  if (y === undefined) return null;
  const two = (n: number) => String(n).padStart(2, "0");
  switch (ref.kind) {
    case "Y": return `${y}`;
    case "Q": return `${y}-Q${ref.n}`;
    case "H": return `${y}-H${ref.n}`;
    case "M": return `${y}-M${two(ref.n!)}`;
    case "YTD": return ref.n === 12 ? `${y}` : ref.n === 6 ? `${y}-H1` : ref.n === 3 ? `${y}-Q1` : `${y}-YTD${two(ref.n!)}`;
    case "TERM": return `${ref.year}-${ref.endYear}`;
  }
}

/** Last month covered by a period (for ordering periods against the report's own). */
export function periodEnd(p: string): number {
  const m = /^(\d{4})(?:-(Q|H|M|YTD)(\d+)|-(\d{4}))?$/.exec(p);
  if (!m) return 0;
  const y = +m[1];
  if (m[4]) return +m[4] * 12 + 12;
  if (!m[2]) return y * 12 + 12;
  const n = +m[3];
  return y * 12 + (m[2] === "Q" ? n * 3 : m[2] === "H" ? n * 6 : n);
}

export interface Terms {
  /** the term ending by the report's year ("nhiệm kỳ 2020 - 2025" in a 2025 congress report) */
  past?: [number, number];
  /** the five-year plan period ending by the report's year, when the document names one ("giai đoạn 2021-2025") */
  pastPlan?: [number, number];
  /** the term after it */
  next?: [number, number];
}

/** The terms a document names in years, seen from the report's year. */
export function documentTerms(periods: PeriodSpan[], folded: string, year: number | undefined): Terms {
  if (year === undefined) return {};
  const party = (p: PeriodSpan) => folded.startsWith("nhiệm kỳ", p.start);
  // a term: a party term, or five years ("giai đoạn 2021-2025"), not any span of years ("4 năm 2021 - 2024")
  const named = periods.filter((p) => p.ref.kind === "TERM" && !p.ref.current && p.ref.year !== undefined && !p.comparison &&
    (party(p) || p.ref.endYear! - p.ref.year === 5));
  const order = (a: PeriodSpan, b: PeriodSpan) => Number(party(b)) - Number(party(a));
  const ended = named.filter((p) => p.ref.endYear! <= year).sort((a, b) => order(a, b) || b.ref.endYear! - a.ref.endYear!);
  const starting = named.filter((p) => p.ref.year! >= year - 1 && p.ref.endYear! > year).sort((a, b) => order(a, b) || a.ref.year! - b.ref.year!);
  const past: [number, number] | undefined = ended[0] ? [ended[0].ref.year!, ended[0].ref.endYear!]
    : starting[0] ? [starting[0].ref.year! - (starting[0].ref.endYear! - starting[0].ref.year!), starting[0].ref.year!] : undefined;
  const next: [number, number] | undefined = starting[0] ? [starting[0].ref.year!, starting[0].ref.endYear!] : past ? [past[1], 2 * past[1] - past[0]] : undefined;
  // five-year plans run 2021-2025, 2026-2030: the one ending with the party's term, unless the document names its own
  const plans = ended.filter((p) => folded.startsWith("giai đoạn", p.start));
  const pastPlan: [number, number] | undefined = plans.length ? [plans[0].ref.year!, plans[0].ref.endYear!] : past ? [past[1] - 4, past[1]] : undefined;
  return { past, next, pastPlan };
}

/** "Trong nhiệm kỳ", "5 năm qua", "nhiệm kỳ tới" are the document's terms; a term it does not name in years is no period. */
export function settleTerms(periods: PeriodSpan[], terms: Terms): PeriodSpan[] {
  if (!periods.some((p) => p.ref.kind === "TERM" && p.ref.current)) return periods;
  const out: PeriodSpan[] = [];
  for (const p of periods) {
    if (p.ref.kind !== "TERM" || !p.ref.current) { out.push(p); continue; }
    const t = p.ref.relative === 1 ? terms.next : p.ref.plan ? terms.pastPlan ?? terms.past : terms.past;
    if (t) out.push({ ...p, ref: { kind: "TERM", year: t[0], endYear: t[1], current: p.ref.relative !== 1, ...(p.ref.plan ? { plan: true } : {}) } });
  }
  return out;
}
