// A counted figure: the number carries the noun it counts and a verb that says which indicator.
//   "kết nạp 2.234 quần chúng ưu tú vào Đảng" → members_admitted 2234
//   "kiểm tra 1.691 tổ chức đảng và 1.139 đảng viên" → party_orgs_inspected, members_inspected
//   "23/29 chỉ tiêu đạt và vượt kế hoạch" → targets_met 23 and targets_total 29
import type { Draft, Linker } from "../draft";
import { matchCounted } from "../counted";
import { outcomeBasis } from "../fits";

const ADDED_BEFORE = /(?<![\p{L}])(?:thêm|mới)\s+$/u;
// a part of the plan's targets, not the plan's: "(trong đó có 8 chỉ tiêu vượt)", "Về kinh tế: 04/09 chỉ tiêu đạt"
const SUBSET_BEFORE = /(?:(?<![\p{L}])trong đó|\()[^;)]*$|^\s*(?:[-+•*]\s*)?(?:\d+[.)]\s*)?(?:về|lĩnh vực|khối|nhóm)\s+[^:;]{2,40}:/u;

export const countedLinker: Linker = (f, st, cx) => {
  const { q } = f;
  const cm = matchCounted(cx.catalog, cx.folded, q, f.clauseStart, f.listStart, f.clauseEnd);
  if (!cm) return null;
  if (/^targets_/.test(cm.indicator.id) && SUBSET_BEFORE.test(cx.folded.slice(f.clauseStart, q.start))) return { drafts: [] };
  // a running total ("lũy kế … 1.200 đảng viên") is not the period's figure
  if (f.cumulative) return { drafts: [] };
  // "có thêm 35 sản phẩm OCOP được công nhận" adds to a stock: a change, not the stock
  const added = cm.indicator.stock && ADDED_BEFORE.test(cx.folded.slice(Math.max(0, q.start - 8), q.start));
  const d: Draft = {
    indicator: cm.indicator, measure: added ? "change" : "value", basis: outcomeBasis(cx, f.segFrom, q.start), q, which: "first", transform: "as_is",
    start: Math.min(cm.start, q.start), end: cm.end, subjectAt: cm.start, sentence: st.sentence, planContext: f.planContext,
  };
  const drafts = [d];
  if (added) return { drafts };
  if (q.pairOf && cm.rule.pair) {
    const second = cm.rule.pair === "targets_total" ? cx.catalog.get("targets_total") : cm.indicator;
    if (second) drafts.push({ ...d, indicator: second, which: "pair", basis: cm.rule.pair === "plan" ? "plan" : d.basis });
  }
  return { drafts, anchor: d };
};
