// `chi-tieu --help`, `chi-tieu help extract`, `chi-tieu help build`: usage, options and examples.

export const GENERAL = `chi-tieu — indicator figures from Vietnamese provincial reports, into a comparison workbook

usage:
  chi-tieu extract <files or folders…> [options]               facts as JSON Lines on stdout
  chi-tieu build <files, folders, facts.jsonl…> --out BOOK.xlsx  write or refresh the comparison workbook
  chi-tieu help [extract|build]                                options and examples
  chi-tieu --version

Reads .txt .docx .doc .pdf .html .xlsx .xls .csv reports (Vietnamese; TCVN3, VNI and windows-1258
text too).
Folders are read with their subfolders; hidden and temporary files (~$x.docx, .~lock…#, x.tmp)
are passed over. Nothing leaves the machine.

examples:
  chi-tieu extract bao-cao/ > facts.jsonl
  chi-tieu build bao-cao/ --out so-sanh.xlsx
`;

export const EXTRACT = `usage: chi-tieu extract <files or folders…> [--entity NAME] [--date YYYY-MM-DD] [--jobs N]

Reads every report and prints one fact per line (JSON Lines) on stdout: doc, entity, indicator,
period, basis, measure, value (in the indicator's canonical unit), unit, qualifier, and the exact
source words with their offsets. Problems go to stderr, one line per file ("error: x.pdf: the PDF
has no text layer…"); figures read with a doubt carry a "warnings" list. A facts file (.jsonl)
among the inputs is checked and printed again, so earlier facts can be merged with new ones.

options:
  --entity NAME       the unit the reports speak for, when the text does not say it
                      ("Hà Tĩnh", "TP Hà Tĩnh"); figures attributed to another unit keep theirs
  --date YYYY-MM-DD   the reports' date, when the text has none (YYYY-MM or YYYY also accepted)
  --jobs N            extraction threads (default: one per core for large inputs)

exit status: 0 when at least one report was read, 1 when none could be, 2 for a usage error.

examples:
  chi-tieu extract bao-cao/ > facts.jsonl
  chi-tieu extract "BC 6 thang.docx" --entity "Hà Tĩnh" --date 2024-07-15
  chi-tieu extract bao-cao/ | grep budget_revenue
`;

export const BUILD = `usage: chi-tieu build <files, folders or facts.jsonl…> --out BOOK.xlsx [options]

Writes the comparison workbook: So sánh (plan, actual, % of plan, status and rank per unit, live
formulas with a period drop-down), Tổng hợp (summary), Dữ liệu (every fact with its source words
and an override column), Nhật ký (change log). The .xlsx opens in Excel 2016 and later.

When BOOK.xlsx exists it is refreshed in place: overrides, your own sheets and columns stay; a
source that fails to read keeps its earlier facts, marked; the log records what changed.

Sources are reports, or facts files (.jsonl) as printed by extract — checked or corrected by hand
in between. A facts file with a bad line is refused whole, naming the line. The book being
written, and any workbook Chỉ tiêu made, are passed over when they sit among the sources.

options:
  --out BOOK.xlsx, -o  the workbook to write or refresh (required)
  --period P          the period the comparison opens on: 2024, 2024-H1, 2024-Q3, 2024-YTD09…
  --lang vi|en        sheet names and labels (default: the book's, else vi)
  --units old|new     the 63 provinces, or the 34 units of Resolution 202/2025/QH15
                      (default: the book's, else old)
  --indicators a,b    only these indicators (ids from the catalog, e.g. budget_revenue,grdp_growth)
  --entity, --date, --jobs   as for extract

exit status: 0 when the book was written, 1 when nothing could be read or written, 2 for a usage error.

examples:
  chi-tieu build bao-cao/ --out so-sanh.xlsx
  chi-tieu build bao-cao/ --out bao-cao/so-sanh.xlsx      (the book inside its sources: skipped)
  chi-tieu extract bao-cao/ > facts.jsonl                 (check, correct…)
  chi-tieu build facts.jsonl --out so-sanh.xlsx
`;

export function helpFor(command: string): string {
  return command === "extract" ? EXTRACT : command === "build" ? BUILD : GENERAL;
}
