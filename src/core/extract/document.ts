// What a whole document says about itself: its date, the period it reports on, and the unit it
// speaks for. These are the defaults for every figure that does not say otherwise.
import { EntityMention, provinceByName, provinceOfByline, provinceOfDomain, Level } from "../entities/entities";
import { PeriodSpan, DateSpan, formatPeriod, PeriodRef, Terms } from "./period";
import type { Sentence } from "../text/segment";
import { trieSource, wordMatches } from "../text/trie";

export interface DocumentContext {
  date?: { year: number; month?: number; day?: number };
  /** the period the report reviews: figures without a period of their own belong to it */
  review?: PeriodRef & { year: number; stated?: boolean };
  /** the unit as the user named it (--entity), else as found: written into its facts */
  mainUnit?: string;
  /** the main unit's canonical name, to recognise it when the text names it another way */
  mainKey?: string;
  mainLevel?: Level;
  /** the province the main unit belongs to (itself for a province) */
  province?: string;
  /** the terms the document names: the one reviewed and the one ahead */
  terms?: Terms;
  notes: string[];
}

export interface DocumentOptions {
  entity?: string;
  date?: string;
}

const CITED_BEFORE = /(?:nghị quyết|quyết định|kết luận|chỉ thị|thông báo|công văn|chương trình|kế hoạch|hướng dẫn|quy định|tờ trình|luật|nghị định|thông tư|số\s+[\d\p{L}/.-]+)[^.;\n]{0,30}(?:ngày\s*)?$/u;
const REVIEW_CUE = /(?:tổng kết|sơ kết|kết quả|báo cáo|đánh giá|tình hình|thông tin về|họp báo|công bố|số liệu|kinh tế - xã hội)(?:[^.;\n()]{0,140}?)$/u;
// "phương hướng, nhiệm vụ năm 2025", "kế hoạch phát triển kinh tế - xã hội năm 2026": the period ahead
const FORWARD_CUE = /(?:nhiệm vụ|phương hướng|triển khai|kế hoạch|phấn đấu|mục tiêu|dự báo|định hướng)(?:\s*,?\s+[\p{L}-]+){0,9}\s*$/u;
// "kết quả thực hiện nhiệm vụ năm 2024", "tình hình thực hiện kế hoạch năm 2024": the period behind
const DONE_CUE = /(?:thực hiện|kết quả|tình hình|tổng kết|sơ kết|đánh giá)\s+(?:[\p{L}-]+\s+){0,2}(?:nhiệm vụ|kế hoạch|mục tiêu)(?:\s*,?\s+[\p{L}-]+){0,9}\s*$/u;
// a title that announces targets ("đặt mục tiêu", "phải tăng", "nâng chỉ tiêu") does not name the period reported on
const TITLE_FORWARD = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu|kế hoạch|phấn đấu|phải|nhiệm vụ|phương hướng|dự báo|kịch bản)(?![\p{L}])/u;
// "6 tháng cuối năm phải tăng trưởng 13,4%": a title that asks for a period's result looks ahead
const AHEAD_AFTER = /^\s*(?:năm\s+\d{4}\s*)?(?:phải|cần|phấn đấu|đặt|đề ra|đặt mục tiêu|mục tiêu|dự kiến|sẽ)(?![\p{L}])/u;
const forward = (before: string) => FORWARD_CUE.test(before) && !DONE_CUE.test(before);

