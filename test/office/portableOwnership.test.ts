// A book moves between the CLI (exceljs) and Excel (office-js). Each must recognise the sheets
// the other wrote — by the "_CT_<role>" marker names, else by recorded name and header — so a
// refresh never writes "Dữ liệu (2)" beside the user's book, and overrides survive both ways.
// A user's sheet that merely has our name, in a book without our record, stays the user's.
import type ExcelJS from "exceljs";
import { applyPlan } from "../../src/adapters/office/applyPlan";
import { bookFromExcelJS, bookFromPackage } from "../../src/adapters/xlsx/bookSource";
import { readOwnership as readOwnershipOf } from "../../src/adapters/xlsx/ownership";
import { placeInBook } from "../../src/adapters/xlsx/writePlan";
import { planRefresh, readPreviousBook } from "../../src/core/refresh";
import { DC } from "../../src/core/workbook/dataSheet";
import { markerKey } from "../../src/core/workbook/metaSheet";
import type { SheetKey } from "../../src/core/workbook/plan";
import { catalog, goldFacts } from "../workbook/fixtures";
import { addr, createFakeExcel, emptyWorkbook, newSheet, type FakeWorkbookModel } from "./fakeExcel";
import { byName, refreshInFake, rowOfKey, shown } from "./refreshInFake";
import { bytesOf, fakeFromXlsx, reloadXlsx, xlsxFromFake, xlsxOfPlan } from "./xlsxBridge";

const facts = goldFacts();
const target = facts.find((f) => f.entity === "Hà Tĩnh" && f.measure === "value" && f.basis === "actual")!;
/** What the CLI reads of a book: the package itself (as `build` does), or exceljs's model of it. */
const readOwnership = (wb: ExcelJS.Workbook) => readOwnershipOf(bookFromExcelJS(wb));
const worksheetOf = (wb: ExcelJS.Workbook, s: { name: string }) => wb.getWorksheet(s.name)!;

const ROLES: SheetKey[] = ["compare", "brief", "chart", "summary", "data", "lists", "log"];

/** The CLI's steps on a loaded book: read what is ours, plan, write; `written` is the book after. */
async function refreshXlsx(wb: ExcelJS.Workbook, now: string) {
  const bytes = await bytesOf(wb);
  const book = bookFromPackage(bytes);
  const owned = readOwnershipOf(book);
  const data = owned.sheets.get("data");
  const log = owned.sheets.get("log");
  const previous = data ? readPreviousBook(data.grid(), log ? log.grid() : []) : undefined;
  const planned = planRefresh(previous, facts, { catalog, now, previousUnits: owned.units });
  const written = await xlsxOfPlan(placeInBook(planned.plan, { book, owned }), bytes);
  return { owned, previous, planned, written };
}

function targetKey(previous: ReturnType<typeof readPreviousBook> | undefined): string {
  return previous!.rows.find((r) => JSON.stringify(r.fact) === JSON.stringify(target))!.key;
}

function xlsxRowOfKey(ws: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && row.getCell(DC.factKey + 1).value === key) found = r;
  });
  if (!found) throw new Error(`no row with key ${key}`);
  return found;
}

function dropMarkers(model: FakeWorkbookModel): void {
  for (const n of [...model.names.keys()]) if (markerKey(n)) model.names.delete(n);
}

async function renameInFake(model: FakeWorkbookModel, from: string, to: string): Promise<void> {
  const fake = createFakeExcel({ model });
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(from).name = to;
    await ctx.sync();
  });
}

