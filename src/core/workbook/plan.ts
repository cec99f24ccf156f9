// The workbook plan: plain JSON that every writer (exceljs in src/adapters/xlsx, office-js in
// src/adapters/office) applies cell by cell. All content decisions — labels, formulas, formats,
// which sheet holds what — are made when the plan is built (buildWorkbookPlan), so the writers
// stay mechanical and two writers cannot drift apart.
//
// Coordinates: block/column/freeze positions are 0-based numbers; every `ref` is an A1 string
// ("'Dữ liệu'!$A$2:$A$59" for names, "C7:C70" within the sheet for everything else).
// Formulas are Excel invariant (en-US) syntax WITHOUT the leading "=", using only functions that
// Excel 2016 and LibreOffice both know (no XLOOKUP, LET, FILTER, dynamic arrays). AGGREGATE is
// used as in the Excel UI; a writer that emits file XML must spell it "_xlfn.AGGREGATE"
// (FUTURE_FUNCTIONS), an office-js writer passes the formula through unchanged.

export type Lang = "vi" | "en";

/** Functions newer than Excel 2007 that plans use; OOXML stores them with the "_xlfn." prefix. */
export const FUTURE_FUNCTIONS = ["AGGREGATE"] as const;

export type CellValue = string | number | boolean | null;

/**
 * One cell. `f` wins over `v` (v is then only a cached result hint, writers may ignore it).
 * A writer must never turn `v` into a formula: a string beginning with = + - @ stays text.
 * `text: true` marks text that came from documents or users: writers that would otherwise
 * parse it (office-js `values`) must write it as text (number format "@" or a leading quote).
 */
export interface Cell {
  v?: CellValue;
  f?: string;
  /** Number format code, Excel syntax ("#,##0.0", '0.0"%"'); Excel localizes separators itself. */
  fmt?: string;
  /** Key into WorkbookPlan.styles. */
  s?: string;
  text?: true;
  /** A cell note (comment) explaining how the figure was made; writers without notes may skip it. */
  note?: string;
}

/** A rectangle of cells whose top-left corner is (row, col), 0-based. Rows may be ragged. */
export interface Block {
  row: number;
  col: number;
  cells: Cell[][];
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font colour, RGB hex without '#': "9C0006". */
  color?: string;
  /** Solid fill, RGB hex without '#'. */
  fill?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  /** Vertical alignment; "top" by default for wrapped text. */
  valign?: "top" | "center";
  fontSize?: number;
}

export interface RowPlan {
  index: number;
  /** Height in points; rows of wrapped headers need one, since neither Excel nor LibreOffice grows them on open. */
  height?: number;
  hidden?: boolean;
}

/**
 * How a sheet prints: always A4 and fitted to one page wide. `fitTall` 1 also fits it to one page
 * tall (a one-page sheet); 0 lets it run over as many pages as it needs, breaking before `breaks`.
 */
export interface PagePlan {
  paper: "A4";
  orientation: "portrait" | "landscape";
  fitTall: 0 | 1;
  /** 0-based, inclusive: rows repeated at the top and columns at the left of every page. */
  titleRows?: [number, number];
  titleCols?: [number, number];
  /** 0-based rows before which a new page starts. */
  breaks: number[];
  /** Excel header/footer codes: &P page, &N pages, &D date; a literal "&" is written "&&". */
  header: { left?: string; center?: string; right?: string };
  footer: { left?: string; center?: string; right?: string };
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The part of the sheet that prints (A1, within the sheet); the used range when absent. */
  area?: string;
}

export interface ColumnPlan {
  index: number;
  /** Width in Excel character units (exceljs drops exactly 9, its default: use another). */
  width: number;
  hidden?: boolean;
}

/**
 * An Excel table over cells that the sheet's blocks already hold (header row included in ref).
 * Writers take the header names and the cell contents from the blocks.
 */
export interface TablePlan {
  name: string;
  ref: string;
  headerRow: true;
  style: string;
}

