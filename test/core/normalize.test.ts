// Normalization keeps offsets true: every span found in the clean text quotes the original.
import { normalizeText } from "../../src/core/text/normalize";
import { extractFacts } from "../../src/core/extract";

describe("normalizeText", () => {
  test("NFD input is composed, and spans map back to the NFD original", () => {
    const nfc = "Tổng thu ngân sách đạt 17.946 tỷ đồng.";
    const raw = nfc.normalize("NFD");
    const { clean } = normalizeText(raw);
    expect(clean.text).toBe(nfc);
    const at = clean.text.indexOf("17.946 tỷ đồng");
    const span = clean.span(at, at + "17.946 tỷ đồng".length);
    expect(span.text.normalize("NFC")).toBe("17.946 tỷ đồng");
    expect(raw.slice(span.start, span.end)).toBe(span.text);
  });

  test("footnote markers vanish and a footnote body that splits a sentence is moved out", () => {
    const raw = "các nghị quyết của Trung ương¹. Chỉ đạo sơ kết Kết luận số 01-KL/TW của\n\n¹ 115 điểm cầu với 6.325 đảng viên.\n\nBộ Chính trị về học tập.";
    const { clean, footnotes } = normalizeText(raw);
    expect(clean.text).toContain("của Trung ương. Chỉ đạo");
    expect(clean.text).toContain("Kết luận số 01-KL/TW của Bộ Chính trị về học tập.");
    expect(footnotes).toHaveLength(1);
    expect(clean.text.slice(footnotes[0].start, footnotes[0].end)).toBe("¹ 115 điểm cầu với 6.325 đảng viên.");
  });

  test("footnote numbers typed as plain digits and glued to a figure or a word go; a unit's power stays", () => {
    const raw = "GRDP 9 tháng ước đạt 6,94%2, quý III tăng 7,1%; thu 1.812,4 tỷ đồng5. Thành lập mới 312 doanh nghiệp4; 2.500 m2 sàn, khí CO2.";
    const { clean } = normalizeText(raw);
    expect(clean.text).toBe("GRDP 9 tháng ước đạt 6,94%, quý III tăng 7,1%; thu 1.812,4 tỷ đồng. Thành lập mới 312 doanh nghiệp; 2.500 m2 sàn, khí CO2.");
    const facts = extractFacts(raw, { doc: "n.txt", entity: "Yên Bái", date: "2024-10-05" }).facts;
    const growth = facts.find((f) => f.indicator === "grdp_growth" && f.period === "2024-YTD09");
    expect(growth?.value).toBe(6.94);
    expect(raw.slice(growth!.source.start, growth!.source.end)).toBe(growth!.source.text);
    expect(facts.find((f) => f.indicator === "new_enterprises")?.value).toBe(312);
  });

  test("stray spaces inside brackets go, and debris lines of news sites are dropped", () => {
    const raw = "Bắt tay vào thực hiện\n\n0:00 / 0:00\n0:00\nBBK - ước đạt 548.291 triệu đồng ( 90,2% kế hoạch).\n\nXem thêm";
    const { clean } = normalizeText(raw);
    expect(clean.text).toContain("(90,2% kế hoạch)");
    expect(clean.text).not.toContain("0:00");
    expect(clean.text).not.toContain("Xem thêm");
  });

  test("a sentence broken by a footnote keeps its facts whole", () => {
    const raw = "Đảng bộ Khối hiện có 94 tổ chức cơ sở đảng, với\n\n² Ghi chú.\n\n7.630 đảng viên.";
    const r = extractFacts(raw, { doc: "x.txt", entity: "Hà Tĩnh", date: "2024-04-10" });
    const f = r.facts.find((x) => x.indicator === "party_members_total");
    expect(f?.value).toBe(7630);
    expect(raw.slice(f!.source.start, f!.source.end)).toBe(f!.source.text);
  });
});
