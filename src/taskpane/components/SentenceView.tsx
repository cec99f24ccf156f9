// The sentence a figure came from, the figure highlighted. Text nodes only: report text is
// untrusted and never reaches innerHTML.
import * as React from "react";
import { sentenceParts } from "../sentence";
import type { SourceSpan } from "../../core/facts/fact";

export function SentenceView({ text, span, label }: { text: string; span: SourceSpan; label: string }): React.ReactElement {
  const { before, match, after } = sentenceParts(text, span);
  return (
    <figure style={{ margin: 0 }} data-testid="sentence">
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{label}</figcaption>
      <blockquote style={{ margin: 0, padding: 8, background: "#f5f5f5", borderLeft: "3px solid #107c41", lineHeight: 1.5 }}>
        {before}
        <mark style={{ background: "#fff100", fontWeight: 600 }}>{match}</mark>
        {after}
      </blockquote>
    </figure>
  );
}
