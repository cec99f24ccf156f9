// A ChangeSummary as rows of the log sheet: one line for the refresh, then one per change.
import type { Fact } from "../facts/fact";
import { indicatorLabel } from "./formatSummary";
import { LABELS } from "../workbook/labels";
import type { CellValue, Lang } from "../workbook/plan";
import type { ChangeSummary } from "./diffFacts";
import { countsLine } from "./formatSummary";

export function logEntries(s: ChangeSummary, at: string, lang: Lang): CellValue[][] {
  const L = LABELS[lang];
  const K = L.log.kinds;
  const what = (f: Fact) => `${L.basis[f.basis]} · ${L.measure[f.measure]}${f.derived ? ` · ${L.derived}` : ""}`;
  const row = (kind: string, f: Fact, key: string, old: CellValue, now: CellValue, detail: string): CellValue[] =>
    [at, kind, f.doc, key, f.entity, indicatorLabel(f.indicator, lang), f.period, old, now, detail ? `${what(f)}; ${detail}` : what(f)];
  const out: CellValue[][] = [[at, K.refresh, s.sources.join(", "), null, null, null, null, null, null, countsLine(s, lang)]];
  for (const { key, fact } of s.added) out.push(row(K.added, fact, key, null, fact.value, ""));
  for (const c of s.changed) {
    const other = c.fields.filter((f) => f !== "value");
    out.push(row(K.changed, c.after, c.key, c.before.value, c.after.value, other.length ? `${lang === "vi" ? "đổi" : "changed"}: ${other.join(", ")}` : ""));
  }
  for (const r of s.removed) {
    const why = [
      r.notRefreshed ? (lang === "vi" ? "nguồn không có trong lần làm mới này" : "source not in this refresh") : "",
      r.kept ? (lang === "vi" ? "giữ dòng vì có ghi đè/cột của người dùng" : "row kept: it holds an override or user cells") : "",
    ].filter(Boolean).join("; ");
    out.push(row(K.removed, r.fact, r.key, r.fact.value, null, why));
  }
  for (const c of s.conflicts) {
    out.push(row(K.conflict, c.fact, c.key, c.base, c.now, `${lang === "vi" ? "ghi đè" : "override"} ${String(c.override)}`));
  }
  for (const f of s.failed) {
    const n = s.stale.filter((x) => x.fact.doc === f.doc).length;
    const kept = lang === "vi" ? `giữ ${n} số liệu cũ, đánh dấu "${L.status.sourceFailed}"` : `${n} earlier facts kept, marked "${L.status.sourceFailed}"`;
    out.push([at, K.failed, f.doc, null, null, null, null, null, null, `${f.reason}; ${kept}`]);
  }
  for (const doc of s.recovered) {
    out.push([at, K.refresh, doc, null, null, null, null, null, null, lang === "vi" ? "nguồn đọc lại được" : "source readable again"]);
  }
  return out;
}
