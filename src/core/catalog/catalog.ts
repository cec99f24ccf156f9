// The indicator catalog (indicators.json) as a matcher. Aliases and counted-noun rules are data:
// adding an alias needs no code.
import data from "./indicators.json";
import { fold } from "../text/fold";
import { trieSource, wordMatches } from "../text/trie";

export type IndicatorKind = "level" | "growth" | "share";
export type Scope = "economy" | "party" | "any";

export interface CountedRule {
  before?: string[];
  after?: string[];
  nouns: string[];
  pair?: "targets_total" | "plan";
  chain?: boolean;
  endsBefore?: string[];
  /** how far after the noun one of endsBefore may stand ("trong 22 chỉ tiêu chủ yếu mà Nghị quyết … đề ra, tỉnh có …") */
  endsWithin?: number;
}

export interface Indicator {
  id: string;
  vi: string;
  en: string;
  unit: string;
  direction: "higher" | "lower";
  aggregate: "sum" | "mean_weighted" | "none";
  aliases: string[];
  /** names that are the indicator only right before a unit's name ("kinh tế Hải Dương … ước tăng 10,46%") */
  unitAliases?: string[];
  kind: IndicatorKind;
  scope: Scope;
  plausible: [number, number];
  plausibleLocal?: [number, number];
  pctIsOfPlan?: boolean;
  /** a stock counted at a point in time ("453 sản phẩm OCOP"): "thêm 35" adds to it, it is not it */
  stock?: boolean;
  /** a year's figure is counted until 31 January of the next ("giải ngân … đến 31/1/2024" is 2023's) */
  yearRunsToJanuary?: boolean;
  /** words that must stand earlier in the sentence for an alias to mean this indicator */
  context?: string[];
  /** the nation's own names for the indicator ("GDP", "tổng sản phẩm trong nước"): a figure after one is Việt Nam's */
  nationalAliases?: string[];
  /** the indicator a year-on-year change of this one is ("GRDP … tăng 7,4% so với cùng kỳ" is GRDP growth) */
  yoyIs?: string;
  /** words after a ratio that say it is about this indicator ("tăng 3,9% về số lượng") */
  aspects?: string[];
  counted?: CountedRule[];
}

export interface AliasMatch {
  start: number;
  end: number;
  /** indicators sharing this alias; the unit of the figure decides among them */
  ids: string[];
  /** a name only the nation uses ("GDP") */
  national?: boolean;
}


const aliasKey = (s: string) => s.replace(/\s*[-–]\s*/g, "-").replace(/\s+/g, " ");

export class Catalog {
  readonly indicators: Indicator[];
  readonly byId: Map<string, Indicator>;
  private readonly aliasIds = new Map<string, string[]>();
  private readonly nationalKeys = new Set<string>();
  private readonly aliasRe: RegExp;

  /**
   * @param notIndicators names that look like indicators but are not ("thu ngân sách địa phương",
   * "khu vực công nghiệp"): matched like aliases, so that the longer name wins, and linked to nothing
   */
  constructor(indicators: Indicator[], notIndicators: string[] = []) {
    this.indicators = indicators;
    this.byId = new Map(indicators.map((i) => [i.id, i]));
    for (const n of notIndicators) {
      const key = aliasKey(fold(n.normalize("NFC")));
      if (!this.aliasIds.has(key)) this.aliasIds.set(key, []);
    }
    for (const ind of indicators) {
      for (const a of [...ind.aliases, ...(ind.nationalAliases ?? [])]) {
        const key = aliasKey(fold(a.normalize("NFC")));
        const ids = this.aliasIds.get(key) ?? [];
        if (!ids.includes(ind.id)) ids.push(ind.id);
        this.aliasIds.set(key, ids);
      }
      for (const a of ind.nationalAliases ?? []) this.nationalKeys.add(aliasKey(fold(a.normalize("NFC"))));
    }
    this.aliasRe = new RegExp(`(?:${trieSource(this.aliasIds.keys())})(?![\\p{L}\\p{N}])`, "gu");
    for (const ind of indicators) {
      for (const a of ind.unitAliases ?? []) {
        const key = aliasKey(fold(a.normalize("NFC")));
        this.unitAliasIds.set(key, [...(this.unitAliasIds.get(key) ?? []), ind.id]);
      }
    }
    if (this.unitAliasIds.size) this.unitAliasRe = new RegExp(`(?<![\\p{L}])(${trieSource(this.unitAliasIds.keys())})\\s+$`, "u");
  }
  private readonly unitAliasIds = new Map<string, string[]>();
  private unitAliasRe?: RegExp;

  /** every noun a counted indicator counts, folded ("đảng viên", "doanh nghiệp"…) */
  get countedNouns(): string[] {
    this.nouns ??= [...new Set(this.indicators.flatMap((i) => (i.counted ?? []).flatMap((r) => r.nouns)).map((n) => fold(n.normalize("NFC"))))];
    return this.nouns;
  }
  private nouns?: string[];

  static default(): Catalog {
    return new Catalog(data.indicators as Indicator[], data.notIndicators);
  }

  get(id: string): Indicator | undefined {
    return this.byId.get(id);
  }

  /** The indicators named by `folded` ending in a unit alias ("… kinh tế "), and where the name starts. */
  unitAliasBefore(folded: string, at: number): AliasMatch | undefined {
    if (!this.unitAliasRe) return undefined;
    const before = folded.slice(Math.max(0, at - 16), at);
    const m = this.unitAliasRe.exec(before);
    if (!m) return undefined;
    const start = at - before.length + m.index;
    return { start, end: start + m[1].length, ids: this.unitAliasIds.get(aliasKey(m[1]))! };
  }

  /** Alias mentions in folded text, longest first, not overlapping. */
  findAliases(folded: string): AliasMatch[] {
    const out: AliasMatch[] = [];
    for (const m of wordMatches(this.aliasRe, folded)) {
      const key = aliasKey(m[0]);
      const ids = this.aliasIds.get(key);
      if (ids) out.push({ start: m.index, end: m.index + m[0].length, ids, ...(this.nationalKeys.has(key) ? { national: true } : {}) });
    }
    return out;
  }


}

