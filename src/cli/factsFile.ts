// Facts as JSON Lines — what `extract` prints, perhaps checked and corrected by hand — read back
// as a source. Every line is checked against the fact's contract (docs/facts.md); a file with a
// bad line is refused whole, naming the lines, so that a typo never removes or changes a figure
// in the book without the user seeing why.
import catalogJson from "../core/catalog/indicators.json";
import type { Basis, Fact, Measure, PlanRef, Qualifier, SourceSpan } from "../core/facts/fact";

const UNITS = new Map((catalogJson as { indicators: { id: string; unit: string }[] }).indicators.map((i) => [i.id, i.unit]));
const BASES: readonly Basis[] = ["actual", "estimate", "plan"];
const MEASURES: readonly Measure[] = ["value", "pct_of_plan", "yoy_pct", "change"];
const QUALIFIERS: readonly Qualifier[] = ["approx", "over", "under", "range", null];
const PLAN_REFS: readonly PlanRef[] = ["central", "local", null];
const REPORT_DATE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
const PERIOD = /^\d{4}(?:-(?:Q[1-4]|H[12]|M(?:0[1-9]|1[0-2])|YTD(?:0[1-9]|1[0-2])|\d{4}))?$/;

/** .jsonl and .ndjson files are facts, not reports. */
export const isFactsFile = (name: string): boolean => /\.(?:jsonl|ndjson)$/i.test(name);

export interface FactsFileResult {
  facts: Fact[];
  /** one message per bad line ("line 12: value must be a number, not \"17.946\"") */
  errors: string[];
}

const show = (v: unknown) => (typeof v === "string" ? `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"` : JSON.stringify(v));

function oneOf<T>(o: Record<string, unknown>, key: string, allowed: readonly T[], optional = false): T {
  const v = o[key];
  if (optional && v === undefined) return null as T;
  if (!allowed.includes(v as T)) throw new Error(`${key} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, not ${show(v)}`);
  return v as T;
}

function text(o: Record<string, unknown>, key: string, nonEmpty = true): string {
  const v = o[key];
  if (typeof v !== "string" || (nonEmpty && !v.trim())) throw new Error(`${key} must be ${nonEmpty ? "a non-empty" : "a"} string, not ${show(v)}`);
  return v;
}

function num(o: Record<string, unknown>, key: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`${key} must be a number, not ${show(v)}`);
  return v;
}

function source(v: unknown): SourceSpan {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error(`source must be {"start", "end", "text"}, not ${show(v)}`);
  const s = v as Record<string, unknown>;
  const start = num(s, "start");
  const end = num(s, "end");
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) throw new Error(`source start and end must be offsets with start ≤ end, not ${start}, ${end}`);
  const span: SourceSpan = { start, end, text: text(s, "text", false) };
  if (s.cell !== undefined) {
    if (!s.cell || typeof s.cell !== "object") throw new Error(`source.cell must be an object, not ${show(s.cell)}`);
    span.cell = s.cell as SourceSpan["cell"];
  }
  return span;
}

/** One line of JSON → a fact, or an Error saying what is wrong with it. */
export function factFromJson(o: unknown): Fact {
  if (!o || typeof o !== "object" || Array.isArray(o)) throw new Error("not a fact: a JSON object is expected");
  const r = o as Record<string, unknown>;
  const indicator = text(r, "indicator");
  const canonical = UNITS.get(indicator);
  if (!canonical) throw new Error(`unknown indicator ${show(indicator)}`);
  const period = text(r, "period");
  if (!PERIOD.test(period)) throw new Error(`period must be YYYY, YYYY-Qn, YYYY-Hn, YYYY-Mmm, YYYY-YTDmm or YYYY-YYYY, not ${show(period)}`);
  const measure = oneOf(r, "measure", MEASURES);
  const unit = text(r, "unit");
  const expected = measure === "pct_of_plan" || measure === "yoy_pct" ? "%" : canonical;
  if (unit !== expected) throw new Error(`unit must be "${expected}" for ${indicator} ${measure} (values are in the canonical unit), not ${show(unit)}`);
  const fact: Fact = {
    doc: text(r, "doc"),
    entity: text(r, "entity", false),
    indicator,
    period,
    basis: oneOf(r, "basis", BASES),
    measure,
    value: num(r, "value"),
    unit,
    qualifier: oneOf(r, "qualifier", QUALIFIERS, true),
    source: source(r.source),
  };
  if (r.upper !== undefined) fact.upper = num(r, "upper");
  if (r.planRef !== undefined) fact.planRef = oneOf(r, "planRef", PLAN_REFS);
  if (r.warnings !== undefined) {
    if (!Array.isArray(r.warnings) || !r.warnings.every((w) => typeof w === "string")) throw new Error("warnings must be a list of strings");
    fact.warnings = r.warnings as string[];
  }
  if (r.reportDate !== undefined) {
    if (typeof r.reportDate !== "string" || !REPORT_DATE.test(r.reportDate)) throw new Error(`reportDate must be YYYY-MM-DD or YYYY-MM, not ${show(r.reportDate)}`);
    fact.reportDate = r.reportDate;
  }
  if (r.derived !== undefined) {
    if (typeof r.derived !== "boolean") throw new Error(`derived must be true or false, not ${show(r.derived)}`);
    if (r.derived) fact.derived = true;
  }
  return fact;
}

/** Every line of a facts file; blank lines are allowed. */
export function parseFactsFile(content: string): FactsFileResult {
  const facts: Fact[] = [];
  const errors: string[] = [];
  const lines = content.replace(/^\ufeff/, "").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      facts.push(factFromJson(JSON.parse(line)));
    } catch (e) {
      errors.push(`line ${i + 1}: ${e instanceof SyntaxError ? `not JSON (${e.message})` : (e as Error).message}`);
    }
  });
  return { facts, errors };
}
