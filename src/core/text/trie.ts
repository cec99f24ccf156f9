// Many phrases as one regex whose alternatives share their prefixes ("tổng thu ngân sách",
// "tổng thu nội địa" → "tổng thu (?:ngân sách|nội địa)"): V8 then tries one branch per letter
// instead of every phrase at every position. Spaces in a phrase match any run of spaces.

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

// a hyphen between names is written "-", " - " or "–"
const escapeChar = (c: string) => (c === " " ? "\\s+" : c === "-" || c === "–" ? "\\s*[-–]\\s*" : c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));

export function trieSource(phrases: Iterable<string>, escape: (c: string) => string = escapeChar): string {
  const root: Node = { end: false, next: new Map() };
  for (const p of phrases) {
    let n = root;
    for (const c of p.replace(/\s*[-–]\s*/g, "-").replace(/\s+/g, " ")) {
      let child = n.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        n.next.set(c, child);
      }
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const branches = [...n.next.entries()].map(([c, child]) => escape(c) + emit(child));
    if (!branches.length) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    // optional children come first, so the longest phrase wins and shorter ones remain on backtrack
    return n.end ? (branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${body})?`) : body;
  };
  return emit(root);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `text[at]` does not continue a word from the left (the start of a word, number or phrase). */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text[at - 1]);
}

/** Runs a global regex, keeping only matches that start a word (a cheaper `(?<![\p{L}\p{N}])`). */
export function* wordMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!startsWord(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}
