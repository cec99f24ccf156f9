// A change in a count already given in the sentence, against the same period:
//   "kiểm tra 241 tổ chức đảng (tăng 61 tổ chức đảng so với cùng kỳ)" → party_orgs_inspected change +61
//   "kết nạp 764 đảng viên, tăng 64 đảng viên so với cùng kỳ" → members_admitted change +64
import type { Draft, Linker } from "../draft";
import { fold } from "../../text/fold";

const MOVED_BEFORE = /(?<![\p{L}])(tăng|giảm)(?:\s+thêm)?\s*$/u;
const COMPARED_AFTER = /^[^;]{0,60}?(?:so\s+với|so\s+cùng\s+kỳ)/u;

export const countChangeLinker: Linker = (f, st, cx) => {
  const { q } = f;
  if (q.unit || q.pairOf) return null;
  const moved = MOVED_BEFORE.exec(cx.folded.slice(Math.max(f.clauseStart, q.start - 14), q.start));
  if (!moved) return null;
  const tail = cx.folded.slice(q.end, Math.min(f.clauseEnd, q.end + 80));
  if (!COMPARED_AFTER.test(tail)) return null;
  // the count of this noun given before in the sentence: "241 tổ chức đảng" … "61 tổ chức đảng"
  for (let i = st.drafts.length - 1; i >= 0 && i >= st.drafts.length - 8; i--) {
    const d = st.drafts[i];
    if (d.measure !== "value" || d.parent || !d.indicator.counted) continue;
    const nouns = d.indicator.counted.flatMap((r) => r.nouns).map((n) => fold(n)).sort((a, b) => b.length - a.length);
    const noun = nouns.find((n) => tail.trimStart().startsWith(n) && !/^[\p{L}]/u.test(tail.trimStart().slice(n.length, n.length + 1)));
    if (!noun) continue;
    const change: Draft = {
      ...d, measure: "change", q, which: "first", transform: moved[1] === "giảm" ? "negate" : "as_is",
      start: q.start - moved[0].length, end: q.end + tail.indexOf(noun) + noun.length, parent: d,
    };
    return { drafts: [change] };
  }
  return null;
};
