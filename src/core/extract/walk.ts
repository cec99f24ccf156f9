// Links figures to indicators, sentence by sentence. Spans were found before (aliases,
// quantities, periods, entities); here each quantity is read in order against what came before
// it in its sentence: the counted noun it carries, the indicator named before it, the value it
// qualifies ("bằng 102,6% dự toán" after "đạt 17.946 tỷ đồng").
import type { Catalog, Indicator } from "../catalog/catalog";
import type { AliasMatch } from "../catalog/catalog";
import type { Quantity } from "./quantity";
import type { Sentence } from "../text/segment";
import { clauseAt } from "../text/segment";
import { matchCounted, continuesList } from "./counted";
import { fold } from "../text/fold";
import type { Basis, Measure, PlanRef } from "../facts/fact";
import {
  ESTIMATE, PLAN_BEFORE_FIGURE, ASSIGNED_BEFORE_FIGURE, PLAN_BEFORE_INDICATOR, VALUE_VERB, OF_PLAN_AFTER, YOY_AFTER,
  VS_OTHER_AFTER, RATIO_VERB, PLAN_CENTRAL, PLAN_LOCAL, CUMULATIVE,
} from "./cues";

/** A figure linked to an indicator, not yet given its period, unit and final value. */
export interface Draft {
  indicator: Indicator;
  measure: Measure;
  basis: Basis;
  q: Quantity;
  /** which number of the quantity: the first, or the second of an N/M pair */
  which: "first" | "pair";
  /** turns the number as read into the fact's value: ±x, 100 + x, x − 100 */
  transform: "as_is" | "negate" | "plus100" | "minus100" | "times_to_pct";
  planRef?: PlanRef;
  /** quoted span in the clean text */
  start: number;
  end: number;
  /** where the words that decide entity and period end (alias or trigger start) */
  subjectAt: number;
  /** inherits period and entity from this draft (a ratio of a value) */
  parent?: Draft;
  sentence: Sentence;
  planContext: boolean;
}

interface Current {
  alias: AliasMatch;
  valued: boolean;
  interrupted: boolean;
}

const ELLIPTIC_TARGETS = /^\s*(không\s+|chưa\s+)?(?:đạt|hoàn thành)(?![\p{L}])/u;
const PERIOD_WORD = /(?<![\p{L}])(?:cả\s+năm|năm\s+\d{4}|năm\s+(?:nay|tới|sau)|quý\s+[ivx\d]+|\d{1,2}\s+tháng|tháng\s+\d{1,2})(?![\p{L}])/u;
const GAP_FILLER = /(?:(?:cả|trong|cuối)\s+)?năm\s+\d{4}|quý\s+[ivx\d]+(?:\s*(?:năm|\/)\s*\d{4})?|\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?|tháng\s+\d{1,2}(?:\s*\/\s*\d{4})?|trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|thành\s+phố))?|toàn\s+(?:tỉnh|huyện|thành\s+phố)|của\s+(?:tỉnh|huyện|thành\s+phố)/gu;
const PERSON_NOUN = /^\s*(?:đồng chí|đảng viên|người|quần chúng|lao động|hội viên|đoàn viên)?(?![\p{L}])/u;
const NOT_FIGURE_BEFORE = /(?:thứ|số|lần thứ|khóa|khoá|hạng|top|mã|điều|khoản|chương|mục|phần|bước|tầng|km)\s*$/u;

export interface WalkInput {
  folded: string;
  catalog: Catalog;
  sentences: Sentence[];
  aliases: AliasMatch[];
  quantities: Quantity[];
  /** sentences (by index) inside a list of targets ("Một số chỉ tiêu cụ thể: …") */
  planFrom: (s: Sentence, pos: number) => boolean;
  /** units of government named in the text (not inside a person's title), sorted by start */
  units: Array<{ start: number; end: number }>;
}

