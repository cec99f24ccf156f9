import { readBook } from "../../src/adapters/xlsx/readBook";
import { writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { catalog, cellsOf, goldFacts } from "../workbook/fixtures";

describe("writePlan round trip (exceljs)", () => {
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
      }
    });
  });

  it("adds nothing beyond the plan's cells: the chart is drawn, so its anchor carries no note", () => {
    plan.sheets.forEach((sp, i) => {
      const planned = cellsOf(sp);
      for (const [addr, got] of Object.entries(book.sheets[i]!.cells)) {
        if (planned.has(addr)) continue;
        expect({ addr, v: got.v }).toEqual({ addr, v: undefined });
      }
    });
  });

  it("defines every name with its range", () => {
    for (const n of plan.names) expect({ n: n.name, r: book.names[n.name] }).toEqual({ n: n.name, r: [n.ref] });
  });

  it("writes tables, validations, conditional formats, frozen panes and column widths", () => {
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
    });
  });
});
