// A text derived from another (normalized, joined, trimmed) that remembers where each of its
// characters came from, so a span found in the derived text can be quoted from the original.

interface Piece {
  /** start in the derived text */
  at: number;
  length: number;
  /** start and end in the original text */
  from: number;
  to: number;
}

export class MappedText {
  private constructor(
    readonly text: string,
    readonly original: string,
    private readonly pieces: Piece[],
  ) {}

  static identity(original: string): MappedText {
    return new MappedText(original, original, [{ at: 0, length: original.length, from: 0, to: original.length }]);
  }

  /** Original offset of a derived start offset. */
  startInOriginal(pos: number): number {
    const p = this.pieceAt(pos, false);
    if (!p) return 0;
    if (p.length === p.to - p.from) return p.from + (pos - p.at);
    return pos - p.at <= 0 ? p.from : p.to;
  }

  /** Original offset of a derived end offset (exclusive). */
  endInOriginal(pos: number): number {
    const p = this.pieceAt(pos, true);
    if (!p) return this.original.length;
    if (p.length === p.to - p.from) return p.from + (pos - p.at);
    return pos - p.at >= p.length ? p.to : p.from;
  }

  /** The original span for a derived span, and its text. */
  span(start: number, end: number): { start: number; end: number; text: string } {
    let s = this.startInOriginal(start);
    let e = this.endInOriginal(end);
    if (e < s) [s, e] = [e, s];
    return { start: s, end: e, text: this.original.slice(s, e) };
  }

  /** The last piece starting at or before the character at `pos` (for an end: the character before it). */
  private pieceAt(pos: number, isEnd: boolean): Piece | undefined {
    const target = isEnd ? pos - 1 : pos;
    const ps = this.pieces;
    let lo = 0;
    let hi = ps.length - 1;
    let best: Piece | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].at <= target) {
        best = ps[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best ?? ps[0];
  }

  /** Builder: appends slices of the original (kept) or synthetic text (mapped to an original point). */
  static builder(original: string): MappedTextBuilder {
    return new MappedTextBuilder(original, (text, pieces) => new MappedText(text, original, pieces));
  }
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private pieces: Piece[] = [];
  private length = 0;

  constructor(
    private readonly original: string,
    private readonly make: (text: string, pieces: Piece[]) => MappedText,
  ) {}

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : "";
  }

  /** Keep original[from, to) as is. */
  keep(from: number, to: number): this {
    if (to <= from) return this;
    return this.push(this.original.slice(from, to), from, to);
  }

  /** Text that stands for original[from, to) (NFC of a cluster, a space for a line break…). */
  replace(text: string, from: number, to: number): this {
    if (!text.length) return this;
    return this.push(text, from, to);
  }

  private push(text: string, from: number, to: number): this {
    const prev = this.pieces[this.pieces.length - 1];
    const same = text.length === to - from;
    if (prev && same && prev.length === prev.to - prev.from && prev.to === from) {
      prev.length += text.length;
      prev.to = to;
    } else {
      this.pieces.push({ at: this.length, length: text.length, from, to });
    }
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  build(): MappedText {
    return this.make(this.parts.join(""), this.pieces);
  }
}
