// The 2025 provincial reorganisation (Resolution 202/2025/QH15): 63 units became 34 on 1 July
// 2025. Figures reported for an old unit after that date belong to the new unit it became part
// of; figures from before stay with the old unit, and a view by new units has to add them up.
import data from "./provinces.json";

export const REFORM_EFFECTIVE: string = data.reform.effective;
export const REFORM_RESOLUTION: string = data.reform.resolution;

interface OldUnit {
  name: string;
  mergedInto?: string;
}

const OLD: OldUnit[] = data.old;
const NEW_NAMES: string[] = data.new.map((u) => u.name);

const OLD_BY_NAME = new Map(OLD.map((u) => [u.name, u] as const));
const NEW_SET = new Set(NEW_NAMES);

/** Old unit → the new unit it belongs to from 1 July 2025 (itself when it kept its borders). */
export function newUnitOf(oldName: string): string | undefined {
  return OLD_BY_NAME.get(oldName)?.mergedInto;
}

export function isOldUnit(name: string): boolean {
  return OLD_BY_NAME.has(name);
}

export function isNewUnit(name: string): boolean {
  return NEW_SET.has(name);
}

/** The old units a new one was made of, in the catalog's order. */
export function constituents(newName: string): string[] {
  return OLD.filter((u) => u.mergedInto === newName).map((u) => u.name);
}

/** A new unit whose territory is exactly one old unit's (the 11 that no merger touched). */
export function isUnchangedUnit(name: string): boolean {
  const parts = constituents(name);
  return parts.length === 1 && parts[0] === name;
}

/** First day a period covers, as an ISO date ("2025-H2" → "2025-07-01", "2024-YTD09" → "2024-01-01"). */
export function periodStart(period: string): string | undefined {
  const m = /^(\d{4})(?:-(?:Q([1-4])|H([12])|M(\d{2})|YTD\d{2}|\d{4}))?$/.exec(period);
  if (!m) return undefined;
  const y = m[1];
  const month = m[2] ? (Number(m[2]) - 1) * 3 + 1 : m[3] ? (Number(m[3]) - 1) * 6 + 1 : m[4] ? Number(m[4]) : 1;
  return `${y}-${String(month).padStart(2, "0")}-01`;
}

/**
 * The unit a figure belongs to at `date` (ISO "YYYY-MM-DD", or a period such as "2025-H2"):
 * an old unit's name on or after 1 July 2025 means the new unit it became part of. Anything
 * that is not an old province (districts, cities, the country, new units) is returned as is.
 */
export function attributeUnit(entity: string, date: string | undefined): string {
  if (!date) return entity;
  const day = /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : periodStart(date);
  if (!day || day < REFORM_EFFECTIVE) return entity;
  return newUnitOf(entity) ?? entity;
}
