// Numbers, units, periods and indicator names as the user reads them.
import catalogJson from "../core/catalog/indicators.json";
import type { Fact } from "../core/facts/fact";
import { readNumber } from "../core/numbers/readNumber";
import type { Lang } from "./i18n";

interface CatalogEntry { id: string; vi: string; en: string; unit: string }
const catalog = catalogJson as unknown as { indicators: CatalogEntry[]; units: Record<string, { vi: string }> };
const byId = new Map(catalog.indicators.map((i) => [i.id, i]));

export function indicatorLabel(id: string, lang: Lang): string {
  const i = byId.get(id);
  return i ? i[lang] : id;
}

export function unitLabel(unit: string, lang: Lang): string {
  if (lang === "en") return unit === "count" ? "" : unit;
  return catalog.units[unit]?.vi ?? unit;
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 6 }).format(n);
}

export function formatValue(f: Pick<Fact, "value" | "unit">, lang: Lang): string {
  const unit = unitLabel(f.unit, lang);
  const n = formatNumber(f.value, lang);
  if (!unit) return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

/** Reads what the user typed, the way numbers are written in the pane's language first. */
export function parseUserNumber(text: string, lang: Lang): number | null {
  const s = text.trim().replace(/\s/g, "").replace(/%$/, "");
  const neg = s.startsWith("-");
  const body = neg ? s.slice(1) : s;
  if (!/^[\d.,]+$/.test(body)) return null;
  const r = readNumber(body);
  const v = lang === "vi" ? (r.vi ?? r.en) : (r.en ?? r.vi);
  if (v === null || !Number.isFinite(v)) return null;
  return neg ? -v : v;
}

export function periodLabel(period: string, lang: Lang): string {
  const m = /^(\d{4})-(Q|H|M|YTD)(\d+)$/.exec(period);
  if (!m) return period;
  const [, y, k, n] = m;
  const num = Number(n);
  if (lang === "vi") {
    if (k === "Q") return `Quý ${num}/${y}`;
    if (k === "H") return `${num === 1 ? "6 tháng đầu năm" : "6 tháng cuối năm"} ${y}`;
    if (k === "M") return `Tháng ${num}/${y}`;
    return `${num} tháng ${y}`;
  }
  if (k === "Q") return `Q${num} ${y}`;
  if (k === "H") return `H${num} ${y}`;
  if (k === "M") return `${y}-${n}`;
  return `Jan–${n} ${y}`;
}
