// A workbook Chỉ tiêu wrote (by the command line or by the add-in inside Excel) carries its
// ownership record in a veryHidden sheet whose first cell is the marker (see
// src/core/workbook/metaSheet.ts). Among the sources such a book is not a report: its figures
// came from reports, and reading them back would count every fact twice.
import JSZip from "jszip";
import { sniff } from "../adapters/readers/containers";
import { META_MARKER, META_SHEET_NAME } from "../core/workbook/metaSheet";

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** True when the bytes are an .xlsx holding Chỉ tiêu's veryHidden record sheet and its marker. */
export async function isOwnWorkbook(bytes: Uint8Array): Promise<boolean> {
  if (sniff(bytes) !== "zip") return false;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return false; // not a readable zip: the reader will say what is wrong with it
  }
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (!workbook) return false;
  const sheet = new RegExp(`<(?:\\w+:)?sheet\\b[^>]*\\bname="${xmlEscape(META_SHEET_NAME)}"[^>]*>`).exec(workbook)?.[0];
  if (!sheet || !/\bstate="veryHidden"/.test(sheet)) return false;
  // the marker is a shared string (Excel, exceljs) or an inline one in a sheet
  const parts = [...zip.file(/^xl\/sharedStrings\.xml$/), ...zip.file(/^xl\/worksheets\/[^/]+\.xml$/)];
  for (const part of parts) if ((await part.async("string")).includes(META_MARKER)) return true;
  return false;
}
