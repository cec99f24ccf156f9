// The same indicator for the next unit of a list:
//   "tỉnh Thanh Hóa đạt 5,5%; Nghệ An đạt 6,16%" → grdp_growth of Nghệ An 6.16
import type { Draft, Linker, WalkContext } from "../draft";
import { samePrior } from "./samePrior";
import { outcomeBasis } from "../fits";

const BEFORE_UNIT = /^[\s,;]*(?:và\s+|còn\s+|riêng\s+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx)\s*)?$/u;
const AFTER_UNIT = /^\s*(?:đạt|là|:|với|ước đạt|khoảng|chỉ đạt|đạt khoảng|đạt gần|\(|(?:chỉ\s+|ước\s+)?tăng|(?:chỉ\s+)?giảm)?\s*$/u;

/** a unit named right before a figure, after the previous one: ", tỉnh Nghệ An đạt " */
function unitBetween(cx: WalkContext, from: number, to: number): { start: number; end: number } | undefined {
  if (to - from > 70) return undefined;
  const u = cx.units.find((e) => e.start >= from && e.end <= to);
  if (!u || !BEFORE_UNIT.test(cx.folded.slice(from, u.start))) return undefined;
  return AFTER_UNIT.test(cx.folded.slice(u.end, to)) ? u : undefined;
}

export const unitListLinker: Linker = (f, st, cx) => {
  const prior = samePrior(f, st, cx);
  const unit = prior && unitBetween(cx, prior.end, f.q.start);
  if (!prior || !unit) return null;
  const d: Draft = {
    ...prior, q: f.q, start: unit.start, end: f.q.end, subjectAt: unit.start, unit: undefined,
    transform: prior.indicator.kind === "growth" && /giảm\s*$/u.test(cx.folded.slice(unit.end, f.q.start)) ? "negate" : "as_is",
    basis: outcomeBasis(cx, unit.start, f.q.start) === "estimate" ? "estimate" : prior.basis,
  };
  return { drafts: [d], anchor: d };
};
