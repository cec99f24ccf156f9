// The merger mapping against Resolution 202/2025/QH15, written out by hand from the project's
// design notes on the 2025 merger (not from provinces.json, which it checks).
import { attributeUnit, constituents, isUnchangedUnit, newUnitOf, periodStart } from "../../src/core/entities/merger";
import { NEW_UNITS, OLD_UNITS } from "../../src/core/entities/entities";

const UNCHANGED = ["Hà Nội", "Huế", "Cao Bằng", "Điện Biên", "Hà Tĩnh", "Lai Châu", "Lạng Sơn", "Nghệ An", "Quảng Ninh", "Thanh Hóa", "Sơn La"];

// old unit → new unit, all 63
const RESOLUTION: [string, string][] = [
  ["Hà Nội", "Hà Nội"], ["Thừa Thiên Huế", "Huế"], ["Cao Bằng", "Cao Bằng"], ["Điện Biên", "Điện Biên"],
  ["Hà Tĩnh", "Hà Tĩnh"], ["Lai Châu", "Lai Châu"], ["Lạng Sơn", "Lạng Sơn"], ["Nghệ An", "Nghệ An"],
  ["Quảng Ninh", "Quảng Ninh"], ["Thanh Hóa", "Thanh Hóa"], ["Sơn La", "Sơn La"],
  ["Tuyên Quang", "Tuyên Quang"], ["Hà Giang", "Tuyên Quang"],
  ["Lào Cai", "Lào Cai"], ["Yên Bái", "Lào Cai"],
  ["Thái Nguyên", "Thái Nguyên"], ["Bắc Kạn", "Thái Nguyên"],
  ["Phú Thọ", "Phú Thọ"], ["Vĩnh Phúc", "Phú Thọ"], ["Hòa Bình", "Phú Thọ"],
  ["Bắc Ninh", "Bắc Ninh"], ["Bắc Giang", "Bắc Ninh"],
  ["Hưng Yên", "Hưng Yên"], ["Thái Bình", "Hưng Yên"],
  ["Hải Phòng", "Hải Phòng"], ["Hải Dương", "Hải Phòng"],
  ["Ninh Bình", "Ninh Bình"], ["Hà Nam", "Ninh Bình"], ["Nam Định", "Ninh Bình"],
  ["Quảng Trị", "Quảng Trị"], ["Quảng Bình", "Quảng Trị"],
  ["Đà Nẵng", "Đà Nẵng"], ["Quảng Nam", "Đà Nẵng"],
  ["Quảng Ngãi", "Quảng Ngãi"], ["Kon Tum", "Quảng Ngãi"],
  ["Gia Lai", "Gia Lai"], ["Bình Định", "Gia Lai"],
  ["Khánh Hòa", "Khánh Hòa"], ["Ninh Thuận", "Khánh Hòa"],
  ["Lâm Đồng", "Lâm Đồng"], ["Đắk Nông", "Lâm Đồng"], ["Bình Thuận", "Lâm Đồng"],
  ["Đắk Lắk", "Đắk Lắk"], ["Phú Yên", "Đắk Lắk"],
  ["Đồng Nai", "Đồng Nai"], ["Bình Phước", "Đồng Nai"],
  ["TP Hồ Chí Minh", "TP Hồ Chí Minh"], ["Bình Dương", "TP Hồ Chí Minh"], ["Bà Rịa - Vũng Tàu", "TP Hồ Chí Minh"],
  ["Tây Ninh", "Tây Ninh"], ["Long An", "Tây Ninh"],
  ["Cần Thơ", "Cần Thơ"], ["Sóc Trăng", "Cần Thơ"], ["Hậu Giang", "Cần Thơ"],
  ["Vĩnh Long", "Vĩnh Long"], ["Bến Tre", "Vĩnh Long"], ["Trà Vinh", "Vĩnh Long"],
  ["Đồng Tháp", "Đồng Tháp"], ["Tiền Giang", "Đồng Tháp"],
  ["Cà Mau", "Cà Mau"], ["Bạc Liêu", "Cà Mau"],
  ["An Giang", "An Giang"], ["Kiên Giang", "An Giang"],
];

describe("Resolution 202/2025/QH15 mapping", () => {
  it("lists 63 distinct old units and 34 distinct new ones: 11 unchanged + 52 merged", () => {
    expect(new Set(RESOLUTION.map(([o]) => o)).size).toBe(63);
    const targets = new Set(RESOLUTION.map(([, n]) => n));
    expect(targets.size).toBe(34);
    const merged = RESOLUTION.filter(([, n]) => !UNCHANGED.includes(n));
    expect(merged.length).toBe(52);
    expect(RESOLUTION.length - merged.length).toBe(11);
  });

  it.each(RESOLUTION)("%s → %s", (oldName, newName) => {
    expect(newUnitOf(oldName)).toBe(newName);
  });

  it("the catalog has exactly these 63 old and 34 new units", () => {
    expect(OLD_UNITS.map((u) => u.name).sort()).toEqual(RESOLUTION.map(([o]) => o).sort());
    expect(NEW_UNITS.map((u) => u.name).sort()).toEqual([...new Set(RESOLUTION.map(([, n]) => n))].sort());
  });

  it("knows which new units no merger touched", () => {
    const unchanged = NEW_UNITS.map((u) => u.name).filter(isUnchangedUnit);
    // Huế is unchanged in territory but renamed from Thừa Thiên Huế
    expect(unchanged.sort()).toEqual(UNCHANGED.filter((n) => n !== "Huế").sort());
    expect([...constituents("Phú Thọ")].sort()).toEqual(["Hòa Bình", "Phú Thọ", "Vĩnh Phúc"].sort());
    expect(constituents("Hà Tĩnh")).toEqual(["Hà Tĩnh"]);
  });
});

describe("attributeUnit", () => {
  it("keeps old units before 1 July 2025 and moves them to the new unit from that day", () => {
    expect(attributeUnit("Vĩnh Phúc", "2025-06-30")).toBe("Vĩnh Phúc");
    expect(attributeUnit("Vĩnh Phúc", "2025-07-01")).toBe("Phú Thọ");
    expect(attributeUnit("Bắc Kạn", "2025-H2")).toBe("Thái Nguyên");
    expect(attributeUnit("Bắc Kạn", "2025-Q3")).toBe("Thái Nguyên");
    expect(attributeUnit("Bắc Kạn", "2025-M08")).toBe("Thái Nguyên");
    expect(attributeUnit("Bắc Kạn", "2025")).toBe("Bắc Kạn");
    expect(attributeUnit("Thừa Thiên Huế", "2026")).toBe("Huế");
    expect(attributeUnit("Hà Tĩnh", "2026")).toBe("Hà Tĩnh");
  });

  it("leaves what is not an old province alone", () => {
    expect(attributeUnit("TP Hà Tĩnh", "2026")).toBe("TP Hà Tĩnh");
    expect(attributeUnit("Việt Nam", "2026")).toBe("Việt Nam");
    expect(attributeUnit("huyện Kông Chro", "2025-12-31")).toBe("huyện Kông Chro");
    expect(attributeUnit("Vĩnh Phúc", undefined)).toBe("Vĩnh Phúc");
  });

  it("finds where a period starts", () => {
    expect(periodStart("2025-H2")).toBe("2025-07-01");
    expect(periodStart("2025-Q4")).toBe("2025-10-01");
    expect(periodStart("2024-YTD09")).toBe("2024-01-01");
    expect(periodStart("2020-2025")).toBe("2020-01-01");
    expect(periodStart("later")).toBeUndefined();
  });
});
