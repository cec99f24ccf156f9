import JSZip from "jszip";
import { readBook } from "../../src/adapters/xlsx/readBook";
import { writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { catalog, fact } from "../workbook/fixtures";

const HOSTILE = ['=HYPERLINK("http://x","y")', "+SUM(1,2)", "-2+3", "@cmd", "=1+1"];

describe("formula injection", () => {
  const facts = HOSTILE.map((s, i) =>
    fact({
      entity: s,
      indicator: "budget_revenue",
      period: "2023",
      value: 100 + i,
      doc: `${s}.txt`,
      warnings: [s],
      source: { start: 0, end: s.length, text: s },
    }),
  );
  const plan = buildWorkbookPlan(facts, { lang: "vi", catalog });

  it("keeps document text as text in the plan", () => {
    for (const s of plan.sheets)
      for (const b of s.blocks)
        for (const row of b.cells)
          for (const c of row) {
            if (c.f !== undefined) expect(HOSTILE.some((h) => c.f!.includes(h.slice(1)) && c.f!.startsWith(h.slice(1)))).toBe(false);
            if (typeof c.v === "string" && HOSTILE.includes(c.v)) expect(c.text).toBe(true);
          }
  });

  it("writes hostile strings as strings, never as formulas", async () => {
    const buf = await writePlanToBuffer(plan);
    const book = await readBook(buf);
    const data = book.sheets.find((s) => s.name === "Dữ liệu")!;
    const entities = Object.entries(data.cells).filter(([a]) => /^A\d+$/.test(a) && a !== "A1").map(([, c]) => c);
    expect(entities.map((c) => c.v).sort()).toEqual([...HOSTILE].sort());
    for (const c of entities) expect(c.f).toBeUndefined();
    const quotes = Object.entries(data.cells).filter(([a]) => /^M\d+$/.test(a) && a !== "M1").map(([, c]) => c);
    expect(quotes.map((c) => c.v).sort()).toEqual([...HOSTILE].sort());

    // and in the file itself no <f> element holds any of them
    const zip = await JSZip.loadAsync(buf);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!);
      for (const f of formulas) expect(/^(HYPERLINK|SUM\(1|1\+1|2\+3|cmd)/.test(f)).toBe(false);
    }
  });
});
