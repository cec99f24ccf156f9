// Whole documents written in the style of reports from other provinces (a UBND year-end report,
// a provincial newspaper's party article): every fact reviewed by hand in expected.jsonl.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractFacts } from "../../src/core/extract";

const dir = path.resolve(__dirname, "../data/documents");
const expected = readFileSync(path.join(dir, "expected.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
const key = (f: { doc: string; entity: string; indicator: string; period: string; basis: string; measure: string; value: number }) =>
  [f.doc, f.entity, f.indicator, f.period, f.basis, f.measure, f.value].join("|");

describe.each(readdirSync(dir).filter((f) => f.endsWith(".txt")))("%s", (doc) => {
  test("gives exactly the reviewed facts", () => {
    const raw = readFileSync(path.join(dir, doc), "utf8");
    const got = extractFacts(raw, { doc }).facts.filter((f) => !f.derived).map(key).sort();
    const want = expected.filter((f) => f.doc === doc).map(key).sort();
    expect(got).toEqual(want);
  });
});
