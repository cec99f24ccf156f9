// Step 3: choose indicators and periods, write the plan, and say plainly what was written.
import * as React from "react";
import { Button, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import type { Fact } from "../../core/facts/fact";
import type { ApplySummary } from "../../adapters/office/summary";
import type { ChangeSummary } from "../../core/refresh";
import { ChangeSummaryView } from "./ChangeSummaryView";
import type { Lang, Translate } from "../i18n";
import { indicatorLabel, periodLabel } from "../format";

export interface WriteScreenProps {
  t: Translate;
  lang: Lang;
  facts: Fact[];
  onWrite(indicators: string[], periods: string[]): void;
  /** Asks for the change summary of the current choice, against the workbook as it is. */
  onPreviewChanges(indicators: string[], periods: string[]): void;
  changes: ChangeSummary | null;
  comparing: boolean;
  writing: boolean;
  result: { summary: ApplySummary; facts: number; changes: ChangeSummary } | null;
  skippedLabel(code: string): string;
}

function useSelection(options: string[]): [Set<string>, (v: string, on: boolean) => void, (all: boolean) => void] {
  const [off, setOff] = React.useState<Set<string>>(new Set());
  const selected = new Set(options.filter((o) => !off.has(o)));
  const toggle = (v: string, on: boolean) => setOff((prev) => {
    const next = new Set(prev);
    if (on) next.delete(v);
    else next.add(v);
    return next;
  });
  const all = (on: boolean) => setOff(on ? new Set() : new Set(options));
  return [selected, toggle, all];
}

export function WriteScreen(p: WriteScreenProps): React.ReactElement {
  const { t, lang } = p;
  const indicators = [...new Set(p.facts.map((f) => f.indicator))].sort((a, b) => indicatorLabel(a, lang).localeCompare(indicatorLabel(b, lang), lang));
  const periods = [...new Set(p.facts.map((f) => f.period))].sort();
  const [selInd, toggleInd, allInd] = useSelection(indicators);
  const [selPer, togglePer, allPer] = useSelection(periods);
  // What the facts are, not which objects hold them: a new array on every render is no change.
  const choiceKey = JSON.stringify([[...selInd].sort(), [...selPer].sort(), lang, p.facts.map((f) => [f.doc, f.entity, f.indicator, f.period, f.basis, f.measure, f.value])]);
  const { onPreviewChanges } = p;
  React.useEffect(() => {
    if (selInd.size > 0 && selPer.size > 0) onPreviewChanges([...selInd], [...selPer]);
    // choiceKey stands for the selection and the facts
  }, [choiceKey]);
  if (p.facts.length === 0) return <Text italic>{t("write.nothing")}</Text>;
  const canWrite = selInd.size > 0 && selPer.size > 0 && !p.writing;

  const list = (title: string, options: string[], selected: Set<string>, toggle: (v: string, on: boolean) => void, all: (on: boolean) => void, label: (v: string) => string, testid: string) => (
    <Field label={title}>
      <div style={{ display: "flex", gap: 4 }}>
        <Button size="small" appearance="subtle" onClick={() => all(true)}>{t("write.all")}</Button>
        <Button size="small" appearance="subtle" onClick={() => all(false)}>{t("write.none")}</Button>
      </div>
      <div data-testid={testid} style={{ display: "flex", flexDirection: "column", maxHeight: 180, overflowY: "auto" }}>
        {options.map((o) => (
          <Checkbox key={o} label={label(o)} checked={selected.has(o)} onChange={(_e, d) => toggle(o, d.checked === true)} />
        ))}
      </div>
    </Field>
  );

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      {list(t("write.indicators"), indicators, selInd, toggleInd, allInd, (o) => indicatorLabel(o, lang), "write-indicators")}
      {list(t("write.periods"), periods, selPer, togglePer, allPer, (o) => periodLabel(o, lang), "write-periods")}
      {(selInd.size === 0 || selPer.size === 0) && <Text role="alert">{t("write.noSelection")}</Text>}
      {p.comparing && !p.result && <Spinner size="tiny" label={t("write.comparing")} />}
      {p.changes && !p.result && !p.comparing && <ChangeSummaryView summary={p.changes} lang={lang} title={t("write.changesBefore")} testid="change-summary" />}
      <Button appearance="primary" data-testid="write" disabled={!canWrite} onClick={() => p.onWrite([...selInd], [...selPer])}>
        {p.writing ? <Spinner size="tiny" label={t("write.writing")} /> : t("write.button")}
      </Button>
      {p.result && (
        <MessageBar intent="success" data-testid="write-summary">
          <MessageBarBody>
            <MessageBarTitle>{t("write.done", { cells: p.result.summary.cells, sheets: p.result.summary.sheets.length })}</MessageBarTitle>
            <div>{t("write.factsUsed", { n: p.result.facts })}</div>
            <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
              {p.result.summary.sheets.map((s) => (
                <li key={s.key}>{t("write.sheet", { name: s.name, rows: s.rows, cols: s.cols })}</li>
              ))}
            </ul>
            <ChangeSummaryView summary={p.result.changes} lang={lang} title={t("write.changesAfter")} testid="written-changes" />
            {p.result.summary.skipped.length > 0 && <div>{t("write.skipped", { what: p.result.summary.skipped.map(p.skippedLabel).join(", ") })}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
