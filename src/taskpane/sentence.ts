// The sentence a figure was read from, cut into the parts before, at and after the figure, so
// the view can highlight it with plain text nodes.
import { splitSentences } from "../core/text/segment";
import type { SourceSpan } from "../core/facts/fact";

export interface SentenceParts {
  before: string;
  match: string;
  after: string;
}

export function sentenceParts(text: string, span: SourceSpan): SentenceParts {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  // Offsets that do not point at the quoted words (a reader-specific table span) fall back to the quote.
  if (text.slice(start, end) !== span.text) return { before: "", match: span.text, after: "" };
  const sentence = splitSentences(text).find((s) => s.start <= start && end <= s.end) ?? { start, end };
  return { before: text.slice(sentence.start, start), match: text.slice(start, end), after: text.slice(end, sentence.end) };
}
