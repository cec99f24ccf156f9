// Short lines for people: what the pane shows before and after writing, what the CLI prints.
import type { Fact } from "../facts/fact";
import { Catalog } from "../catalog/catalog";
import type { Lang } from "../workbook/plan";
import { isUnchanged, type ChangeSummary } from "./diffFacts";

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);
// people read indicator names and Vietnamese words, not ids
const WORDS = {
  vi: { estimate: "ước", plan: "kế hoạch", pct_of_plan: "% kế hoạch", yoy_pct: "% so cùng kỳ", change: "thay đổi" },
  en: { estimate: "estimate", plan: "plan", pct_of_plan: "% of plan", yoy_pct: "% vs same period", change: "change" },
} as const;
let catalog: Catalog | undefined;
/** An indicator as people read it: its name in the book's language (its id when unknown). */
export function indicatorLabel(id: string, lang: Lang): string {
  catalog ??= Catalog.default();
  const ind = catalog.byId.get(id);
  return ind ? (lang === "vi" ? ind.vi : ind.en) : id;
}
function label(f: Fact, lang: Lang): string {
  const name = indicatorLabel(f.indicator, lang);
  const w = WORDS[lang];
  const kind = [f.basis === "actual" ? "" : w[f.basis], f.measure === "value" ? "" : w[f.measure]].filter(Boolean).join(", ");
  return `${f.entity} · ${name} · ${f.period}${kind ? ` (${kind})` : ""}`;
}
const unitOf = (f: Fact, lang: Lang) => (lang === "vi" ? (UNIT_VI[f.unit] ?? f.unit) : f.unit);
const UNIT_VI: Record<string, string> = { "bn VND": "tỷ đồng", "mn USD": "triệu USD", "mn VND/person/year": "triệu đồng/người/năm", persons: "người", count: "", "%": "%", ha: "ha" };

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
  some(s.added, (a) => `+ ${label(a.fact, lang)}: ${fmt(a.fact.value)} ${unitOf(a.fact, lang)}`.trimEnd());
  some(s.changed, (c) => `~ ${label(c.after, lang)}: ${fmt(c.before.value)} → ${fmt(c.after.value)}${c.fields.some((f) => f !== "value") ? ` (${c.fields.join(", ")})` : ""}`);
  some(s.removed, (r) => `- ${label(r.fact, lang)}: ${fmt(r.fact.value)}${r.kept ? (vi ? " (giữ dòng: có ghi đè/cột riêng)" : " (row kept: override/user cells)") : ""}`);
  some(s.conflicts, (c) => `! ${label(c.fact, lang)}: ${vi ? "ghi đè" : "override"} ${String(c.override)} ${vi ? "làm trên" : "made on"} ${fmt(c.base)}, ${vi ? "nay nguồn là" : "source now"} ${fmt(c.now)}`);
  for (const f of s.failed) {
    const n = s.stale.filter((x) => x.fact.doc === f.doc).length;
    out.push(vi ? `  ✗ Nguồn lỗi ${f.doc}: ${f.reason} — giữ ${n} số liệu cũ` : `  ✗ Source failed ${f.doc}: ${f.reason} — ${n} earlier facts kept`);
  }
  for (const d of s.recovered) out.push(vi ? `  ✓ ${d} đọc lại được` : `  ✓ ${d} readable again`);
  return out;
}
