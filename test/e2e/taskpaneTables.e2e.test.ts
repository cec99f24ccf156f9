// Indicator tables in the real pane (Debian Chromium, browser preview): a dropped .docx and a
// dropped .xlsx give the figures `extract` gives on the same files, legacy .doc and .xls and a PDF
// whose table runs over a page break are read in the browser bundle too, a table fact shows its
// row with the cell marked, and a long PDF read in the document worker can be cancelled.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { basename, join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPreviewServer } from "../../scripts/preview-server";
import { extractFile } from "../../src/cli/sources";
import { formatValue } from "../../src/taskpane/format";

const ROOT = resolve(__dirname, "../..");
const TABLES = join(ROOT, "test", "data", "tables", "converted");
const SHOTS = join(ROOT, "test-artifacts", "screenshots");
const PORT = 3002;
const BASE = `http://localhost:${PORT}`;

let server: Server;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const outside: string[] = [];
const requested: string[] = [];

async function drop(files: string[]): Promise<void> {
  const payload = files.map((f) => ({ name: basename(f), bytes: [...readFileSync(f)] }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    const zone = document.querySelector('[data-testid="dropzone"]')!;
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

async function sourcesRead(n: number): Promise<void> {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="source"]').length >= count && !document.querySelector('[data-testid="progress"]'), n, { timeout: 60000 });
}

/** The values the review screen shows for one source, in order. */
async function shownValues(file: string): Promise<string[]> {
  const group = page.getByTestId("review-group").filter({ hasText: file });
  return group.getByTestId("fact-value").allInnerTexts();
}

async function cliValues(file: string): Promise<string[]> {
  const r = await extractFile(file, {});
  expect(r.error).toBeUndefined();
  return r.facts.map((f) => formatValue(f, "vi"));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync("npx", ["webpack", "--mode", "development"], { cwd: ROOT, stdio: "pipe" });
  server = await startPreviewServer(PORT, join(ROOT, "dist"));
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 420, height: 1000 }, locale: "vi-VN" });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("request", (r) => {
    const url = r.url();
    requested.push(url);
    if (!url.startsWith(`${BASE}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
  });
  await page.goto(`${BASE}/taskpane.html`);
  await page.getByRole("button", { name: "Trích xuất", exact: true }).waitFor({ timeout: 30000 });
}, 240000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

describe("indicator tables in the pane", () => {
  const docx = join(TABLES, "docx", "t01.docx");
  const xlsx = join(TABLES, "xlsx", "t10.xlsx");

  it("offers every readable format in the file picker", async () => {
    const accept = await page.getByTestId("file-input").getAttribute("accept");
    for (const ext of [".docx", ".doc", ".pdf", ".xlsx", ".xls", ".csv", ".html", ".txt"]) expect(accept?.split(",")).toContain(ext);
  });

  it("a dropped .docx and .xlsx table show the same figures as extract on the same files", async () => {
    await drop([docx, xlsx]);
    await sourcesRead(2);
    await page.getByTestId("extract").click();
    await page.getByTestId("review-group").nth(1).waitFor({ timeout: 60000 });
    for (const file of [docx, xlsx]) {
      const shown = await shownValues(basename(file));
      const cli = await cliValues(file);
      expect(cli.length).toBeGreaterThan(15);
      expect([...shown].sort()).toEqual([...cli].sort());
    }
    await page.screenshot({ path: join(SHOTS, "10-tables-review.png"), fullPage: false });
  });

  it("shows a table fact's row with its cell marked and its sheet and address", async () => {
    const group = page.getByTestId("review-group").filter({ hasText: "t10.xlsx" });
    await group.getByTestId("fact-row").filter({ hasText: "10.385,6" }).first().click();
    const row = page.getByTestId("table-row");
    await row.waitFor();
    expect(await row.locator("mark").innerText()).toBe("10385,6");
    const caption = await row.locator("figcaption").innerText();
    expect(caption).toContain("KT");
    expect(caption).toMatch(/E\d+/);
    expect(await row.innerText()).toContain("Tổng thu ngân sách nhà nước trên địa bàn");
    await page.getByTestId("fact-detail").screenshot({ path: join(SHOTS, "11-table-row.png") });
  });

  it("reads legacy .doc and .xls and a PDF table over a page break in the browser bundle", async () => {
    await page.getByTestId("tab-sources").click();
    const files = [join(TABLES, "doc", "t02.doc"), join(TABLES, "xls", "t14.xls"), join(TABLES, "pdf", "t11.pdf")];
    await drop(files);
    await sourcesRead(5);
    expect(await page.getByTestId("source-error").count()).toBe(0);
    await page.getByTestId("extract").click();
    await page.getByTestId("review-group").filter({ hasText: "t11.pdf" }).waitFor({ timeout: 60000 });
    for (const file of files) expect([...(await shownValues(basename(file)))].sort()).toEqual([...(await cliValues(file))].sort());
  });

  it("cancels a long PDF being read, keeps working, and read it off the pane's thread", async () => {
    await page.getByTestId("tab-sources").click();
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    const before = await page.getByTestId("source").count();
    await drop([join(ROOT, "test", "fixtures", "readers", "long-report.pdf")]);
    await page.getByTestId("cancel").waitFor({ timeout: 10000 });
    await page.waitForFunction(() => /trang \d+\/\d+/.test(document.querySelector('[data-testid="progress"]')?.textContent ?? ""), undefined, { timeout: 30000 });
    await page.screenshot({ path: join(SHOTS, "12-reading-progress.png"), fullPage: false });
    await page.getByTestId("cancel").click();
    await page.getByTestId("errors").filter({ hasText: "Đã huỷ" }).waitFor({ timeout: 10000 });
    expect(await page.getByTestId("source").count()).toBe(before);
    // read again to the end: the worker starts anew
    await drop([join(ROOT, "test", "fixtures", "readers", "long-report.pdf")]);
    await sourcesRead(before + 1);
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    // desktop Excel restarts an add-in that does not yield for 5 s; reading must leave the pane free
    expect(longest).toBeLessThan(1000);
    // the reading ran in the document worker, not on the pane's thread
    expect(requested.some((u) => u.endsWith("/documentWorker.js"))).toBe(true);
  }, 180000);

  it("made no request outside localhost and threw no page errors", () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
