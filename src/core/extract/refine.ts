// Refiners over finished facts, in a fixed order: drop repeats, then add what the facts imply.
import type { Fact } from "../facts/fact";

const slot = (f: Fact) => [f.entity, f.indicator, f.period, f.basis === "plan" ? "plan" : "outcome", f.measure].join("|");

/**
 * The same figure stated twice in one report (a lead and its body) is one fact; so is a rounded
 * restatement ("hơn 17.900 tỷ đồng" in the lead, "17.946 tỷ đồng" in the body): the precise one stays.
 */
export function dedupe(facts: Fact[]): Fact[] {
  const kept: Fact[] = [];
  const bySlot = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = slot(f);
    const same = bySlot.get(k) ?? [];
    const twin = same.find((g) => g.value === f.value || (roughlyEqual(g.value, f.value) && (g.qualifier !== null) !== (f.qualifier !== null)));
    if (twin) {
      // keep the unqualified statement of the two
      if (twin.qualifier !== null && f.qualifier === null) {
        kept[kept.indexOf(twin)] = f;
        same[same.indexOf(twin)] = f;
      }
      continue;
    }
    same.push(f);
    bySlot.set(k, same);
    kept.push(f);
  }
  return kept;
}

const roughlyEqual = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.01;

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
