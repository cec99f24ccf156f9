// Refreshing inside Excel keeps the owned sheets themselves (ExcelApi 1.9: staged content is
// copied into them), so formulas in the user's own sheets that point at them keep working and
// read the new figures. Below 1.9 the sheets are replaced and the summary says references may
// need repair. A failure while staging leaves every old sheet as it was.
import { applyPlan } from "../../src/adapters/office/applyPlan";
import { DC } from "../../src/core/workbook/dataSheet";
import { goldFacts } from "../workbook/fixtures";
import { addr, createFakeExcel, emptyWorkbook, newSheet, parseA1, type FakeWorkbookModel } from "./fakeExcel";
import { byName, refreshInFake, rowOfKey, shown } from "./refreshInFake";

/** The value a single-cell reference such as 'Dữ liệu'!$H$5 reads (the fake computes nothing else). */
function readRef(model: FakeWorkbookModel, formula: string): unknown {
  const m = /^'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+)$/.exec(formula);
  if (!m) throw new Error(`not a single-cell reference: ${formula}`);
  const sheet = byName(model, m[1].replace(/''/g, "'"));
  const r = parseA1(m[2]);
  return sheet.cells.get(addr(r.row, r.col))?.value;
}

const facts = goldFacts();
const target = facts.find((f) => f.entity === "Hà Tĩnh" && f.measure === "value" && f.basis === "actual")!;
const changed = facts.map((f) => (f === target ? { ...f, value: f.value + 1 } : f));

/** A first write, then a sheet of the user's whose formulas point at the data and comparison sheets. */
async function bookWithUserFormulas(apiVersion = "1.18") {
  const model = emptyWorkbook();
  const first = await refreshInFake(model, facts, "2025-07-14 09:00:00", { apiVersion });
  // the keys are what a read-back reports
  const again = await refreshInFake(model, facts, "2025-07-14 09:30:00", { apiVersion });
  const key = again.read.previous!.rows.find((r) => JSON.stringify(r.fact) === JSON.stringify(target))!.key;
  const row = rowOfKey(byName(model, "Dữ liệu"), key);
  const valueRef = `'Dữ liệu'!$${addr(row, DC.value).replace(/(\d+)$/, "$$$1")}`;
  const mine = newSheet("Báo cáo của tôi");
  mine.cells.set("A1", { formula: valueRef });
  mine.cells.set("A2", { formula: "SUM('So sánh'!C:C)" });
  model.sheets.push(mine);
  model.names.set("SoCuaToi", valueRef);
  return { model, first, valueRef, ids: () => [byName(model, "Dữ liệu").id, byName(model, "So sánh").id] };
}

