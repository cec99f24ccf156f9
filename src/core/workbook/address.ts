// A1 addressing for plan builders; all positions are 0-based (row 0 is Excel row 1).

export function colLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

export function absA1(row: number, col: number): string {
  return `$${colLetter(col)}$${row + 1}`;
}

export function range(r1: number, c1: number, r2: number, c2: number): string {
  return `${a1(r1, c1)}:${a1(r2, c2)}`;
}

/** Sheet names are always quoted: Vietnamese names hold spaces and diacritics. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

export function absRange(sheet: string, r1: number, c1: number, r2: number, c2: number): string {
  return sheetRef(sheet, `${absA1(r1, c1)}:${absA1(r2, c2)}`);
}

/** A string literal inside a formula: double quotes are doubled. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
