// Counted figures: a number followed by the noun it counts, with a verb that says which
// indicator ("kết nạp 2.234 quần chúng", "kiểm tra 118 tổ chức đảng, 45 đảng viên",
// "480 doanh nghiệp thành lập mới", "23/29 chỉ tiêu đạt và vượt kế hoạch").
import type { Catalog, CountedRule, Indicator } from "../catalog/catalog";
import type { Quantity } from "./quantity";
import { fold } from "../text/fold";
import { trieSource } from "../text/trie";

export interface CountedMatch {
  indicator: Indicator;
  rule: CountedRule;
  /** span of the quoted words: trigger … noun (… after-phrase) */
  start: number;
  end: number;
}

interface CompiledRule {
  indicator: Indicator;
  rule: CountedRule;
  noun: RegExp;
  before?: RegExp;
  after?: RegExp;
}

const esc = (s: string) => fold(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).map(esc).join("|");
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
// words allowed between a trigger and its count: "kết nạp được 120", "thi hành kỷ luật đối với 14"
const FILLER = "(?:\\s+(?:được|đã|mới|thêm|cho|đối với|tổng số|tổng cộng|tổng|số|là|gồm|với|có|khoảng|gần|trên|hơn|xấp xỉ|ít nhất|từ))*";

const cache = new WeakMap<Catalog, CompiledRule[]>();
// the rules whose nouns start with a given word: a figure's tail is tried only against those
const byFirstWord = new WeakMap<Catalog, Map<string, CompiledRule[]>>();
const firstWord = (s: string) => /^\s*([\p{L}]+)/u.exec(s)?.[1];

function rulesFor(catalog: Catalog, tail: string): CompiledRule[] {
  let index = byFirstWord.get(catalog);
  if (!index) {
    index = new Map();
    for (const c of compile(catalog)) {
      for (const w of new Set(c.rule.nouns.map((n) => firstWord(fold(n))!))) {
        const list = index.get(w) ?? [];
        list.push(c);
        index.set(w, list);
      }
    }
    byFirstWord.set(catalog, index);
  }
  const w = firstWord(tail);
  return (w && index.get(w)) || [];
}
const anyNoun = new WeakMap<Catalog, RegExp>();

function anyNounRe(catalog: Catalog): RegExp {
  let re = anyNoun.get(catalog);
  if (!re) {
    re = new RegExp(`^\\s*(?:${trieSource(catalog.countedNouns)})(?![\\p{L}\\p{N}])`, "u");
    anyNoun.set(catalog, re);
  }
  return re;
}

function compile(catalog: Catalog): CompiledRule[] {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const out: CompiledRule[] = [];
  for (const indicator of catalog.indicators) {
    for (const rule of indicator.counted ?? []) {
      out.push({
        indicator,
        rule,
        noun: new RegExp(`^\\s*(?:${alt(rule.nouns)})${E}`, "u"),
        before: rule.before ? new RegExp(`${B}(?:${alt(rule.before)})${FILLER}\\s*:?\\s*$`, "u") : undefined,
        // up to three words of modifiers between the noun and the after-phrase ("chỉ tiêu chủ yếu đạt")
        after: rule.after ? new RegExp(`^(?:\\s+(?!không|chưa)[\\p{L}]+){0,3}?\\s*,?\\s*(?:${alt(rule.after)})${E}`, "u") : undefined,
      });
    }
  }
  cache.set(catalog, out);
  return out;
}

/**
 * The counted indicator a quantity belongs to, if any. `headFrom..listStart` is the text before the
 * running list the quantity is part of ("kiểm tra 1.691 tổ chức đảng và 1.139 đảng viên": the
 * trigger before the first item counts for every item).
 */
export function matchCounted(
  catalog: Catalog, folded: string, q: Quantity, headFrom: number, listStart: number, clauseEnd: number,
): CountedMatch | null {
  if (q.unit && q.unit.dimension !== "ha") return null;
  const tail = folded.slice(q.end, Math.min(clauseEnd, q.end + 80));
  if (!anyNounRe(catalog).test(tail)) return null;
  const head = folded.slice(Math.max(headFrom, listStart - 90), listStart);
  const headAt = Math.max(headFrom, listStart - 90);
  for (const c of rulesFor(catalog, tail)) {
    const n = c.noun.exec(tail);
    if (!n) continue;
    const nounEnd = q.end + n[0].length;
    let start = -1;
    let end = nounEnd;
    if (c.before) {
      const b = c.before.exec(head);
      if (b) start = headAt + b.index;
      // "có 47 chi bộ với 1.093 đảng viên": a trigger that joins this item to the one before ("… với") stands inside the list
      else if (listStart < q.start) {
        const nearAt = Math.max(listStart, q.start - 90);
        const near = c.before.exec(folded.slice(nearAt, q.start));
        if (near && /(?<![\p{L}])với(?![\p{L}])/u.test(near[0])) start = nearAt + near.index;
      }
    }
    if (c.after) {
      const a = c.after.exec(folded.slice(nounEnd, Math.min(clauseEnd, nounEnd + 60)));
      if (a) {
        end = nounEnd + a[0].length;
        if (start < 0) start = q.start;
      } else if (start < 0 || !c.before) continue;
    }
    if (start < 0) continue;
    if (c.rule.endsBefore) {
      const within = c.rule.endsWithin ?? 0;
      const rest = folded.slice(end, end + 12 + within);
      if (!new RegExp(`^[^.;]{0,${within}}?\\s*(?:${c.rule.endsBefore.map(esc).join("|")})`, "u").test(rest)) continue;
    }
    return { indicator: c.indicator, rule: c.rule, start, end };
  }
  return null;
}

/** Between two items of a list only separators and a few modifier words may stand. */
export function continuesList(folded: string, from: number, to: number): boolean {
  // "241 tổ chức đảng (tăng 21,7% so cùng kỳ) và 498 đảng viên": an aside in brackets does not break the list
  const gap = folded.slice(from, to).replace(/^[^()]*\)/u, "").replace(/\([^()]*\)/gu, " ");
  return /^(?:\s+[\p{L}]+){0,5}?\s*(?:,|và|với|cùng)?\s*(?:và\s+|với\s+)?$/u.test(gap) && gap.length < 45;
}
