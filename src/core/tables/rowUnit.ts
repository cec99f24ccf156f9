// The ĐVT (unit) column of an indicator table: "Tỷ đồng", "Triệu USD", "%", "Người", "Nghìn người"
// → the canonical unit and the factor to it, through the same unit dictionary the text reader uses.
import { fold } from "../text/fold";
import { UNIT_AT_START, unitOfMatch } from "../units/units";

export interface RowUnit {
  /** canonical unit ("bn VND", "%", "persons", "count") */
  canonical: string;
  factor: number;
  /** a head count: fits an indicator counted in persons or in units */
  counted?: boolean;
}

const PERSONS = /^(?:(nghìn|ngàn|triệu)\s+)?(?:người|đảng viên|lao động|lượt người|học sinh|hội viên|đồng chí)(?![\p{L}])/u;
const COUNT = /^(?:(nghìn|ngàn|triệu)\s+)?(?:cái|chiếc|doanh nghiệp|dn|dự án|sản phẩm|tổ chức|tổ chức đảng|tổ chức cơ sở đảng|cơ sở|chỉ tiêu|xã|hộ|cây|công trình|đơn vị|lượt|km|căn|nhà|hợp tác xã|htx)(?![\p{L}])/u;
const SCALE: Record<string, number> = { nghìn: 1000, ngàn: 1000, triệu: 1e6 };

export function readRowUnit(dvt: string): RowUnit | undefined {
  const f = fold(dvt.normalize("NFC")).replace(/\s+/g, " ").trim().replace(/^\((.*)\)$/, "$1");
  if (!f) return undefined;
  const m = UNIT_AT_START.exec(f);
  if (m) {
    const u = unitOfMatch(m);
    if (u) return { canonical: u.canonical, factor: u.factor };
  }
  const p = PERSONS.exec(f);
  if (p) return { canonical: "persons", factor: p[1] ? SCALE[p[1]] : 1, counted: true };
  const c = COUNT.exec(f);
  if (c) return { canonical: "count", factor: c[1] ? SCALE[c[1]] : 1, counted: true };
  return undefined;
}

/**
 * The factor from a figure in unit `u` to an indicator kept in `indicatorUnit`, or undefined when
 * the unit cannot be that indicator's. On a per-capita row "Triệu đồng" means million dong a person.
 */
export function scaleTo(u: RowUnit, indicatorUnit: string): number | undefined {
  if (u.canonical === indicatorUnit) return u.factor;
  if (u.counted && (indicatorUnit === "persons" || indicatorUnit === "count")) return u.factor;
  if (u.canonical === "bn VND" && indicatorUnit === "mn VND/person/year") return u.factor * 1000;
  return undefined;
}

/** Whether a figure in this unit can be an indicator kept in `indicatorUnit`. */
export function fits(u: RowUnit, indicatorUnit: string): boolean {
  return scaleTo(u, indicatorUnit) !== undefined;
}
