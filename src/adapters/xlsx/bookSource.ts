// An existing book as a refresh reads it: its sheets (id, name, visibility, tables), its
// workbook names, and any sheet's cells as plain values — formulas give their cached result (or
// nothing), rich text its text, dates their ISO day. Two sources: the .xlsx package itself, read
// part by part with nothing kept but the values asked for (what the CLI uses: a national book is
// read in a second, not in ten with a gigabyte), and an exceljs workbook (what the tests edit).
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/workbook/plan";
import { cellPlain, sheetGrid } from "./bookGrid";
import { attributes, cellText, definedNames, inflate, parseRels, readWorkbook, relsPath, resolveTarget, unzip, type ZipPart } from "./opc";

export interface SheetSource {
  /** The file's sheetId (what exceljs calls a worksheet's id). */
  id: number;
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  tables: string[];
  cell(ref: string): CellValue;
  /** The used range from A1, as rows of values. */
  grid(): CellValue[][];
}

export interface BookSource {
  sheets: SheetSource[];
  /** Workbook-scoped names and their references (print titles and areas are the sheets' own, not listed). */
  names: Map<string, string>;
}

// ---------- exceljs ----------

export function bookFromExcelJS(wb: ExcelJS.Workbook): BookSource {
  return {
    sheets: wb.worksheets.map((ws) => ({
      id: ws.id,
      name: ws.name,
      state: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
      tables: (ws.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name),
      cell: (ref: string) => cellPlain(ws.getCell(ref).value),
      grid: () => sheetGrid(ws),
    })),
    names: new Map(wb.definedNames.model.filter((n) => !n.name.startsWith("_xlnm.")).map((n) => [n.name, n.ranges.join(",")] as const)),
  };
}

// ---------- the package ----------

function colIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 31);
  return n - 1;
}

/** The texts of <t> runs, phonetic guides (<rPh>) left out. */
function runs(xml: string): string {
  const plain = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  for (const m of plain.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return cellText(out);
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/** Every cell with a value in a worksheet part: row and column (0-based) and the value. */
function* cellsOf(xml: string, shared: readonly string[]): Generator<[number, number, CellValue]> {
  for (const m of xml.matchAll(CELL)) {
    const inner = m[2];
    if (!inner) continue;
    const a = m[1]!;
    const ref = /\br="([A-Z]+)(\d+)"/.exec(a);
    if (!ref) continue;
    const type = /\bt="(\w+)"/.exec(a)?.[1];
    let value: CellValue = null;
    if (type === "inlineStr") {
      const is = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
      value = is ? runs(is[1]!) : null;
    } else {
      const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      if (v === undefined) value = null;
      else if (type === "s") value = shared[Number(v)] ?? null;
      else if (type === "str") value = cellText(v);
      else if (type === "b") value = v === "1" || v === "true";
      else if (type === "e") value = null;
      else if (type === "d") value = v.slice(0, 10);
      else value = Number(v);
    }
    if (value === null || value === "") continue;
    yield [Number(ref[2]) - 1, colIndex(ref[1]!), value];
  }
}

export function bookFromPackage(bytes: Buffer): BookSource {
  const parts = unzip(bytes);
  const text = (path: string) => {
    const p = parts.get(path);
    return p ? inflate(p as ZipPart).toString("utf8") : undefined;
  };
  const wb = readWorkbook(text);
  const sharedRel = wb.rels.find((r) => r.type.endsWith("/sharedStrings"));
  const sharedXml = sharedRel ? text(resolveTarget(wb.path, sharedRel.target)) : undefined;
  const shared = sharedXml ? [...sharedXml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => runs(m[1]!)) : [];
  const sheets = wb.sheets.map((s): SheetSource => {
    let grid: CellValue[][] | undefined;
    const load = (): CellValue[][] => {
      if (grid) return grid;
      grid = [];
      const xml = text(s.part) ?? "";
      let width = 0;
      for (const [r, c, v] of cellsOf(xml, shared)) {
        while (grid.length <= r) grid.push([]);
        grid[r]![c] = v;
        width = Math.max(width, c + 1);
      }
      grid = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
      return grid;
    };
    const tables = parseRels(text(relsPath(s.part)))
      .filter((r) => r.type.endsWith("/table"))
      .map((r) => attributes(/<(?:\w+:)?table\b[^>]*>/.exec(text(resolveTarget(s.part, r.target)) ?? "")?.[0] ?? "").name ?? "")
      .filter(Boolean);
    return {
      id: s.sheetId,
      name: s.name,
      state: s.state === "veryHidden" ? "veryHidden" : s.state === "hidden" ? "hidden" : "visible",
      tables,
      cell: (ref: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ""));
        return m ? (load()[Number(m[2]) - 1]?.[colIndex(m[1]!)] ?? null) : null;
      },
      grid: load,
    };
  });
  const names = new Map(definedNames(wb.xml).filter((n) => n.localSheetId === undefined && !n.name.startsWith("_xlnm.")).map((n) => [n.name, n.ref] as const));
  return { sheets, names };
}
