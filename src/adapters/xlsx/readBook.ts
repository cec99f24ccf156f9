// Reads an .xlsx back into plain data shaped like the plan, for round-trip tests and for
// tools that edit a written book (e.g. filling the override column) and check it.
import ExcelJS from "exceljs";

export interface ReadCell {
  v?: string | number | boolean | null;
  f?: string;
  fmt?: string;
}

export interface ReadSheet {
  name: string;
  /** By A1 address; only cells holding a value or a formula. */
  cells: Record<string, ReadCell>;
  tables: { name: string; ref: string }[];
  /** Validation list formula by A1 address. */
  validations: Record<string, string>;
  conditionalFormats: { ref: string; formulae: string[] }[];
  freeze?: { rows: number; cols: number };
  columns: { index: number; width?: number; hidden: boolean }[];
  /** Rows with a height set or hidden, 0-based. */
  rows: { index: number; height?: number; hidden: boolean }[];
  merges: string[];
  page: {
    paperSize?: number;
    orientation?: string;
    fitToPage?: boolean;
    fitToWidth?: number;
    fitToHeight?: number;
    printTitlesRow?: string;
    printTitlesColumn?: string;
    printArea?: string;
    header?: string;
    footer?: string;
  };
  hidden: boolean;
}

export interface ReadBook {
  sheets: ReadSheet[];
  /** Defined name → its ranges as exceljs reports them. */
  names: Record<string, string[]>;
}

export async function readBook(data: Buffer | string): Promise<ReadBook> {
  const wb = new ExcelJS.Workbook();
  if (typeof data === "string") await wb.xlsx.readFile(data);
  else await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets: ReadSheet[] = [];
  // veryHidden sheets are bookkeeping (ownership metadata), not content the plan describes
  wb.eachSheet((ws) => {
    if (ws.state !== "veryHidden") sheets.push(readSheet(ws));
  });
  const names: Record<string, string[]> = {};
  for (const n of wb.definedNames.model) names[n.name] = n.ranges;
  return { sheets, names };
}

function readSheet(ws: ExcelJS.Worksheet): ReadSheet {
  const cells: Record<string, ReadCell> = {};
  const validations: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // exceljs shows a merged range's content in every cell of it: only the first holds it
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const rc: ReadCell = {};
      const value = cell.value;
      if (value && typeof value === "object" && "formula" in value) rc.f = String(value.formula).replace(/_xlfn\./g, "");
      else if (value && typeof value === "object" && "richText" in value) rc.v = value.richText.map((r) => r.text).join("");
      else if (value !== undefined && !(value instanceof Date) && typeof value !== "object") rc.v = value;
      else if (value === null) rc.v = null;
      if (cell.numFmt) rc.fmt = cell.numFmt;
      if (rc.f !== undefined || (rc.v !== undefined && rc.v !== null)) cells[cell.address] = rc;
      const dv = cell.dataValidation;
      if (dv && dv.type === "list" && dv.formulae?.length) validations[cell.address] = String(dv.formulae[0]);
    }),
  );
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const tables = (ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref: string } }[]).map((t) => ({
    name: t.table.name,
    ref: t.table.tableRef ?? t.table.ref,
  }));
  const cfs = ((ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings ?? []).map((cf) => ({
    ref: cf.ref,
    formulae: cf.rules.flatMap((r) => r.formulae ?? []),
  }));
  const columns: ReadSheet["columns"] = [];
  for (let i = 1; i <= ws.columnCount; i++) {
    const c = ws.getColumn(i);
    columns.push({ index: i - 1, width: c.width, hidden: !!c.hidden });
  }
  const rows: ReadSheet["rows"] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined || row.hidden) rows.push({ index: r - 1, ...(row.height !== undefined ? { height: row.height } : {}), hidden: !!row.hidden });
  });
  const ps = ws.pageSetup;
  return {
    name: ws.name,
    hidden: ws.state !== "visible",
    rows,
    merges: [...((ws as unknown as { model: { merges?: string[] } }).model.merges ?? [])],
    page: {
      paperSize: ps.paperSize,
      orientation: ps.orientation,
      fitToPage: ps.fitToPage,
      fitToWidth: ps.fitToWidth,
      fitToHeight: ps.fitToHeight,
      printTitlesRow: ps.printTitlesRow,
      printTitlesColumn: ps.printTitlesColumn,
      printArea: ps.printArea,
      header: ws.headerFooter?.oddHeader,
      footer: ws.headerFooter?.oddFooter,
    },
    cells,
    tables,
    validations,
    conditionalFormats: cfs,
    freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : undefined,
    columns,
  };
}