/** The report's date as the text gives it; the user's `--date` only when the text has none. */
function readDate(folded: string, dates: DateSpan[], opt?: string): DocumentContext["date"] {
  const head = folded.slice(0, 1500);
  // crawler metadata "date 2024-01" | "Cập nhật ngày: 23/01/2024" | "Hà Tĩnh, ngày tháng 4 năm 2024"
  const meta = /(?:^|\n)\s*(?:date|ngày đăng|ngày cập nhật|cập nhật)\s*:?\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/u.exec(head);
  if (meta) return { year: +meta[1], month: +meta[2], day: meta[3] ? +meta[3] : undefined };
  // the document's own date, not the date of a resolution it cites ("Nghị quyết số 03-NQ/TU ngày 15/7/2021")
  const first = dates.find((d) => d.start < 1500 && d.year && !CITED_BEFORE.test(folded.slice(Math.max(0, d.start - 60), d.start)));
  if (first) return { year: first.year!, month: first.month, day: first.day };
  const m = opt ? /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(opt.trim()) : null;
  if (m) return { year: +m[1], month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
  return undefined;
}

/** A period joined to the one before by "và" / "," ("quý III và 9 tháng năm 2024", "tháng 12 và cả năm 2024"). */
const MEETING_BEFORE = /(?:phiên họp|họp phiên|họp báo|giao ban|hội nghị|kỳ họp)(?:\s+(?:thường kỳ|định kỳ|thường lệ|trực tuyến))?(?:\s+(?:của\s+)?(?:ubnd|ủy ban nhân dân)(?:\s+tỉnh)?)?\s*$/u;
const JOINED = /^\s*(?:và|,)\s*(?:cả\s+)?$/u;
const SPAN_RANK: Record<string, number> = { M: 1, Q: 2, H: 3, YTD: 3, Y: 4, TERM: 0 };

/** The year of a period the text states without one: the report's date decides ("quý IV" read in January is last year's). */
function yearFor(ref: PeriodRef, date: DocumentContext["date"]): number | undefined {
  if (!date) return undefined;
  const lastMonth = ref.kind === "Q" ? ref.n! * 3 : ref.kind === "H" ? ref.n! * 6 : ref.kind === "M" || ref.kind === "YTD" ? ref.n! : 12;
  return date.month !== undefined && lastMonth > date.month + 1 && date.month <= 2 ? date.year - 1 : date.year;
}

/** The wider of periods joined by "và" ("quý III và 9 tháng năm 2024" → 9 months). */
export function widest(head: PeriodSpan[], i: number, folded: string): PeriodSpan {
  let own = head[i];
  for (let j = i + 1; j < head.length && JOINED.test(folded.slice(own.end, head[j].start)); j++) {
    if (SPAN_RANK[head[j].ref.kind] > SPAN_RANK[own.ref.kind]) own = head[j];
    else break;
  }
  return own;
}

/** A monthly release ("tình hình kinh tế - xã hội tháng 9") that also gives the months to date ("tháng 9 và 9 tháng") is read as the latter. */
function monthToDate(ref: PeriodRef & { year: number }, head: PeriodSpan[], folded: string): PeriodRef & { year: number } {
  if (ref.kind !== "M" || ref.n === undefined) return ref;
  const sums = head.find((p) => (p.ref.year === undefined || p.ref.year === ref.year) && periodEndMonth(p.ref) === ref.n && p.ref.kind !== "M" && p.ref.kind !== "TERM" &&
    /(?:tháng\s+\d{1,2}|tháng\s+này)\s*(?:và|,)\s*(?:cả\s+)?$/u.test(folded.slice(Math.max(0, p.start - 20), p.start)));
  return sums ? { ...sums.ref, year: ref.year } : ref;
}
const periodEndMonth = (r: PeriodRef) => (r.kind === "Q" ? r.n! * 3 : r.kind === "H" ? r.n! * 6 : r.kind === "Y" ? 12 : r.n);

/** A report on a later quarter ("tình hình quý III") gives its figures from the start of the year: nine months. */
function cumulative(ref: PeriodRef & { year: number }): PeriodRef & { year: number } {
  if (ref.kind !== "Q" || ref.n === undefined || ref.n === 1) return ref;
  return ref.n === 4 ? { kind: "Y", year: ref.year } : { kind: ref.n === 2 ? "H" : "YTD", n: ref.n === 2 ? 1 : ref.n * 3, year: ref.year };
}

function readReview(folded: string, periods: PeriodSpan[], date: DocumentContext["date"]): DocumentContext["review"] {
  // the report's own period is stated in its first lines: the meeting or release it reports on
  // ("tổng kết tình hình kinh tế - xã hội năm 2024"), else the title when it looks back
  const head = periods.filter((p) => p.start < 2500 && !p.comparison && !p.cumulative && p.ref.kind !== "TERM" && p.ref.relative === undefined);
  const titleEnd = folded.indexOf("\n", folded.search(/\S/u));
  // a month is the report's own only when named as such ("tình hình kinh tế - xã hội tháng 9"), not as a time ("cuối tháng 1")
  const reviewed = (i: number) => head[i].ref.kind === "M"
    ? REVIEW_CUE.test(folded.slice(Math.max(0, head[i].start - 40), head[i].start)) && !/(?:cuối|đầu|giữa|trong|vào)\s*$/u.test(folded.slice(Math.max(0, head[i].start - 8), head[i].start))
    : REVIEW_CUE.test(folded.slice(Math.max(0, head[i].start - 150), head[i].start));
  // "Tăng trưởng 6 tháng đầu năm cao hơn kịch bản": the words before the period decide whether the title looks ahead
  const inTitle = (i: number) => titleEnd > 0 && head[i].start < titleEnd && !TITLE_FORWARD.test(folded.slice(0, head[i].start)) &&
    !AHEAD_AFTER.test(folded.slice(head[i].end, head[i].end + 24));
  // a report cannot review a period that ends after it was written
  const past = (p: PeriodSpan) => !date?.month || (p.ref.year ?? date.year) < date.year || (periodEndMonth(p.ref) ?? 12) <= date.month + 1;
  for (const accept of [inTitle, reviewed]) {
    for (let i = 0; i < head.length; i++) {
      if (forward(folded.slice(Math.max(0, head[i].start - 100), head[i].start)) || !accept(i) || !past(head[i])) continue;
      let own = widest(head, i, folded);
      // "phiên họp thường kỳ tháng 9", "họp báo định kỳ tháng 9/2024": a monthly meeting gives the months to date
      if (own.ref.kind === "M" && MEETING_BEFORE.test(folded.slice(Math.max(0, own.start - 30), own.start))) {
        own = { ...own, ref: own.ref.n === 3 ? { ...own.ref, kind: "Q", n: 1 } : own.ref.n === 6 ? { ...own.ref, kind: "H", n: 1 } : own.ref.n === 12 ? { ...own.ref, kind: "Y", n: undefined } : { ...own.ref, kind: "YTD" } };
      }
      const line = folded.indexOf("\n", own.end);
      // "Quý I; phương hướng, nhiệm vụ Quý II năm 2024" without a date: the year stated later on the line
      const later = periods.find((q) => q.start > own.start && (line < 0 || q.start < line || !date) && q.start < 2500 && q.ref.year !== undefined && q.ref.kind !== "TERM" && !q.comparison);
      const year = own.ref.year ?? head[i].ref.year ?? yearFor(own.ref, date) ?? later?.ref.year;
      if (year !== undefined) return { ...cumulative(monthToDate({ ...own.ref, year }, head, folded)), stated: true };
    }
  }
  if (date) {
    // a report written in January or February reviews the year before
    if (date.month !== undefined && date.month <= 2) return { kind: "Y", year: date.year - 1 };
    return { kind: "Y", year: date.year };
  }
  const counts = new Map<number, number>();
  for (const p of periods) if (p.ref.year && !p.comparison) counts.set(p.ref.year, (counts.get(p.ref.year) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? { kind: "Y", year: best[0] } : undefined;
}

// unnamed references that tell which level the document speaks for, found in one pass
const LEVEL_OF_WORD = new Map<string, Level>([
  ...["tỉnh ủy", "tỉnh uỷ", "ubnd tỉnh", "hđnd tỉnh", "toàn tỉnh", "của tỉnh", "đảng bộ tỉnh", "cấp tỉnh", "trong tỉnh", "trên địa bàn tỉnh"].map((w) => [w, "province"] as const),
  ...["thành ủy", "thành uỷ", "ubnd thành phố", "toàn thành phố", "của thành phố", "đảng bộ thành phố", "thành phố"].map((w) => [w, "city"] as const),
  ...["huyện ủy", "huyện uỷ", "ubnd huyện", "toàn huyện", "của huyện", "đảng bộ huyện"].map((w) => [w, "district"] as const),
]);
const LEVEL_WORDS = new RegExp(`(?:${trieSource(LEVEL_OF_WORD.keys())})(?![\\p{L}])`, "gu");

export function readDocument(
  clean: string, folded: string, sentences: Sentence[], entities: EntityMention[], periods: PeriodSpan[],
  dates: DateSpan[], opts: DocumentOptions,
): DocumentContext {
  const notes: string[] = [];
  const date = readDate(folded, dates, opts.date);
  const review = readReview(folded, periods, date);

  const scores = new Map<string, { score: number; level: Level; province?: string }>();
  const bump = (name: string, level: Level, by: number, province?: string) => {
    const s = scores.get(name) ?? { score: 0, level, province };
    s.score += by;
    s.province ??= province;
    scores.set(name, s);
  };
  const titleEnd = sentences.slice(0, 3).reduce((e, s) => Math.max(e, s.end), 0);
  for (const e of entities) {
    if (e.level === "country" || e.inTitle) continue;
    let w = e.typed ? 1 : 0.5;
    if (e.start < titleEnd) w += 4;
    if (e.organizer) w += 3;
    // "Hà Tĩnh, ngày tháng 4 năm 2024": the place line of an official document
    if (/^\s*,\s*ngày/u.test(folded.slice(e.end, e.end + 12))) w += 4;
    bump(e.name, e.level, w, e.province);
  }
  // "BBK - Quán triệt ..." a provincial newspaper's sign-off opening the article
  const byline = /(?:^|\n)\s*\(?([A-ZĐ]{2,5})\)?\s*[-–]\s+\p{Lu}/u.exec(clean.slice(0, 3000));
  const bylineProvince = byline ? provinceOfByline(byline[1]) : undefined;
  if (bylineProvince) {
    bump(bylineProvince, "province", 3, bylineProvince);
    notes.push(`byline ${byline![1]} → ${bylineProvince}`);
  }
  // a newspaper names itself in its page's head or foot ("baohatinh.vn", "Báo Hà Tĩnh")
  const ends = clean.length > 8000 ? `${clean.slice(0, 5000)}\n${clean.slice(-3000)}` : clean;
  for (const d of ends.match(/(?<![\w.])(?:www\.)?bao[a-z]+\.(?:vn|com\.vn|org\.vn)/giu) ?? []) {
    const p = provinceOfDomain(d);
    if (p) bump(p, "province", 2, p);
  }
  const newspaper = /báo\s+(?:điện tử\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2})/u.exec(ends);
  if (newspaper && provinceByName(newspaper[1])) bump(provinceByName(newspaper[1])!.name, "province", 2, provinceByName(newspaper[1])!.name);

  const levelScore = new Map<Level, number>();
  // a vote: the first pages say which level the document speaks for
  for (const m of wordMatches(LEVEL_WORDS, folded.length > 20000 ? folded.slice(0, 20000) : folded)) {
    if (/(?:bí thư|chủ tịch|thường trực|ủy viên)\s*$/u.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    const level = LEVEL_OF_WORD.get(m[0].replace(/\s+/g, " "));
    if (level) levelScore.set(level, (levelScore.get(level) ?? 0) + 1);
  }

  let mainUnit: string | undefined;
  let mainKey: string | undefined;
  let mainLevel: Level | undefined;
  let province: string | undefined;
  // a party bloc that writes its own report: "Đảng ủy Khối" throughout, "BC/ĐUK" in its number
  const blocs = entities.filter((e) => e.level === "bloc");
  const blocVoice = (folded.match(/đảng (?:ủy|uỷ|bộ) khối/gu) ?? []).length + (/\/đuk/u.test(folded) ? 3 : 0);
  const provinces = [...scores].filter(([, s]) => s.level === "province").sort((a, b) => b[1].score - a[1].score);
  if (blocs.length && blocVoice >= 4) {
    const bloc = blocs[0];
    province = bloc.province ?? provinces[0]?.[0];
    mainUnit = bloc.province || !province ? bloc.name : `${bloc.name} ${province}`;
    mainLevel = "bloc";
  } else {
    const ranked = [...scores]
      .map(([name, s]) => ({ name, ...s, total: s.score + 0.5 * (levelScore.get(s.level === "province" ? "province" : s.level) ?? 0) }))
      .sort((a, b) => b.total - a.total);
    if (ranked.length) {
      mainUnit = ranked[0].name;
      mainLevel = ranked[0].level;
      province = ranked[0].level === "province" ? ranked[0].name : provinces[0]?.[0] ?? provinceOfLocal(ranked[0].name);
    }
  }
  if (opts.entity) {
    const given = opts.entity.trim().replace(/^(?:thành phố|tp\.?)\s*/iu, "TP ");
    // "TP Hà Tĩnh" is the city; "TP Hồ Chí Minh" is a centrally-run city, a province-level unit
    const named = provinceByName(given);
    const p = named && (!given.startsWith("TP ") || named.city) ? named : undefined;
    const country = /^(?:việt nam|cả nước|toàn quốc)$/iu.test(given);
    // the user's own words for the unit are what its facts carry ("Hồ Chí Minh", "Thừa Thiên Huế")
    mainUnit = country ? "Việt Nam" : opts.entity.trim().replace(/\s+/g, " ").replace(/^tỉnh\s+/iu, "");
    mainKey = country ? "Việt Nam" : p?.name ?? given;
    mainLevel = country ? "country" : p ? "province" : /^TP\s/.test(given) ? "city" : /^(?:huyện|quận|tx|thị xã)\s/i.test(opts.entity) ? "district" : /^(?:xã|phường|thị trấn)\s/iu.test(opts.entity) ? "commune" : /khối/i.test(opts.entity) ? "bloc" : "province";
    province = p?.name ?? provinceOfLocal(mainKey) ?? province;
  }
  mainKey ??= mainUnit;
  if (!mainUnit) notes.push("the reporting unit could not be found: set it (--entity)");
  if (!review) notes.push("the report's period could not be found: set the report's date (--date)");
  return { date, review: review as DocumentContext["review"], mainUnit, mainKey, mainLevel, province, notes };
}

/** "TP Hà Tĩnh" → "Hà Tĩnh" when a city shares its province's name. */
function provinceOfLocal(name: string): string | undefined {
  const m = /^(?:TP|TX|huyện|quận)\s+(.+)$/.exec(name);
  return m ? provinceByName(m[1])?.name : undefined;
}

export function reviewPeriodString(ctx: DocumentContext): string | undefined {
  return ctx.review ? formatPeriod(ctx.review, ctx.review.year) ?? undefined : undefined;
}
