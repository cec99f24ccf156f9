// Whose figure is it? In order: the nation's own words ("tổng sản phẩm trong nước (GDP)"); the unit
// named closest before the figure in its clause ("GRDP năm 2024 của Nam Định tăng 10,06%", "sau
// Quảng Ninh (11,6%)"); the unit the sentence opens with; in a report that speaks for the whole
// country, the unit its paragraph is about ("Lai Châu: từ nhóm cuối bảng…"); else the report's unit.
import { clauseAt } from "../text/segment";
import { provinceByName } from "../entities/entities";
import type { EntityMention, Level } from "../entities/entities";
import type { DocumentContext } from "./document";
import type { Draft } from "./draft";
import { spansWithin } from "./draft";
import { BREAKDOWN } from "./cues";

export interface Who {
  name: string;
  level: Level;
}

export const COUNTRY: Who = { name: "Việt Nam", level: "country" };
const GENERIC_PROVINCE = /(?<![\p{L}])(?:toàn tỉnh|cả tỉnh|trên địa bàn tỉnh|của tỉnh|tỉnh)(?![\p{L}])/u;
const GENERIC_OWN = /(?<![\p{L}])(?:toàn tỉnh|cả tỉnh|tỉnh ta|của tỉnh|trên địa bàn tỉnh|toàn thành phố|của thành phố|trên địa bàn thành phố|toàn huyện|của huyện|trên địa bàn huyện)(?![\p{L}])/u;
// "so với cả nước": the country as a yardstick, not the subject
const YARDSTICK_BEFORE = /(?:so với|so|hơn|bằng|gấp)\s*(?:mức\s+(?:tăng\s+)?(?:chung\s+)?(?:bình quân\s+)?(?:của\s+)?)?$/u;
// a unit followed by its own figure in brackets: "Quảng Ninh (11,6%)" owns that figure only
const OWN_BRACKET_AFTER = /^\s*\(\s*(?:[+-]\s*)?\d/u;

export function levelOf(name: string, ctx: DocumentContext): Level {
  if (name === ctx.mainUnit && ctx.mainLevel) return ctx.mainLevel;
  if (/^TP\s/.test(name)) return "city";
  if (/^(?:huyện|quận|TX)\s/.test(name)) return "district";
  if (/^(?:xã|phường|thị trấn)\s/.test(name)) return "commune";
  if (/Khối/.test(name)) return "bloc";
  if (name === "Việt Nam") return "country";
  return "province";
}

/**
 * The fact's unit for a mention, or null when it cannot be told apart: a former unit with the
 * new unit's own name ("An Giang (cũ)" in An Giang's report) has no name of its own.
 */
function asUnit(e: EntityMention, d: Draft, ctx: DocumentContext): Who | null {
  const main = ctx.mainKey ?? ctx.mainUnit;
  if (e.former && (e.name === main || provinceByName(e.name)?.mergedInto === e.name)) return null;
  if (e.level === "bloc" && d.indicator.scope === "economy") return { name: e.province ?? ctx.province ?? e.name, level: "province" };
  // "Đảng bộ Khối" in the bloc's own report is the bloc, named in full or not
  if (e.level === "bloc" && ctx.mainLevel === "bloc" && ctx.mainUnit && (!e.province || e.province === ctx.province)) return { name: ctx.mainUnit, level: "bloc" };
  // the report's unit named another way ("TP.HCM" for "Hồ Chí Minh") keeps the user's name
  if (main && e.name === main && ctx.mainUnit) return { name: ctx.mainUnit, level: ctx.mainLevel ?? e.level };
  return { name: e.name, level: e.level };
}

function mainUnit(d: Draft, ctx: DocumentContext): Who {
  if (!ctx.mainUnit) return { name: "", level: "province" };
  if (ctx.mainLevel === "bloc" && d.indicator.scope === "economy") return { name: ctx.province ?? ctx.mainUnit, level: "province" };
  return { name: ctx.mainUnit, level: ctx.mainLevel ?? "province" };
}

// "tại các huyện Hữu Lũng, Chi Lăng, toàn tỉnh đã hoàn thành …": the report's own unit named again takes the figure back
const OWN_UNIT_AGAIN = /(?<![\p{L}])(?:toàn tỉnh|cả tỉnh|tỉnh ta|toàn thành phố|thành phố ta|toàn huyện|huyện ta|của tỉnh|của thành phố|của huyện)(?![\p{L}])/u;

/** The unit named last before the figure in its clause, if it may own the figure. */
function namedBefore(d: Draft, mentions: EntityMention[], folded: string): EntityMention | undefined {
  const [clauseStart] = clauseAt(d.sentence, d.q.start);
  const inClause = spansWithin(mentions, clauseStart, d.q.start);
  const last = inClause[inClause.length - 1];
  if (last && last.level !== "country" && OWN_UNIT_AGAIN.test(folded.slice(last.end, d.q.start))) return undefined;
  for (let i = inClause.length - 1; i >= 0; i--) {
    const e = inClause[i];
    if (e.inTitle) continue;
    if (OWN_BRACKET_AFTER.test(folded.slice(e.end, d.q.start + 1)) && !/^\s*\(\s*$/u.test(folded.slice(e.end, d.q.start).replace(/[+-]\s*$/u, ""))) continue;
    // the country as a subject stands close to its figure; "trong toàn Đảng đã kiểm tra … và … đảng viên" owns its whole list
    const reach = folded.startsWith("toàn đảng", e.start) ? 120 : 40;
    if (e.level === "country" && (d.q.start - e.end >= reach || YARDSTICK_BEFORE.test(folded.slice(Math.max(0, e.start - 30), e.start)))) continue;
    return e;
  }
  return undefined;
}

// "10 tỉnh, thành phố có GRDP tăng trên 10%", "các huyện nghèo, tỷ lệ hộ nghèo giảm 6,2%": a group, not a unit
const GROUP_SUBJECT = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:\/\d+)?|các|những|nhiều|một số|hầu hết)\s+(?:tỉnh, thành phố|tỉnh, thành|tỉnh|thành phố|địa phương|huyện|quận|xã|phường|thị xã|đơn vị|vùng)(?![\p{L}])[^;]{0,70}$/u;