describe("ownership that travels between the CLI and Excel", () => {
  it("a book built by the CLI is refreshed inside Excel without duplicates; the override stays", async () => {
    const first = planRefresh(undefined, facts, { catalog, now: "2025-07-14 09:00:00" });
    const wb = await xlsxOfPlan(first.plan);
    const owned = readOwnership(wb);
    const data = worksheetOf(wb, owned.sheets.get("data")!);
    const key = targetKey(readPreviousBook(owned.sheets.get("data")!.grid(), []));
    data.getCell(xlsxRowOfKey(data, key), DC.override + 1).value = 12345;
    const model = fakeFromXlsx(await reloadXlsx(wb));
    const mine = newSheet("Việc của tôi");
    mine.cells.set("A1", { formula: "'Dữ liệu'!$A$1" });
    model.sheets.push(mine);
    const dataId = byName(model, "Dữ liệu").id;

    const r = await refreshInFake(model, facts, "2025-07-15 08:00:00");
    expect(r.read.previous?.rows.length).toBeGreaterThan(50);
    // no add-in settings in a CLI book: sheets, meta sheet, then the owned ranges
    expect(r.readSyncs).toBe(3);
    expect(shown(model).map((s) => s.name)).toEqual([...first.plan.sheets.map((s) => s.name), "Việc của tôi"]);
    expect(model.sheets.filter((s) => s.visibility === "VeryHidden")).toHaveLength(1);
    // recognised, so refreshed in place: the very same sheet, the user's formula intact
    expect(byName(model, "Dữ liệu").id).toBe(dataId);
    expect(byName(model, "Việc của tôi").cells.get("A1")?.formula).toBe("'Dữ liệu'!$A$1");
    const d = byName(model, "Dữ liệu");
    expect(d.cells.get(addr(rowOfKey(d, key), DC.override))?.value).toBe(12345);
    expect(r.planned.summary.added).toEqual([]);
  });

  it("a book written inside Excel (and renamed there) is refreshed by the CLI without duplicates, and back again", async () => {
    const model = emptyWorkbook();
    await refreshInFake(model, facts, "2025-07-14 09:00:00");
    const again = await refreshInFake(model, facts, "2025-07-14 09:30:00");
    const key = targetKey(again.read.previous);
    const d = byName(model, "Dữ liệu");
    d.cells.set(addr(rowOfKey(d, key), DC.override), { value: 12345 });
    await renameInFake(model, "Tổng hợp", "Tổng hợp (sếp xem)");

    const wb = await xlsxFromFake(model);
    const r = await refreshXlsx(wb, "2025-07-15 08:00:00");
    expect([...r.owned.sheets.keys()].sort()).toEqual([...ROLES].sort());
    expect(r.owned.sheets.get("summary")!.name).toBe("Tổng hợp (sếp xem)");
    expect(r.previous?.rows.length).toBeGreaterThan(50);
    const written = r.written;
    const visible = written.worksheets.filter((ws) => ws.state !== "veryHidden").map((ws) => ws.name);
    expect(visible).toContain("Tổng hợp (sếp xem)");
    expect(visible.some((n) => / \(\d\)$/.test(n))).toBe(false);
    expect(visible).toHaveLength(ROLES.length);
    const data = worksheetOf(written, readOwnership(written).sheets.get("data")!);
    expect(data.getCell(xlsxRowOfKey(data, key), DC.override + 1).value).toBe(12345);

    // and once more inside Excel: still ours, still no duplicates
    const back = fakeFromXlsx(written);
    const r2 = await refreshInFake(back, facts, "2025-07-16 08:00:00");
    expect(r2.read.previous?.rows.length).toBeGreaterThan(50);
    expect(shown(back).map((s) => s.name).sort()).toEqual([...visible].sort());
    const d2 = byName(back, "Dữ liệu");
    expect(d2.cells.get(addr(rowOfKey(d2, key), DC.override))?.value).toBe(12345);
  });

  it("without the markers, a recorded name counts only where the sheet still shows our header", async () => {
    const model = emptyWorkbook();
    await refreshInFake(model, facts, "2025-07-14 09:00:00");
    dropMarkers(model);
    const all = readOwnership(await xlsxFromFake(model));
    expect([...all.sheets.keys()].sort()).toEqual([...ROLES].sort());

    // the user emptied "So sánh" and made it their own table: not ours any more
    const compare = byName(model, "So sánh");
    compare.cells.clear();
    compare.cells.set("A1", { value: "bảng của tôi" });
    const wb = await xlsxFromFake(model);
    const some = readOwnership(wb);
    expect(some.sheets.has("compare")).toBe(false);
    expect(some.sheets.has("data")).toBe(true);
    const out = (await refreshXlsx(wb, "2025-07-15 08:00:00")).written;
    expect(out.getWorksheet("So sánh")!.getCell("A1").value).toBe("bảng của tôi");
    expect(out.worksheets.map((ws) => ws.name)).toContain("So sánh (2)");
  });

  it("inside Excel, a CLI book without markers is still recognised by name and header, read with the record", async () => {
    const first = planRefresh(undefined, facts, { catalog, now: "2025-07-14 09:00:00" });
    const model = fakeFromXlsx(await xlsxOfPlan(first.plan));
    dropMarkers(model);
    const r = await refreshInFake(model, facts, "2025-07-15 08:00:00");
    expect(r.read.previous?.rows.length).toBeGreaterThan(50);
    // the headers (A1:B1 of every sheet) come with the record's round trip: no round trip of their own
    expect(r.readSyncs).toBe(3);
    expect(shown(model).map((s) => s.name)).toEqual(first.plan.sheets.map((s) => s.name));
  });

  it("a user's 'So sánh' in a book without our record is not ours, for either writer", async () => {
    const model = emptyWorkbook();
    const users = newSheet("So sánh");
    users.cells.set("A1", { value: "So sánh" });
    model.sheets.push(users);
    const wb = await xlsxFromFake(model);
    expect(readOwnership(wb).sheets.size).toBe(0);
    const fake = createFakeExcel({ model });
    const plan = planRefresh(undefined, facts, { catalog, now: "2025-07-14 09:00:00" }).plan;
    await applyPlan(plan, { run: fake.run, isSetSupported: fake.isSetSupported });
    expect(byName(model, "So sánh").id).toBe(users.id);
    expect(byName(model, "So sánh").cells.get("A1")?.value).toBe("So sánh");
    expect(model.sheets.map((s) => s.name)).toContain("So sánh (2)");
  });
});
