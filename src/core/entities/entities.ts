// Who a figure belongs to: provinces (old 63 and new 34 units), cities, districts, communes,
// party blocs, the whole country; found in text by their names and the words that type them.
import data from "./provinces.json";
import { fold, foldKey } from "../text/fold";
import { trieSource, wordMatches } from "../text/trie";

export type Level = "country" | "province" | "city" | "district" | "commune" | "bloc";

export interface EntityMention {
  start: number;
  end: number;
  name: string;
  level: Level;
  /** typed by a word ("tỉnh", "Thành ủy", "huyện") rather than a bare name */
  typed: boolean;
  /** part of a person's title ("Bí thư Thành ủy Hồng Ngự"): says nothing about whose figure it is */
  inTitle: boolean;
  /** an organisation acting ("Tỉnh ủy Hà Tĩnh tổ chức hội nghị") */
  organizer: boolean;
  /** the province a bloc, city or district belongs to, when the text says */
  province?: string;
  /** "Bình Dương (cũ)", "tỉnh Quảng Nam cũ": a unit as it was before the 2025 merger */
  former?: boolean;
}

export interface ProvinceEntry {
  name: string;
  city?: boolean;
  mergedInto?: string;
  aliases?: string[];
  bylines?: string[];
}

export const OLD_UNITS: ProvinceEntry[] = data.old;
export const NEW_UNITS: ProvinceEntry[] = data.new;


const PROVINCE_BY_KEY = new Map<string, ProvinceEntry>();
for (const p of [...NEW_UNITS, ...OLD_UNITS]) {
  for (const form of [p.name, ...(p.aliases ?? [])]) {
    const k = foldKey(form).replace(/^tp\.?\s*/, "");
    if (!PROVINCE_BY_KEY.has(k)) PROVINCE_BY_KEY.set(k, p);
  }
}
const PROVINCE_KEYS = [...PROVINCE_BY_KEY.keys()].sort((a, b) => b.length - a.length);
const PROVINCE_NAME = `(?:${trieSource(PROVINCE_KEYS)})`;

// names are looked up again and again (every mention of every report): folding each time is most of the cost
const byNameCache = new Map<string, ProvinceEntry | null>();

export function provinceByName(name: string): ProvinceEntry | undefined {
  let hit = byNameCache.get(name);
  if (hit === undefined) {
    hit = PROVINCE_BY_KEY.get(foldKey(name).replace(/^(?:tỉnh|thành phố|tp\.?)\s*/, "")) ?? null;
    if (byNameCache.size > 5000) byNameCache.clear();
    byNameCache.set(name, hit);
  }
  return hit ?? undefined;
}

export function isCentralCity(name: string): boolean {
  return !!provinceByName(name)?.city;
}

export const BYLINES = new Map<string, string>();
for (const p of OLD_UNITS) for (const b of p.bylines ?? []) BYLINES.set(b, p.name);

const initials = (name: string) => name.split(/[\s-–]+/).filter(Boolean).map((w) => w[0].toUpperCase()).join("");

/**
 * A newspaper sign-off not in the list, read the way provincial papers form them: "Báo" + the
 * province's initials, or its initials + "O" (online) / "ĐT" (điện tử): BHT, QTO, YBĐT. Only a
 * code that fits exactly one province counts.
 */
export function provinceOfByline(code: string): string | undefined {
  const known = BYLINES.get(code);
  if (known) return known;
  const hits = OLD_UNITS.filter((p) => {
    const i = initials(p.name.replace(/^TP /, ""));
    return [`B${i}`, `${i}O`, `${i}ĐT`, `B${i}O`, `B${i}ĐT`].includes(code);
  });
  return hits.length === 1 ? hits[0].name : undefined;
}

const ascii = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[^a-z]/g, "");

