// CSV exports: the delimiter is whatever the office's Excel used (";" where "," is the decimal
// mark, "," or tab elsewhere), quoted fields may hold delimiters and newlines; the encoding goes
// through the same detection as .txt (UTF-8, UTF-16, windows-1258, TCVN3, VNI).
import { ReadDocument, ReadError, ReadTable, TableCell } from "./types";
import { decodeText } from "./txt";
import { renderTableRows } from "./renderTable";

function pickDelimiter(text: string): string {
  const head = text.split(/\r?\n/).slice(0, 20).join("\n").replace(/"[^"]*"/g, "");
  const counts = [";", ",", "\t", "|"].map((d) => ({ d, n: head.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n ? counts[0].d : ",";
}

export function parseCsv(text: string, delimiter = pickDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && !field) quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const colName = (c: number) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export function readCsv(name: string, bytes: Uint8Array): ReadDocument {
  const { text: raw, notes } = decodeText(name, bytes);
  const grid = parseCsv(raw.replace(/^\ufeff/, ""));
  const rows: TableCell[][] = grid
    .map((r, ri) => r.map((t, ci) => ({ text: t.trim(), row: ri, col: ci, address: `${colName(ci)}${ri + 1}` })).filter((c) => c.text))
    .filter((r) => r.length);
  if (!rows.length) throw new ReadError(name, "the CSV file has no cells with content");
  const table: ReadTable = { rows, sheet: name.replace(/\.[^.]+$/, ""), start: 0 };
  const text = renderTableRows(table);
  table.end = text.length;
  return { name, text, tables: [table], notes: [...notes, "read as one table"] };
}