export interface ValidationPlan {
  ref: string;
  /** Literal choices (short lists only: Excel caps the joined list at 255 characters). */
  list?: string[];
  /** A formula or defined name yielding the choices, without '=' (e.g. "CT_Periods"). */
  listFormula?: string;
  prompt?: string;
}

/** Expression rules only: both exceljs and office-js support them the same way. */
export interface ConditionalRule {
  /** Formula relative to the top-left cell of `ref`, without '=' (e.g. 'G7="Đạt"'). */
  formula: string;
  /** Key into WorkbookPlan.styles; only font colour, bold, italic and fill are applied. */
  style: string;
}

export interface ConditionalFormatPlan {
  ref: string;
  rules: ConditionalRule[];
}

export interface ChartPlan {
  type: "columnClustered";
  title: string;
  /** Sheet-qualified A1 ranges. */
  categoriesRef: string;
  series: { name: string; valuesRef: string }[];
  /** Top-left cell (0-based) and size in cells. */
  anchor: { row: number; col: number; rows: number; cols: number };
  /**
   * Charts are optional: a writer that cannot draw charts (exceljs) writes this note into the
   * anchor cell instead, so the reader knows where the chart would be and how to make it.
   */
  fallbackNote: string;
}

export type SheetKey = "data" | "compare" | "brief" | "chart" | "summary" | "lists" | "log";

export interface SheetPlan {
  /** Stable role, independent of the display language. */
  key: SheetKey;
  /** Localized sheet name. */
  name: string;
  blocks: Block[];
  columns: ColumnPlan[];
  /** Rows that need a height or are hidden; the others take the default height. */
  rows?: RowPlan[];
  /** Merged ranges (A1, within the sheet); the top-left cell holds the content. */
  merges?: string[];
  /** Ranges (A1) drawn with thin borders on every cell edge: the tables that print. */
  borders?: string[];
  page?: PagePlan;
  freeze?: { rows: number; cols: number };
  tables: TablePlan[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
}

export interface DefinedName {
  name: string;
  /** Sheet-qualified absolute A1 reference, without '='. */
  ref: string;
}

/** Bumped when the layout of the owned sheets changes in a way a refresh must know about. */
export const PLAN_VERSION = 3;

/** Which units the comparison is made between: the 63 before 1 July 2025 or the 34 after. */
export type UnitsView = "old" | "new";

/** An existing sheet of the book, as a placement refers to it: the writer's own id for it. */
export type SheetId = string | number;

/**
 * Where the plan's sheets go in the book being written, decided once (src/core/workbook/placement.ts)
 * from what the book holds, and applied as it stands by either writer.
 */
export interface Placement {
  /** Plan order. `replaces`: the owned sheet this one takes the place of (and, when the writer can, refreshes in place). */
  sheets: { key: SheetKey; name: string; replaces?: SheetId }[];
  /** Every visible or hidden sheet in its final order: the user's by id, ours by role. The meta sheet is not listed. */
  order: ({ user: SheetId } | { key: SheetKey })[];
  /** Owned sheets that go: roles the plan no longer writes. */
  remove: SheetId[];
  /** Owned workbook names (markers included) deleted before the plan's are defined. */
  removeNames: string[];
  /** Owned tables that go with their sheets (a writer refreshing a sheet in place deletes them first). */
  removeTables: string[];
  /** The very hidden sheet that records ownership: its name, and the sheet it replaces. */
  meta: { name: string; replaces?: SheetId };
}

export interface WorkbookPlan {
  lang: Lang;
  /** What a writer stores in the book beside the sheets, so a later refresh recognises them. */
  meta?: { version: number; units: UnitsView };
  /** The book's default font: every sheet prints in it. */
  font?: { name: string; size: number };
  sheets: SheetPlan[];
  names: DefinedName[];
  styles: Record<string, CellStyle>;
  /** Set by placePlan for the book being written; a plan without it is written into an empty book. */
  placement?: Placement;
}
