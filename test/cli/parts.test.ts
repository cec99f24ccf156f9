// The command line's parts on their own: facts files checked line by line, what counts as a
// hidden or temporary file, options parsing, the progress line.
import { factFromJson, parseFactsFile } from "../../src/cli/factsFile";
import { isHiddenOrTemporary } from "../../src/cli/files";
import { parseArgs, UsageError } from "../../src/cli/args";
import { Reporter } from "../../src/cli/report";
import { toJsonFact } from "../../src/core/facts/fact";
import { fact } from "../workbook/fixtures";

const good = toJsonFact(fact({ entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", value: 17946, doc: "ht.txt" }));

describe("facts files", () => {
  test("a line of extract's output is read back as the same fact", () => {
    expect(toJsonFact(factFromJson(JSON.parse(JSON.stringify(good))))).toEqual(good);
  });

  test.each([
    [{ value: "17.946" }, /value must be a number, not "17\.946"/],
    [{ unit: "tỷ đồng" }, /unit must be "bn VND" for budget_revenue value/],
    [{ measure: "pct_of_plan" }, /unit must be "%" for budget_revenue pct_of_plan/],
    [{ indicator: "thu_ngan_sach" }, /unknown indicator "thu_ngan_sach"/],
    [{ period: "năm 2023" }, /period must be YYYY/],
    [{ basis: "forecast" }, /basis must be one of "actual", "estimate", "plan"/],
    [{ qualifier: "about" }, /qualifier must be one of/],
    [{ doc: "" }, /doc must be a non-empty string/],
    [{ source: { start: 5, end: 2, text: "x" } }, /start ≤ end/],
    [{ source: "tổng thu" }, /source must be/],
  ])("%j is refused: %p", (change, message) => {
    expect(() => factFromJson({ ...good, ...change })).toThrow(message);
  });

  test("the report's date travels with the fact; a date that is not one is refused", () => {
    expect(factFromJson({ ...good, reportDate: "2024-01-15" }).reportDate).toBe("2024-01-15");
    expect(factFromJson({ ...good, reportDate: "2024-01" }).reportDate).toBe("2024-01");
    expect(() => factFromJson({ ...good, reportDate: "15/01/2024" })).toThrow(/reportDate must be YYYY-MM-DD/);
  });

  test("periods of every documented shape are accepted", () => {
    for (const period of ["2023", "2023-Q4", "2024-H1", "2024-M03", "2024-YTD09", "2020-2025"]) {
      expect(factFromJson({ ...good, period }).period).toBe(period);
    }
  });

  test("blank lines are fine, a line that is not JSON is named by its number", () => {
    const r = parseFactsFile(`${JSON.stringify(good)}\n\n{"doc": \n${JSON.stringify(good)}\r\n`);
    expect(r.facts).toHaveLength(2);
    expect(r.errors).toEqual([expect.stringMatching(/^line 3: not JSON/)]);
  });
});

describe("hidden and temporary files", () => {
  test.each(["~$bao-cao.docx", ".~lock.so-sanh.xlsx#", ".DS_Store", "ban-nhap.tmp", "~WRL0001.tmp", "bao-cao.txt~", "Thumbs.db", "desktop.ini", "tai.crdownload"])("%s is passed over", (name) => {
    expect(isHiddenOrTemporary(name)).toBe(true);
  });
  test.each(["bao-cao.docx", "Báo cáo 6 tháng.pdf", "so-sanh.xlsx", "facts.jsonl", "temp-report.txt"])("%s is read", (name) => {
    expect(isHiddenOrTemporary(name)).toBe(false);
  });
});

describe("options", () => {
  test("values after the option or with =, inputs anywhere, -- ends the options", () => {
    const a = parseArgs(["build", "a", "--out=x.xlsx", "b", "--period", "2024-H1", "-o", "y.xlsx", "--", "--c.txt"]);
    expect(a.command).toBe("build");
    expect(a.inputs).toEqual(["a", "b", "--c.txt"]);
    expect(a.flags).toEqual({ out: "y.xlsx", period: "2024-H1" });
  });
  test("an option of the other command, or one without its value, is a usage error", () => {
    expect(() => parseArgs(["extract", "a", "--out", "x.xlsx"])).toThrow(UsageError);
    expect(() => parseArgs(["build", "a", "--out"])).toThrow(/--out needs a value/);
    expect(() => parseArgs(["build", "a", "--out", "--period", "2024"])).toThrow(/--out needs a value/);
  });
});

describe("progress", () => {
  test("shown only when asked (a terminal), redrawn in place, cleared before any other line", () => {
    let out = "";
    const rep = new Reporter({ progress: true, after: 0, write: (s) => void (out += s) });
    rep.tick(1, 4, 10);
    rep.line("note: x");
    rep.tick(4, 4, 40);
    rep.clear();
    expect(out).toBe("\r\x1b[K1/4 files read (25%), 10 facts\r\x1b[Knote: x\n\r\x1b[K4/4 files read (100%), 40 facts\r\x1b[K");
  });
  test("never when stderr is not a terminal", () => {
    let out = "";
    const rep = new Reporter({ progress: false, after: 0, write: (s) => void (out += s) });
    rep.tick(1, 4, 10);
    rep.line("note: x");
    expect(out).toBe("note: x\n");
  });
});
