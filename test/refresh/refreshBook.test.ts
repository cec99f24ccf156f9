// Refreshing a written book from its sources, through the same steps as `npm run cli -- build`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cellDiffs, COL, editBook, HT_BUDGET, readBook, refresh, rowOfKey, seedFolder, USER } from "./helpers";

const SEED0 = "000_844639c4afc40b91.txt";
const SEED2 = "002_2fdd70bb29e5f75a.txt";
const HT_PLAN_DERIVED = "Hà Tĩnh|budget_revenue|2023|plan|value|000_844639c4afc40b91.txt|derived";

function logRows(book: Awaited<ReturnType<typeof readBook>>): string[][] {
  const log = book.sheets.find((s) => s.name === "Nhật ký")!;
  const rows: string[][] = [];
  for (let r = 3; ; r++) {
    if (!log.cells[`A${r}`]) break;
    rows.push("ABCDEFGHIJ".split("").map((c) => String(log.cells[`${c}${r}`]?.v ?? "")));
  }
  return rows;
}

describe("refreshing a book in place", () => {
  it("changes no cell when the sources did not change", async () => {
    const { dir, sources } = seedFolder();
    const out = join(dir, "book.xlsx");
    const first = await refresh(sources, out, { now: "2025-01-01 08:00:00" });
    expect(first.refreshed).toBe(false);
    expect(first.summary.added.length).toBeGreaterThan(40);
    const before = await readBook(out);
    const second = await refresh(sources, out, { now: "2025-01-02 08:00:00" });
    expect(second.refreshed).toBe(true);
    expect(second.summary).toMatchObject({ added: [], changed: [], removed: [], conflicts: [], failed: [] });
    expect(second.summary.unchanged).toBe(first.summary.added.length);
    expect(cellDiffs(before, await readBook(out))).toEqual([]);
    expect(second.text).toContain("Không có thay đổi");
  });

  it("logs exactly the figure that changed in a source, old → new", async () => {
    const { dir, sources } = seedFolder();
    const out = join(dir, "book.xlsx");
    await refresh(sources, out, { now: "2025-01-01 08:00:00" });
    const file = join(sources, SEED0);
    writeFileSync(file, readFileSync(file, "utf8").replace("đạt 17.946 tỷ đồng", "đạt 18.046 tỷ đồng"));
    const r = await refresh(sources, out, { now: "2025-01-02 09:00:00" });
    expect(r.summary.added).toEqual([]);
    expect(r.summary.removed).toEqual([]);
    // the figure, and the plan the extractor derives from it and "bằng 102,6% dự toán"
    expect(r.summary.changed.map((c) => c.key)).toEqual([HT_BUDGET, HT_PLAN_DERIVED]);
    expect(r.summary.changed.map((c) => c.before.value)).toEqual([17946, expect.closeTo(17946 / 1.026, 2)]);
    expect(r.summary.changed.map((c) => c.after.value)).toEqual([18046, expect.closeTo(18046 / 1.026, 2)]);

    const entries = logRows(await readBook(out)).filter((row) => row[0] === "2025-01-02 09:00:00");
    expect(entries.map((e) => e[1])).toEqual(["Làm mới", "Thay đổi", "Thay đổi"]);
    // the indicator by its name: the log is read by people
    expect(entries[1]!.slice(2, 9)).toEqual([SEED0, HT_BUDGET, "Hà Tĩnh", "Tổng thu ngân sách nhà nước trên địa bàn", "2023", "17946", "18046"]);
    expect(entries[2]!.slice(3, 7)).toEqual([HT_PLAN_DERIVED, "Hà Tĩnh", "Tổng thu ngân sách nhà nước trên địa bàn", "2023"]);
    // the first build's entries are still there, above
    expect(logRows(await readBook(out)).some((row) => row[0] === "2025-01-01 08:00:00" && row[1] === "Thêm")).toBe(true);
  });

  it("keeps an override, records what it was made against, and flags it when the source value changes", async () => {
    const { dir, sources } = seedFolder();
    const out = join(dir, "book.xlsx");
    await refresh(sources, out);
    await editBook(out, (wb) => {
      const ws = wb.getWorksheet("Dữ liệu")!;
      ws.getCell(`${COL.override}${rowOfKey(ws, HT_BUDGET)}`).value = 18000;
    });
    const quiet = await refresh(sources, out);
    expect(quiet.summary.conflicts).toEqual([]);
    let book = await readBook(out);
    let data = book.sheets.find((s) => s.name === "Dữ liệu")!;
    const row = () => Number(Object.entries(data.cells).find(([k, c]) => k.startsWith(COL.factKey) && c.v === HT_BUDGET)![0].slice(COL.factKey.length));
    expect(data.cells[`${COL.override}${row()}`]?.v).toBe(18000);
    expect(data.cells[`${COL.overrideBase}${row()}`]?.v).toBe(17946);
    expect(data.cells[`${COL.review}${row()}`]?.f).toContain("Cần xem lại");

    const file = join(sources, SEED0);
    writeFileSync(file, readFileSync(file, "utf8").replace("đạt 17.946 tỷ đồng", "đạt 18.046 tỷ đồng"));
    const r = await refresh(sources, out, { now: "2025-02-01 10:00:00" });
    expect(r.summary.conflicts.map((c) => [c.key, c.override, c.base, c.now])).toEqual([[HT_BUDGET, 18000, 17946, 18046]]);
    book = await readBook(out);
    data = book.sheets.find((s) => s.name === "Dữ liệu")!;
    expect(data.cells[`${COL.override}${row()}`]?.v).toBe(18000);
    expect(data.cells[`${COL.value}${row()}`]?.v).toBe(18046);
    expect(data.cells[`${COL.overrideBase}${row()}`]?.v).toBe(17946);
    expect(logRows(book).filter((e) => e[0] === "2025-02-01 10:00:00").map((e) => e[1])).toEqual(["Làm mới", "Thay đổi", "Thay đổi", "Ghi đè cần xem lại"]);
    // still in conflict, but not news: the next refresh logs nothing
    const again = await refresh(sources, out);
    expect(again.summary.conflicts).toEqual([]);
    expect(again.text).toContain("Không có thay đổi");
  });

  it("leaves the user's sheets, a user sheet named like ours, a renamed owned sheet and a user column alone", async () => {
    const { dir, sources } = seedFolder();
    const out = join(dir, "book.xlsx");
    await refresh(sources, out);
    await editBook(out, (wb) => {
      wb.getWorksheet("So sánh")!.name = "So sánh (của add-in)";
      const mine = wb.addWorksheet("So sánh");
      mine.getCell("A1").value = "bảng của tôi";
      mine.getCell("B2").value = 42;
      mine.getCell("B2").note = "ghi chú của tôi";
      const data = wb.getWorksheet("Dữ liệu")!;
      data.getCell(`${USER}1`).value = "Nhận xét";
      data.getCell(`${USER}${rowOfKey(data, HT_BUDGET)}`).value = "đã kiểm tra với Sở Tài chính";
    });
    // drop a source so the rows move: the comment must follow its key, not its row number
    const { rmSync } = await import("node:fs");
    rmSync(join(sources, "001_211755ac7683c90c.txt"));
    const r = await refresh(sources, out);
    expect(r.summary.removed.length).toBeGreaterThan(0);
    expect(r.summary.removed.every((x) => x.fact.doc === "001_211755ac7683c90c.txt" && x.notRefreshed)).toBe(true);

    const book = await readBook(out);
    expect(book.sheets.map((s) => s.name).sort()).toEqual(["Biểu đồ", "Danh mục", "Dữ liệu", "Nhật ký", "So sánh", "So sánh (của add-in)", "Tóm tắt", "Tổng hợp"].sort());
    const mine = book.sheets.find((s) => s.name === "So sánh")!;
    expect(mine.cells).toEqual({ A1: { v: "bảng của tôi" }, B2: { v: 42 } });
    const ours = book.sheets.find((s) => s.name === "So sánh (của add-in)")!;
    expect(ours.cells.A1?.v).toBe("So sánh giữa các đơn vị");
    // formulas of our sheets speak of the renamed sheet
    expect(book.names.CT_SelPeriod?.[0]).toContain("So sánh (của add-in)");
    const data = book.sheets.find((s) => s.name === "Dữ liệu")!;
    expect(data.cells[`${USER}1`]?.v).toBe("Nhận xét");
    const at = Object.entries(data.cells).find(([k, c]) => k.startsWith(COL.factKey) && /^\d+$/.test(k.slice(COL.factKey.length)) && c.v === HT_BUDGET)![0].slice(COL.factKey.length);
    expect(data.cells[`${USER}${at}`]?.v).toBe("đã kiểm tra với Sở Tài chính");
    expect(Object.entries(data.cells).filter(([k]) => k.startsWith(USER) && /^\d+$/.test(k.slice(USER.length)))).toHaveLength(2);

    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("So sánh")!.getCell("B2").note).toBe("ghi chú của tôi");
  });

  it("keeps the facts of a source that fails to read, marks them and logs why", async () => {
    const { dir, sources } = seedFolder();
    const out = join(dir, "book.xlsx");
    const first = await refresh(sources, out);
    const from2 = first.summary.added.filter((a) => a.fact.doc === SEED2).length;
    expect(from2).toBeGreaterThan(0);
    writeFileSync(join(sources, SEED2), "");
    const r = await refresh(sources, out, { now: "2025-03-01 07:00:00" });
    expect(r.summary.failed.map((f) => f.doc)).toEqual([SEED2]);
    expect(r.summary.stale).toHaveLength(from2);
    expect(r.summary.removed).toEqual([]);
    expect(r.text).toContain(`Nguồn lỗi ${SEED2}`);

    const book = await readBook(out);
    const data = book.sheets.find((s) => s.name === "Dữ liệu")!;
    const rows = Object.entries(data.cells).filter(([k, c]) => k.startsWith(COL.doc) && /^\d+$/.test(k.slice(COL.doc.length)) && c.v === SEED2).map(([k]) => k.slice(COL.doc.length));
    expect(rows).toHaveLength(from2);
    for (const r2 of rows) expect(data.cells[`${COL.status}${r2}`]?.v).toBe("Nguồn lỗi");
    const failedLog = logRows(book).filter((e) => e[0] === "2025-03-01 07:00:00" && e[1] === "Nguồn lỗi");
    expect(failedLog).toHaveLength(1);
    expect(failedLog[0]![2]).toBe(SEED2);
    expect(failedLog[0]![9]).toContain(`giữ ${from2} số liệu cũ`);

    // readable again: the marks go, and the log says so
    writeFileSync(join(sources, SEED2), readFileSync(join(__dirname, "../../samples/seeds", SEED2)));
    const back = await refresh(sources, out);
    expect(back.summary.recovered).toEqual([SEED2]);
    const data2 = (await readBook(out)).sheets.find((s) => s.name === "Dữ liệu")!;
    expect(Object.entries(data2.cells).filter(([k, c]) => k.startsWith(COL.status) && c.v === "Nguồn lỗi")).toEqual([]);
  });
});
