// What a write changes in the workbook, in the words the CLI prints and the log records
// (src/core/refresh formatSummary): shown before writing and again after.
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { formatSummary, type ChangeSummary } from "../../core/refresh";
import type { Lang } from "../i18n";

export function ChangeSummaryView({ summary, lang, title, testid }: { summary: ChangeSummary; lang: Lang; title: string; testid: string }): React.ReactElement {
  const [head, ...rest] = formatSummary(summary, lang);
  return (
    <div data-testid={testid}>
      <Text weight="semibold" block>{title}</Text>
      <Text block data-testid={`${testid}-counts`}>{head}</Text>
      {rest.length > 0 && (
        <ul style={{ margin: "4px 0", paddingLeft: 18, fontSize: 12 }}>
          {rest.map((l, i) => <li key={i}>{l.trim()}</li>)}
        </ul>
      )}
    </div>
  );
}