/** "baohatinh.vn", "baodongthap.vn": the province a newspaper's web address names. */
export function provinceOfDomain(domain: string): string | undefined {
  const m = /^(?:www\.)?(?:bao|tinh|tinhuy|ubnd)?([a-z]+)\.(?:vn|com\.vn|org\.vn|gov\.vn)$/.exec(domain.toLowerCase());
  if (!m) return undefined;
  const hits = OLD_UNITS.filter((p) => ascii(p.name.replace(/^TP /, "")) === m[1]);
  return hits.length === 1 ? hits[0].name : undefined;
}

const E = "(?![\\p{L}\\p{N}])";
// Person titles: a unit named inside one is where a person works, not whose figure follows.
const TITLE_BEFORE =
  /(?:bí thư|phó bí thư|chủ tịch|phó chủ tịch|thường trực|ủy viên|uỷ viên|trưởng ban|phó trưởng ban|giám đốc|phó giám đốc|chánh văn phòng|trưởng phòng|đại biểu|đồng chí|ban thường vụ|ubkt|ủy ban kiểm tra|văn phòng|ban tuyên giáo|ban tổ chức|ban dân vận|ban nội chính|tỉnh ủy viên|thành ủy viên)\s*(?:[\p{L}]+\s+){0,1}$/u;
const ORGANIZER_AFTER = /^\s*(?:đã\s+)?(?:tổ chức|tiến hành|ban hành|họp|triển khai hội nghị|long trọng tổ chức)/u;

// Capitalised syllables of a proper name, in the clean (cased) text: "Hồng Ngự", "Kông Chro".
const NAME = /^[\s.]*((?:\p{Lu}[\p{L}\p{M}]*|\d{1,2})(?:[ \-–]+(?:\p{Lu}[\p{L}\p{M}]*|\d{1,2})){0,3})/u;

interface TypedRule {
  words: string[];
  level: (name: string) => Level;
  format: (name: string) => string;
}

const provinceOrCity = (name: string) => (isCentralCity(name) ? provinceByName(name)!.name : `TP ${name}`);

const TYPED: TypedRule[] = [
  // tỉnh Hà Tĩnh | Tỉnh ủy Hà Tĩnh | UBND tỉnh Bắc Kạn | Đảng bộ tỉnh Đồng Tháp
  { words: ["tỉnh ủy", "tỉnh uỷ", "tỉnh"], level: () => "province", format: (n) => provinceByName(n)?.name ?? n },
  // thành phố Hồng Ngự | TP Hà Tĩnh | TP. Hồ Chí Minh | Thành ủy Hà Tĩnh
  { words: ["thành ủy", "thành uỷ", "thành phố", "tp"], level: (n) => (isCentralCity(n) ? "province" : "city"), format: provinceOrCity },
  { words: ["huyện ủy", "huyện uỷ", "huyện"], level: () => "district", format: (n) => `huyện ${n}` },
  { words: ["quận ủy", "quận uỷ", "quận"], level: () => "district", format: (n) => `quận ${n}` },
  { words: ["thị ủy", "thị uỷ", "thị xã", "tx"], level: () => "district", format: (n) => `TX ${n}` },
  { words: ["đảng ủy phường", "phường"], level: () => "commune", format: (n) => `phường ${n}` },
  { words: ["đảng ủy xã", "xã"], level: () => "commune", format: (n) => `xã ${n}` },
  { words: ["thị trấn"], level: () => "commune", format: (n) => `thị trấn ${n}` },
];
const TYPED_BY_WORD = new Map(TYPED.flatMap((r) => r.words.map((w) => [w, r] as const)));
// one pass for every typing word; which rule matched is looked up by the word
const TYPED_RE = new RegExp(`(?:${trieSource(TYPED_BY_WORD.keys())})(?![\\p{L}\\p{N}])`, "gu");

