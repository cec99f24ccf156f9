// The Vietnamese book from the seed reports, printed by LibreOffice: every page A4, each sheet one
// page wide (its first and last columns on every page), landscape where the plan says, the titles
// repeated on every page, the leaders' page on one page, no raw indicator code and no English unit
// on paper. PNGs of every page go to test-artifacts/print for a look.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import catalogJson from "../../src/core/catalog/indicators.json";
import { buildBook } from "../../src/cli/build";
import { buildWorkbookPlan } from "../../src/core/workbook";
import type { WorkbookCatalog } from "../../src/core/workbook";
import { loadDemoFacts } from "../../scripts/demoFacts";
import { toPdf } from "./workbookLibreOffice";

const ARTIFACTS = resolve(__dirname, "../../test-artifacts/print");
const catalog = catalogJson as unknown as WorkbookCatalog;

interface Page { index: number; width: number; height: number; text: string; sheet: string }

function pages(pdf: string, titles: Map<string, string>): Page[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ index: Number(m[1]), width: Number(m[2]), height: Number(m[3]) }));
  const texts = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  return sizes.map((s) => {
    const text = texts[s.index - 1] ?? "";
    // the page header names the sheet: its title, left, on every page
    const head = text.split("\n").find((l) => l.trim()) ?? "";
    const sheet = [...titles].find(([title]) => head.trim().startsWith(title))?.[1] ?? "?";
    return { ...s, text, sheet };
  });
}

describe("the Vietnamese book on paper (LibreOffice PDF)", () => {
  const dir = mkdtempSync(join(tmpdir(), "chi-tieu-print-"));
  const book = join(dir, "so-sanh.xlsx");
  let printed: Page[] = [];
  let plan: ReturnType<typeof buildWorkbookPlan>;

  beforeAll(async () => {
    const { facts } = await loadDemoFacts();
    await buildBook(facts, { out: book, period: "2023", lang: "vi", now: "2025-01-01 08:00:00" });
    plan = buildWorkbookPlan(facts, { lang: "vi", catalog, period: "2023" });
    const titles = new Map(plan.sheets.map((s) => [s.page!.header.left!, s.name] as const));
    printed = pages(toPdf(book, join(dir, "pdf"), join(dir, "lo")), titles);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", join(dir, "pdf", "so-sanh.pdf"), join(ARTIFACTS, "page")]);
    const counts = plan.sheets.map((s) => `${s.name}: ${printed.filter((p) => p.sheet === s.name).length} page(s)`);
    writeFileSync(join(ARTIFACTS, "README.txt"), `The seed reports' book printed by LibreOffice (${printed.length} pages):\n${counts.join("\n")}\n`);
  });

  it("prints every visible sheet, each page A4, in the orientation the plan chose", () => {
    expect(printed.length).toBeGreaterThan(5);
    expect(new Set(printed.map((p) => p.sheet))).toEqual(new Set(plan.sheets.map((s) => s.name)));
    for (const p of printed) {
      const long = Math.max(p.width, p.height), short = Math.min(p.width, p.height);
      expect({ page: p.index, a4: Math.abs(long - 841.9) < 2 && Math.abs(short - 595.3) < 2 }).toEqual({ page: p.index, a4: true });
      const orientation = plan.sheets.find((s) => s.name === p.sheet)!.page!.orientation;
      expect({ page: p.index, sheet: p.sheet, landscape: p.width > p.height }).toEqual({ page: p.index, sheet: p.sheet, landscape: orientation === "landscape" });
    }
  });

  it("fits every sheet to one page wide: its first and last columns on every page, titles repeated", () => {
    const edges: Record<string, [RegExp, RegExp]> = {
      "So sánh": [/Đơn vị/, /Ghi chú/],
      "Tổng hợp": [/Chỉ tiêu/, /đạt KH/],
      "Dữ liệu": [/Đơn vị/, /Nguồn khác/],
      "Nhật ký": [/Thời điểm/, /Ghi chú/],
    };
    for (const [sheet, [first, last]] of Object.entries(edges)) {
      const of = printed.filter((p) => p.sheet === sheet);
      expect(of.length).toBeGreaterThan(0);
      for (const p of of) expect({ sheet, page: p.index, first: first.test(p.text), last: last.test(p.text) }).toEqual({ sheet, page: p.index, first: true, last: true });
    }
    // the comparison repeats its period on every page
    for (const p of printed.filter((x) => x.sheet === "So sánh")) expect(p.text).toMatch(/Kỳ[\s\S]{0,300}?2023/);
  });

  it("gives the leaders' comparison one page, and the chart a page of its own", () => {
    expect(printed.filter((p) => p.sheet === "Tóm tắt")).toHaveLength(1);
    const brief = printed.find((p) => p.sheet === "Tóm tắt")!;
    for (const unit of ["Bắc Kạn", "Đồng Tháp", "Hà Tĩnh", "TP Hà Tĩnh"]) expect(brief.text).toContain(unit);
    expect(brief.text).toMatch(/KH\s+TH\s+% KH\s+Đánh giá/);
    const chart = printed.filter((p) => p.sheet === "Biểu đồ");
    expect(chart).toHaveLength(2);
    expect(chart[0]!.text).toMatch(/Kế hoạch\s+Thực hiện/); // the legend
    expect(chart[0]!.text).not.toMatch(/Số liệu của biểu đồ/);
    expect(chart[1]!.text).toMatch(/Số liệu của biểu đồ/);
  });

  it("shows Vietnamese units and no raw indicator code on any page; long unit names are not cut", () => {
    const ids = catalog.indicators.map((i) => i.id);
    for (const p of printed) {
      expect({ page: p.index, codes: ids.filter((id) => p.text.includes(id)) }).toEqual({ page: p.index, codes: [] });
      expect({ page: p.index, english: /\b(bn VND|mn USD|mn VND|persons)\b/.test(p.text) }).toEqual({ page: p.index, english: false });
    }
    const cmp = printed.filter((p) => p.sheet === "So sánh").map((p) => p.text).join("\n");
    expect(cmp).toContain("(tỷ đồng)");
    expect(cmp).toContain("(người)");
    expect(cmp).toMatch(/nghiệp tỉnh Hà Tĩnh/);
    expect(readdirSync(ARTIFACTS).filter((f) => f.endsWith(".png"))).toHaveLength(printed.length);
  });
});
