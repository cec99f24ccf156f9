// Step 1: paste text or pick/drop files; each source shows the unit and period the extractor
// found, which the user may correct before extracting again.
import * as React from "react";
import { Button, Field, Input, ProgressBar, Textarea, Badge, Text, Card, CardHeader } from "@fluentui/react-components";
import type { Translate } from "../i18n";
import type { Source } from "../model";
import { PERIOD_PATTERN } from "../model";
import type { JobStatus } from "../ports";
import { SUPPORTED_EXTENSIONS } from "../../adapters/readers/formats";

export interface SourcesScreenProps {
  t: Translate;
  sources: Source[];
  pasted: string;
  onPastedChange(text: string): void;
  onFiles(files: File[]): void;
  onExtract(): void;
  onEdit(id: string, field: "entity" | "period", value: string): void;
  onReextract(id: string): void;
  onRemove(id: string): void;
  reading: JobStatus | null;
  extracting: JobStatus | null;
  onCancel(): void;
  /** Inside Excel: read the selected range or the active sheet as a source */
  onWorkbook?(which: "selection" | "sheet"): void;
  sourceError(s: Source): string | null;
}

/** Every format the readers read, for the file picker. */
export const ACCEPT = SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(",");

function statusText(t: Translate, s: JobStatus): string {
  if (s.stage === "extracting") return t("sources.extractingFile", { done: s.done + 1, total: s.total, name: s.file ?? "" });
  if (s.pages) return t("sources.readingPage", { done: s.done + 1, total: s.total, name: s.file ?? "", page: s.page ?? 0, pages: s.pages });
  return t("sources.reading", { done: s.done, total: s.total });
}

export function SourcesScreen(p: SourcesScreenProps): React.ReactElement {
  const { t } = p;
  const [dragging, setDragging] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const busy = p.reading !== null || p.extracting !== null;
  const job = p.reading ?? p.extracting;

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) p.onFiles(files);
  };

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Field label={t("sources.pasteLabel")}>
        <Textarea
          data-testid="paste"
          resize="vertical"
          rows={8}
          value={p.pasted}
          placeholder={t("sources.pastePlaceholder")}
          onChange={(_e, d) => p.onPastedChange(d.value)}
        />
      </Field>
      <div
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ border: `2px dashed ${dragging ? "#107c41" : "#c8c8c8"}`, borderRadius: 6, padding: 12, textAlign: "center" }}
      >
        <Button onClick={() => fileInput.current?.click()} disabled={busy}>
          {t("sources.files")}
        </Button>
        <input
          ref={fileInput}
          data-testid="file-input"
          type="file"
          multiple
          accept={ACCEPT}
          style={{ display: "none" }}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = "";
            if (files.length) p.onFiles(files);
          }}
        />
        <div>
          <Text size={200}>{t("sources.drop")}</Text>
        </div>
      </div>
      {p.onWorkbook && (
        <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
          <Button data-testid="read-selection" onClick={() => p.onWorkbook?.("selection")} disabled={busy}>
            {t("sources.readSelection")}
          </Button>
          <Button data-testid="read-sheet" onClick={() => p.onWorkbook?.("sheet")} disabled={busy}>
            {t("sources.readSheet")}
          </Button>
        </div>
      )}
      {job && (
        <div style={{ display: "flex", gap: 8, alignItems: "flex-end" }} data-testid="progress">
          <Field style={{ flex: 1 }} validationMessage={statusText(t, job)} validationState="none">
            <ProgressBar value={job.pages ? (job.page ?? 0) / job.pages : job.stage === "reading" && job.total ? job.done / job.total : undefined} />
          </Field>
          <Button size="small" data-testid="cancel" onClick={p.onCancel}>
            {t("sources.cancel")}
          </Button>
        </div>
      )}
      <Button appearance="primary" data-testid="extract" onClick={p.onExtract} disabled={busy}>
        {t("sources.extract")}
      </Button>
      {p.sources.length === 0 ? (
        <Text italic>{t("sources.empty")}</Text>
      ) : (
        <ul style={{ listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: 8 }} data-testid="sources">
          {p.sources.map((s) => (
            <li key={s.id}>
              <SourceCard s={s} t={t} busy={busy} error={p.sourceError(s)} onEdit={p.onEdit} onReextract={p.onReextract} onRemove={p.onRemove} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SourceCard(props: {
  s: Source;
  t: Translate;
  busy: boolean;
  error: string | null;
  onEdit: SourcesScreenProps["onEdit"];
  onReextract(id: string): void;
  onRemove(id: string): void;
}): React.ReactElement {
  const { s, t } = props;
  const periodInvalid = s.period !== "" && !PERIOD_PATTERN.test(s.period);
  return (
    <Card data-testid="source" size="small">
      <CardHeader
        header={<Text weight="semibold">{s.name}</Text>}
        description={
          <Text size={200}>
            {t("sources.chars", { n: s.doc.text.length })}
            {s.doc.tables.length ? ` · ${t("sources.tables", { n: s.doc.tables.length })}` : ""}
            {s.extracted ? ` · ${t("sources.facts", { n: s.items.length })}` : ""}
          </Text>
        }
        action={
          <Button size="small" appearance="subtle" onClick={() => props.onRemove(s.id)} disabled={props.busy}>
            {t("sources.remove")}
          </Button>
        }
      />
      {props.error ? (
        <Badge color="danger" appearance="tint" data-testid="source-error" style={{ whiteSpace: "normal", height: "auto", padding: 4 }}>
          {props.error}
        </Badge>
      ) : (
        <div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "flex-end" }}>
          <Field label={t("sources.entity")} size="small">
            <Input
              size="small"
              data-testid="source-entity"
              value={s.entity}
              placeholder={s.detectedEntity ?? t("sources.notDetected")}
              onChange={(_e, d) => props.onEdit(s.id, "entity", d.value)}
            />
          </Field>
          <Field label={t("sources.period")} size="small" validationState={periodInvalid ? "error" : "none"}>
            <Input
              size="small"
              data-testid="source-period"
              value={s.period}
              placeholder={s.detectedPeriod ?? t("sources.notDetected")}
              onChange={(_e, d) => props.onEdit(s.id, "period", d.value)}
            />
          </Field>
          {s.extracted && (
            <Button size="small" onClick={() => props.onReextract(s.id)} disabled={props.busy || periodInvalid}>
              {t("sources.reextract")}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
