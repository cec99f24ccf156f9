import { applyPlan } from "../../src/adapters/office/applyPlan";
import { OWNERSHIP_SETTING, parseOwnership } from "../../src/adapters/office/ownership";
import { writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import { readBook } from "../../src/adapters/xlsx/readBook";
import { buildWorkbookPlan } from "../../src/core/workbook";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { catalog, goldFacts } from "../workbook/fixtures";
import { createFakeExcel, emptyWorkbook, newSheet, sheetContents, addr, parseA1, type FakeWorkbookModel } from "./fakeExcel";

function goldPlan(lang: "vi" | "en" = "vi"): WorkbookPlan {
  return buildWorkbookPlan(goldFacts(), { lang, catalog });
}

/** A workbook the user already works in: two sheets of their own, one named like ours. */
function userWorkbook(plan: WorkbookPlan): FakeWorkbookModel {
  const model = emptyWorkbook();
  const clash = newSheet(plan.sheets[0].name);
  clash.cells.set("A1", { value: "của người dùng" });
  clash.cells.set("B2", { formula: "SUM(1,2)" });
  const notes = newSheet("Ghi chú");
  notes.cells.set("C3", { value: 42, numberFormat: "0.0" });
  model.sheets.push(clash, notes);
  model.names.set("TenCuaToi", "'Ghi chú'!$C$3");
  return model;
}

function snapshot(model: FakeWorkbookModel, name: string): string {
  const s = model.sheets.find((x) => x.name === name)!;
  return JSON.stringify({ id: s.id, cells: [...s.cells.entries()], tables: s.tables, charts: s.charts, cf: s.conditionalFormats, v: s.validations });
}

/** Chart anchors: the exceljs writer writes the plan's fallback note there; Excel draws the chart. */
function chartAnchors(plan: WorkbookPlan, sheetName: string): Set<string> {
  const sp = plan.sheets.find((s) => s.name === sheetName)!;
  return new Set(sp.charts.map((c) => addr(c.anchor.row, c.anchor.col)));
}

/** The sheets a user sees: the ownership record lives in a very hidden one. */
const shown = (m: FakeWorkbookModel) => m.sheets.filter((s) => s.visibility !== "VeryHidden");

const normFmt = (f?: string) => (f === undefined || f === "General" ? undefined : f);

describe("applyPlan (office-js writer) against the recording fake", () => {
  it("writes the whole gold-facts workbook in at most 5 syncs, each request under 5 MB", async () => {
    const plan = goldPlan();
    const fake = createFakeExcel();
    const summary = await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    expect(fake.rec.syncs).toBeLessThanOrEqual(5);
    expect(summary.syncs).toBe(fake.rec.syncs);
    expect(fake.rec.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(shown(fake.model).map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(summary.cells).toBeGreaterThan(100);
    // Every write batch pauses recalculation.
    expect(fake.rec.calcSuspended).toBeGreaterThanOrEqual(2);
  });

  it("writes the same cells (formulas, values, number formats) as the exceljs writer for the same plan", async () => {
    for (const lang of ["vi", "en"] as const) {
      const plan = goldPlan(lang);
      const fake = createFakeExcel();
      await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
      const book = await readBook(await writePlanToBuffer(plan));
      expect(shown(fake.model).map((s) => s.name)).toEqual(book.sheets.map((s) => s.name));
      for (const xs of book.sheets) {
        const office = sheetContents(fake.model.sheets.find((s) => s.name === xs.name)!);
        const skip = chartAnchors(plan, xs.name);
        const fromXlsx = new Map(
          Object.entries(xs.cells)
            .filter(([a]) => !skip.has(a))
            .map(([a, c]) => [a, { content: c.f !== undefined ? `=${c.f}` : c.v, numberFormat: normFmt(c.fmt) }]),
        );
        const fromOffice = new Map([...office].map(([a, c]) => [a, { content: c.content, numberFormat: normFmt(c.numberFormat) }]));
        expect(Object.fromEntries(fromOffice)).toEqual(Object.fromEntries(fromXlsx));
      }
      // Defined names point at the same ranges.
      const names = Object.fromEntries([...fake.model.names].map(([n, ref]) => [n, ref.replace(/\$/g, "")]));
      for (const [n, ranges] of Object.entries(book.names)) {
        expect(names[n]?.replace(/'/g, "")).toBe(ranges.join(",").replace(/\$/g, "").replace(/'/g, ""));
      }
      // Tables and validations carry over with their final names and refs.
      for (const sp of plan.sheets) {
        const fs = fake.model.sheets.find((s) => s.name === sp.name)!;
        expect(fs.tables.map((t) => [t.name, t.ref])).toEqual(sp.tables.map((t) => [t.name, t.ref]));
        expect(fs.conditionalFormats.length).toBe(sp.conditionalFormats.reduce((n, cf) => n + cf.rules.length, 0));
        expect(fs.charts.length).toBe(sp.charts.length);
      }
    }
  });

  it("never touches the user's sheets or names, and moves its own sheet aside when a name is taken", async () => {
    const plan = goldPlan();
    const model = userWorkbook(plan);
    const before = [snapshot(model, plan.sheets[0].name), snapshot(model, "Ghi chú")];
    const fake = createFakeExcel({ model });
    await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    expect([snapshot(model, plan.sheets[0].name), snapshot(model, "Ghi chú")]).toEqual(before);
    expect(model.names.get("TenCuaToi")).toBe("'Ghi chú'!$C$3");
    const moved = `${plan.sheets[0].name} (2)`;
    expect(model.sheets.map((s) => s.name)).toContain(moved);
    // Formulas that pointed at our first sheet now point at its new name, none at the user's.
    const allFormulas = model.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ""));
    const quotedOriginal = `'${plan.sheets[0].name}'!`;
    const planRefsFirst = JSON.stringify(plan).includes(quotedOriginal);
    expect(allFormulas.some((f) => f.includes(quotedOriginal) && f !== "SUM(1,2)")).toBe(false);
    if (planRefsFirst) expect(allFormulas.some((f) => f.includes(`'${moved}'!`)) || [...model.names.values()].some((r) => r.includes(`'${moved}'!`))).toBe(true);
  });

  it("replaces its own sheets on a second write and keeps the sheet count stable", async () => {
    const plan = goldPlan();
    const model = userWorkbook(plan);
    const fake = createFakeExcel({ model });
    await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    const afterFirst = model.sheets.map((s) => s.name);
    const userBefore = snapshot(model, "Ghi chú");
    const fake2 = createFakeExcel({ model });
    await applyPlan(goldPlan(), { run: fake2.run, isSetSupported: fake2.isSetSupported });
    expect(model.sheets.map((s) => s.name)).toEqual(afterFirst);
    expect(snapshot(model, "Ghi chú")).toBe(userBefore);
    // the record is read back (one round trip more than a first write); then stage, commit, formats, chart
    expect(fake2.rec.syncs).toBeLessThanOrEqual(6);
    const owned = parseOwnership(model.settings.get(OWNERSHIP_SETTING));
    expect(owned.sheets).toHaveLength(plan.sheets.length);
    expect(owned.pending).toEqual([]);
    // No formula was left pointing at a deleted sheet.
    for (const s of model.sheets) for (const c of s.cells.values()) expect(c.formula ?? "").not.toContain("#REF!");
    for (const ref of model.names.values()) expect(ref).not.toContain("#REF!");
  });

  it("splits big blocks into row chunks so that no request exceeds the limit", async () => {
    const plan = goldPlan();
    const limit = 24_000;
    const fake = createFakeExcel({ limitBytes: limit });
    await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported, maxRequestBytes: limit - 2_000 });
    expect(fake.rec.largestRequestBytes).toBeLessThanOrEqual(limit);
    expect(fake.rec.syncs).toBeGreaterThan(5);
    const reference = createFakeExcel();
    await applyPlan(plan, { run: reference.run, isSetSupported: reference.isSetSupported });
    for (const s of shown(reference.model)) {
      const chunked = fake.model.sheets.find((x) => x.name === s.name)!;
      expect(Object.fromEntries(sheetContents(chunked))).toEqual(Object.fromEntries(sheetContents(s)));
    }
  });

  it("leaves the old sheets intact and no temporary sheet behind when a write fails", async () => {
    const plan = goldPlan();
    const model = userWorkbook(plan);
    const first = createFakeExcel({ model });
    await applyPlan(plan, { run: first.run, isSetSupported: first.isSetSupported });
    const before = model.sheets.map((s) => snapshot(model, s.name));
    // A host whose request limit is far below one row: the write round trip is rejected.
    const failing = createFakeExcel({ model, limitBytes: 2_000 });
    await expect(applyPlan(plan, { run: failing.run, isSetSupported: failing.isSetSupported, maxRequestBytes: 1_000_000 })).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(model.sheets.map((s) => snapshot(model, s.name))).toEqual(before);
    expect(parseOwnership(model.settings.get(OWNERSHIP_SETTING)).pending).toEqual([]);
  });

  it("skips data validation below ExcelApi 1.8 and says so; refuses below 1.7", async () => {
    const plan = goldPlan();
    const fake = createFakeExcel({ apiVersion: "1.7" });
    const summary = await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    expect(summary.skipped).toContain("validations");
    expect(fake.model.sheets.every((s) => s.validations.length === 0)).toBe(true);
    const full = createFakeExcel({ apiVersion: "1.9" });
    expect((await applyPlan(plan, { run: full.run, isSetSupported: full.isSetSupported })).skipped).toEqual([]);
    if (plan.sheets.some((s) => s.validations.length)) expect(full.model.sheets.some((s) => s.validations.length > 0)).toBe(true);
    const old = createFakeExcel({ apiVersion: "1.6" });
    await expect(applyPlan(plan, { run: old.run, isSetSupported: old.isSetSupported })).rejects.toThrow(/too old/);
    expect(old.rec.syncs).toBe(0);
  });

  it("keeps text from documents as text, even when it looks like a formula or a number", async () => {
    const plan: WorkbookPlan = {
      lang: "vi",
      names: [],
      styles: { h: { bold: true } },
      sheets: [{
        key: "data", name: "Dữ liệu", columns: [], tables: [], validations: [], conditionalFormats: [], charts: [],
        blocks: [{ row: 0, col: 0, cells: [[
          { v: "=HYPERLINK(\"http://x\")", text: true },
          { v: "2023", text: true },
          { v: "-5%" },
          { v: "Hà Tĩnh", s: "h" },
          { v: 17946, fmt: "#,##0" },
          { f: "A1&B1" },
        ]] }],
      }],
    };
    const fake = createFakeExcel();
    await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    const c = sheetContents(fake.model.sheets[0]);
    expect(fake.model.sheets[0].cells.get("A1")?.value).toBe("=HYPERLINK(\"http://x\")");
    expect(fake.model.sheets[0].cells.get("A1")?.formula).toBeUndefined();
    expect(c.get("B1")).toEqual({ content: "2023", numberFormat: "@" });
    expect(c.get("C1")?.content).toBe("-5%");
    expect(c.get("E1")).toEqual({ content: 17946, numberFormat: "#,##0" });
    expect(c.get("F1")?.content).toBe("=A1&B1");
    expect(fake.model.sheets[0].cells.get("D1")?.style).toEqual({ bold: true });
  });

  it("rejects an invalid plan before the first sync", async () => {
    const plan = goldPlan();
    const bad = { ...plan, sheets: [{ ...plan.sheets[0], name: "Sheet/With:Bad*Chars" }, ...plan.sheets.slice(1)] };
    const fake = createFakeExcel();
    await expect(applyPlan(bad, { run: fake.run, isSetSupported: fake.isSetSupported })).rejects.toThrow(/sheet name/);
    expect(fake.rec.apiCalls).toBe(0);
  });

  it("parses A1 ranges in the fake like Excel", () => {
    expect(parseA1("$C$7:$D$9")).toEqual({ row: 6, col: 2, rows: 3, cols: 2 });
  });
});
