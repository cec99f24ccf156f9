// Placement is decided once, in the core, for both writers: which name each of our sheets gets,
// where it goes among the user's, what of ours goes, and what stops a write.
import { buildWorkbookPlan } from "../../src/core/workbook";
import { matchOwnedSheets, markerName, type MetaRecord } from "../../src/core/workbook/metaSheet";
import { ownershipRecord, placePlan, PlacementConflictError, type BookState } from "../../src/core/workbook/placement";
import type { SheetKey } from "../../src/core/workbook/plan";
import { catalog, goldFacts } from "./fixtures";

const plan = buildWorkbookPlan(goldFacts(), { lang: "vi", catalog });
const empty: BookState["owned"] = { roles: new Map(), names: [], tables: [] };

describe("placePlan", () => {
  it("puts a new book's sheets in plan order under their own names", () => {
    const placed = placePlan(plan, { sheets: [], names: [], tables: [], owned: empty }).placement!;
    expect(placed.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(placed.order).toEqual(plan.sheets.map((s) => ({ key: s.key })));
    expect(placed.meta).toEqual({ name: "CT_meta" });
    expect(placed.remove).toEqual([]);
  });

  it("moves our sheet aside when the user's holds its name, and formulas follow", () => {
    const book: BookState = { sheets: [{ id: 1, name: "So sánh" }, { id: 2, name: "dữ liệu" }], names: [], tables: [], owned: empty };
    const placed = placePlan(plan, book);
    expect(placed.placement!.sheets.slice(0, 1).map((s) => s.name)).toEqual(["So sánh (2)"]);
    expect(placed.sheets.find((s) => s.key === "data")!.name).toBe("Dữ liệu (2)");
    expect(placed.names.find((n) => n.name === "CT_SelPeriod")!.ref).toBe("'So sánh (2)'!$B$2");
    expect(JSON.stringify(placed.sheets)).not.toContain("'Dữ liệu'!");
    // the user's sheets first, ours after them
    expect(placed.placement!.order.slice(0, 2)).toEqual([{ user: 1 }, { user: 2 }]);
  });

  it("keeps the names the user gave our sheets and their places among the user's", () => {
    const owned: BookState["owned"] = {
      roles: new Map<SheetKey, number>([["compare", 3], ["data", 5], ["log", 9]]),
      meta: 7,
      names: ["CT_Value", markerName("compare")],
      tables: ["tblDuLieu"],
    };
    const book: BookState = {
      sheets: [{ id: 1, name: "Bìa" }, { id: 3, name: "So sánh (sếp)" }, { id: 5, name: "Dữ liệu" }, { id: 6, name: "Ghi chép" }, { id: 7, name: "CT_meta" }, { id: 9, name: "Nhật ký" }],
      names: ["CT_Value", "_CT_compare", "TenCuaToi"],
      tables: ["tblDuLieu", "BangCuaToi"],
      owned,
    };
    const placed = placePlan(plan, book).placement!;
    expect(placed.sheets.find((s) => s.key === "compare")).toEqual({ key: "compare", name: "So sánh (sếp)", replaces: 3 });
    expect(placed.sheets.find((s) => s.key === "brief")).toEqual({ key: "brief", name: "Tóm tắt" });
    expect(placed.order.slice(0, 5)).toEqual([{ user: 1 }, { key: "compare" }, { key: "data" }, { user: 6 }, { key: "log" }]);
    expect(placed.order.slice(5)).toEqual(expect.arrayContaining([{ key: "brief" }, { key: "chart" }, { key: "summary" }, { key: "lists" }]));
    expect(placed.meta).toEqual({ name: "CT_meta", replaces: 7 });
    expect(placed.removeNames.sort()).toEqual(["CT_Value", "_CT_compare"]);
    expect(placed.removeTables).toEqual(["tblDuLieu"]);
  });

  it("removes owned sheets of roles the plan no longer writes, never a user's", () => {
    const only = { ...plan, sheets: plan.sheets.filter((s) => s.key !== "log") };
    const owned: BookState["owned"] = { roles: new Map<SheetKey, number>([["log", 4]]), names: [], tables: [], leftovers: [8] };
    const book: BookState = { sheets: [{ id: 2, name: "Của tôi" }, { id: 4, name: "Nhật ký" }, { id: 8, name: "CT~abc0" }], names: [], tables: [], owned };
    expect(placePlan(only, book).placement!.remove.sort()).toEqual([4, 8]);
  });

  it("stops with one message when the user has a name or table the plan defines", () => {
    const names: BookState = { sheets: [], names: ["ct_value"], tables: [], owned: empty };
    expect(() => placePlan(plan, names)).toThrow(PlacementConflictError);
    expect(() => placePlan(plan, names)).toThrow('the workbook already has a name "CT_Value" that Chỉ tiêu did not create; rename or delete it and write again');
    const tables: BookState = { sheets: [], names: [], tables: ["TBLDULIEU"], owned: empty };
    expect(() => placePlan(plan, tables)).toThrow('the workbook already has a table "tblDuLieu" that Chỉ tiêu did not create');
  });

  it("records each sheet by the id the writer gave it, with its marker and a header probe", () => {
    const placed = placePlan(plan, { sheets: [], names: [], tables: [], owned: empty });
    const rec = ownershipRecord(placed, new Map(placed.sheets.map((s, i) => [s.key, 10 + i] as const)));
    expect(rec.sheets.map((s) => [s.key, s.id])).toEqual(placed.sheets.map((s, i) => [s.key, 10 + i]));
    expect(rec.sheets.find((s) => s.key === "compare")!.probe).toEqual({ ref: "A1", text: "So sánh giữa các đơn vị" });
    expect(rec.names).toEqual(expect.arrayContaining(["CT_Value", "_CT_compare", "_CT_data"]));
    expect(rec.tables).toEqual(["tblTongHop", "tblDuLieu"]);
  });
});

describe("matchOwnedSheets", () => {
  const rec: MetaRecord = {
    version: 3, sheets: [{ id: "{A}", key: "data", name: "Dữ liệu", probe: { ref: "A1", text: "Đơn vị" } }], names: [], tables: [],
  };
  const sameId = (r: string | number, id: string) => r === id;

  it("takes a renamed sheet its marker and its id agree on, without reading it", () => {
    const sheets = [{ id: "{A}", name: "Số liệu" }];
    const { matched } = matchOwnedSheets(rec, sheets, sameId, new Map([["_CT_data", "='Số liệu'!$A$1"]]), () => { throw new Error("no read needed"); });
    expect(matched.get("data")?.id).toBe("{A}");
  });

  it("takes a sheet its marker points at only when it shows our header (a tool may rename without moving names)", () => {
    const sheets = [{ id: "{B}", name: "Dữ liệu" }, { id: "{C}", name: "Số liệu" }];
    const markers = new Map([["_CT_data", "='Dữ liệu'!$A$1"]]);
    // the user's new "Dữ liệu" holds their own table; ours ({A}) is gone
    expect(matchOwnedSheets(rec, sheets, sameId, markers, () => false).matched.size).toBe(0);
    expect(matchOwnedSheets(rec, sheets, sameId, markers, (s) => s.id === "{B}").matched.get("data")?.id).toBe("{B}");
  });

  it("does not trust a recorded id alone: Excel on the Mac may give a deleted sheet's id to a new one", () => {
    const sheets = [{ id: "{A}", name: "Bảng mới của tôi" }];
    const asked: string[] = [];
    const r = matchOwnedSheets(rec, sheets, sameId, new Map(), (s, ref) => {
      asked.push(`${s.name}!${ref}`);
      return false;
    });
    expect(r.matched.size).toBe(0);
    expect(asked).toEqual(["Bảng mới của tôi!A1"]);
    // the same id showing our header is ours
    expect(matchOwnedSheets(rec, sheets, sameId, new Map(), () => true).matched.get("data")?.id).toBe("{A}");
    // not read yet: asked for, not taken
    const lazy = matchOwnedSheets(rec, sheets, sameId, new Map(), () => undefined);
    expect(lazy.matched.size).toBe(0);
    expect(lazy.probes).toEqual([{ sheet: sheets[0], ref: "A1" }]);
  });
});
