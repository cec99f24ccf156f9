// Units of government as tables name them: a row or column label ("Cả nước", "Thanh Hóa",
// "Thành phố Sa Đéc", "Huyện Tháp Mười", "Thị xã Kỳ Anh", "Toàn tỉnh"), an organisation header
// above the table ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ", "TỈNH ỦY BẮC KẠN", "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
// "CỤC THỐNG KÊ TỈNH NGHỆ AN") and a title ("… NĂM 2024 CỦA TỈNH PHÚ THỌ"). Names are written the
// way facts.md writes them: "Hà Tĩnh", "TP Hà Tĩnh", "huyện Cẩm Xuyên", "TX Kỳ Anh", "Việt Nam".
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM" and "KINH TẾ - XÃ HỘI" name no unit:
// only a typed name (tỉnh, thành phố, huyện, thị xã, quận) or a province's own name counts.
import { fold } from "../text/fold";
import { provinceByName } from "../entities/entities";

export type UnitKind = "country" | "province" | "city" | "district" | "whole";

export interface GovUnit {
  name: string;
  kind: UnitKind;
}

const TYPE_WORDS: Array<{ re: RegExp; kind: "province" | "city" | "district"; prefix: string }> = [
  { re: /^(?:tỉnh)\s+/u, kind: "province", prefix: "" },
  { re: /^(?:thành phố|tp\.?)\s*/u, kind: "city", prefix: "TP " },
  { re: /^(?:thị xã|tx\.?)\s*/u, kind: "district", prefix: "TX " },
  { re: /^(?:huyện)\s+/u, kind: "district", prefix: "huyện " },
  { re: /^(?:quận)\s+/u, kind: "district", prefix: "quận " },
];

const WHOLE = /^(?:toàn|cả|chung toàn|tổng số toàn|tổng cộng toàn)\s+(tỉnh|thành phố|huyện|thị xã)$|^(?:tổng số|tổng cộng|tổng|chung)$/u;
const COUNTRY = /^(?:cả nước|toàn quốc|việt nam|chung cả nước)$/u;

/** "QUẢNG TRỊ" / "cẩm xuyên" → "Quảng Trị" / "Cẩm Xuyên" */
export function titleCase(words: string): string {
  return words
    .toLocaleLowerCase("vi")
    .split(/(\s+|-)/)
    .map((w) => (/^\s+$|^-$/.test(w) ? w : w.charAt(0).toLocaleUpperCase("vi") + w.slice(1)))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

function provinceName(name: string): string | undefined {
  const p = provinceByName(name);
  return p ? p.name : undefined;
}

/** The unit a cell label names, when the whole label is a unit of government. */
export function unitOfLabel(label: string): GovUnit | undefined {
  const clean = label.normalize("NFC").replace(/\(.*?\)/g, " ").replace(/[*:;.]+$/g, "").replace(/\s+/g, " ").trim();
  const f = fold(clean);
  if (!f || /\d/.test(f) || f.length > 40) return undefined;
  if (COUNTRY.test(f)) return { name: "Việt Nam", kind: "country" };
  if (WHOLE.test(f)) return { name: "", kind: "whole" };
  for (const t of TYPE_WORDS) {
    const m = t.re.exec(f);
    if (!m) continue;
    const rest = clean.slice(m[0].length).trim();
    if (!rest || rest.split(" ").length > 4) return undefined;
    if (t.kind === "province") {
      const p = provinceName(rest);
      return p ? { name: p, kind: "province" } : undefined;
    }
    if (t.kind === "city") {
      const p = provinceByName(rest);
      if (p?.city) return { name: p.name, kind: "province" };
      return { name: `TP ${titleCase(rest)}`, kind: "city" };
    }
    return { name: `${t.prefix}${titleCase(rest)}`, kind: "district" };
  }
  const p = provinceName(clean);
  return p ? { name: p, kind: "province" } : undefined;
}

// an organisation that speaks for its unit: the people's committee, the party committee, the statistics office…
const ORG = /(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|đảng bộ|(?:chi\s+)?cục thống kê|văn phòng ubnd|sở(?: [\p{L}]+){1,6}?(?= tỉnh| thành phố))(?![\p{L}])/gu;
const COMMITTEE = /(?<![\p{L}])(tỉnh|thành|huyện|thị|quận) (?:ủy|uỷ)(?![\p{L}])/gu;
const COMMITTEE_KIND: Record<string, string> = { tỉnh: "tỉnh", thành: "thành phố", huyện: "huyện", thị: "thị xã", quận: "quận" };
const LINE_END = /\n|\t|\s{3,}|[,;(]/;

/** The longest run of up to 6 words at the start of `line` that reads as a unit ("TỈNH QUẢNG TRỊ"). */
function unitAtStart(line: string, kind = ""): GovUnit | undefined {
  const words = line.split(LINE_END)[0].trim().split(/\s+/);
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const u = unitOfLabel(`${kind} ${words.slice(0, n).join(" ")}`.trim());
    if (u && u.kind !== "whole" && u.kind !== "country") return u;
  }
  return undefined;
}

/** The unit named right after `end`, or at the start of the next line (two-column headers in a PDF). */
function unitAfter(t: string, end: number, kind = ""): GovUnit | undefined {
  const here = unitAtStart(t.slice(end).replace(/^[\s,:]+/, ""), kind);
  if (here || kind) return here;
  const nl = t.indexOf("\n", end);
  return nl >= 0 && nl - end < 200 ? unitAtStart(t.slice(nl + 1).replace(/^\s+/, "")) : undefined;
}

/** The unit an organisation header names ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ" → Quảng Trị). */
export function unitOfOrganisation(text: string): GovUnit | undefined {
  const t = text.normalize("NFC");
  const f = fold(t);
  const hits: Array<{ at: number; unit: GovUnit }> = [];
  for (const m of f.matchAll(ORG)) {
    const u = unitAfter(t, m.index + m[0].length);
    if (u) hits.push({ at: m.index, unit: u });
  }
  // "TỈNH ỦY BẮC KẠN" → Bắc Kạn; "HUYỆN ỦY CẨM XUYÊN" → huyện Cẩm Xuyên
  for (const m of f.matchAll(COMMITTEE)) {
    const u = unitAfter(t, m.index + m[0].length, COMMITTEE_KIND[m[1]]);
    if (u) hits.push({ at: m.index, unit: u });
  }
  hits.sort((a, b) => a.at - b.at);
  return hits[0]?.unit;
}

const TYPED_IN_TITLE = /(tỉnh|thành phố|tp\.?|huyện|thị xã|quận)\s+/gu;

/** The unit a table title names: "… CỦA TỈNH PHÚ THỌ", "… tỉnh Bắc Ninh giai đoạn …". */
export function unitOfTitle(title: string): GovUnit | undefined {
  const t = title.normalize("NFC");
  const f = fold(t);
  for (const m of f.matchAll(TYPED_IN_TITLE)) {
    // "KINH TẾ - XÃ HỘI" and "các tỉnh": a phrase and many units, not one
    if (/(?:các|những|mỗi|-)\s*$/u.test(f.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (!/\p{Lu}/u.test(t.charAt(m.index + m[0].length))) continue;
    const u = unitAtStart(t.slice(m.index));
    if (u) return u;
  }
  return undefined;
}
