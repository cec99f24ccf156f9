// The real task pane in Debian's Chromium, against the in-page workbook preview (no Office):
// paste a seed report, extract, inspect and reject a fact, write, read the preview sheets;
// a corrupt file shows an error and the pane keeps working; no request leaves localhost.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { colLetter } from "../../src/core/workbook/address";
import { DC } from "../../src/core/workbook/dataSheet";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPreviewServer } from "../../scripts/preview-server";

const ROOT = resolve(__dirname, "../..");
const SHOTS = join(ROOT, "test-artifacts", "screenshots");
const DOCS_SHOTS = join(ROOT, "docs", "screenshots");
// A free port chosen when the server starts (port 0), so a busy port 3000 never fails the run.
let BASE = "";

function seed(name: string): string {
  return readFileSync(join(ROOT, "samples", "seeds", name), "utf8");
}

let server: Server;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync("npx", ["webpack", "--mode", "development"], { cwd: ROOT, stdio: "pipe" });
  server = await startPreviewServer(0, join(ROOT, "dist"));
  BASE = `http://localhost:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 900, height: 1000 }, locale: "vi-VN" });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(`${BASE}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${BASE}/taskpane.html`);
  await page.getByRole("button", { name: "Trích xuất", exact: true }).waitFor({ timeout: 30000 });
}, 240000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

describe("task pane in Chromium (browser preview)", () => {
  it("opens in Vietnamese with a paste box and the Trích xuất button", async () => {
    await expect(page.getByText("Dán nội dung báo cáo")).toBeDefined();
    expect(await page.getByTestId("paste").count()).toBe(1);
    await shot("01-sources");
  });

  it("extracts the pasted seed report and lists its facts grouped by source", async () => {
    await page.getByTestId("paste").fill(seed("000_844639c4afc40b91.txt"));
    await page.getByRole("button", { name: "Trích xuất", exact: true }).click();
    await page.getByTestId("fact-row").first().waitFor({ timeout: 60000 });
    const rows = page.getByTestId("fact-row");
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await page.getByTestId("review-group").count()).toBe(1);
    const text = await page.getByTestId("review-group").innerText();
    expect(text).toContain("Văn bản dán 1");
    expect(text).toContain("Hà Tĩnh");
    // 2.234 new party members (members_admitted), written the Vietnamese way.
    expect(text).toContain("2.234");
    await shot("02-review");
  });

  it("shows the sentence of a selected fact with the figure highlighted", async () => {
    await page.getByTestId("fact-row").filter({ hasText: "2.234" }).first().click();
    const sentence = page.getByTestId("sentence");
    await sentence.waitFor();
    expect(await sentence.locator("mark").innerText()).toContain("2.234");
    expect((await sentence.locator("blockquote").innerText()).length).toBeGreaterThan((await sentence.locator("mark").innerText()).length);
    await shot("03-sentence");
  });

  it("rejects the selected fact", async () => {
    await page.getByTestId("reject").click();
    await page.locator('[data-testid="fact-row"][data-status="rejected"]').first().waitFor();
    expect(await page.locator('[data-testid="fact-row"][data-status="rejected"]').count()).toBe(1);
    expect(await page.getByTestId("review-counts").innerText()).toMatch(/1 đã bỏ/);
  });

  it("writes the workbook and shows the preview sheets with the accepted facts only", async () => {
    const total = await page.getByTestId("fact-row").count();
    await page.getByTestId("tab-write").click();
    await page.getByTestId("write").click();
    const summary = page.getByTestId("write-summary");
    await summary.waitFor({ timeout: 30000 });
    const tabs = page.getByTestId("preview-tab");
    const names = await tabs.allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(["So sánh", "Tổng hợp", "Dữ liệu", "Danh mục"]));
    expect(await summary.innerText()).toMatch(new RegExp(`Đã ghi [\\d.]+ ô vào ${names.length} trang tính`));
    await tabs.filter({ hasText: "Dữ liệu" }).click();
    const sheet = page.locator('[data-testid="preview-sheet"][data-sheet="Dữ liệu"]');
    await sheet.waitFor();
    // cells of one column: "A2", not "AA2" (the data sheet runs past Z)
    const column = async (letter: string) =>
      (await sheet.locator(`td[data-addr^="${letter}"]`).evaluateAll((tds, l) => tds.filter((td) => new RegExp(`^${l}\\d+$`).test(td.getAttribute("data-addr") ?? "")).map((td) => (td as HTMLElement).innerText), letter));
    const colA = await column("A");
    const bodyRows = colA.slice(1).filter((v) => v.trim() !== "");
    // One data row per fact that was not rejected.
    expect(bodyRows.length).toBe(total - 1);
    expect(bodyRows).toContain("Hà Tĩnh");
    const values = await column(colLetter(DC.value));
    expect(values).toContain("100061");
    expect(values).not.toContain("2234");
    await shot("04-write");
  });

  it("shows before writing that writing the same facts again changes nothing, and says so after", async () => {
    await page.getByTestId("tab-review").click();
    await page.getByTestId("tab-write").click();
    const before = page.getByTestId("change-summary");
    await before.waitFor({ timeout: 30000 });
    expect(await before.innerText()).toMatch(/Không có thay đổi: \d+ số liệu giữ nguyên/);
    await page.getByTestId("write").click();
    const after = page.getByTestId("written-changes");
    await after.waitFor({ timeout: 30000 });
    expect(await after.innerText()).toMatch(/Không có thay đổi: \d+ số liệu giữ nguyên/);
    await shot("04b-write-unchanged");
  });

  it("shows a value edited in Review as a change old → new, before and after writing", async () => {
    await page.getByTestId("tab-review").click();
    await page.getByTestId("fact-row").filter({ hasText: "100.061" }).first().click();
    await page.getByTestId("edit").click();
    await page.getByTestId("edit-value").fill("100100");
    await page.getByTestId("edit-value").press("Enter");
    await page.getByTestId("fact-row").filter({ hasText: "100.100" }).first().waitFor();
    await page.getByTestId("tab-write").click();
    const before = page.getByTestId("change-summary");
    await before.waitFor({ timeout: 30000 });
    const text = await before.innerText();
    expect(text).toContain("0 thêm, 1 thay đổi, 0 bỏ");
    expect(text).toContain("100061 → 100100");
    await shot("04c-change-before-write");
    await page.getByTestId("write").click();
    const after = page.getByTestId("written-changes");
    await after.waitFor({ timeout: 30000 });
    expect(await after.innerText()).toContain("100061 → 100100");
    // the preview holds the new value, and the log sheet the change
    await page.getByTestId("preview-tab").filter({ hasText: "Nhật ký" }).click();
    const log = page.locator('[data-testid="preview-sheet"][data-sheet="Nhật ký"]');
    await log.waitFor();
    expect(await log.innerText()).toContain("100100");
    await shot("04d-change-written");
  });

  it("shows an error for a corrupt file and keeps working", async () => {
    await page.getByTestId("tab-sources").click();
    // Dropped, like a user dragging files from Explorer: a binary "text" file and a broken .docx.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 255])], "hong.txt", { type: "text/plain" }));
      dt.items.add(new File([new Uint8Array([80, 75, 3, 4, 0, 0, 1, 2])], "hong.docx"));
      const zone = document.querySelector('[data-testid="dropzone"]')!;
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const errors = page.getByTestId("source-error");
    await errors.nth(1).waitFor({ timeout: 30000 });
    const messages = await errors.allInnerTexts();
    expect(messages.some((m) => m.includes("hong.txt"))).toBe(true);
    expect(messages.some((m) => m.includes("hong.docx"))).toBe(true);
    await shot("05-corrupt-file");
    // The rest still works: another report extracts next to the broken files.
    await page.getByTestId("paste").fill(seed("001_211755ac7683c90c.txt"));
    await page.getByRole("button", { name: "Trích xuất", exact: true }).click();
    await page.getByTestId("review-group").nth(1).waitFor({ timeout: 60000 });
    expect(await page.getByTestId("review-group").count()).toBe(2);
  });

  it("switches to English", async () => {
    await page.getByTestId("lang").click();
    await page.getByTestId("tab-sources").filter({ hasText: "1. Sources" }).waitFor();
    expect(await page.getByTestId("tab-review").innerText()).toBe("2. Review");
    await shot("06-english");
    await page.getByTestId("lang").click();
  });

  it("reads a picked .docx report and extracts its facts next to the others", async () => {
    const docx = join(ROOT, "test", "fixtures", "readers", "seeds", "002_2fdd70bb29e5f75a.docx");
    await page.getByTestId("tab-sources").click();
    await page.getByTestId("file-input").setInputFiles(docx);
    await page.getByTestId("source").filter({ hasText: "002_2fdd70bb29e5f75a.docx" }).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "Trích xuất", exact: true }).click();
    const group = page.getByTestId("review-group").filter({ hasText: "002_2fdd70bb29e5f75a.docx" });
    await group.waitFor({ timeout: 60000 }).catch(async (e: unknown) => {
      await shot("07-docx-failed");
      throw e;
    });
    expect(await group.getByTestId("fact-row").count()).toBeGreaterThan(0);
    await shot("07-docx");
  });

  it("reads a picked .pdf report", async () => {
    const pdf = join(ROOT, "test", "fixtures", "readers", "seeds", "000_844639c4afc40b91.pdf");
    await page.getByTestId("tab-sources").click();
    await page.getByTestId("file-input").setInputFiles(pdf);
    const card = page.getByTestId("source").filter({ hasText: "000_844639c4afc40b91.pdf" });
    await card.waitFor({ timeout: 30000 });
    if (await card.getByTestId("source-error").count()) {
      await shot("08-pdf-failed");
      throw new Error(`pdf: ${await card.getByTestId("source-error").innerText()}`);
    }
    await page.getByRole("button", { name: "Trích xuất", exact: true }).click();
    const group = page.getByTestId("review-group").filter({ hasText: "000_844639c4afc40b91.pdf" });
    await group.waitFor({ timeout: 60000 });
    expect(await group.innerText()).toContain("17.946");
  });

  it("made no request outside localhost and threw no page errors", () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  // the README's screenshots are refreshed on request (npm run screenshots), not by every test run
  afterAll(() => {
    if (!process.env.UPDATE_DOCS_SCREENSHOTS) return;
    mkdirSync(DOCS_SHOTS, { recursive: true });
    for (const name of ["02-review", "03-sentence", "04-write", "04c-change-before-write", "05-corrupt-file", "07-docx"]) {
      const from = join(SHOTS, `${name}.png`);
      if (existsSync(from)) copyFileSync(from, join(DOCS_SHOTS, `${name}.png`));
    }
  });
});
