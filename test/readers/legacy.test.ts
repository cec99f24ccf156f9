import fc from "fast-check";
import { readFileSync } from "node:fs";
import { decodeTcvn3, decodeVni, legacyFontText, fontEncoding } from "../../src/adapters/readers/legacy/convert";
import { readTxt } from "../../src/adapters/readers/txt";
import { encodeTcvn3, encodeVni } from "./legacyEncode";

// pre-Unicode codes have no curly quotes: the legacy fixtures use straight ones
const SEED = readFileSync(`${__dirname}/../../samples/seeds/000_844639c4afc40b91.txt`, "utf8").replace(/[“”]/g, '"');
const SAMPLE = "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Hà Tĩnh đạt 17.946 tỷ đồng, bằng 102,6% dự toán; tỷ lệ hộ nghèo còn 3,01%. Xin chào các bạn. Việt Nam. Ủy ban nhân dân tỉnh";

test("known TCVN3 and VNI spellings decode", () => {
  expect(legacyFontText("B¶o Th¾ng", "tcvn3")).toBe("Bảo Thắng");
  expect(legacyFontText("M­êng Kh­¬ng", "tcvn3")).toBe("Mường Khương");
  expect(legacyFontText("Xin chaøo caùc baïn", "vni")).toBe("Xin chào các bạn");
  expect(legacyFontText("Vieät Nam", "vni")).toBe("Việt Nam");
  expect(legacyFontText("hµ tÜnh", "tcvn3", true)).toBe("HÀ TĨNH");
  expect(fontEncoding(".VnTime")).toEqual({ enc: "tcvn3", upper: false });
  expect(fontEncoding(".VnTimeH")).toEqual({ enc: "tcvn3", upper: true });
  expect(fontEncoding("VNI-Times")).toEqual({ enc: "vni", upper: false });
  expect(fontEncoding("Times New Roman")).toBeUndefined();
});

test("round trip: Unicode → TCVN3 / VNI bytes → Unicode", () => {
  expect(decodeTcvn3(encodeTcvn3(SAMPLE))).toBe(SAMPLE);
  expect(decodeVni(encodeVni(SAMPLE))).toBe(SAMPLE);
  expect(decodeVni(encodeVni(SEED))).toBe(SEED.normalize("NFC"));
});

test("a .txt in TCVN3, VNI or windows-1258 is detected, converted and noted; UTF-8 never is", () => {
  const t = readTxt("a.txt", encodeTcvn3(SEED));
  expect(t.text).toBe(SEED);
  expect(t.notes.join()).toMatch(/TCVN3/);
  const v = readTxt("b.txt", encodeVni(SEED));
  expect(v.text).toBe(SEED);
  expect(v.notes.join()).toMatch(/VNI/);
  const u = readTxt("c.txt", new TextEncoder().encode(SEED));
  expect(u.text).toBe(SEED);
  expect(u.notes).toEqual([]);
});

test("property: any Vietnamese text survives both legacy codes", () => {
  const letters = [..."aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"];
  const word = fc.array(fc.constantFrom(...letters, ..."bcdghklmnpqrstvx"), { minLength: 1, maxLength: 7 }).map((a) => a.join(""));
  fc.assert(fc.property(fc.array(word, { maxLength: 30 }), (ws) => {
    const s = ws.join(" ");
    expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
    expect(decodeVni(encodeVni(s))).toBe(s);
  }));
});
