// Which unit a fact is compared as, in the view by the 63 old or the 34 new units.
import { attributeUnit, constituents, isOldUnit, newUnitOf, periodStart, REFORM_EFFECTIVE } from "../entities/merger";
import type { Fact } from "../facts/fact";
import type { UnitsView } from "./plan";

/** A report's date when known, else the start of the period the figure is for. */
export function factDate(f: Fact, docDate?: string): string | undefined {
  return docDate ?? periodStart(f.period);
}

/**
 * Old view: the fact's own unit, except that figures dated after the merger go to the new unit.
 * New view: the same, and an old unit's earlier figures count for the new unit only when the new
 * unit is that old unit alone (renamed at most); otherwise "" — they feed a new-unit sum.
 */
export function compareUnit(f: Fact, view: UnitsView, docDate?: string): string {
  const date = factDate(f, docDate);
  const attributed = attributeUnit(f.entity, date);
  if (view === "old" || !isOldUnit(f.entity)) return attributed;
  if (date && date >= REFORM_EFFECTIVE) return attributed;
  const target = newUnitOf(f.entity)!;
  return constituents(target).length === 1 ? target : "";
}
