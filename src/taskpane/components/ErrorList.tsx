import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** Errors in plain words, one bar each; never markup from the message itself. */
export function ErrorList({ messages }: { messages: string[] }): React.ReactElement | null {
  if (messages.length === 0) return null;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4 }} data-testid="errors">
      {messages.map((m, i) => (
        <MessageBar key={i} intent="error" role="alert">
          <MessageBarBody>{m}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
