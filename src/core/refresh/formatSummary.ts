// Short lines for people: what the pane shows before and after writing, what the CLI prints.
import type { Fact } from "../facts/fact";
import type { Lang } from "../workbook/plan";
import { isUnchanged, type ChangeSummary } from "./diffFacts";

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);
const label = (f: Fact) => `${f.entity} · ${f.indicator} · ${f.period}${f.basis === "actual" ? "" : ` (${f.basis})`}${f.measure === "value" ? "" : ` [${f.measure}]`}`;

export function countsLine(s: ChangeSummary, lang: Lang): string {
  return lang === "vi"
    ? `${s.added.length} thêm, ${s.changed.length} thay đổi, ${s.removed.length} bỏ, ${s.conflicts.length} ghi đè cần xem lại, ${s.failed.length} nguồn lỗi, ${s.unchanged} giữ nguyên`
    : `${s.added.length} added, ${s.changed.length} changed, ${s.removed.length} removed, ${s.conflicts.length} overrides to review, ${s.failed.length} sources failed, ${s.unchanged} unchanged`;
}

/** At most `max` example lines per kind of change; the counts always come first. */
export function formatSummary(s: ChangeSummary, lang: Lang, max = 5): string[] {
  const vi = lang === "vi";
  if (isUnchanged(s)) {
    return [vi ? `Không có thay đổi: ${s.unchanged} số liệu giữ nguyên.` : `No changes: ${s.unchanged} facts as they were.`];
  }
  const out = [countsLine(s, lang)];
  const some = <T>(xs: T[], line: (x: T) => string) => {
    xs.slice(0, max).forEach((x) => out.push(`  ${line(x)}`));
    if (xs.length > max) out.push(vi ? `  … và ${xs.length - max} nữa` : `  … and ${xs.length - max} more`);
  };
  some(s.added, (a) => `+ ${label(a.fact)}: ${fmt(a.fact.value)} ${a.fact.unit}`);
  some(s.changed, (c) => `~ ${label(c.after)}: ${fmt(c.before.value)} → ${fmt(c.after.value)}${c.fields.some((f) => f !== "value") ? ` (${c.fields.join(", ")})` : ""}`);
  some(s.removed, (r) => `- ${label(r.fact)}: ${fmt(r.fact.value)}${r.kept ? (vi ? " (giữ dòng: có ghi đè/cột riêng)" : " (row kept: override/user cells)") : ""}`);
  some(s.conflicts, (c) => `! ${label(c.fact)}: ${vi ? "ghi đè" : "override"} ${String(c.override)} ${vi ? "làm trên" : "made on"} ${fmt(c.base)}, ${vi ? "nay nguồn là" : "source now"} ${fmt(c.now)}`);
  for (const f of s.failed) {
    const n = s.stale.filter((x) => x.fact.doc === f.doc).length;
    out.push(vi ? `  ✗ Nguồn lỗi ${f.doc}: ${f.reason} — giữ ${n} số liệu cũ` : `  ✗ Source failed ${f.doc}: ${f.reason} — ${n} earlier facts kept`);
  }
  for (const d of s.recovered) out.push(vi ? `  ✓ ${d} đọc lại được` : `  ✓ ${d} readable again`);
  return out;
}