// A bare name is always capitalised: matched on the cased text, so the regex skips every
// position that does not start with a capital (old and new tone placement both listed).
const CASED_NAMES = [...new Set([...NEW_UNITS, ...OLD_UNITS].flatMap((p) => [p.name, ...(p.aliases ?? [])])
  .map((n) => n.replace(/^TP\.?\s*/, ""))
  .filter((n) => /^\p{Lu}/u.test(n))
  .flatMap((n) => [n, n.replace(/(ò|ó|ỏ|õ|ọ)a(?![\p{L}])/gu, (_m, t: string) => "o" + { "ò": "à", "ó": "á", "ỏ": "ả", "õ": "ã", "ọ": "ạ" }[t])]))];
const BARE_PROVINCE = new RegExp(`(?:${trieSource(CASED_NAMES)})${E}`, "gu");
// "toàn Đảng" is the whole Party, the country's figure ("toàn Đảng bộ" is the unit's own party committee)
const COUNTRY = new RegExp(`(?:cả nước|toàn quốc|việt nam|toàn đảng(?!\\s+bộ))${E}`, "gu");
// Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh (Hà Tĩnh) | Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh
const BLOC_BODY = "(?:các\\s+)?(?:cơ\\s+quan|doanh\\s+nghiệp|dân\\s+chính\\s+đảng)(?:\\s*(?:và|-|–|,)\\s*(?:các\\s+)?(?:cơ\\s+quan|doanh\\s+nghiệp))?";
const BLOC = new RegExp(`(?:đảng bộ|đảng ủy|đảng uỷ) khối\\s+(${BLOC_BODY})\\s+(tỉnh|thành phố)(?:\\s+(${PROVINCE_NAME}))?${E}`, "gu");

