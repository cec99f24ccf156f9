// Runs test/data/sentences.json and test/data/negatives.json through the whole extractor.
import sentences from "../data/sentences.json";
import negatives from "../data/negatives.json";
import { extractFacts } from "../../src/core/extract";
import type { Fact } from "../../src/core/facts/fact";

interface Expected {
  indicator: string;
  period: string;
  basis: string;
  measure: string;
  value: number;
  entity?: string;
  qualifier?: string;
  upper?: number;
  planRef?: string;
  warning?: string;
}

const brief = (f: Fact) => `${f.entity}|${f.indicator}|${f.period}|${f.basis}|${f.measure}|${f.value}`;

function run(input: string, options: { entity?: string; date?: string } | undefined, defaults: { entity: string; date: string }) {
  return extractFacts(input, { doc: "case.txt", entity: options?.entity ?? defaults.entity, date: options?.date ?? defaults.date }).facts.filter((f) => !f.derived);
}

describe("sentences → facts", () => {
  test.each(sentences.cases.map((c) => [c.input, c] as const))("%s", (_i, c) => {
    const facts = run(c.input, (c as { options?: { entity?: string; date?: string } }).options, sentences.defaults);
    const expected = c.facts as Expected[];
    expect(facts.map(brief).sort()).toHaveLength(expected.length);
    for (const e of expected) {
      const hit = facts.find((f) => f.indicator === e.indicator && f.measure === e.measure && f.basis === e.basis && f.period === e.period && Math.abs(f.value - e.value) < 1e-9);
      if (!hit) throw new Error(`missing ${JSON.stringify(e)}\n got: ${facts.map(brief).join("\n      ")}`);
      if (e.entity) expect(hit.entity).toBe(e.entity);
      if (e.qualifier) expect(hit.qualifier).toBe(e.qualifier);
      if (e.upper !== undefined) expect(hit.upper).toBe(e.upper);
      if (e.planRef) expect(hit.planRef).toBe(e.planRef);
      if (e.warning) expect((hit.warnings ?? []).join(" ")).toContain(e.warning);
      expect(c.input.slice(hit.source.start, hit.source.end)).toBe(hit.source.text);
    }
  });
});

describe("sentences that must yield nothing", () => {
  test.each(negatives.sentences)("%s", (input) => {
    const facts = run(input, undefined, negatives.defaults);
    expect(facts.map(brief)).toEqual([]);
  });
});
