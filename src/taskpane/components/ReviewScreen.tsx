// Step 2: the extracted facts grouped by source. Selecting a row shows its sentence; each fact
// can be accepted, rejected or corrected before writing.
import * as React from "react";
import {
  Badge, Button, Input, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, Text,
} from "@fluentui/react-components";
import type { Lang, MessageKey, Translate } from "../i18n";
import type { ReviewItem, ReviewStatus, Source } from "../model";
import { countStatuses } from "../model";
import { formatValue, indicatorLabel, parseUserNumber, periodLabel } from "../format";
import { SentenceView } from "./SentenceView";
import { TableRowView } from "./TableRowView";

export interface ReviewScreenProps {
  t: Translate;
  lang: Lang;
  sources: Source[];
  onStatus(sourceId: string, itemId: string, status: ReviewStatus): void;
  onEditValue(sourceId: string, itemId: string, value: number): void;
  onNext(): void;
}

const STATUS_COLOR: Record<ReviewStatus, "informative" | "success" | "danger"> = { pending: "informative", accepted: "success", rejected: "danger" };

export function ReviewScreen(p: ReviewScreenProps): React.ReactElement {
  const { t, lang } = p;
  const [selected, setSelected] = React.useState<{ source: string; item: string } | null>(null);
  const [editing, setEditing] = React.useState<{ item: string; text: string; error?: string } | null>(null);
  const withFacts = p.sources.filter((s) => s.extracted && !s.error);
  const all = withFacts.flatMap((s) => s.items);
  if (withFacts.length === 0) return <Text italic>{t("review.empty")}</Text>;
  const counts = countStatuses(all);
  const selSource = selected && p.sources.find((s) => s.id === selected.source);
  const selItem = selSource?.items.find((i) => i.id === selected?.item);

  const basisLabel = (i: ReviewItem) => {
    const b = t(`basis.${i.fact.basis}` as MessageKey);
    return i.fact.measure === "value" ? b : `${b} (${t(`measure.${i.fact.measure}` as MessageKey)})`;
  };

  const saveEdit = (sourceId: string, item: ReviewItem) => {
    if (!editing) return;
    const v = parseUserNumber(editing.text, lang);
    if (v === null) {
      setEditing({ ...editing, error: t("review.badNumber") });
      return;
    }
    p.onEditValue(sourceId, item.id, v);
    setEditing(null);
  };

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Text data-testid="review-counts">{t("review.counts", { total: all.length, accepted: counts.accepted, rejected: counts.rejected })}</Text>
      {withFacts.map((s) => (
        <div key={s.id} data-testid="review-group">
          <Text as="h3" weight="semibold" block style={{ margin: "8px 0" }}>{s.name}</Text>
          {s.warnings.map((w, i) => (
            <MessageBar key={i} intent="warning" data-testid="source-warning">
              <MessageBarBody>{w}</MessageBarBody>
            </MessageBar>
          ))}
          {s.items.length === 0 && <Text italic block data-testid="no-facts">{t("review.noFacts")}</Text>}
          {s.items.length > 0 && <Table size="small" aria-label={s.name}>
            <TableHeader>
              {/* a task pane is ~350 px wide: the indicator carries unit, period and basis on a second line */}
              <TableRow>
                <TableHeaderCell style={{ width: "52%" }}>{t("review.col.indicator")}</TableHeaderCell>
                <TableHeaderCell style={{ width: "26%" }}>{t("review.col.value")}</TableHeaderCell>
                <TableHeaderCell style={{ width: "22%" }}>{t("review.col.status")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {s.items.map((i) => {
                const isSel = selected?.item === i.id;
                const shown = i.editedValue === undefined ? i.fact : { ...i.fact, value: i.editedValue };
                return (
                  <TableRow
                    key={i.id}
                    data-testid="fact-row"
                    data-status={i.status}
                    aria-selected={isSel}
                    onClick={() => setSelected({ source: s.id, item: i.id })}
                    style={{ cursor: "pointer", background: isSel ? "#e6f2ea" : undefined, opacity: i.status === "rejected" ? 0.55 : 1 }}
                  >
                    <TableCell>
                      <div style={{ padding: "4px 0" }}>
                        <Text block>{indicatorLabel(i.fact.indicator, lang)}</Text>
                        <Text block size={200} style={{ color: "#616161" }}>
                          {i.fact.entity} · {periodLabel(i.fact.period, lang)} · {basisLabel(i)}
                        </Text>
                      </div>
                    </TableCell>
                    <TableCell data-testid="fact-value">
                      {formatValue(shown, lang)}
                      {i.editedValue !== undefined && <Text size={200} italic> ({t("review.edited")})</Text>}
                      {i.fact.warnings?.length ? <span title={i.fact.warnings.join("\n")} aria-label={t("review.warnings")}> ⚠</span> : null}
                    </TableCell>
                    <TableCell>
                      <Badge appearance="tint" size="small" color={STATUS_COLOR[i.status]} style={{ whiteSpace: "nowrap" }}>{t(`review.status.${i.status}` as MessageKey)}</Badge>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>}
        </div>
      ))}
      {selSource && selItem ? (
        <div data-testid="fact-detail" style={{ display: "flex", flexDirection: "column", gap: 8, position: "sticky", bottom: 0, background: "white", paddingTop: 8, borderTop: "1px solid #e0e0e0" }}>
          {selItem.fact.source.cell ? (
            <TableRowView table={selSource.doc.tables[selItem.fact.source.cell.table]} cell={selItem.fact.source.cell} label={t("review.tableRow")} />
          ) : (
            <SentenceView text={selSource.doc.text} span={selItem.fact.source} label={t("review.sentence")} />
          )}
          {selItem.fact.warnings?.length ? (
            <MessageBar intent="warning" data-testid="fact-warnings">
              <MessageBarBody>
                {t("review.warnings")}: {selItem.fact.warnings.join("; ")}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {editing?.item === selItem.id ? (
            <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
              <Input
                data-testid="edit-value"
                value={editing.text}
                onChange={(_e, d) => setEditing({ item: selItem.id, text: d.value })}
                onKeyDown={(e) => e.key === "Enter" && saveEdit(selSource.id, selItem)}
              />
              <Button appearance="primary" onClick={() => saveEdit(selSource.id, selItem)}>{t("review.save")}</Button>
              <Button onClick={() => setEditing(null)}>{t("review.cancel")}</Button>
              {editing.error && <Text style={{ color: "#a4262c" }} role="alert">{editing.error}</Text>}
            </div>
          ) : (
            <div style={{ display: "flex", gap: 8 }}>
              <Button data-testid="accept" onClick={() => p.onStatus(selSource.id, selItem.id, "accepted")}>{t("review.accept")}</Button>
              <Button data-testid="reject" onClick={() => p.onStatus(selSource.id, selItem.id, "rejected")}>{t("review.reject")}</Button>
              <Button
                data-testid="edit"
                onClick={() => setEditing({ item: selItem.id, text: String(selItem.editedValue ?? selItem.fact.value).replace(".", lang === "vi" ? "," : ".") })}
              >
                {t("review.edit")}
              </Button>
            </div>
          )}
        </div>
      ) : (
        <Text italic size={200}>{t("review.selectHint")}</Text>
      )}
      <Button appearance="primary" onClick={p.onNext} data-testid="to-write">{t("review.next")}</Button>
    </section>
  );
}
