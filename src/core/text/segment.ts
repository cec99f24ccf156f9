// Paragraphs, sentences and clauses of the clean text. A sentence ends at . ! ? … before a
// capital or a line break, never inside a number ("17.946") or after an abbreviation ("TP.").

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** positions of ";" (clause breaks) inside the sentence */
  clauseBreaks: number[];
}

const ABBREVIATIONS = /(?:^|[\s(])(?:tp|tx|tt|q|p|ths|ts|pgs|gs|bs|ks|cn|đ\/c|st|v\.v|nxb|th\.s|sđd|tr)$/iu;

const CANDIDATE = /[.!?…\n]/g;
const DIGIT = /\d/;
const CLOSERS = /[.…"”’)\]]/;
const NEXT_STARTS = /[\p{Lu}\d"“‘(\-–•*]/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      const breaks: number[] = [];
      for (let i = text.indexOf(";", s); i >= 0 && i < e; i = text.indexOf(";", i + 1)) breaks.push(i);
      out.push({ start: s, end: e, paragraph, clauseBreaks: breaks });
    }
  };
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    const i = m.index;
    const c = text[i];
    if (c === "\n") {
      push(i);
      paragraph++;
      start = i + 1;
      continue;
    }
    // 17.946 | 1.172,5: a dot between digits is part of a number
    if (c === "." && DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? "")) continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
    const next = text[k] ?? "";
    if (k < text.length && next !== "\n" && !NEXT_STARTS.test(next)) continue;
    if (c === "." && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
    push(j);
    start = j;
    CANDIDATE.lastIndex = j;
  }
  push(text.length);
  return out;
}

/** The clause of `s` that holds position `pos`: [start, end). */
export function clauseAt(s: Sentence, pos: number): [number, number] {
  let start = s.start;
  let end = s.end;
  for (const b of s.clauseBreaks) {
    if (b < pos) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return [start, end];
}

/** Is `at` inside a bracket opened after `from` ("… (năm 2023 tăng 10,19%)")? Looks back at most 200 characters. */
export function inBracket(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 200), at);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}
