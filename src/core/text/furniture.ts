// Page furniture that holds figures of other reports: the related-article lists news sites put
// around a story ("Tin liên quan", "Xem thêm:", "Các tin khác"). Their titles are other reports'
// headlines ("Hà Nội: Thu ngân sách 8 tháng vượt 80% dự toán năm"), never this report's figures.
import type { Sentence } from "./segment";

// a line that heads such a list; what follows its colon on the same line is a title too
const LIST_HEAD = /^\s*(?:tin liên quan|tin bài liên quan|bài viết liên quan|bài liên quan|tin cùng chuyên mục|tin cùng danh mục|các tin khác|tin khác|các tin đã đưa|xem thêm|đọc thêm|có thể bạn quan tâm|tin mới nhất|tin mới|tin đọc nhiều|đọc nhiều nhất|tin nổi bật)(?![\p{L}])\s*(?::|\.{3}|…)?/u;
// a story paragraph, not a title: long, or ends its sentences with a stop
const BODY_LINE = (line: string) => line.length >= 200 || /[.;]\s*\S.*[.;]\s*$/u.test(line);
const MAX_TITLES = 15;

/** [start, end) ranges of related-article lists in `text` (folded: lower case, same offsets). */
export function relatedLists(folded: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lines: Array<[number, number]> = [];
  for (let s = 0; s <= folded.length; ) {
    const e = folded.indexOf("\n", s);
    const end = e < 0 ? folded.length : e;
    lines.push([s, end]);
    s = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const [s, e] = lines[i];
    const head = LIST_HEAD.exec(folded.slice(s, e));
    if (!head) continue;
    const rest = folded.slice(s + head[0].length, e).trim();
    // "Xem thêm: <title>" inside a story is one inline link; a bare heading opens a list of titles
    if (head[0].length < e - s - 1 && rest.length > 0 && !/^\s*$/u.test(rest)) {
      if (e - s < 200) out.push([s, e]);
      continue;
    }
    let end = e;
    let titles = 0;
    for (let j = i + 1; j < lines.length && titles < MAX_TITLES; j++) {
      const line = folded.slice(lines[j][0], lines[j][1]).trim();
      if (!line) continue;
      if (BODY_LINE(line)) break;
      end = lines[j][1];
      titles++;
      i = j;
    }
    out.push([s, end]);
  }
  return out;
}

/** The sentences outside related-article lists. */
export function outsideRelatedLists(sentences: Sentence[], folded: string): Sentence[] {
  const lists = relatedLists(folded);
  if (!lists.length) return sentences;
  return sentences.filter((x) => !lists.some(([s, e]) => x.start >= s && x.end <= e));
}
