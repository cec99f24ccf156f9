// The count that leaves out the noun of the one before it:
//   "26 chỉ tiêu đạt và vượt, 2 không đạt" → targets_missed 2
import type { Linker } from "../draft";
import { lastDraft } from "../draft";

const ELLIPTIC_TARGETS = /^\s*(không\s+|chưa\s+)?(?:đạt|hoàn thành)(?![\p{L}])/u;

export const ellipticTargetsLinker: Linker = (f, st, cx) => {
  const { q } = f;
  const prior = lastDraft(st);
  if (q.unit || q.pairOf || !prior || prior.start < f.clauseStart || !/^targets_(?:met|missed)$/.test(prior.indicator.id)) return null;
  const m = ELLIPTIC_TARGETS.exec(cx.folded.slice(q.end, Math.min(f.clauseEnd, q.end + 30)));
  const ind = m && cx.catalog.get(m[1] ? "targets_missed" : "targets_met");
  if (!m || !ind || ind.id === prior.indicator.id) return null;
  return { drafts: [{ ...prior, indicator: ind, q, which: "first", start: q.start, end: q.end + m[0].length, subjectAt: q.start, parent: undefined }] };
};
