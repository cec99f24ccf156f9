import { translator, allKeysTranslated, skippedFeatureLabel } from "../../src/taskpane/i18n";
import type { SkippedFeature } from "../../src/adapters/office/applyPlan";
import { formatValue, parseUserNumber, periodLabel, indicatorLabel } from "../../src/taskpane/format";
import { sentenceParts } from "../../src/taskpane/sentence";
import { includedFacts, newSource, relabelPeriod, PERIOD_PATTERN } from "../../src/taskpane/model";
import type { Fact } from "../../src/core/facts/fact";

const fact = (p: Partial<Fact>): Fact => ({
  doc: "a.txt", entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", basis: "actual", measure: "value",
  value: 17946, unit: "bn VND", qualifier: null, source: { start: 0, end: 1, text: "x" }, ...p,
});

describe("pane helpers", () => {
  it("translates every key in both languages and fills placeholders with localized numbers", () => {
    expect(allKeysTranslated()).toEqual([]);
    expect(translator("vi")("write.done", { cells: 1234, sheets: 4 })).toBe("Đã ghi 1.234 ô vào 4 trang tính.");
    expect(translator("en")("write.done", { cells: 1234, sheets: 4 })).toBe("Wrote 1,234 cells to 4 sheets.");
  });

  it("names every feature a writer may leave out in the user's words", () => {
    const all: SkippedFeature[] = ["validations", "conditionalFormats", "notes", "inPlaceRefresh", "pageLayout", "charts"];
    for (const lang of ["vi", "en"] as const) {
      for (const code of all) expect(skippedFeatureLabel(translator(lang), code)).not.toBe(code);
    }
    expect(skippedFeatureLabel(translator("vi"), "pageLayout")).toContain("A4");
    expect(skippedFeatureLabel(translator("en"), "somethingNew")).toBe("somethingNew");
  });

  it("formats values with Vietnamese units and separators", () => {
    expect(formatValue({ value: 17946, unit: "bn VND" }, "vi")).toBe("17.946 tỷ đồng");
    expect(formatValue({ value: 8.05, unit: "%" }, "vi")).toBe("8,05%");
    expect(formatValue({ value: 17946.5, unit: "bn VND" }, "en")).toBe("17,946.5 bn VND");
    expect(indicatorLabel("budget_revenue", "en")).not.toBe("budget_revenue");
    expect(periodLabel("2024-Q1", "vi")).toBe("Quý 1/2024");
    expect(periodLabel("2024-H1", "vi")).toBe("6 tháng đầu năm 2024");
  });

  it("reads numbers the user types, Vietnamese style first", () => {
    expect(parseUserNumber("17.946", "vi")).toBe(17946);
    expect(parseUserNumber("8,05", "vi")).toBe(8.05);
    expect(parseUserNumber("1.172,5", "vi")).toBe(1172.5);
    expect(parseUserNumber("-0,78", "vi")).toBe(-0.78);
    expect(parseUserNumber("8.05", "en")).toBe(8.05);
    expect(parseUserNumber("abc", "vi")).toBeNull();
    expect(parseUserNumber("", "vi")).toBeNull();
  });

  it("cuts the sentence around a figure and falls back to the quote when offsets do not match", () => {
    const text = "Mở đầu. Tổng thu ngân sách đạt 17.946 tỷ đồng, bằng 102,6% dự toán. Câu sau.";
    const start = text.indexOf("17.946");
    const quote = "17.946 tỷ đồng";
    const parts = sentenceParts(text, { start, end: start + quote.length, text: quote });
    expect(parts.match).toBe("17.946 tỷ đồng");
    expect(parts.before).toBe("Tổng thu ngân sách đạt ");
    expect(parts.after).toBe(", bằng 102,6% dự toán.");
    expect(sentenceParts(text, { start: 0, end: 3, text: "khác" })).toEqual({ before: "", match: "khác", after: "" });
  });

  it("writes only facts that were not rejected, with corrected values", () => {
    const s = newSource("s1", "a.txt", "");
    s.items = [
      { id: "1", fact: fact({}), status: "accepted" },
      { id: "2", fact: fact({ indicator: "grdp_growth" }), status: "rejected" },
      { id: "3", fact: fact({ indicator: "poverty_rate" }), status: "pending", editedValue: 3.5 },
    ];
    const out = includedFacts([s]);
    expect(out.map((f) => f.indicator)).toEqual(["budget_revenue", "poverty_rate"]);
    expect(out[1].value).toBe(3.5);
    expect(s.items[2].fact.value).toBe(17946);
  });

  it("relabels the review period the user corrected, and only that period", () => {
    const facts = [fact({ period: "2023" }), fact({ period: "2024" })];
    expect(relabelPeriod(facts, "2023", "2023-H1").map((f) => f.period)).toEqual(["2023-H1", "2024"]);
    expect(relabelPeriod(facts, "2023", "")).toBe(facts);
    expect(PERIOD_PATTERN.test("2024-YTD09")).toBe(true);
    expect(PERIOD_PATTERN.test("2024-Q5")).toBe(false);
  });
});
