// Keeps the pane alive when a screen throws: the user sees what happened in plain words and can
// go on, with the state held above the boundary intact.
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Translate } from "../i18n";

interface Props {
  t: Translate;
  children: React.ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends React.Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error("Chỉ tiêu pane error:", error);
  }

  override render(): React.ReactNode {
    const { t } = this.props;
    if (this.state.error) {
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("error.title")}</MessageBarTitle>
            {t("error.crash", { why: this.state.error.message })}{" "}
            <Button size="small" onClick={() => this.setState({ error: null })}>
              {t("error.retry")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
