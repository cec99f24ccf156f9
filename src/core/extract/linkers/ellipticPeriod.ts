// A clause or sentence that gives another period's figure without naming the indicator again:
//   "Năm 2022, thu ngân sách đạt 1.100 tỷ đồng; năm 2023 đạt 1.250 tỷ đồng." → budget_revenue 2023
//   "Tổng mức bán lẻ … tháng 12 ước đạt 6.218 tỷ đồng. Cả năm 2023 ước đạt 68.931,7 tỷ đồng." → the year's
//   "Cộng dồn 8 tháng đạt 93.581,4 tỷ đồng, bằng 64,3% kế hoạch năm" → the months to date
import type { Draft, Linker } from "../draft";
import { lastValue, namedSince } from "../draft";
import { dimensionFits, outcomeBasis } from "../fits";
import { PLAN_BEFORE_FIGURE, VS_PREVIOUS, PASSED_CHANGE } from "../cues";
import { fold } from "../../text/fold";

// the clause opens with a period, then at most "ước", a verb and a bound: "Cả năm 2023 ước đạt", "Lũy kế 9 tháng, đạt"
const OPENS_WITH_PERIOD = new RegExp(
  "^\\s*(?:[-+•]\\s*)?(?:(?:tính chung|cộng dồn|lũy kế|luỹ kế|riêng|còn|trong|ước|dự ước)\\s+)?" +
  "(?:cả năm|năm\\s+\\d{4}|cả năm\\s+\\d{4}|quý\\s+[ivx\\d]+(?:\\s*(?:\\/|năm)\\s*\\d{4})?|\\d{1,2}\\s+tháng(?:\\s+đầu)?(?:\\s+năm)?(?:\\s+\\d{4})?|tháng\\s+\\d{1,2}(?:\\s*\\/\\s*\\d{4})?|6\\s+tháng\\s+(?:đầu|cuối)\\s+năm(?:\\s+\\d{4})?)" +
  "\\s*,?\\s*(?:(?:[\\p{L}]+\\s+){1,2}này\\s+)?(?:(?:cũng|đã|chỉ|mới)\\s+)*(?:(?:ước|ước tính|dự ước|dự kiến|sơ bộ)\\s+)?(?:đạt|là|ở mức|được|tăng|giảm|thu|thu được|đạt được|đạt khoảng|ước đạt)?\\s*(?:khoảng|gần|trên|hơn|xấp xỉ)?\\s*$",
  "u",
);

// "tổng mức này", "chỉ số này": the words a pointer names its figure by
const POINTER = /(?<![\p{L}])((?:[\p{L}]+\s+){0,1}[\p{L}]+)\s+này(?![\p{L}])/u;
const GENERIC_POINTER = /^(?:con số|số liệu|chỉ tiêu|mức|giá trị|kết quả|tốc độ|con số đó)$/u;

export const ellipticPeriodLinker: Linker = (f, st, cx) => {
  if (namedSince(st, f.clauseStart)) return null;
  // "Tính chung 10 tháng, tổng mức này ước đạt …": "này" points back past the paragraph, to a figure its words name
  const pointer = POINTER.exec(cx.folded.slice(Math.max(f.clauseStart, f.q.start - 40), f.q.start));
  const pointsBack = !!pointer;
  const named = (d: Draft | undefined) => d && (GENERIC_POINTER.test(pointer![1]) || d.indicator.aliases.some((a) => fold(a).includes(pointer![1])));
  const last = lastValue(st) ?? st.previous ?? (f.q.unit?.dimension === "pct" ? st.recent : undefined) ?? (pointsBack ? st.lastNear : undefined);
  if (pointer && !named(last)) return null;
  if (!last || last.indicator.unit === "%" && f.q.unit?.dimension !== "pct" || !dimensionFits(last.indicator, f.q, cx.folded)) return null;
  // a rate no unit could have for the indicator carried over ("(năm 2023 là 82,9%)" after a share of GRDP) is not its
  const x = f.q.readings.vi ?? f.q.readings.en;
  if (last.indicator.unit === "%" && x !== null && (x > last.indicator.plausible[1] || x < last.indicator.plausible[0])) return null;
  // "Tăng trưởng cải thiện qua các quý: quý I tăng 4,62%, quý II tăng 6,05%": the segment after ":" or ","
  // "Tính chung 10 tháng, tổng mức này ước đạt": or the one before it, when the last names what it points back to
  const clause = cx.folded.slice(Math.max(f.clauseStart, f.q.start - 120), f.q.start);
  // (a comma that separates, not the decimal comma of "2,3%")
  const cut = Math.max(clause.lastIndexOf(":"), clause.lastIndexOf(", "));
  const cutBefore = cut > 0 ? Math.max(clause.lastIndexOf(":", cut - 1), clause.lastIndexOf(", ", cut - 1)) : -1;
  // "riêng tháng 9 ước tăng 2,3% so với tháng trước và tăng 11,8%": the month-on-month change is passed over
  const opens = (c: number) => { const lead = clause.slice(c >= 0 ? c + 1 : 0); return OPENS_WITH_PERIOD.test(lead) || OPENS_WITH_PERIOD.test(lead.replace(PASSED_CHANGE, "")); };
  const at = [cut, ...(pointsBack ? [cutBefore] : [])].find(opens);
  if (at === undefined) return null;
  if (VS_PREVIOUS.test(cx.folded.slice(f.q.end, f.q.end + 40)) && last.indicator.kind === "growth") return { drafts: [] };
  const from = f.q.start - clause.length + (at >= 0 ? at + 1 : 0);
  const lead = cx.folded.slice(from, f.q.start);
  const plan = PLAN_BEFORE_FIGURE.test(lead);
  const down = /giảm\s*(?:khoảng|gần|trên|hơn|xấp xỉ)?\s*$/u.test(lead);
  const d: Draft = {
    ...last, q: f.q, start: from + lead.search(/\S/u), end: f.q.end, subjectAt: from, sentence: st.sentence, parent: undefined,
    sameAs: undefined, periodOf: undefined, earlier: undefined, which: "first", antecedent: last.antecedent ?? last,
    transform: down && last.indicator.kind !== "level" ? "negate" : "as_is",
    basis: plan ? "plan" : outcomeBasis(cx, from, f.q.start), planContext: f.planContext,
  };
  return { drafts: [d], anchor: d };
};
