// Properties of the extractor on any input: it never throws, every quote is the text at its
// offsets, and pathological input (random bytes, one 5 MB line) returns in bounded time.
import fc from "fast-check";
import { extractFacts } from "../../src/core/extract";
import { readNumber } from "../../src/core/numbers/readNumber";

const PIECES = [
  "Tổng thu ngân sách", " đạt ", "17.946", " tỷ đồng", ", bằng ", "102,6%", " dự toán", "; ", ". ", "\n\n", "¹", "kết nạp ",
  "2.234", " đảng viên", "năm 2023", "Quý I", " tăng ", " so với cùng kỳ", "tỷ lệ hộ nghèo", " còn ", "3,01%", "23/29", " chỉ tiêu đạt",
  "( ", " )", "gần ", "trên ", "1,255", " tỷ USD", "Tỉnh ủy Hà Tĩnh", "TP Hồng Ngự", "huyện Kông Chro", "\u0301", "ư", "-", "/", "0:00",
];

describe("extractor properties", () => {
  test("never throws and every source span slices to its quoted text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: "grapheme" })), { maxLength: 60 }), (parts) => {
        const raw = parts.join("");
        const r = extractFacts(raw, { doc: "p.txt" });
        for (const f of r.facts) {
          expect(raw.slice(f.source.start, f.source.end)).toBe(f.source.text);
          expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("readNumber never throws and never returns NaN", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,]{1,20}$/), (s) => {
        const r = readNumber(s);
        for (const v of [r.vi, r.en]) if (v !== null) expect(Number.isNaN(v)).toBe(false);
      }),
    );
  });

  test("random bytes decoded as text return quickly", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 20000 }), (bytes) => {
        const raw = new TextDecoder("utf-8").decode(bytes);
        const t0 = Date.now();
        extractFacts(raw, { doc: "r.txt" });
        expect(Date.now() - t0).toBeLessThan(2000);
      }),
      { numRuns: 30 },
    );
  });

  test("a single 5 MB line returns within bounded time", () => {
    const unit = "thu ngân sách đạt 1.234 tỷ đồng, tăng 5% so với cùng kỳ và kết nạp 12 đảng viên ";
    const line = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    const t0 = Date.now();
    const r = extractFacts(line, { doc: "big.txt", entity: "Hà Tĩnh", date: "2024-01-10" });
    expect(Date.now() - t0).toBeLessThan(30000);
    expect(r.facts.length).toBeGreaterThan(0);
  });

  test("5 MB without spaces or punctuation returns within bounded time", () => {
    const line = "1.2,3/4-5%".repeat(500000);
    const t0 = Date.now();
    extractFacts(line, { doc: "digits.txt" });
    expect(Date.now() - t0).toBeLessThan(30000);
  });
});