describe("refresh in place inside Excel", () => {
  it("keeps the user's formulas that point at Dữ liệu and So sánh working, reading the new figures", async () => {
    const { model, valueRef, ids } = await bookWithUserFormulas();
    const idsBefore = ids();
    expect(readRef(model, valueRef)).toBe(target.value);
    const r = await refreshInFake(model, changed, "2025-07-15 08:00:00");
    expect(r.planned.summary.changed.map((c) => c.key)).toHaveLength(1);
    expect(r.summary.skipped).toEqual([]);
    const mine = byName(model, "Báo cáo của tôi");
    expect(mine.cells.get("A1")?.formula).toBe(valueRef);
    expect(mine.cells.get("A2")?.formula).toBe("SUM('So sánh'!C:C)");
    expect(model.names.get("SoCuaToi")).toBe(valueRef);
    expect(ids()).toEqual(idsBefore);
    expect(readRef(model, valueRef)).toBe(target.value + 1);
    // no staging sheet is left, and no sheet was duplicated
    expect(model.sheets.filter((s) => s.name.startsWith("CT~"))).toEqual([]);
    expect(shown(model).map((s) => s.name)).toEqual([...r.planned.plan.sheets.map((s) => s.name), "Báo cáo của tôi"]);
    for (const s of model.sheets) for (const c of s.cells.values()) expect(c.formula ?? "").not.toContain("#REF!");
  });

  it("leaves the sheets exactly as a first write of the same plan would: cells, tables, validations, formats, charts, layout, page", async () => {
    const { model } = await bookWithUserFormulas();
    const r = await refreshInFake(model, changed, "2025-07-15 08:00:00");
    const fresh = createFakeExcel({ apiVersion: "1.18" });
    await applyPlan(r.planned.plan, { run: fresh.run, isSetSupported: fresh.isSetSupported });
    for (const s of shown(fresh.model)) {
      const got = byName(model, s.name);
      const norm = (x: typeof s) => ({
        cells: Object.fromEntries([...x.cells].filter(([, c]) => c.formula !== undefined || c.value !== undefined || c.style)),
        tables: x.tables,
        validations: x.validations,
        cf: x.conditionalFormats,
        charts: x.charts,
        freeze: x.freeze,
        columns: Object.fromEntries([...x.columns].filter(([, c]) => c.width !== undefined || c.hidden).map(([i, c]) => [i, { width: c.width, hidden: !!c.hidden }])),
        notes: [...x.notes],
        merges: [...x.merges].sort(),
        borders: [...x.borders].sort(),
        rows: Object.fromEntries([...x.rows].filter(([, r]) => r.height !== undefined || r.hidden).map(([i, r]) => [i, { height: r.height, hidden: !!r.hidden }])),
        page: x.page,
        breaks: x.pageBreaks,
      });
      expect(norm(got)).toEqual(norm(s));
    }
  });

  it("keeps the syncs bounded: a first write and a refresh each take a fixed number of round trips", async () => {
    const model = emptyWorkbook();
    const first = await refreshInFake(model, facts, "2025-07-14 09:00:00");
    const again = await refreshInFake(model, changed, "2025-07-15 08:00:00");
    // First write: 1 read; write: state, stage, commit, formats, chart.
    // Refresh: reads: state and record, extents, rows; write: state, record, stage, commit, formats, chart.
    expect(first.readSyncs + first.writeSyncs).toBeLessThanOrEqual(6);
    expect(again.readSyncs).toBeLessThanOrEqual(3);
    expect(again.writeSyncs).toBeLessThanOrEqual(6);
  });

  it("below ExcelApi 1.9 replaces the sheets and says that the user's references may need repair", async () => {
    const { model, valueRef } = await bookWithUserFormulas("1.8");
    const r = await refreshInFake(model, changed, "2025-07-15 08:00:00", { apiVersion: "1.8" });
    expect(r.summary.skipped).toContain("inPlaceRefresh");
    // what the fake models, and the reason for the message: the old sheet is gone
    expect(byName(model, "Báo cáo của tôi").cells.get("A1")?.formula).not.toBe(valueRef);
    expect(byName(model, "Báo cáo của tôi").cells.get("A1")?.formula).toContain("#REF!");
  });

  it("leaves the old sheets and the user's formulas untouched when staging fails half-way", async () => {
    const { model } = await bookWithUserFormulas();
    const snapshot = () => JSON.stringify(model.sheets.map((s) => [s.id, s.name, [...s.cells], s.tables, s.validations, s.conditionalFormats, s.charts, [...s.notes]]));
    const before = snapshot();
    const namesBefore = JSON.stringify([...model.names]);
    // read: 2 syncs; write: state 1, meta 2, then staging in small requests: fail on the second of those
    await expect(refreshInFake(model, changed, "2025-07-15 08:00:00", { failOnSync: 6, maxRequestBytes: 40_000 })).rejects.toThrow(/simulated/);
    expect(snapshot()).toBe(before);
    expect(JSON.stringify([...model.names])).toBe(namesBefore);
    // the next refresh works and finds the same sheets
    const r = await refreshInFake(model, changed, "2025-07-15 09:00:00");
    expect(r.read.previous?.rows.length).toBeGreaterThan(50);
    expect(model.sheets.filter((s) => s.name.startsWith("CT~"))).toEqual([]);
  });
});
