// Shown instead of the pane when Excel lacks ExcelApi 1.7 (see excelVersion.ts): what is needed,
// and what to do with Excel 2016. In both languages: the pane has no language setting yet here.
import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { TOO_OLD } from "../excelVersion";
import type { Lang } from "../i18n";

function Text({ lang }: { lang: Lang }): React.ReactElement {
  const t = TOO_OLD[lang];
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid={`too-old-${lang}`}>
      <MessageBarBody>
        <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
          <MessageBarTitle>{t.title}</MessageBarTitle>
          <div>{t.body}</div>
          <div>{t.instead}</div>
          <code style={{ display: "block", whiteSpace: "pre-wrap", padding: "4px 6px", background: "#f5f5f5", borderRadius: 4 }}>{t.command}</code>
          <div>{t.after}</div>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

export function TooOldExcel(): React.ReactElement {
  return (
    <FluentProvider theme={webLightTheme}>
      <div style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
        <Text lang="vi" />
        <Text lang="en" />
      </div>
    </FluentProvider>
  );
}
