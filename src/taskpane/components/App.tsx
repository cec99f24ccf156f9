// The pane: three steps (sources, review, write) over state kept here, above the error
// boundary, so a failing screen never loses what the user entered. Everything outside the
// page (files, extractor, plan builder, workbook) comes in through `ports`.
import * as React from "react";
import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Title3, webLightTheme } from "@fluentui/react-components";
import { translator, skippedFeatureLabel, type Lang, type Translate } from "../i18n";
import type { JobStatus, Ports, ReadFileResult } from "../ports";
import { includedFacts, newSource, relabelPeriod, type ReviewStatus, type Source } from "../model";
import type { ApplySummary } from "../../adapters/office/summary";
import { localTimestamp, type ChangeSummary, type FailedSource } from "../../core/refresh";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorList } from "./ErrorList";
import { SourcesScreen } from "./SourcesScreen";
import { ReviewScreen } from "./ReviewScreen";
import { WriteScreen } from "./WriteScreen";

export interface AppProps {
  ports: Ports;
  /** Browser preview: the workbook is rendered in the page instead of Excel. */
  preview?: React.ReactNode;
  initialLang?: Lang;
}

type Step = "sources" | "review" | "write";

let seq = 0;
const nextId = (p: string) => `${p}${++seq}`;

const isCancelled = (err: unknown) => err instanceof Error && err.name === "Cancelled";