// A name right after the noun of a thing names the thing: "cảng Hải Phòng", "cao tốc Hà Nội - Lào Cai",
// "thủy điện Lai Châu", "Báo Hà Tĩnh" — not a unit whose figures follow.
const THING_BEFORE = /(?:cảng|sân bay|cao tốc|quốc lộ|tuyến|đường|cầu|ga|thủy điện|thuỷ điện|nhiệt điện|nhà máy|khu công nghiệp|kcn|cụm công nghiệp|bệnh viện|trường|đại học|báo|đài|ngân hàng|công ty|tập đoàn|cục hải quan|hải quan|cửa khẩu|vịnh|sông|hồ|núi|đèo|chợ|bến xe|nhà hát|bảo tàng|chi nhánh)\s+$/u;
function namesAThing(folded: string, start: number, end: number): boolean {
  if (THING_BEFORE.test(folded.slice(Math.max(0, start - 18), start))) return true;
  // either end of a route: "cao tốc Hà Nội - Lào Cai"
  const after = /^\s*[-–]\s*/u.exec(folded.slice(end, end + 4));
  if (after && startsWithProvince(folded.slice(end + after[0].length, end + after[0].length + 30))) return true;
  const before = /\s*[-–]\s*$/u.exec(folded.slice(Math.max(0, start - 4), start));
  return !!before && PROVINCE_KEYS.some((k) => folded.slice(Math.max(0, start - before[0].length - k.length), start - before[0].length) === k);
}
function startsWithProvince(text: string): boolean {
  return PROVINCE_KEYS.some((k) => text.startsWith(k) && !/[\p{L}]/u.test(text.charAt(k.length)));
}
/** " (cũ)" or " cũ" right after a unit's name: its length, else 0. */
function formerLength(folded: string, end: number): number {
  const m = /^\s*(?:\(\s*cũ\s*\)|cũ(?![\p{L}]))/u.exec(folded.slice(end, end + 8));
  return m ? m[0].length : 0;
}
/** "DI LINH" → "Di Linh": names written in capitals in headings. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}\p{Lu}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s\-–])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function titleContext(folded: string, start: number): boolean {
  return TITLE_BEFORE.test(folded.slice(Math.max(0, start - 40), start));
}

/** Every mention of a unit in the text. `clean` is the cased text, `folded` its folded twin. */
export function findEntities(clean: string, folded: string): EntityMention[] {
  const out: EntityMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => a < e && s < b);
  const add = (m: EntityMention) => {
    if (!free(m.start, m.end)) return;
    taken.push([m.start, m.end]);
    out.push(m);
  };

  for (const m of wordMatches(BLOC, folded)) {
    const province = m[3] ? provinceByName(clean.slice(m.index + m[0].length - m[3].length, m.index + m[0].length))?.name : undefined;
    const head = clean.slice(m.index, m.index + m[0].length - (m[3]?.length ?? 0)).replace(/\s+/g, " ").trim();
    const name = head.replace(/^Đảng (?:ủy|uỷ) Khối/i, "Đảng bộ Khối").replace(/^đảng bộ khối/, "Đảng bộ Khối");
    add({ start: m.index, end: m.index + m[0].length, name: province ? `${name} ${province}` : name, level: "bloc",
      typed: true, inTitle: titleContext(folded, m.index), organizer: false, province });
  }

  for (const m of wordMatches(TYPED_RE, folded)) {
    const rule = TYPED_BY_WORD.get(m[0].replace(/\s+/g, " "));
    if (!rule) continue;
    const at = m.index + m[0].length;
    // the name must follow at once and be capitalised: "tỉnh Hà Tĩnh", not "tỉnh giao"
    if (!/^[\s.]+\p{Lu}/u.test(clean.slice(at, at + 4))) continue;
    const n = NAME.exec(clean.slice(at, at + 60));
    if (!n) continue;
    const lead = n[0].length - n[1].length;
    let name = titleCase(n[1].trim());
    // "xã hội" (society), "KINH TẾ - XÃ HỘI": never a commune
    if (rule.level(name) === "commune" && /^hội(?![\p{L}])/u.test(fold(name))) continue;
    const fname = fold(name);
    // a province name inside a longer capitalised run: keep the known name ("Hà Tĩnh Trần" → "Hà Tĩnh")
    const known = PROVINCE_KEYS.find((k) => fname.startsWith(k) && (fname.length === k.length || fname[k.length] === " "));
    if (known) name = titleCase(clean.slice(at + lead, at + lead + known.length));
    if (rule.level(name) === "province" && !provinceByName(name)) continue;
    const start = m.index;
    const end = at + lead + name.length;
    add({
      start, end: end + formerLength(folded, end), name: rule.format(name), level: rule.level(name), typed: true,
      inTitle: titleContext(folded, start), organizer: ORGANIZER_AFTER.test(folded.slice(end, end + 30)),
      province: rule.level(name) === "province" ? provinceByName(name)?.name : undefined, former: formerLength(folded, end) > 0,
    });
  }

  for (const m of wordMatches(BARE_PROVINCE, clean)) {
    const p = provinceByName(m[0]);
    if (!p || namesAThing(folded, m.index, m.index + m[0].length)) continue;
    const end = m.index + m[0].length;
    const former = formerLength(folded, end);
    add({ start: m.index, end: end + former, name: p.name, level: "province", typed: false, inTitle: titleContext(folded, m.index),
      organizer: ORGANIZER_AFTER.test(folded.slice(end, end + 30)), province: p.name, former: former > 0 });
  }

  for (const m of wordMatches(COUNTRY, folded)) {
    // "Mặt trận Tổ quốc Việt Nam", "Đảng Cộng sản Việt Nam" name organisations, not the country's figures
    if (/việt nam/.test(m[0]) && /(?:tổ quốc|cộng sản|anh hùng|nhà nước|ngân hàng|liên hiệp|thông tấn|truyền hình|tổng liên đoàn|chủ nghĩa|người|hàng|thương hiệu|đồng)\s*$/u.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    add({ start: m.index, end: m.index + m[0].length, name: "Việt Nam", level: "country", typed: true, inTitle: false, organizer: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
