// A row label → the indicator it names and the unit its figures are in. The label is cleaned of
// its numbering ("1.", "II.", "a)"), of "Trong đó:" and list dashes, of footnote marks; a unit in
// parentheses ("Tổng thu ngân sách (tỷ đồng)", "(nghìn tỷ đồng)", "(%)") is read like an ĐVT cell.
// A child row ("Trong đó: - Xuất khẩu" under "Kim ngạch xuất nhập khẩu") is read in its parent's
// words when its own name no indicator; a sector's figure ("… nông, lâm nghiệp và thủy sản") is
// not the whole economy's.
import { Catalog, Indicator } from "../catalog/catalog";
import { fold } from "../text/fold";
import { readRowUnit, fits, RowUnit } from "./rowUnit";

export interface RowLabel {
  /** the label as written, whitespace squeezed */
  raw: string;
  /** without numbering, "Trong đó", dashes, units and footnote marks */
  name: string;
  /** a unit read from the label's parentheses */
  unit?: RowUnit;
  /** a sub-row: "Trong đó: …", "- …", "+ …" */
  child: boolean;
  /** the row states a decrease ("Mức giảm tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo đa chiều giảm") */
  decrease: boolean;
}

const NUMBERING = /^\s*(?:[IVXLC]+[.)]?\s+|[IVXLC]+\.|\d+(?:\.\d+)*[.)]?\s+|\d+(?:\.\d+)*\.|[a-zđ][.)]\s+)/u;
const CHILD = /^\s*(?:trong đó\s*[:,]?\s*|[-–•+*]\s*|\(?[a-zđ]\)\s*)/iu;
const MARK = /\s*(?:\(\*+\)|\*+|\(\d\))\s*$/u;
const DECREASE = /^(?:mức giảm|giảm)\s+|\s+giảm$/u;
// sector and component words: the figure is a part, not the economy's own indicator
const SECTOR = /(?<![\p{L}])(?:nông,? lâm nghiệp|nông nghiệp|lâm nghiệp|thủy sản|thuỷ sản|công nghiệp và xây dựng|công nghiệp - xây dựng|khu vực|ngành|dịch vụ|chế biến|chế tạo|khai khoáng|xây dựng|du lịch|nhóm|cơ cấu|tỷ trọng|tỉ trọng)(?![\p{L}])/u;

export function readLabel(rawText: string): RowLabel {
  const raw = rawText.normalize("NFC").replace(/\s+/g, " ").trim();
  let name = raw.replace(NUMBERING, "");
  const child = CHILD.test(name) || /^\s*-/.test(raw);
  while (CHILD.test(name)) name = name.replace(CHILD, "");
  name = name.replace(MARK, "");
  let unit: RowUnit | undefined;
  // a unit in the label's last parentheses: "(tỷ đồng)", "(triệu đồng/người/năm)", "(%)"
  name = name.replace(/\s*\(([^()]*)\)\s*$/u, (whole, inner: string) => {
    const u = readRowUnit(inner);
    if (u) {
      unit = u;
      return "";
    }
    return whole;
  });
  const f = fold(name);
  const decrease = DECREASE.test(f);
  return { raw, name: name.trim(), ...(unit ? { unit } : {}), child, decrease };
}

interface Hit {
  ind: Indicator;
  start: number;
  end: number;
}

function aliasHits(catalog: Catalog, text: string): Hit[] {
  const folded = fold(text.normalize("NFC"));
  const hits = catalog.findAliases(folded).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  return hits.flatMap((h) => h.ids.map((id) => ({ ind: catalog.get(id)!, start: h.start, end: h.end }))).filter((h) => h.ind);
}

/** Whether the words around an alias make the figure a sector's or a component's. */
function qualified(text: string, h: Hit): boolean {
  const f = fold(text.normalize("NFC"));
  const rest = (f.slice(0, h.start) + " " + f.slice(h.end)).replace(/\([^)]*\)/g, " ");
  return SECTOR.test(rest);
}

/** The indicator a label names, given the unit its figures are in. */
export function pickIndicator(catalog: Catalog, name: string, unit: RowUnit | undefined): Indicator | undefined {
  const hits = aliasHits(catalog, name).filter((h) => !qualified(name, h));
  if (!unit) return hits[0]?.ind;
  return hits.find((h) => fits(unit, h.ind.unit))?.ind;
}

/** A child's name in its parent's words: "Xuất khẩu" under "Kim ngạch xuất nhập khẩu" → "Kim ngạch xuất khẩu". */
export function inParentWords(child: string, parent: string): string | undefined {
  const c = child.trim().split(/\s+/);
  const p = parent.trim().split(/\s+/);
  const first = fold(c[0] ?? "");
  const at = p.findIndex((w) => fold(w) === first);
  if (at <= 0) return undefined;
  return [...p.slice(0, at), ...c].join(" ");
}