function message(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

export function sourceErrorText(s: Source, t: Translate): string | null {
  if (!s.error) return null;
  if (s.error.kind === "extract") return t("error.extract", { name: s.name, why: s.error.why });
  const e = s.error.error;
  return e.kind === "unsupported" ? t("error.unsupported", { name: s.name, ext: e.ext }) : t("error.read", { name: s.name, why: e.why });
}

export function App({ ports, preview, initialLang = "vi" }: AppProps): React.ReactElement {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = React.useMemo(() => translator(lang), [lang]);
  const [step, setStep] = React.useState<Step>("sources");
  const [sources, setSources] = React.useState<Source[]>([]);
  const [pasted, setPasted] = React.useState("");
  const [reading, setReading] = React.useState<JobStatus | null>(null);
  const [extracting, setExtracting] = React.useState<JobStatus | null>(null);
  const [writing, setWriting] = React.useState(false);
  const [errors, setErrors] = React.useState<string[]>([]);
  const [result, setResult] = React.useState<{ summary: ApplySummary; facts: number; changes: ChangeSummary } | null>(null);
  const [changes, setChanges] = React.useState<ChangeSummary | null>(null);
  const [comparing, setComparing] = React.useState(false);
  const pastedCount = React.useRef(0);

  const update = (id: string, f: (s: Source) => Source) => setSources((all) => all.map((s) => (s.id === id ? f(s) : s)));

  const extractOne = async (s: Source, done: number, total: number): Promise<Source> => {
    try {
      setExtracting({ done, total, stage: "extracting", file: s.name });
      const out = await ports.extract(s.doc, { entity: s.entity.trim() || undefined });
      const period = s.period.trim();
      const facts = relabelPeriod(out.facts, out.period, period);
      return {
        ...s,
        error: undefined,
        extracted: true,
        detectedEntity: out.entity,
        detectedPeriod: out.period,
        warnings: out.warnings,
        items: facts.map((fact) => ({ id: nextId("f"), fact, status: "pending" as const })),
      };
    } catch (err) {
      if (isCancelled(err)) throw err;
      return { ...s, extracted: true, error: { kind: "extract", why: message(err) }, items: [] };
    }
  };

  const addRead = (results: ReadFileResult[]) =>
    setSources((all) => [
      ...all,
      ...results.map((r) => ({ ...newSource(nextId("s"), r.name, r.doc ?? ""), error: r.error ? { kind: "read" as const, error: r.error } : undefined })),
    ]);

  const onFiles = async (files: File[]) => {
    setErrors([]);
    setReading({ done: 0, total: files.length, stage: "reading" });
    try {
      addRead(await ports.readFiles(files, setReading));
    } catch (err) {
      setErrors([isCancelled(err) ? t("sources.cancelled") : t("error.read", { name: files.map((f) => f.name).join(", "), why: message(err) })]);
    } finally {
      setReading(null);
    }
  };

  const onWorkbook = async (which: "selection" | "sheet") => {
    if (!ports.readWorkbookTable) return;
    setErrors([]);
    setReading({ done: 0, total: 1, stage: "reading" });
    try {
      addRead([await ports.readWorkbookTable(which)]);
    } finally {
      setReading(null);
    }
  };

  const onExtract = async () => {
    setErrors([]);
    let all = sources;
    if (pasted.trim()) {
      pastedCount.current++;
      all = [...all, newSource(nextId("s"), t("sources.pasted", { n: pastedCount.current }), pasted)];
      setPasted("");
    }
    const todo = all.filter((s) => !s.extracted && !s.error);
    if (todo.length === 0) {
      setSources(all);
      if (all.length === 0) setErrors([t("sources.nothingToExtract")]);
      else setStep("review");
      return;
    }
    setSources(all);
    const done = new Map<string, Source>();
    try {
      for (const s of todo) done.set(s.id, await extractOne(s, done.size, todo.length));
      setStep("review");
    } catch (err) {
      // cancelled: what was extracted stays, the rest waits for the next "Trích xuất"
      setErrors([isCancelled(err) ? t("sources.cancelled") : t("error.extract", { name: "", why: message(err) })]);
    } finally {
      setSources((cur) => cur.map((s) => done.get(s.id) ?? s));
      setExtracting(null);
    }
  };

  const onReextract = async (id: string) => {
    const s = sources.find((x) => x.id === id);
    if (!s) return;
    try {
      const fresh = await extractOne(s, 0, 1);
      update(id, () => fresh);
    } catch (err) {
      if (isCancelled(err)) setErrors([t("sources.cancelled")]);
    } finally {
      setExtracting(null);
    }
  };

  const onStatus = (sourceId: string, itemId: string, status: ReviewStatus) =>
    update(sourceId, (s) => ({ ...s, items: s.items.map((i) => (i.id === itemId ? { ...i, status } : i)) }));
  const onEditValue = (sourceId: string, itemId: string, value: number) =>
    update(sourceId, (s) => ({ ...s, items: s.items.map((i) => (i.id === itemId ? { ...i, editedValue: value, status: "accepted" } : i)) }));

  const facts = includedFacts(sources.filter((s) => !s.error));

  // Sources that could not be read keep their facts already in the book, marked.
  const failed: FailedSource[] = sources.filter((s) => s.error).map((s) => ({ doc: s.name, reason: sourceErrorText(s, t) ?? "" }));
  const readSources = sources.filter((s) => s.extracted && !s.error).map((s) => s.name);

  /** The refresh a write would make now, planned against what the workbook holds. */
  const planWrite = async (indicators: string[], periods: string[]) => {
    const chosen = facts.filter((f) => indicators.includes(f.indicator) && periods.includes(f.period));
    const previous = await ports.readPrevious();
    const planned = ports.buildPlan(chosen, { indicators, periods, lang }, { previous, failed, readSources, now: localTimestamp(new Date()) });
    return { planned, chosen };
  };

  const onPreviewChanges = async (indicators: string[], periods: string[]) => {
    setComparing(true);
    try {
      const { planned } = await planWrite(indicators, periods);
      setChanges(planned.summary);
      setResult(null);
    } catch (err) {
      setChanges(null);
      setErrors([t("error.write", { why: message(err) })]);
    } finally {
      setComparing(false);
    }
  };

  const onWrite = async (indicators: string[], periods: string[]) => {
    setErrors([]);
    setResult(null);
    setWriting(true);
    try {
      // planned again: the workbook may have changed since the summary was shown
      const { planned, chosen } = await planWrite(indicators, periods);
      setChanges(planned.summary);
      const summary = await ports.applyPlan(planned.plan);
      setResult({ summary, facts: chosen.length, changes: planned.summary });
    } catch (err) {
      setErrors([t("error.write", { why: message(err) })]);
    } finally {
      setWriting(false);
    }
  };

  const skippedLabel = (code: string) => skippedFeatureLabel(t, code);

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"} style={{ minHeight: "100vh" }}>
      <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
        <header style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
          <Title3 as="h1">{t("app.title")}</Title3>
          <Button size="small" appearance="subtle" data-testid="lang" onClick={() => setLang(lang === "vi" ? "en" : "vi")}>
            {t("app.lang")}
          </Button>
        </header>
        {preview && (
          <MessageBar intent="info">
            <MessageBarBody>{t("app.previewMode")}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={step} onTabSelect={(_e, d) => setStep(d.value as Step)}>
          <Tab value="sources" data-testid="tab-sources">{t("tab.sources")}</Tab>
          <Tab value="review" data-testid="tab-review">{t("tab.review")}</Tab>
          <Tab value="write" data-testid="tab-write">{t("tab.write")}</Tab>
        </TabList>
        <ErrorList messages={errors} />
        <ErrorBoundary t={t} key={step}>
          {step === "sources" && (
            <SourcesScreen
              t={t}
              sources={sources}
              pasted={pasted}
              onPastedChange={setPasted}
              onFiles={(f) => void onFiles(f)}
              onExtract={() => void onExtract()}
              onEdit={(id, field, value) => update(id, (s) => ({ ...s, [field]: value }))}
              onReextract={(id) => void onReextract(id)}
              onRemove={(id) => setSources((all) => all.filter((s) => s.id !== id))}
              reading={reading}
              extracting={extracting}
              onCancel={() => ports.cancel()}
              onWorkbook={ports.readWorkbookTable ? (w) => void onWorkbook(w) : undefined}
              sourceError={(s) => sourceErrorText(s, t)}
            />
          )}
          {step === "review" && (
            <ReviewScreen t={t} lang={lang} sources={sources} onStatus={onStatus} onEditValue={onEditValue} onNext={() => setStep("write")} />
          )}
          {step === "write" && (
            <WriteScreen
              t={t}
              lang={lang}
              facts={facts}
              onWrite={(i, p) => void onWrite(i, p)}
              onPreviewChanges={(i, p) => void onPreviewChanges(i, p)}
              changes={writing ? null : changes}
              comparing={comparing}
              writing={writing}
              result={result}
              skippedLabel={skippedLabel}
            />
          )}
        </ErrorBoundary>
        {preview}
      </main>
    </FluentProvider>
  );
}
