// Turns text as read into text fit for extraction, keeping a map back to the original so every
// fact can quote the words exactly as they stand in the document.
//
// What real reports contain that must not reach the parsers:
// - NFD input (macOS, some PDF text layers): composed to NFC.
// - footnote markers glued to words ("Trung ương¹") and footnote bodies that split a sentence at
//   a page break ("...Kết luận số 01-KL/TW của\n\n¹ 115 điểm cầu...\n\nBộ Chính trị...").
// - stray spaces ("( 90,2% kế hoạch)"), non-breaking and zero-width spaces.
// - audio-player and share-bar debris from news sites ("0:00 / 0:00", "Xem thêm").
import { MappedText, MappedTextBuilder } from "./mappedText";

const SUPERSCRIPT_CODES = new Set([0xb9, 0xb2, 0xb3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079, 0x2070]);
const INVISIBLE_CODES = new Set([0x200b, 0x200c, 0x200d, 0xad, 0xfeff, 0x2060]);
const isSuperscript = (c: number) => SUPERSCRIPT_CODES.has(c);
const isInvisible = (c: number) => INVISIBLE_CODES.has(c);
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
// a line with none of these needs no edits but trimming
const NEEDS_WORK = /[¹²³⁴⁵⁶⁷⁸⁹⁰\u200b-\u200d\u00ad\ufeff\u2060\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|\( | \)|\[ | \]| ,| ;/;
const FOOTNOTE_BODY = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/;
// 0:00 / 0:00 | Xem thêm | Nghe bài viết | Chia sẻ bài viết ("Tin liên quan", "Xem thêm:" stay: they head lists of other
// reports' titles, which text/furniture.ts keeps out of extraction)
const DEBRIS_LINE =
  /^\s*(?:\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?|xem thêm(?!\s*:)|nghe bài viết|nghe đọc bài|đọc bài viết|chia sẻ(?: bài viết)?|in bài(?: viết)?|bình luận|theo dõi chúng tôi trên.*|tốc độ đọc.*|giọng (?:nam|nữ).*|[*•·]+|\|+)\s*:?\s*$/iu;
// a footnote number typed as plain digits and glued to a figure's unit: "ước đạt 7,38%1,", "2.418,6 tỷ đồng3."
// (PDF text layers flatten superscripts so), or to a word ("289 doanh nghiệp7 với"); not a unit's power ("m2", "km2")
// or a code ("CO2", "F0"). Digits are found first and the word before them is checked in code: a lookbehind over
// words would be tried at every position of every line.
const DIGITS = /\d+/g;
const LETTER = /\p{L}/u;
const NOTE_END = /[\s,;.)]/;
const NOTE_AFTER_WORD = /(?:^|[^\p{L}])(?!(?:km|cm|mm|dm|kg)$)\p{Ll}{2,}$/u;
const NO_NOTES: ReadonlySet<number> = new Set();

/** Positions of glued footnote digits in raw[from, to). */
function gluedNotes(raw: string, from: number, to: number): ReadonlySet<number> {
  const line = raw.slice(from, to);
  let out: Set<number> | undefined;
  for (const m of line.matchAll(DIGITS)) {
    const at = m.index!;
    const before = line[at - 1] ?? "";
    const after = line[at + m[0].length];
    if (m[0].length > 2 || !(before === "%" || LETTER.test(before)) || (after !== undefined && !NOTE_END.test(after))) continue;
    if (before !== "%" && !line.slice(at - 3, at).endsWith("USD") && !NOTE_AFTER_WORD.test(line.slice(Math.max(0, at - 12), at))) continue;
    out ??= new Set();
    for (let k = 0; k < m[0].length; k++) out.add(from + at + k);
  }
  return out ?? NO_NOTES;
}
const TERMINAL = /[.!?…:;"”»)\]]$/;

export interface NormalizedText {
  clean: MappedText;
  /** Ranges of `clean.text` that hold footnote bodies (moved after the body text). */
  footnotes: Array<{ start: number; end: number }>;
}

interface Line {
  start: number;
  end: number;
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i });
      if (c === 13 && raw.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: raw.length });
  return lines;
}

function isBlank(raw: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = raw.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}

