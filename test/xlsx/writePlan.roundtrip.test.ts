import { readBook } from "../../src/adapters/xlsx/readBook";
import { writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { colLetter } from "../../src/core/workbook/address";
import { catalog, cellsOf, goldFacts } from "../workbook/fixtures";

describe("writePlan round trip (written as package parts, read back with exceljs)", () => {
  const plan = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog });
  let book: Awaited<ReturnType<typeof readBook>>;

  beforeAll(async () => {
    book = await readBook(await writePlanToBuffer(plan));
  });

  it("keeps the sheets in order", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("writes every plan cell: values as values, formulas as formulas, with their formats", () => {
    plan.sheets.forEach((sp, i) => {
      const read = book.sheets[i]!;
      for (const [addr, c] of cellsOf(sp)) {
        const got = read.cells[addr];
        if (c.f !== undefined) expect({ addr, f: got?.f }).toEqual({ addr, f: c.f });
        else expect({ addr, v: got?.v }).toEqual({ addr, v: c.v });
        if (c.fmt) expect({ addr, fmt: got?.fmt }).toEqual({ addr, fmt: c.fmt });
        else if (c.text) expect({ addr, fmt: got?.fmt }).toEqual({ addr, fmt: "@" });
      }
    });
  });

  it("adds nothing beyond the plan's cells", () => {
    plan.sheets.forEach((sp, i) => {
      const planned = cellsOf(sp);
      for (const [addr, got] of Object.entries(book.sheets[i]!.cells)) {
        if (planned.has(addr)) continue;
        expect({ addr, v: got.v, f: got.f }).toEqual({ addr, v: undefined, f: undefined });
      }
    });
  });

  it("defines every name with its range", () => {
    for (const n of plan.names) expect({ n: n.name, r: book.names[n.name] }).toEqual({ n: n.name, r: [n.ref] });
  });

  it("writes tables, validations, conditional formats, frozen panes, column widths, row heights and merges", () => {
    plan.sheets.forEach((sp, i) => {
      const read = book.sheets[i]!;
      expect(read.tables).toEqual(sp.tables.map((t) => ({ name: t.name, ref: t.ref })));
      for (const v of sp.validations) {
        const first = v.ref.split(":")[0]!;
        expect(read.validations[first]).toBe(v.listFormula ?? `"${v.list!.join(",")}"`);
      }
      expect(read.conditionalFormats).toEqual(sp.conditionalFormats.map((cf) => ({ ref: cf.ref, formulae: cf.rules.map((r) => r.formula) })));
      expect(read.freeze).toEqual(sp.freeze);
      for (const c of sp.columns) {
        const rc = read.columns[c.index]!;
        expect({ i: c.index, w: rc.width, h: rc.hidden }).toEqual({ i: c.index, w: c.width, h: !!c.hidden });
      }
      for (const r of sp.rows ?? []) {
        expect(read.rows.find((x) => x.index === r.index)).toEqual({ index: r.index, ...(r.height !== undefined ? { height: r.height } : {}), hidden: !!r.hidden });
      }
      expect([...read.merges].sort()).toEqual([...(sp.merges ?? [])].sort());
    });
  });

  it("sets every sheet for A4, fitted to one page wide, with its print titles, area, header and footer", () => {
    plan.sheets.forEach((sp, i) => {
      const p = book.sheets[i]!.page;
      const pp = sp.page!;
      expect({ sheet: sp.name, paper: p.paperSize, fit: p.fitToPage, wide: p.fitToWidth, tall: p.fitToHeight, o: p.orientation }).toEqual({
        sheet: sp.name, paper: 9, fit: true, wide: 1, tall: pp.fitTall, o: pp.orientation,
      });
      expect(p.printTitlesRow).toBe(`${pp.titleRows![0] + 1}:${pp.titleRows![1] + 1}`);
      if (pp.titleCols) expect(p.printTitlesColumn).toBe(`${colLetter(pp.titleCols[0])}:${colLetter(pp.titleCols[1])}`);
      expect(p.printArea).toBe(pp.area);
      expect(p.header).toBe(`&L${pp.header.left}&R${pp.header.right}`);
      expect(p.footer).toBe(`&C${pp.footer.center}`);
    });
  });

  it("keeps the ownership record in a very hidden sheet", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writePlanToBuffer(plan)) as unknown as ArrayBuffer);
    const meta = wb.worksheets.filter((ws) => ws.state === "veryHidden");
    expect(meta.map((ws) => ws.name)).toEqual(["CT_meta"]);
    expect(meta[0]!.getCell("A1").value).toBe("chi-tieu/meta");
  });
});
