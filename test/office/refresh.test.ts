// Refreshing inside Excel, against the recording fake: read back what the add-in wrote (and what
// the user did to it), plan with the same core the CLI uses, write again. Same facts → not one
// cell changes; the user's override, column and sheet survive; a changed source flags the
// override and appends to the log; the cells equal what the exceljs writer makes of that plan.
import { applyPlan } from "../../src/adapters/office/applyPlan";
import { readPreviousBookInExcel } from "../../src/adapters/office/readPreviousBook";
import { readBook } from "../../src/adapters/xlsx/readBook";
import { writePlanToBuffer } from "../../src/adapters/xlsx/writePlan";
import type { Fact } from "../../src/core/facts/fact";
import { isUnchanged, planRefresh, type FailedSource } from "../../src/core/refresh";
import { DC, DATA_NCOLS } from "../../src/core/workbook/dataSheet";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { catalog, goldFacts } from "../workbook/fixtures";
import { addr, createFakeExcel, emptyWorkbook, newSheet, sheetContents, type FakeSheet, type FakeWorkbookModel } from "./fakeExcel";

const shown = (m: FakeWorkbookModel) => m.sheets.filter((s) => s.visibility !== "VeryHidden");
const byName = (m: FakeWorkbookModel, name: string) => m.sheets.find((s) => s.name === name)!;

/** Every visible cell of the book: content, number format and style, by "Sheet!A1". */
function cellsOfBook(m: FakeWorkbookModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of shown(m)) for (const [a, c] of s.cells) out.set(`${s.name}!${a}`, JSON.stringify([c.formula, c.value, c.numberFormat, c.style]));
  return out;
}

