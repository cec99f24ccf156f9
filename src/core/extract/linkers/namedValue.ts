// A value after an indicator's name, the newest name first:
//   "tổng thu ngân sách trên địa bàn năm 2023 đạt 17.946 tỷ đồng" → budget_revenue 17946
//   "tổng vốn đăng ký của các doanh nghiệp thành lập mới đạt 5.600 tỷ đồng" → the older name's
//   "đạt 1.234/1.300 tỷ đồng" → the value 1234 and the plan 1300
import type { Linker } from "../draft";
import { dimensionFits, contextFits, gapFits, valueDraft } from "../fits";

export const namedValueLinker: Linker = (f, st, cx) => {
  if (f.cumulative) return null;
  for (let i = st.open.length - 1; i >= 0 && st.open[i].alias.end > f.q.start - 160; i--) {
    const o = st.open[i];
    if (o.valued || o.interrupted) continue;
    // the newest name is something that only looks like an indicator ("thu ngân sách địa phương"): the figure is its
    if (!o.alias.ids.length && i === st.open.length - 1 && gapFits(cx.folded.slice(o.alias.end, f.q.start))) return { drafts: [], valued: o };
    const ind = o.alias.ids.map((id) => cx.catalog.get(id)!).find((x) => dimensionFits(x, f.q, cx.folded) && contextFits(x, st, cx, f.q.start));
    if (!ind || !gapFits(cx.folded.slice(o.alias.end, f.q.start))) continue;
    const d = valueDraft(ind, f, o.alias, st, cx);
    const drafts = [d];
    if (f.q.pairOf && d.basis !== "plan") drafts.push({ ...d, which: "pair", basis: "plan" });
    return { drafts, anchor: d, valued: o };
  }
  return null;
};
