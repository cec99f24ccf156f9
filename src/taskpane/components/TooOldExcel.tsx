// Shown instead of the pane when Excel lacks ExcelApi 1.7 (see excelVersion.ts): what is needed,
// and what to do with Excel 2016. In both languages: the pane has no language setting yet here.
import * as React from "react";
import { Body1, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { TOO_OLD } from "../excelVersion";
import type { Lang } from "../i18n";

function Text({ lang }: { lang: Lang }): React.ReactElement {
  const t = TOO_OLD[lang];
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid={`too-old-${lang}`}>
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle>
        <Body1 as="p">{t.body}</Body1>
        <Body1 as="p">{t.instead}</Body1>
        <pre style={{ whiteSpace: "pre-wrap", margin: "4px 0" }}>{t.command}</pre>
        <Body1 as="p">{t.after}</Body1>
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