function changedCells(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** A refresh the way the pane does it in Excel: read back, plan, write. */
async function refreshInFake(model: FakeWorkbookModel, facts: Fact[], now: string, failed: FailedSource[] = []) {
  const fake = createFakeExcel({ model, apiVersion: "1.18" });
  const read = await readPreviousBookInExcel({ run: fake.run });
  const readSyncs = fake.rec.syncs;
  const planned = planRefresh(read.previous, facts, { catalog, now, failed, selectedPeriod: read.selectedPeriod, previousUnits: read.units });
  const summary = await applyPlan(planned.plan, { run: fake.run, isSetSupported: fake.isSetSupported });
  return { read, planned, readSyncs, writeSyncs: summary.syncs };
}

function rowOfKey(sheet: FakeSheet, key: string): number {
  for (let r = 1; r < 100_000; r++) {
    const c = sheet.cells.get(addr(r, DC.factKey));
    if (!c) break;
    if (c.value === key) return r;
  }
  throw new Error(`no row with key ${key}`);
}

describe("refresh inside Excel (office-js reader and writer, recording fake)", () => {
  const facts = goldFacts();

  it("keeps every cell, the user's override, column and sheet; flags the override when its source changes", async () => {
    const model = emptyWorkbook();
    const first = await refreshInFake(model, facts, "2025-07-14 09:00:00");
    expect(first.read.previous).toBeUndefined();
    // read the book, stage, commit, formats and page setup, the chart
    expect(first.writeSyncs).toBeLessThanOrEqual(5);

    // Same facts, nothing touched: not one cell changes, nothing is logged.
    const before0 = cellsOfBook(model);
    const again = await refreshInFake(model, facts, "2025-07-14 10:00:00");
    expect(again.read.previous?.rows.length).toBeGreaterThan(50);
    expect(isUnchanged(again.planned.summary)).toBe(true);
    expect(changedCells(before0, cellsOfBook(model))).toEqual([]);
    // reading back: the sheets and the record; where each sheet's rows are; the rows
    expect(again.readSyncs).toBeLessThanOrEqual(3);
    expect(again.writeSyncs).toBeLessThanOrEqual(6);

    // The user types an override, adds a column of their own beside the table and a sheet.
    const data = byName(model, "Dữ liệu");
    const target = facts.find((f) => f.entity === "Hà Tĩnh" && f.measure === "value" && f.basis === "actual")!;
    const key = again.read.previous!.rows.find((r) => JSON.stringify(r.fact) === JSON.stringify(target))?.key ?? "";
    expect(key).not.toBe("");
    const row = rowOfKey(data, key);
    data.cells.set(addr(row, DC.override), { value: 12345 });
    data.cells.set(addr(0, DATA_NCOLS), { value: "Ghi chú của tôi" });
    data.cells.set(addr(row, DATA_NCOLS), { value: "đã gọi điện xác nhận" });
    const mine = newSheet("Việc của tôi");
    mine.cells.set("A1", { value: "không được đụng vào" });
    model.sheets.push(mine);
    const mineBefore = JSON.stringify([...mine.cells]);

    // The first refresh after typing records what the override was made against (hidden column)
    // and gives the cells the user typed the column's formats; no content the user sees changes.
    const before1 = cellsOfBook(model);
    const r1 = await refreshInFake(model, facts, "2025-07-14 11:00:00");
    expect(isUnchanged(r1.planned.summary)).toBe(true);
    const after1 = cellsOfBook(model);
    const baseCell = `Dữ liệu!${addr(rowOfKey(byName(model, "Dữ liệu"), key), DC.overrideBase)}`;
    const userCol = `Dữ liệu!${addr(0, DATA_NCOLS).replace(/\d+$/, "")}`;
    const overrideCell = `Dữ liệu!${addr(rowOfKey(byName(model, "Dữ liệu"), key), DC.override)}`;
    const diffs = changedCells(before1, after1);
    expect(diffs).toContain(baseCell);
    expect(diffs.filter((k) => k !== baseCell && k !== overrideCell && !new RegExp(`^${userCol}\\d+$`).test(k))).toEqual([]);
    const content = (m: Map<string, string>, k: string) => (JSON.parse(m.get(k) ?? "[null,null]") as unknown[]).slice(0, 2);
    for (const k of diffs.filter((x) => x !== baseCell)) expect(content(after1, k)).toEqual(content(before1, k));
    // From then on, an unchanged source changes nothing at all.
    const before2 = cellsOfBook(model);
    await refreshInFake(model, facts, "2025-07-14 12:00:00");
    expect(changedCells(before2, cellsOfBook(model))).toEqual([]);
    const d2 = byName(model, "Dữ liệu");
    const row2 = rowOfKey(d2, key);
    expect(d2.cells.get(addr(row2, DC.override))?.value).toBe(12345);
    expect(d2.cells.get(addr(row2, DATA_NCOLS))?.value).toBe("đã gọi điện xác nhận");
    expect(JSON.stringify([...byName(model, "Việc của tôi").cells])).toBe(mineBefore);

    // The source now says something else: the override stays, is flagged, the log grows.
    const logRows = (m: FakeWorkbookModel) => [...byName(m, "Nhật ký").cells.keys()].filter((a) => a.startsWith("A")).length;
    const logBefore = logRows(model);
    const changed = facts.map((f) => (f === target ? { ...f, value: f.value + 1 } : f));
    const r3 = await refreshInFake(model, changed, "2025-07-15 08:00:00");
    expect(r3.planned.summary.changed.map((c) => c.key)).toEqual([key]);
    expect(r3.planned.summary.conflicts.map((c) => [c.key, c.override, c.base, c.now])).toEqual([[key, 12345, target.value, target.value + 1]]);
    const d3 = byName(model, "Dữ liệu");
    const row3 = rowOfKey(d3, key);
    expect(d3.cells.get(addr(row3, DC.override))?.value).toBe(12345);
    expect(d3.cells.get(addr(row3, DC.overrideBase))?.value).toBe(target.value);
    expect(d3.cells.get(addr(row3, DC.value))?.value).toBe(target.value + 1);
    expect(logRows(model)).toBeGreaterThan(logBefore);
    const log = [...byName(model, "Nhật ký").cells.values()].map((c) => c.value);
    expect(log).toContain("2025-07-15 08:00:00");
    expect(JSON.stringify([...byName(model, "Việc của tôi").cells])).toBe(mineBefore);

    // One plan, two writers: the refreshed book's cells equal what exceljs writes for that plan.
    await expectSameCellsAsXlsx(model, r3.planned.plan);
  });

  it("keeps a source that failed: its facts stay, marked, and the summary names it", async () => {
    const model = emptyWorkbook();
    await refreshInFake(model, facts, "2025-07-14 09:00:00");
    const doc = facts[0].doc;
    const r = await refreshInFake(model, facts.filter((f) => f.doc !== doc), "2025-07-14 10:00:00", [{ doc, reason: "không đọc được" }]);
    expect(r.planned.summary.failed.map((f) => f.doc)).toEqual([doc]);
    expect(r.planned.summary.stale.length).toBe(facts.filter((f) => f.doc === doc).length);
    expect(r.planned.facts.length).toBe(facts.length);
  });

  it("recognises its sheets from what it stored: a renamed one stays ours, a user's 'So sánh' does not", async () => {
    const model = emptyWorkbook();
    await refreshInFake(model, facts, "2025-07-14 09:00:00");
    byName(model, "Tổng hợp").name = "Tổng hợp (sếp xem)";
    byName(model, "So sánh").name = "So sánh cũ";
    const users = newSheet("So sánh");
    users.cells.set("A1", { value: "bảng của tôi" });
    model.sheets.push(users);
    // The settings record lost (another add-in id): the meta sheet alone must be enough.
    model.settings.clear();
    const r = await refreshInFake(model, facts, "2025-07-14 10:00:00");
    expect(r.read.previous?.rows.length).toBeGreaterThan(50);
    // one more round trip: the renamed sheets' headers are read before they are taken for ours
    expect(r.readSyncs).toBeLessThanOrEqual(4);
    const names = shown(model).map((s) => s.name);
    expect(names).toContain("Tổng hợp (sếp xem)");
    expect(names).toContain("So sánh cũ");
    expect(names).not.toContain("Tổng hợp");
    expect(byName(model, "So sánh").cells.get("A1")?.value).toBe("bảng của tôi");
    expect(names.filter((n) => n.startsWith("So sánh"))).toHaveLength(2);
    expect(model.sheets.filter((s) => s.visibility === "VeryHidden")).toHaveLength(1);
  });

  it("writes cell notes as notes (ExcelApi 1.18), as comments (1.10), or says they were skipped", async () => {
    const plan: WorkbookPlan = {
      lang: "vi", names: [], styles: {},
      sheets: [{ key: "data", name: "Dữ liệu", columns: [], tables: [], validations: [], conditionalFormats: [], charts: [],
        blocks: [{ row: 1, col: 2, cells: [[{ v: 5, note: "Tổng của Hà Tĩnh và Quảng Bình" }]] }] }],
    };
    for (const [api, kind] of [["1.18", "note"], ["1.10", "comment"], ["1.9", undefined]] as const) {
      const fake = createFakeExcel({ apiVersion: api });
      const summary = await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
      const notes = byName(fake.model, "Dữ liệu").notes;
      if (kind) expect([...notes]).toEqual([["C2", { kind, text: "Tổng của Hà Tĩnh và Quảng Bình" }]]);
      else {
        expect(notes.size).toBe(0);
        expect(summary.skipped).toContain("notes");
      }
    }
  });
});

async function expectSameCellsAsXlsx(model: FakeWorkbookModel, plan: WorkbookPlan): Promise<void> {
  const book = await readBook(await writePlanToBuffer(plan));
  const norm = (f?: string) => (f === undefined || f === "General" ? undefined : f);
  // the fake does not compute formulas; compare what each writer stored
  for (const xs of book.sheets) {
    const sp = plan.sheets.find((s) => s.name === xs.name)!;
    const anchors = new Set(sp.charts.map((c) => addr(c.anchor.row, c.anchor.col)));
    const office = sheetContents(byName(model, xs.name));
    const fromOffice = Object.fromEntries([...office].map(([a, c]) => [a, { content: c.content, numberFormat: norm(c.numberFormat) }]));
    const fromXlsx = Object.fromEntries(
      Object.entries(xs.cells).filter(([a]) => !anchors.has(a)).map(([a, c]) => [a, { content: c.f !== undefined ? `=${c.f}` : c.v, numberFormat: norm(c.fmt) }]),
    );
    expect(fromOffice).toEqual(fromXlsx);
  }
}
