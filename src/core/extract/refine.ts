// Refiners over finished facts, in a fixed order: drop repeats, then add what the facts imply.
import type { Fact } from "../facts/fact";

const sameKey = (f: Fact) => [f.entity, f.indicator, f.period, f.basis === "plan" ? "plan" : "outcome", f.measure, f.value].join("|");

/** The same figure stated twice in one report (a lead and its body) is one fact. */
export function dedupe(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const k = sameKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A plan implied by a value and its % of plan ("đạt 17.946 tỷ đồng, bằng 102,6% dự toán":
 * plan ≈ 17 491). Marked derived: it was computed, not read.
 */
export function deriveFacts(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  const hasPlan = new Set(facts.filter((f) => f.basis === "plan" && f.measure === "value").map((f) => `${f.entity}|${f.indicator}|${f.period}`));
  for (const pct of facts) {
    if (pct.measure !== "pct_of_plan" || pct.basis === "plan" || !(pct.value > 0)) continue;
    const key = `${pct.entity}|${pct.indicator}|${pct.period}`;
    if (hasPlan.has(key)) continue;
    const value = facts.find((f) => f.measure === "value" && f.basis !== "plan" && `${f.entity}|${f.indicator}|${f.period}` === key && f.unit !== "%");
    if (!value) continue;
    hasPlan.add(key);
    out.push({
      ...value,
      basis: "plan",
      value: Math.round((value.value / (pct.value / 100)) * 1000) / 1000,
      qualifier: "approx",
      warnings: [
        /^\d{4}-(?:Q|H|M|YTD)/.test(value.period)
          ? `plan derived: ${value.value} ÷ ${pct.value}% — for part of a year this is usually the whole year's plan`
          : `plan derived: ${value.value} ÷ ${pct.value}%`,
      ],
      derived: true,
      source: pct.source,
    });
  }
  return out;
}