// "tốc độ tăng trưởng của vùng Đồng bằng sông Cửu Long", "thu ngân sách toàn vùng": a region is no unit of the catalog
const REGION = /(?<![\p{L}])(?:toàn vùng|cả vùng|của vùng|trong vùng|vùng\s+(?:đồng bằng|trung du|tây nguyên|đông nam bộ|bắc trung bộ|duyên hải|kinh tế trọng điểm|tây bắc|đông bắc))(?![\p{L}])[^;]{0,80}$/u;


export function entityFor(
  d: Draft, mentions: EntityMention[], topic: EntityMention | undefined, ctx: DocumentContext, folded: string, brokenDown?: Who,
): Who | null {
  if (d.national) return COUNTRY;
  if (d.unit) return d.unit.level === "country" ? COUNTRY : asUnit(d.unit, d, ctx);
  const [clauseStart0] = clauseAt(d.sentence, d.q.start);
  const lead = folded.slice(Math.max(clauseStart0, d.q.start - 110), d.q.start);
  const group = GROUP_SUBJECT.exec(lead);
  if (group && !spansWithin(mentions, d.q.start - lead.length + group.index, d.q.start).length) return null;
  const region = REGION.exec(lead);
  if (region && !spansWithin(mentions, d.q.start - lead.length + region.index, d.q.start).length) return null;
  // "toàn tỉnh", "của tỉnh" after any unit named: the province the report is in (its own, or the district's)
  const near = spansWithin(mentions, Math.max(clauseStart0, d.q.start - 150), d.q.start).filter((e) => !e.inTitle).pop();
  const generic = GENERIC_OWN.exec(folded.slice(near?.end ?? Math.max(clauseStart0, d.q.start - 150), d.q.start));
  if (generic) {
    const province = /tỉnh/u.test(generic[0]);
    // a district's report quoting "toàn tỉnh": the province's figure; when the report never names its province, no one's
    if (province && ctx.mainLevel && ["district", "city", "commune"].includes(ctx.mainLevel)) return ctx.province ? { name: ctx.province, level: "province" } : null;
    if (ctx.mainLevel === "country") return topic ? asUnit(topic, d, ctx) : null;
    return mainUnit(d, ctx);
  }
  const named = namedBefore(d, mentions, folded);
  if (named) return named.level === "country" ? COUNTRY : asUnit(named, d, ctx);
  // the unit a sentence opens with owns its later clauses: "Bắc Giang với GRDP ước tăng 13,82%; thu ngân sách …"
  const opener = spansWithin(mentions, d.sentence.start, d.sentence.start + 60).find((e) => e.start - d.sentence.start < 4 && !e.inTitle && e.level !== "country" && e.end <= d.q.start);
  if (opener) return asUnit(opener, d, ctx);
  if (topic && ctx.mainLevel === "country") return asUnit(topic, d, ctx);
  const [clauseStart] = clauseAt(d.sentence, d.q.start);
  if (ctx.mainLevel && ctx.mainLevel !== "province" && ctx.mainLevel !== "bloc" && ctx.mainLevel !== "country" && ctx.province &&
      GENERIC_PROVINCE.test(folded.slice(Math.max(clauseStart, d.q.start - 150), d.q.start))) {
    return { name: ctx.province, level: "province" };
  }
  // "Trong đó, thu nội địa 349.208 tỷ đồng" after Hà Nội's total: a breakdown is of the unit broken down
  if (brokenDown && BREAKDOWN.test(folded.slice(d.sentence.start, d.sentence.start + 12))) return brokenDown;
  return mainUnit(d, ctx);
}
