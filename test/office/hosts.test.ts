// The office-js path on hosts that differ from the documentation's ideal: responses limited like
// Excel on the web, ids reused like Excel on the Mac, features that throw although claimed, and
// the page setup of every sheet.
import { applyPlan } from "../../src/adapters/office/applyPlan";
import { readPreviousBookInExcel } from "../../src/adapters/office/readPreviousBook";
import { buildWorkbookPlan } from "../../src/core/workbook";
import { DC } from "../../src/core/workbook/dataSheet";
import { catalog, goldFacts } from "../workbook/fixtures";
import { addr, createFakeExcel, emptyWorkbook } from "./fakeExcel";
import { byName, refreshInFake, shown } from "./refreshInFake";

const facts = goldFacts();

describe("the office-js path on every host", () => {
  it("reads a book back in chunks, every response under the limit, and gets every row", async () => {
    const model = emptyWorkbook();
    await refreshInFake(model, facts, "2025-07-14 09:00:00");
    const whole = await readPreviousBookInExcel({ run: createFakeExcel({ model }).run });
    const limit = 40_000;
    const small = createFakeExcel({ model, responseLimitBytes: limit });
    const chunked = await readPreviousBookInExcel({ run: small.run, maxResponseBytes: limit * 0.8 });
    expect(chunked.previous).toEqual(whole.previous);
    expect(chunked.previous!.rows).toHaveLength(facts.length);
    expect(small.rec.largestResponseBytes).toBeLessThanOrEqual(limit);
    // more round trips than the whole read, each under the limit
    expect(chunked.syncs).toBeGreaterThan(whole.syncs);
    // and a host refuses a response over its limit, as Excel on the web does
    const refusing = createFakeExcel({ model, responseLimitBytes: limit });
    await expect(readPreviousBookInExcel({ run: refusing.run, maxResponseBytes: 10 * limit })).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });

  it("never clears a sheet that only has our recorded id: Excel on the Mac may give it to a new sheet", async () => {
    const model = emptyWorkbook();
    await refreshInFake(model, facts, "2025-07-14 09:00:00");
    const ourId = byName(model, "Dữ liệu").id;
    // the user deletes our data sheet; the next sheet they add gets its id
    const fake = createFakeExcel({ model, reuseIds: true });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Dữ liệu").delete();
      await ctx.sync();
      const mine = ctx.workbook.worksheets.add("Sổ tay");
      mine.getRange("A1").values = [["của tôi"]];
      await ctx.sync();
    });
    expect(byName(model, "Sổ tay").id).toBe(ourId);
    const r = await refreshInFake(model, facts, "2025-07-14 10:00:00", { apiVersion: "1.18" });
    expect(r.read.previous).toBeUndefined();
    expect(byName(model, "Sổ tay").cells.get("A1")?.value).toBe("của tôi");
    expect([...byName(model, "Sổ tay").cells.keys()]).toEqual(["A1"]);
    expect(byName(model, "Dữ liệu").id).not.toBe(ourId);
    expect(byName(model, "Dữ liệu").cells.get(addr(0, DC.factKey))?.value).toBe("Khóa");
  });

  it("leaves out what a host refuses (comments on builds that claim ExcelApi 1.10) and says so; the write stands", async () => {
    const plan = buildWorkbookPlan(facts, { lang: "vi", catalog, units: "new" });
    expect(plan.sheets.some((s) => s.blocks.some((b) => b.cells.some((r) => r.some((c) => c.note))))).toBe(true);
    const fake = createFakeExcel({ apiVersion: "1.10", refuse: ["comments"] });
    const summary = await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    expect(summary.skipped).toEqual(["notes"]);
    expect(shown(fake.model).map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(byName(fake.model, "Dữ liệu").cells.size).toBeGreaterThan(100);
    expect(fake.model.sheets.filter((s) => s.name.startsWith("CT~"))).toEqual([]);
    // a host refusing the page layout and the chart: both named, nothing else lost
    const other = createFakeExcel({ apiVersion: "1.18", refuse: ["pageLayout", "charts"] });
    const s2 = await applyPlan(plan, { run: other.run, isSetSupported: other.isSetSupported });
    expect(s2.skipped.sort()).toEqual(["charts", "pageLayout"]);
    expect(byName(other.model, "So sánh").conditionalFormats.length).toBeGreaterThan(0);
    expect(byName(other.model, "So sánh").validations.length).toBe(1);
  });

  it("sets every sheet for A4, fitted to one page wide, with print titles, area, header, footer and breaks", async () => {
    const plan = buildWorkbookPlan(facts, { lang: "vi", catalog });
    const fake = createFakeExcel({ apiVersion: "1.9" });
    await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    for (const sp of plan.sheets) {
      const s = byName(fake.model, sp.name);
      const p = sp.page!;
      expect({ sheet: sp.name, ...s.page }).toMatchObject({
        sheet: sp.name,
        paperSize: "A4",
        orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: p.fitTall },
        printTitleRows: `$${p.titleRows![0] + 1}:$${p.titleRows![1] + 1}`,
        printArea: p.area,
        leftHeader: p.header.left,
        rightHeader: p.header.right,
        centerFooter: p.footer.center,
      });
      expect(s.pageBreaks).toEqual(p.breaks.map((r) => `A${r + 1}`));
      expect(s.merges.sort()).toEqual([...(sp.merges ?? [])].sort());
      for (const r of sp.rows ?? []) if (r.height) expect(s.rows.get(r.index)?.height).toBe(r.height);
      expect([...s.borders.keys()].map((k) => k.split("|")[0])).toEqual(expect.arrayContaining(sp.borders ?? []));
    }
    // below 1.9 there is no page layout API: left out, and said
    const old = createFakeExcel({ apiVersion: "1.8" });
    expect((await applyPlan(plan, { run: old.run, isSetSupported: old.isSetSupported })).skipped).toContain("pageLayout");
  });
});