/** Appends one line's text with markers, invisible characters and stray spaces removed. */
function appendLine(b: MappedTextBuilder, raw: string, l: Line, needsNfc: boolean, dropMarkers: boolean): void {
  let i = l.start;
  let e = l.end;
  while (i < e && (isSpace(raw.charCodeAt(i)) || isInvisible(raw.charCodeAt(i)))) i++;
  while (e > i && (isSpace(raw.charCodeAt(e - 1)) || isInvisible(raw.charCodeAt(e - 1)))) e--;
  const flushRange = (from: number, to: number) => {
    if (to <= from) return;
    if (needsNfc) appendNfc(b, raw, from, to);
    else b.keep(from, to);
  };
  const notes = dropMarkers ? gluedNotes(raw, i, e) : NO_NOTES;
  if (!NEEDS_WORK.test(raw.slice(i, e)) && !notes.size) {
    flushRange(i, e);
    return;
  }
  let run = i;
  const drop = (c: number) => (dropMarkers && isSuperscript(c)) || isInvisible(c);
  for (let j = i; j < e; ) {
    const c = raw.charCodeAt(j);
    if (drop(c) || notes.has(j)) {
      flushRange(run, j);
      j++;
      run = j;
      continue;
    }
    if (isSpace(c)) {
      let k = j;
      while (k < e && (isSpace(raw.charCodeAt(k)) || drop(raw.charCodeAt(k)))) k++;
      const prev = j > i ? raw[j - 1] : "";
      const next = raw[k] ?? "";
      const dropAll = prev === "(" || prev === "[" || next === ")" || next === "]" || next === "," || next === ";";
      const plain = k - j === 1 && c === 32;
      if (plain && !dropAll) {
        j = k;
        continue;
      }
      flushRange(run, j);
      if (!dropAll) b.replace(" ", j, k);
      j = k;
      run = k;
      continue;
    }
    j++;
  }
  flushRange(run, e);
}

function appendNfc(b: MappedTextBuilder, raw: string, from: number, to: number): void {
  const piece = raw.slice(from, to);
  if (piece.normalize("NFC") === piece) {
    b.keep(from, to);
    return;
  }
  const cluster = /\P{M}\p{M}*|\p{M}+/gu;
  let m: RegExpExecArray | null;
  while ((m = cluster.exec(piece))) {
    const s = from + m.index;
    const t = s + m[0].length;
    const nfc = m[0].normalize("NFC");
    if (nfc === m[0]) b.keep(s, t);
    else b.replace(nfc, s, t);
  }
}

export function normalizeText(raw: string): NormalizedText {
  const needsNfc = raw.normalize("NFC") !== raw;
  const lines = splitLines(raw);
  const b = MappedText.builder(raw);
  const footnoteLines: Line[] = [];
  let pendingBreak: Line | null = null; // a newline not yet written: it may become a space
  let blankSeen = false;
  let footnoteSeen = false;
  let wroteAny = false;

  for (let n = 0; n < lines.length; n++) {
    const l = lines[n];
    if (isBlank(raw, l)) {
      blankSeen = true;
      continue;
    }
    const text = raw.slice(l.start, l.end);
    if (FOOTNOTE_BODY.test(text)) {
      footnoteLines.push(l);
      footnoteSeen = true;
      continue;
    }
    if (DEBRIS_LINE.test(text)) {
      blankSeen = true;
      continue;
    }
    if (wroteAny) {
      const prevEndsSentence = TERMINAL.test(b.lastChar());
      const firstChar = text.trimStart()[0] ?? "";
      const continues =
        !prevEndsSentence && /[\p{L}\p{N},]$/u.test(b.lastChar()) &&
        (footnoteSeen || (/\p{Ll}/u.test(firstChar) && !blankSeen));
      const brk = pendingBreak ?? { start: l.start, end: l.start };
      if (continues) b.replace(" ", brk.start, brk.end);
      else b.replace(blankSeen || footnoteSeen ? "\n\n" : "\n", brk.start, brk.end);
    }
    appendLine(b, raw, l, needsNfc, true);
    wroteAny = true;
    blankSeen = false;
    footnoteSeen = false;
    pendingBreak = { start: l.end, end: Math.min(raw.length, l.end + 1) };
  }

  const footnotes: Array<{ start: number; end: number }> = [];
  for (const l of footnoteLines) {
    const brk = pendingBreak ?? { start: l.start, end: l.start };
    if (wroteAny) b.replace("\n\n", brk.start, brk.end);
    const start = b.size;
    appendLine(b, raw, l, needsNfc, false);
    footnotes.push({ start, end: b.size });
    wroteAny = true;
    pendingBreak = { start: l.end, end: Math.min(raw.length, l.end + 1) };
  }
  return { clean: b.build(), footnotes };
}
