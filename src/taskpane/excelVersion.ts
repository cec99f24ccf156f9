// The Excel the add-in needs: ExcelApi 1.7 (the manifest's minimum). Excel 2016 bought once has
// ExcelApi 1.1 only; Excel 2019, 2021, 2024, Microsoft 365 and Excel on the web have 1.7. On an
// older Excel the pane says so at once — and points to the command line, whose .xlsx opens in
// Excel 2016 — instead of failing when the user writes.
import type { Lang } from "./i18n";

export const MIN_EXCEL_API = "1.7";

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** True when this Excel lacks what the add-in needs. */
export function excelTooOld(isSetSupported: IsSetSupported): boolean {
  try {
    return !isSetSupported("ExcelApi", MIN_EXCEL_API);
  } catch {
    return true;
  }
}

export interface TooOldText {
  title: string;
  body: string;
  instead: string;
  command: string;
  after: string;
}

export const TOO_OLD: Record<Lang, TooOldText> = {
  vi: {
    title: "Phiên bản Excel này quá cũ cho Chỉ tiêu",
    body: `Phần bổ trợ cần ExcelApi ${MIN_EXCEL_API}: Excel 2019, Excel 2021, Excel 2024, Microsoft 365 hoặc Excel trên web.`,
    instead: "Với Excel 2016, hãy dùng dòng lệnh Chỉ tiêu trên máy tính:",
    command: "npx chi-tieu build bao-cao/ --out so-sanh.xlsx",
    after: "Tệp .xlsx tạo ra (bảng so sánh với công thức) mở được trong Excel 2016.",
  },
  en: {
    title: "This version of Excel is too old for Chỉ tiêu",
    body: `The add-in needs ExcelApi ${MIN_EXCEL_API}: Excel 2019, Excel 2021, Excel 2024, Microsoft 365 or Excel on the web.`,
    instead: "With Excel 2016, use the Chỉ tiêu command line on the computer instead:",
    command: "npx chi-tieu build reports/ --out comparison.xlsx",
    after: "The .xlsx it writes (the comparison book, with its formulas) opens in Excel 2016.",
  },
};
