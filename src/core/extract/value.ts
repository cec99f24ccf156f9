// The number a draft fact stands for, in its indicator's canonical unit, and what the user
// should know about how it was read. A figure off by 1000× is the worst error this product can
// make: when the two ways of reading a number disagree, magnitude decides, and the fact says so.
import type { Draft } from "./walk";
import type { Level } from "../entities/entities";
import type { Qualifier } from "../facts/fact";
import type { NumberReadings } from "../numbers/readNumber";

export interface ResolvedValue {
  /** neither reading of the number is a plausible size for the indicator: a slip of scale, not a figure to write */
  implausible?: boolean;
  value: number;
  upper?: number;
  qualifier: Qualifier;
  warnings: string[];
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

function factorOf(d: Draft): number | null {
  if (d.measure === "pct_of_plan" || d.measure === "yoy_pct") return 1;
  const u = d.q.unit;
  switch (d.indicator.unit) {
    case "bn VND":
    case "mn USD":
    case "ha":
      return u ? u.factor : null;
    case "mn VND/person/year":
      if (!u) return null;
      return u.dimension === "money" ? u.factor * 1000 : u.factor;
    case "%":
      return 1;
    default:
      return d.q.scale ?? 1;
  }
}

function applyTransform(d: Draft, x: number): number {
  switch (d.transform) {
    case "negate": return -x;
    case "plus100": return 100 + x;
    case "minus100": return x - 100;
    case "times_to_pct": return (x - 1) * 100;
    default: return x;
  }
}

function plausibleRange(d: Draft, level: Level): [number, number] {
  switch (d.measure) {
    case "pct_of_plan": return [0, 1000];
    case "yoy_pct": return [-100, 5000];
    // a change in points of a rate, or in the indicator's own unit ("tăng 1.200 tỷ đồng")
    case "change": return d.indicator.unit === "%" ? [-100, 100] : [-d.indicator.plausible[1], d.indicator.plausible[1]];
    default: {
      const local = level !== "province" && level !== "country" && level !== "bloc";
      const [lo, hi] = (local && d.indicator.plausibleLocal) || d.indicator.plausible;
      // a country is larger than any province; a unit below a province may be far smaller
      return level === "country" ? [lo, hi * 100] : local && !d.indicator.plausibleLocal ? [Math.min(lo, 0), hi] : [lo, hi];
    }
  }
}

/** Off the plausible range by more than a slip of scale can explain away: ten times its top, or a hundredth of its floor. */
const farOff = (x: number, lo: number, hi: number) => x > hi * 10 || (lo > 0 && x < lo / 100);

export function resolveValue(d: Draft, level: Level): ResolvedValue | null {
  const readings: NumberReadings | undefined = d.which === "pair" ? d.q.pairOf : d.q.readings;
  const factor = factorOf(d);
  if (!readings || factor === null) return null;
  const warnings: string[] = [];
  const literal = d.which === "pair" ? "" : d.q.literal.split(/\s*[-–/]|\s+(?:đến|tới)\s+/u)[0];
  const vi = readings.vi === null ? null : round(applyTransform(d, readings.vi * factor));
  let en = readings.en === null ? null : round(applyTransform(d, readings.en * factor));
  // a count of people or things is whole: "2.234 đảng viên" cannot be 2.234
  if (en !== null && (d.indicator.unit === "persons" || d.indicator.unit === "count") && d.measure === "value" && !Number.isInteger(readings.en! * factor)) en = null;
  // "17.946 tỷ đồng" is how Vietnamese documents write 17 946: only a comma ("1,255") is truly ambiguous
  const dotGrouped = /^\d{1,3}(?:\.\d{3})+$/.test(literal);
  const [lo, hi] = plausibleRange(d, level);
  const fits = (x: number | null) => x !== null && x >= lo && x <= hi;
  let value: number;
  let implausible = false;
  if (vi !== null && en !== null && vi !== en) {
    if (fits(vi)) {
      value = vi;
      if (!dotGrouped) {
        warnings.push(fits(en)
          ? `ambiguous number "${literal}": read the Vietnamese way as ${vi}; the English reading ${en} is also possible`
          : `ambiguous number "${literal}": read the Vietnamese way as ${vi}; the English reading ${en} would be implausible for ${d.indicator.id}`);
      }
    } else if (fits(en) && !(dotGrouped && vi <= d.indicator.plausible[1] && vi >= Math.min(0, d.indicator.plausible[0]))) {
      value = en;
      warnings.push(`number "${literal}" read as ${en} (English format): the Vietnamese reading ${vi} is implausible for ${d.indicator.id}`);
    } else {
      // "349.208 tỷ đồng" is 349 208 when some unit could have it ("1.255%" growth could not): too large for a district is a
      // figure of a larger unit or a slip, not a decimal point
      value = vi;
      warnings.push(dotGrouped
        ? `implausible magnitude for ${d.indicator.id}: "${literal}" is ${vi} ${d.indicator.unit}; check the source`
        : `ambiguous number "${literal}": neither ${vi} nor ${en} is plausible for ${d.indicator.id}; check the source`);
      implausible = farOff(vi, lo, hi) && (dotGrouped || farOff(en, lo, hi));
    }
  } else if (vi !== null) {
    value = vi;
  } else if (en !== null) {
    value = en;
    warnings.push(`number "${literal}" is written the English way; read as ${en}`);
  } else return null;
  if (!warnings.length && !fits(value)) {
    warnings.push(`implausible magnitude for ${d.indicator.id}: ${value} ${d.indicator.unit}; check the source`);
    implausible = farOff(value, lo, hi);
  }

  let upper: number | undefined;
  if (d.q.upper && d.which === "first") {
    const u = d.q.upper.vi ?? d.q.upper.en;
    if (u !== null) upper = round(applyTransform(d, u * factor));
  }
  if (d.q.inWords) warnings.push(`count written in words: "${d.q.literal}"`);
  if (/\d, \d/.test(d.q.literal)) warnings.push(`"${d.q.literal}" read as ${value}: a decimal comma followed by a space`);
  return { value, upper, qualifier: upper !== undefined ? "range" : d.q.qualifier, warnings, ...(implausible ? { implausible } : {}) };
}
