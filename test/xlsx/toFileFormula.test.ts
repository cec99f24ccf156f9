import JSZip from "jszip";
import { toFileFormula, writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { catalog, goldFacts } from "../workbook/fixtures";

describe("toFileFormula", () => {
  it("prefixes post-2007 functions with _xlfn. outside string literals only", () => {
    expect(toFileFormula('=IF(A1="","",AGGREGATE(15,6,B:B/(C:C="AGGREGATE("),1))')).toBe(
      'IF(A1="","",_xlfn.AGGREGATE(15,6,B:B/(C:C="AGGREGATE("),1))',
    );
    expect(toFileFormula("SUMIFS(CT_Value,CT_Group,A5)")).toBe("SUMIFS(CT_Value,CT_Group,A5)");
    expect(toFileFormula("_xlfn.AGGREGATE(14,6,A1,1)")).toBe("_xlfn.AGGREGATE(14,6,A1,1)");
  });

  it("is what the summary sheet's XML holds", async () => {
    const buf = await writePlanToBuffer(buildWorkbookPlan(goldFacts(), { lang: "vi", catalog }));
    const zip = await JSZip.loadAsync(buf);
    const xml = (await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet")).map((n) => zip.file(n)!.async("string")))).join("");
    expect(xml).toContain("_xlfn.AGGREGATE(15,6,");
    expect(xml).not.toMatch(/[^.]AGGREGATE\(/);
  });
});
