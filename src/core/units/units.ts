// The unit dictionary (units.json) as a matcher: which unit follows a number, and its factor to
// the canonical unit of its dimension.
import data from "./units.json";
import { trieSource } from "../text/trie";

export type Dimension = "money" | "usd" | "percap" | "percapMonth" | "usdPerCap" | "pct" | "points" | "times" | "ha";

export interface UnitForm {
  form: string;
  dimension: Dimension;
  factor: number;
  canonical: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const UNIT_FORMS: UnitForm[] = Object.entries(data.dimensions)
  .flatMap(([dimension, d]) =>
    Object.entries(d.forms as Record<string, number>).map(([form, factor]) => ({
      form,
      dimension: dimension as Dimension,
      factor,
      canonical: d.canonical,
    })),
  )
  .sort((a, b) => b.form.length - a.form.length);

// in a unit, a space may be left out ("tỷđồng") and a slash spaced ("triệu đồng / người")
const formChar = (c: string) => (c === " " ? "\\s*" : c === "/" ? "\\s*/\\s*" : escape(c));
const squeeze = (s: string) => s.replace(/\s+/g, "");
const BY_SQUEEZED = new Map<string, UnitForm>();
for (const u of UNIT_FORMS) if (!BY_SQUEEZED.has(squeeze(u.form))) BY_SQUEEZED.set(squeeze(u.form), u);

/**
 * Matches a unit at the start of the (folded) text after a number; the unit must end a word. The forms share their
 * prefixes in one pattern ("tỷ (?:đồng|usd)"): an alternation of every form would be tried form by form.
 */
export const UNIT_AT_START = new RegExp(`^\\s*(${trieSource(UNIT_FORMS.map((u) => u.form), formChar)})(?![\\p{L}\\p{N}])`, "u");

export function unitOfMatch(m: RegExpExecArray): UnitForm | undefined {
  return m[1] === undefined ? undefined : BY_SQUEEZED.get(squeeze(m[1]));
}

export const SCALES: Record<string, number> = data.scales;

