// The Excel the pane needs (ExcelApi 1.7), and what it tells the user of an older one.
import { excelTooOld, TOO_OLD } from "../../src/taskpane/excelVersion";

/** A host that supports ExcelApi up to 1.`minor`. */
const upTo = (minor: number) => (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= minor && v.startsWith("1.");

describe("the Excel the add-in needs", () => {
  test("ExcelApi 1.7 or later: the pane opens", () => {
    expect(excelTooOld(upTo(17))).toBe(false);
  });
  test("Excel 2016 bought once (ExcelApi 1.1 only), or a host that cannot say: too old", () => {
    expect(excelTooOld(upTo(1))).toBe(true);
    expect(excelTooOld(() => { throw new Error("no requirements API"); })).toBe(true);
  });
  test.each(["vi", "en"] as const)("the %s message names the Excel versions that work and points Excel 2016 to chi-tieu build", (lang) => {
    const t = TOO_OLD[lang];
    const all = Object.values(t).join(" ");
    for (const v of ["ExcelApi 1.7", "Excel 2019", "Excel 2021", "Excel 2024", "Microsoft 365", "Excel 2016"]) expect(all).toContain(v);
    expect(all).toContain(lang === "vi" ? "Excel trên web" : "Excel on the web");
    expect(t.command).toMatch(/^npx chi-tieu build \S+\/ --out \S+\.xlsx$/);
    expect(all).not.toMatch(/Excel 2016 or later|Excel 2016 trở lên/);
  });
});
