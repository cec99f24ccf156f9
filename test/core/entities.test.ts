// Units of government: names, typed mentions, the document's own unit, bylines.
import { findEntities, provinceOfByline, provinceOfDomain, OLD_UNITS } from "../../src/core/entities/entities";
import { fold } from "../../src/core/text/fold";
import { extractFacts } from "../../src/core/extract";

const mentions = (text: string) => findEntities(text, fold(text)).map((e) => [e.name, e.level, e.inTitle]);

describe("entity mentions", () => {
  test("a city is not its province, a district keeps its type", () => {
    expect(mentions("TP Hà Tĩnh và tỉnh Hà Tĩnh, huyện Kông Chro, thị xã Sơn Tây")).toEqual([
      ["TP Hà Tĩnh", "city", false], ["Hà Tĩnh", "province", false], ["huyện Kông Chro", "district", false], ["TX Sơn Tây", "district", false],
    ]);
  });
  test("Thành ủy of a centrally-run city is the city itself; of a provincial city, the TP", () => {
    expect(mentions("Thành ủy Hà Nội")).toEqual([["Hà Nội", "province", false]]);
    expect(mentions("Thành ủy Hà Tĩnh tổ chức hội nghị")).toEqual([["TP Hà Tĩnh", "city", false]]);
  });
  test("a unit inside a person's title says nothing about the figures", () => {
    expect(mentions("Bí thư Thành ủy Hồng Ngự phát biểu")[0][2]).toBe(true);
  });
  test("old-style tone marks and hyphen spacing are the same name", () => {
    expect(mentions("tỉnh Khánh Hoà")).toEqual([["Khánh Hòa", "province", false]]);
    expect(mentions("tỉnh Bà Rịa-Vũng Tàu")).toEqual([["Bà Rịa - Vũng Tàu", "province", false]]);
  });
  test("a party bloc with its province", () => {
    expect(mentions("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh")[0]).toEqual(["Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh", "bloc", false]);
  });
});

describe("bylines and newspaper addresses", () => {
  test.each([["BBK", "Bắc Kạn"], ["ĐTO", "Đồng Tháp"], ["QTO", "Quảng Trị"], ["YBĐT", "Yên Bái"], ["BHT", "Hà Tĩnh"], ["BNA", "Nghệ An"]])("%s → %s", (code, name) => {
    expect(provinceOfByline(code)).toBe(name);
  });
  test("a code that fits several provinces is no cue", () => {
    expect(provinceOfByline("ĐNO")).toBeUndefined();
    expect(provinceOfByline("TTO")).toBeUndefined();
  });
  test("newspaper web addresses", () => {
    expect(provinceOfDomain("baohatinh.vn")).toBe("Hà Tĩnh");
    expect(provinceOfDomain("baodongthap.vn")).toBe("Đồng Tháp");
    expect(provinceOfDomain("example.vn")).toBeUndefined();
  });
  test("every old unit maps into a new unit", () => {
    expect(OLD_UNITS).toHaveLength(63);
  });
});

describe("the document's unit", () => {
  test("a byline decides when the text names no unit", () => {
    const r = extractFacts("BNA - Năm 2023, tỉnh có 20/25 chỉ tiêu đạt và vượt kế hoạch.", { doc: "a.txt", date: "2024-01-10" });
    expect(r.context.mainUnit).toBe("Nghệ An");
    expect(r.facts[0].entity).toBe("Nghệ An");
  });
  test("--entity overrides what the text suggests; explicit other units keep theirs", () => {
    const r = extractFacts("Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Thu ngân sách đạt 100 tỷ đồng. TP Hồng Ngự thu ngân sách đạt 50 tỷ đồng.", { doc: "b.txt", entity: "Đồng Tháp", date: "2024-01-10" });
    expect(r.facts.filter((f) => !f.derived).map((f) => f.entity)).toEqual(["Đồng Tháp", "TP Hồng Ngự"]);
  });
});

describe("the document's date", () => {
  test("a cited resolution's date is not the report's", () => {
    const r = extractFacts("Thực hiện Nghị quyết số 03-NQ/TU ngày 15/7/2021 của Tỉnh ủy Hà Tĩnh, năm 2023 kết nạp 2.000 đảng viên.", { doc: "c.txt" });
    expect(r.context.date).toBeUndefined();
    expect(r.facts[0].period).toBe("2023");
  });
});
