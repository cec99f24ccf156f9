// The unit dictionary (units.json) as a matcher: which unit follows a number, and its factor to
// the canonical unit of its dimension.
import data from "./units.json";

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

const FORM_SOURCE = (form: string) =>
  escape(form)
    .replace(/ /g, "\\s*")
    .replace(/\//g, "\\s*/\\s*");

/** Matches a unit at the start of the (folded) text after a number; the unit must end a word. */
export const UNIT_AT_START = new RegExp(
  `^\\s*(?:${UNIT_FORMS.map((u) => `(${FORM_SOURCE(u.form)})`).join("|")})(?![\\p{L}\\p{N}])`,
  "u",
);

export function unitOfMatch(m: RegExpExecArray): UnitForm | undefined {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return UNIT_FORMS[i - 1];
  return undefined;
}

export const SCALES: Record<string, number> = data.scales;

