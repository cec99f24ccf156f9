// The pane outside Office: the same App, with the workbook rendered in the page.
import * as React from "react";
import type { WorkbookPlan } from "../../core/workbook/plan";
import { summarizePlan } from "../../adapters/office/summary";
import { translator, type Lang } from "../i18n";
import { previousFromPlan } from "../planGrid";
import type { Ports } from "../ports";
import { App } from "./App";
import { WorkbookPreview } from "./WorkbookPreview";

export function PreviewApp({ ports }: { ports: Omit<Ports, "applyPlan" | "readPrevious"> }): React.ReactElement {
  const [plan, setPlan] = React.useState<WorkbookPlan | null>(null);
  // read synchronously by the next write, not after a render
  const last = React.useRef<WorkbookPlan | null>(null);
  const lang: Lang = plan?.lang ?? "vi";
  const t = translator(lang);
  const withPreview: Ports = {
    ...ports,
    readPrevious: async () => previousFromPlan(last.current),
    applyPlan: async (p) => {
      last.current = p;
      setPlan(p);
      return { ...summarizePlan(p), skipped: [], syncs: 0 };
    },
  };
  return (
    <App
      ports={withPreview}
      preview={
        <section aria-label={t("preview.title")}>
          <h2 style={{ fontSize: 16, margin: "8px 0" }}>{t("preview.title")}</h2>
          <WorkbookPreview plan={plan} t={t} />
        </section>
      }
    />
  );
}
