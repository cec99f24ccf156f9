// A change in the indicator's own unit, right after its value:
//   "đạt 17.946 tỷ đồng, tăng 1.200 tỷ đồng so với năm 2022" → budget_revenue change +1200
import type { Linker } from "../draft";
import { samePrior } from "./samePrior";

// "…, lớn hơn năm 2023 khoảng 16.200 tỉ đồng": the base may be named between the comparison and the difference
const MOVED = /^[\s,(]*(tăng|giảm|tăng thêm|giảm bớt|cao hơn|thấp hơn|lớn hơn|nhỏ hơn|nhiều hơn|ít hơn)(?:\s+(?:so với\s+)?(?:năm\s+\d{4}|năm trước|cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?))?\s*$/u;

export const changeOfValueLinker: Linker = (f, st, cx) => {
  const prior = samePrior(f, st, cx);
  if (!prior || prior.indicator.unit === "%") return null;
  const gap = cx.folded.slice(prior.end, f.q.start);
  const moved = MOVED.exec(gap);
  if (!moved) return null;
  const start = prior.end + gap.search(/\S/u) + (gap.trimStart().startsWith(",") ? 1 : 0);
  return { drafts: [{ ...prior, q: f.q, measure: "change", start, end: f.q.end, transform: /giảm|thấp|nhỏ|ít/u.test(moved[1]) ? "negate" : "as_is", parent: prior }] };
};
