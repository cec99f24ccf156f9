// Runs test/data/numbers.json: each figure read on its own against an indicator.
import cases from "../data/numbers.json";
import { interpretFigure } from "../../src/core/extract/interpret";

interface Case {
  input: string;
  indicator: string;
  expected: null | { value: number; upper?: number; qualifier?: string; warning?: string };
}

describe("numbers and units", () => {
  test.each((cases.cases as Case[]).map((c) => [c.input, c.indicator, c] as const))("%s as %s", (_input, _ind, c) => {
    const r = interpretFigure(c.input, c.indicator);
    if (c.expected === null) {
      expect(r).toBeNull();
      return;
    }
    expect(r).not.toBeNull();
    expect(r!.value).toBeCloseTo(c.expected.value, 9);
    if (c.expected.upper !== undefined) expect(r!.upper).toBeCloseTo(c.expected.upper, 9);
    expect(r!.qualifier).toBe(c.expected.qualifier ?? null);
    if (c.expected.warning) expect(r!.warnings.join(" ")).toContain(c.expected.warning);
    else expect(r!.warnings).toEqual([]);
  });
});
