// The indicator catalog (indicators.json) as a matcher. Aliases and counted-noun rules are data:
// adding an alias needs no code.
import data from "./indicators.json";
import { fold } from "../text/fold";

export type IndicatorKind = "level" | "growth" | "share";
export type Scope = "economy" | "party" | "any";

export interface CountedRule {
  before?: string[];
  after?: string[];
  nouns: string[];
  pair?: "targets_total" | "plan";
  chain?: boolean;
  endsBefore?: string[];
}

export interface Indicator {
  id: string;
  vi: string;
  en: string;
  unit: string;
  direction: "higher" | "lower";
  aggregate: "sum" | "mean_weighted" | "none";
  aliases: string[];
  kind: IndicatorKind;
  scope: Scope;
  plausible: [number, number];
  plausibleLocal?: [number, number];
  pctIsOfPlan?: boolean;
  counted?: CountedRule[];
}

export interface AliasMatch {
  start: number;
  end: number;
  /** indicators sharing this alias; the unit of the figure decides among them */
  ids: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phrase = (s: string) => escape(fold(s.normalize("NFC"))).replace(/\s+/g, "\\s+");

export class Catalog {
  readonly indicators: Indicator[];
  readonly byId: Map<string, Indicator>;
  private readonly aliasIds = new Map<string, string[]>();
  private readonly aliasRe: RegExp;

  constructor(indicators: Indicator[]) {
    this.indicators = indicators;
    this.byId = new Map(indicators.map((i) => [i.id, i]));
    for (const ind of indicators) {
      for (const a of ind.aliases) {
        const key = fold(a.normalize("NFC")).replace(/\s+/g, " ");
        const ids = this.aliasIds.get(key) ?? [];
        if (!ids.includes(ind.id)) ids.push(ind.id);
        this.aliasIds.set(key, ids);
      }
    }
    const keys = [...this.aliasIds.keys()].sort((a, b) => b.length - a.length);
    this.aliasRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(phrase).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  }

  static default(): Catalog {
    return new Catalog(data.indicators as Indicator[]);
  }

  get(id: string): Indicator | undefined {
    return this.byId.get(id);
  }

  /** Alias mentions in folded text, longest first, not overlapping. */
  findAliases(folded: string): AliasMatch[] {
    const out: AliasMatch[] = [];
    this.aliasRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.aliasRe.exec(folded))) {
      const key = m[0].replace(/\s+/g, " ");
      const ids = this.aliasIds.get(key);
      if (ids) out.push({ start: m.index, end: m.index + m[0].length, ids });
    }
    return out;
  }

  /** The indicator a table row label names ("Tổng thu ngân sách nhà nước trên địa bàn"), if any. */
  indicatorForLabel(label: string): Indicator | undefined {
    const folded = fold(label.normalize("NFC"));
    const hits = this.findAliases(folded);
    if (!hits.length) return undefined;
    const best = hits.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    return this.get(best.ids[0]);
  }
}

export const UNITS_CANONICAL: Record<string, unknown> = data.units;