function dimensionFits(ind: Indicator, q: Quantity, folded: string): boolean {
  const d = q.unit?.dimension;
  switch (ind.unit) {
    case "bn VND": return d === "money";
    case "mn USD": return d === "usd";
    case "%": return d === "pct";
    case "mn VND/person/year": return d === "percap" || d === "money";
    case "ha": return d === "ha";
    case "persons":
    case "count": {
      if (d || q.pairOf) return false;
      // a bare count must be followed by what it counts, or by nothing ("đạt 3 sao" is not 3 products)
      const next = folded.slice(q.end, q.end + 30);
      if (/^\s*(?:[,.;:)]|$)/u.test(next)) return true;
      const nouns = (ind.counted ?? []).flatMap((r) => r.nouns).map((n) => fold(n));
      if (ind.unit === "persons" && PERSON_NOUN.test(next) && !/^\s*(?:[,.;:)]|$)/u.test(next) && /^\s*\p{L}/u.test(next)) {
        const m = /^\s*(?:đồng chí|đảng viên|người|quần chúng|lao động|hội viên|đoàn viên)(?![\p{L}])/u.exec(next);
        if (m) return true;
      }
      return nouns.some((n) => next.trimStart().startsWith(n));
    }
    default: return false;
  }
}

export function walk(input: WalkInput): Draft[] {
  const { folded, catalog, sentences } = input;
  const drafts: Draft[] = [];
  let ai = 0;
  let qi = 0;
  // the walker's state for the sentence being read; reset at each sentence
  let s: Sentence = sentences[0];
  let current: Current | null = null;
  let open: Current[] = [];
  let anchor: Draft | null = null;
  for (const sentence of sentences) {
    s = sentence;
    while (ai < input.aliases.length && input.aliases[ai].start < s.start) ai++;
    while (qi < input.quantities.length && input.quantities[qi].start < s.start) qi++;
    type Ev = { at: number; alias?: AliasMatch; q?: Quantity };
    const events: Ev[] = [];
    for (let i = ai; i < input.aliases.length && input.aliases[i].start < s.end; i++) events.push({ at: input.aliases[i].start, alias: input.aliases[i] });
    for (let i = qi; i < input.quantities.length && input.quantities[i].start < s.end; i++) events.push({ at: input.quantities[i].start, q: input.quantities[i] });
    events.sort((a, b) => a.at - b.at || (a.alias ? -1 : 1));

    current = null;
    // aliases named in this sentence, newest last: a figure may belong to an older one
    // ("tổng vốn đăng ký của các doanh nghiệp thành lập mới đạt 5.600 tỷ đồng")
    open = [];
    anchor = null;
    let prevQ: Quantity | null = null;
    let listStart = s.start;
    let segStart = s.start;

    for (const ev of events) {
      if (ev.alias) {
        // an alias inside a quantity's span (none today) or overlapping the last one is noise
        if (current && ev.alias.start < current.alias.end) continue;
        // "tốc độ tăng trưởng kinh tế (GRDP)": the abbreviation in brackets names the same thing
        if (current && /^\s*\(\s*$/u.test(folded.slice(current.alias.end, ev.alias.start))) continue;
        current = { alias: ev.alias, valued: false, interrupted: false };
        open.push(current);
        anchor = null;
        continue;
      }
      const q = ev.q!;
      if (current && q.start < current.alias.end) continue;
      const [clauseStart, clauseEnd] = clauseAt(s, q.start);
      if (current && current.alias.start < clauseStart) {
        // a new clause after ";" starts afresh unless it only continues the figure
        if (!/^\s*(?:trong đó|riêng|bao gồm)/u.test(folded.slice(clauseStart, clauseStart + 15))) {
          for (const o of open) if (o.alias.start < clauseStart) o.interrupted = true;
        }
      }
      if (anchor && anchor.start < clauseStart) anchor = null;
      // a bare year ("Tết 2024", "Xuân Giáp Thìn 2024") is a date, not a figure
      if (!q.unit && !q.qualifier && !q.pairOf && !q.scale && /^(?:19|20)\d{2}$/.test(q.literal)) continue;
      if (NOT_FIGURE_BEFORE.test(folded.slice(Math.max(0, q.start - 12), q.start))) {
        prevQ = q;
        continue;
      }
      const cumulative = CUMULATIVE.test(folded.slice(Math.max(clauseStart, segStart), q.start));
      const planContext = input.planFrom(s, q.start);

      listStart = prevQ && prevQ.start >= clauseStart && continuesList(folded, prevQ.end, q.start) ? listStart : q.start;
      const segFrom = Math.max(clauseStart, segStart);

      // 1. a counted figure: "kết nạp 2.234 quần chúng", "26 chỉ tiêu đạt và vượt"
      const cm = matchCounted(catalog, folded, q, clauseStart, listStart, clauseEnd);
      if (cm) {
        prevQ = q;
        if (cumulative) continue;
        if (cm.indicator.stock && /(?<![\p{L}])(?:thêm|mới)\s+$/u.test(folded.slice(Math.max(0, q.start - 8), q.start))) continue;
        const est = ESTIMATE.test(folded.slice(segFrom, q.start));
        const basis: Basis = est ? "estimate" : "actual";
        const d: Draft = {
          indicator: cm.indicator, measure: "value", basis, q, which: "first", transform: "as_is",
          start: Math.min(cm.start, q.start), end: cm.end, subjectAt: cm.start, sentence: s, planContext,
        };
        drafts.push(d);
        if (q.pairOf && cm.rule.pair) {
          const second = cm.rule.pair === "targets_total" ? catalog.get("targets_total") : cm.indicator;
          if (second) {
            drafts.push({ ...d, indicator: second, which: "pair", basis: cm.rule.pair === "plan" ? "plan" : basis });
          }
        }
        anchor = d;
        segStart = q.end;
        continue;
      }

      // "26 chỉ tiêu đạt và vượt, 2 không đạt": the count that leaves out the noun of the one before
      const lastDraft = drafts[drafts.length - 1];
      if (!q.unit && !q.pairOf && lastDraft && lastDraft.sentence === s && lastDraft.start >= clauseStart &&
          /^targets_(?:met|missed)$/.test(lastDraft.indicator.id)) {
        const m = ELLIPTIC_TARGETS.exec(folded.slice(q.end, Math.min(clauseEnd, q.end + 30)));
        const ind = m && catalog.get(m[1] ? "targets_missed" : "targets_met");
        if (m && ind && ind.id !== lastDraft.indicator.id) {
          drafts.push({ ...lastDraft, indicator: ind, q, which: "first", start: q.start, end: q.end + m[0].length, subjectAt: q.start, parent: undefined });
          prevQ = q;
          segStart = q.end;
          continue;
        }
      }

      // the same indicator for the next unit of a list: "tỉnh Thanh Hóa đạt 5,5%; Nghệ An đạt 6,16%"
      const prior = drafts[drafts.length - 1];
      if (prior && prior.sentence === s && prior.measure === "value" && !prior.parent && prior.which === "first" && !cumulative &&
          dimensionFits(prior.indicator, q, folded)) {
        const unit = unitBetween(prior.end, q.start);
        if (unit) {
          const d: Draft = { ...prior, q, start: unit.start, end: q.end, subjectAt: unit.start, transform: "as_is",
            basis: ESTIMATE.test(folded.slice(unit.start, q.start)) ? "estimate" : prior.basis };
          drafts.push(d);
          anchor = d;
          prevQ = q;
          segStart = q.end;
          continue;
        }
        // a change in the indicator's own unit: "đạt 17.946 tỷ đồng, tăng 1.200 tỷ đồng so với năm 2022"
        const gap = folded.slice(prior.end, q.start);
        const moved = /^[\s,(]*(tăng|giảm|tăng thêm|giảm bớt|cao hơn|thấp hơn)\s*$/u.exec(gap);
        if (moved && prior.indicator.unit !== "%") {
          const d: Draft = { ...prior, q, measure: "change", start: prior.end + gap.search(/\S/u) + (gap.trimStart().startsWith(",") ? 1 : 0), end: q.end,
            transform: /giảm|thấp/u.test(moved[1]) ? "negate" : "as_is", parent: prior };
          drafts.push(d);
          prevQ = q;
          segStart = q.end;
          continue;
        }
        // the same indicator for another period: "11 tháng đạt 15.000 tỷ đồng, ước cả năm đạt 17.000 tỷ đồng"
        if (gap.length < 60 && PERIOD_WORD.test(gap) && VALUE_VERB.test(gap) && !/(?:so\s+với|so\s+cùng|cùng\s+kỳ|;)/u.test(gap)) {
          const plan = PLAN_BEFORE_FIGURE.test(gap) || ASSIGNED_BEFORE_FIGURE.test(gap);
          const d: Draft = { ...prior, q, start: prior.end + gap.search(/\S/u), end: q.end, transform: "as_is",
            basis: plan ? "plan" : ESTIMATE.test(gap) ? "estimate" : "actual" };
          drafts.push(d);
          anchor = d;
          prevQ = q;
          segStart = q.end;
          continue;
        }
      }
      const dim = q.unit?.dimension;
      if (dim === "pct" || dim === "times") {
        const made = ratio(q, clauseStart, clauseEnd, segFrom, planContext);
        prevQ = q;
        if (made) {
          drafts.push(made);
          segStart = q.end;
        }
        continue;
      }

      // 3. a value after an indicator's name: "tổng thu ngân sách … đạt 17.946 tỷ đồng"
      if (!cumulative) {
        let linked = false;
        for (let i = open.length - 1; i >= 0 && !linked; i--) {
          const o = open[i];
          if (o.valued || o.interrupted) continue;
          const gap = folded.slice(o.alias.end, q.start);
          const ind = o.alias.ids.map((id) => catalog.get(id)!).find((x) => dimensionFits(x, q, folded) && contextFits(x, q.start));
          if (!ind || !gapFits(gap)) continue;
          const d = valueDraft(ind, q, o.alias, segFrom, s, planContext);
          drafts.push(d);
          // "đạt 1.234/1.300 tỷ đồng": what was done over what was planned
          if (q.pairOf && d.basis !== "plan") drafts.push({ ...d, which: "pair", basis: "plan" });
          o.valued = true;
          anchor = d;
          linked = true;
        }
        if (linked) {
          prevQ = q;
          segStart = q.end;
          continue;
        }
      }
      // a figure of something else: what follows no longer qualifies the last value
      if (q.unit || !/^\s*(?:năm|tháng|quý)/u.test(folded.slice(q.end, q.end + 8))) for (const o of open) o.interrupted = true;
      anchor = null;
      prevQ = q;
    }

    /** "vốn đăng ký" is new enterprises' capital only where the sentence speaks of enterprises */
  }

  function contextFits(ind: Indicator, at: number): boolean {
    if (!ind.context) return true;
    const before = folded.slice(s.start, at);
    return ind.context.some((c) => before.includes(c));
  }

  /** a unit named right before a figure, after the previous one: ", tỉnh Nghệ An đạt " */
  function unitBetween(from: number, to: number): { start: number; end: number } | undefined {
    if (to - from > 70) return undefined;
    const u = input.units.find((e) => e.start >= from && e.end <= to);
    if (!u) return undefined;
    if (!/^[\s,;]*(?:và\s+|còn\s+|riêng\s+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx)\s*)?$/u.test(folded.slice(from, u.start))) return undefined;
    return /^\s*(?:đạt|là|:|với|ước đạt|khoảng|chỉ đạt|đạt khoảng|đạt gần)?\s*$/u.test(folded.slice(u.end, to)) ? u : undefined;
  }

  function gapFits(gap: string): boolean {
    if (gap.length > 110) return false;
    if (/(?:so với|;)/u.test(gap)) return false;
    if (VALUE_VERB.test(gap)) return true;
    // "thu ngân sách năm 2023 17.946 tỷ đồng": only when, where and brackets stand between
    return gap.replace(GAP_FILLER, " ").replace(/[():,]/g, "").trim().length === 0;
  }

  function basisFor(aliasStart: number, gap: string, segFrom: number, qStart: number): Basis {
    const before = folded.slice(Math.max(segFrom, aliasStart - 30), aliasStart);
    if (PLAN_BEFORE_FIGURE.test(gap) || ASSIGNED_BEFORE_FIGURE.test(gap) || PLAN_BEFORE_INDICATOR.test(before)) return "plan";
    if (ESTIMATE.test(folded.slice(segFrom, qStart))) return "estimate";
    return "actual";
  }

  function valueDraft(ind: Indicator, q: Quantity, alias: AliasMatch, segFrom: number, s: Sentence, planContext: boolean): Draft {
    const gap = folded.slice(alias.end, q.start);
    let basis = basisFor(alias.start, gap, segFrom, q.start);
    // "ước đạt 17.500 tỷ đồng, trong đó thu nội địa 12.000 tỷ đồng": a part shares its whole's basis
    const last = drafts[drafts.length - 1];
    if (basis === "actual" && last && last.sentence === s && /(?<![\p{L}])trong đó(?![\p{L}])/u.test(folded.slice(segFrom, alias.start))) basis = last.basis;
    const estStart = folded.slice(segFrom, alias.start).search(/(?<![\p{L}])(?:ước|dự ước)\s*$/u);
    return {
      indicator: ind, measure: "value", basis, q, which: "first", transform: "as_is",
      start: estStart >= 0 ? segFrom + estStart : alias.start, end: q.end, subjectAt: alias.start, sentence: s, planContext,
    };
  }

  function ratio(q: Quantity, clauseStart: number, clauseEnd: number, segFrom: number, planContext: boolean): Draft | null {
    const before = folded.slice(Math.max(clauseStart, q.start - 40), q.start);
    const after = folded.slice(q.end, Math.min(clauseEnd, q.end + 70));
    const verbM = RATIO_VERB.exec(before);
    // "vượt 5,3% dự toán": the word read as a qualifier is the verb here
    const verb = q.qualifierWord === "vượt" ? "vượt" : verbM?.[1] ?? (verbM ? verbM[0].trim()[0] : "");
    const ofPlan = OF_PLAN_AFTER.exec(after);
    const yoy = YOY_AFTER.test(after);
    const vsOther = !yoy && !ofPlan && VS_OTHER_AFTER.test(after);
    const down = /^(?:giảm|thấp hơn|giảm thêm|ước giảm)$/u.test(verb);
    const up = /^(?:tăng|cao hơn|tăng thêm|ước tăng)$/u.test(verb);
    const toLevel = /(?:còn|xuống|lên)$/u.test(verb) || /^\s*(?:còn|xuống)\b/u.test(after);
    const times = q.unit?.dimension === "times";

    // the plan stated after the outcome: "đạt 5,2%, thấp hơn mục tiêu đề ra (7%)", "vượt kế hoạch 7%";
    // the target of a change is a change too: "giảm 1,25% (mục tiêu giảm 1%)"
    if (!times && anchor && anchor.indicator.unit === "%" && (anchor.measure === "value" || anchor.measure === "change") && anchor.basis !== "plan" &&
        PLAN_BEFORE_FIGURE.test(folded.slice(Math.max(clauseStart, q.start - 30), q.start)) && !ofPlan) {
      const planAt = Math.max(clauseStart, q.start - 30) + folded.slice(Math.max(clauseStart, q.start - 30), q.start).search(/(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)/u);
      const transform: Draft["transform"] = anchor.measure === "change" || anchor.indicator.kind === "growth" ? (down ? "negate" : "as_is") : "as_is";
      return { ...anchor, basis: "plan", q, start: planAt, end: q.end, transform, parent: anchor, which: "first" };
    }
    // a % indicator named before and not yet given its figure: "tăng trưởng kinh tế đạt 8,05%"
    if (!times && current && !current.valued && !current.interrupted && !ofPlan) {
      const ind = current.alias.ids.map((id) => catalog.get(id)!).find((i) => i.unit === "%");
      const gap = folded.slice(current.alias.end, q.start);
      if (ind && gap.length <= 110 && !/(?:so với|;)/u.test(gap) && (VALUE_VERB.test(gap) || RATIO_VERB.test(gap) || gap.trim().length <= 2)) {
        let measure: Measure = "value";
        let transform: Draft["transform"] = "as_is";
        if (ind.kind === "growth") transform = down ? "negate" : "as_is";
        else if (ind.kind === "share" && (up || down) && !toLevel) {
          measure = "change";
          transform = down ? "negate" : "as_is";
        }
        const d = valueDraft(ind, q, current.alias, segFrom, s, planContext);
        d.measure = measure;
        d.transform = transform;
        current.valued = true;
        anchor = d;
        return d;
      }
    }
    // otherwise a ratio of the last value, or of an indicator named without a value
    const parent = anchor;
    let target: Indicator | undefined = parent?.indicator;
    // an indicator named without a figure: "tổng thu ngân sách tăng 37,8% so với dự toán"
    if (!target && current && !current.interrupted && !current.valued) {
      target = current.alias.ids.map((id) => catalog.get(id)!).find((i) => i.unit !== "%" && contextFits(i, q.start));
    }
    if (!target) return null;
    const start = verbM && verbM[1] ? q.start - (before.length - verbM.index) : q.start;
    let measure: Measure | null = null;
    let transform: Draft["transform"] = "as_is";
    let planRef: PlanRef | undefined;
    if (times) {
      if (!yoy) return null;
      measure = "yoy_pct";
      transform = "times_to_pct";
    } else if (ofPlan) {
      measure = "pct_of_plan";
      transform = verb === "vượt" || (up && /^\s*so\s+với/u.test(after)) ? "plus100" : "as_is";
      const rest = after.slice(ofPlan.index + ofPlan[0].length);
      planRef = PLAN_CENTRAL.test(rest) ? "central" : PLAN_LOCAL.test(rest) ? "local" : null;
    } else if (target.unit === "%") {
      if (target.kind === "share" && (up || down) && !toLevel) {
        measure = "change";
        transform = down ? "negate" : "as_is";
      } else if (target.kind === "share" && toLevel && parent && !drafts.some((x) => x.sentence === s && x.indicator === target && x.measure === "value" && x.basis !== "plan")) {
        // "giảm 1,25%, còn 2,51%": after the change, the level it reached
        measure = "value";
      } else return null;
    } else if (up || down) {
      if (vsOther) return null;
      measure = "yoy_pct";
      transform = down ? "negate" : "as_is";
    } else if (yoy && /^(?:bằng|đạt|tương đương)$/u.test(verb)) {
      measure = "yoy_pct";
      transform = "minus100";
    } else if (target.pctIsOfPlan && /^(?:bằng|đạt|ước đạt|đạt khoảng|đạt gần|đạt trên|đạt hơn|\(|,)$/u.test(verb) && !vsOther && !yoy) {
      measure = "pct_of_plan";
    }
    if (!measure) return null;
    const endAt = ofPlan ? q.end + ofPlan.index + ofPlan[0].length + planTail(after.slice(ofPlan.index + ofPlan[0].length)) : yoy ? q.end + yoyLength(after) : q.end;
    const basis: Basis = parent ? (parent.basis === "plan" ? "plan" : parent.basis) : (ESTIMATE.test(folded.slice(segFrom, q.start)) ? "estimate" : "actual");
    const d: Draft = {
      indicator: target, measure, basis, q, which: "first", transform, planRef,
      start: Math.max(clauseStart, start), end: endAt, subjectAt: parent?.subjectAt ?? current?.alias.start ?? q.start,
      parent: parent ?? undefined, sentence: s, planContext,
    };
    if (!parent && current) current.valued = true;
    return d;
  }
  return drafts;
}

function planTail(rest: string): number {
  const m = /^(?:\s+(?:trung ương|tw|tỉnh|hđnd tỉnh|thành phố|huyện|đã|được|giao|đề ra|năm\s+\d{4}|phân bổ))*/u.exec(rest);
  return m ? m[0].length : 0;
}

function yoyLength(after: string): number {
  const m = /^\s*(?:so\s+với|so|với)\s+(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+trước|năm\s+\d{4}|cùng\s+thời\s+điểm(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+ngoái)/u.exec(after);
  return m ? m[0].length : 0;
}
