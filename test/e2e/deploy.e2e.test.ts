// `ADDIN_URL=https://… npm run build`, as an office runs it before copying dist/ to its web server:
// dist/manifest.xml valid against the official schemas, pointing only under that address, at files
// that were built; then the built pane served from a sub-folder, as on an intranet server, in
// Chromium: it loads everything from its own folder (office.js, the pdf.js worker), reads and
// extracts; and in an Excel without ExcelApi 1.7 it says which Excel it needs and what to do.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startPreviewServer } from "../../scripts/preview-server";

const ROOT = resolve(__dirname, "../..");
const SHOTS = join(ROOT, "test-artifacts", "screenshots");
const BASE = "https://intranet.example/chi-tieu/";
// an Excel 2016 host as office.js would describe it: ExcelApi 1.1 and nothing later
const EXCEL_2016 = `window.Office = {
  context: { requirements: { isSetSupported: function (name, v) { return name === "ExcelApi" && v === "1.1"; } } },
  onReady: function (cb) { var info = { host: "Excel", platform: "PC" }; setTimeout(function () { cb && cb(info); }, 0); return Promise.resolve(info); }
};`;

describe("npm run build with ADDIN_URL", () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-deploy-"));
  const out = join(tmp, "chi-tieu");
  let log = "";
  let server: Server;
  let browser: Browser;
  let local = "";

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // the real command, into a folder of its own (the pane test builds dist/ in development mode)
    log = execFileSync("npm", ["run", "build", "--", "--output-path", out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: "https://intranet.example/chi-tieu" },
      encoding: "utf8",
      stdio: "pipe",
      timeout: 900_000,
    });
    // served like the intranet would: the add-in in a sub-folder of the server, on a free port
    server = await startPreviewServer(0, tmp);
    local = `http://localhost:${(server.address() as AddressInfo).port}/chi-tieu/`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  }, 900_000);

  afterAll(async () => {
    // the README's screenshot is refreshed on request (npm run screenshots)
    const shot = join(SHOTS, "09-excel-too-old.png");
    if (process.env.UPDATE_DOCS_SCREENSHOTS && existsSync(shot)) copyFileSync(shot, join(ROOT, "docs", "screenshots", "09-excel-too-old.png"));
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    rmSync(tmp, { recursive: true, force: true });
  });

  test("builds without the warning meant for a build without an address", () => {
    expect(log).toMatch(/compiled successfully/);
    expect(log).not.toMatch(/points to https:\/\/localhost/);
  });

  test("dist/manifest.xml is valid against the XSDs", () => {
    const r = spawnSync("bash", [join(ROOT, "scripts/validate-manifest.sh"), join(out, "manifest.xml")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("every address in it is under ADDIN_URL and names a file that was built", () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("<AppDomain>https://intranet.example</AppDomain>");
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) {
      expect(u.startsWith(BASE)).toBe(true);
      expect(existsSync(join(out, u.slice(BASE.length)))).toBe(true);
    }
  });

  /** A page that records every request, failed response and page error. */
  async function open(url: string, route?: (page: Page) => Promise<void>) {
    const page = await browser.newPage({ viewport: { width: 420, height: 700 }, locale: "vi-VN" });
    const seen = { requests: [] as string[], failed: [] as string[], errors: [] as string[] };
    page.on("request", (r) => void seen.requests.push(r.url()));
    page.on("response", (r) => void (r.status() >= 400 && seen.failed.push(`${r.status()} ${r.url()}`)));
    page.on("pageerror", (e) => void seen.errors.push(e.message));
    await route?.(page);
    await page.goto(url);
    return { page, seen };
  }

  test("served from a sub-folder, the pane loads only from its folder, reads a PDF and extracts", async () => {
    const { page, seen } = await open(`${local}taskpane.html`);
    await page.getByRole("button", { name: "Trích xuất", exact: true }).waitFor({ timeout: 60_000 });
    await page.getByTestId("file-input").setInputFiles(join(ROOT, "test/fixtures/readers/seeds/000_844639c4afc40b91.pdf"));
    await page.getByTestId("source").filter({ hasText: "000_844639c4afc40b91.pdf" }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Trích xuất", exact: true }).click();
    const group = page.getByTestId("review-group").filter({ hasText: "000_844639c4afc40b91.pdf" });
    await group.waitFor({ timeout: 60_000 });
    expect(await group.innerText()).toContain("17.946");
    expect(seen.requests.some((u) => u === `${local}pdfjs/pdf.worker.min.mjs`)).toBe(true);
    expect(seen.requests.filter((u) => !u.startsWith(local) && !u.startsWith("data:") && !u.startsWith("blob:"))).toEqual([]);
    expect(seen.failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  test("in Excel 2016 the pane names the Excel it needs and points to chi-tieu build", async () => {
    const officeJs: string[] = [];
    const { page, seen } = await open(`${local}taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN$$$$0`, async (p) => {
      await p.route("**/office-js/office.js", (r) => {
        officeJs.push(r.request().url());
        return r.fulfill({ status: 200, contentType: "text/javascript", body: EXCEL_2016 });
      });
    });
    const vi = page.getByTestId("too-old-vi");
    await vi.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, "09-excel-too-old.png"), fullPage: true });
    // office.js was asked for in the add-in's own folder, not at the server's root
    expect(officeJs).toEqual([`${local}office-js/office.js`]);
    const text = `${await vi.innerText()}\n${await page.getByTestId("too-old-en").innerText()}`;
    for (const v of ["ExcelApi 1.7", "Excel 2019", "Excel 2021", "Excel 2024", "Microsoft 365", "Excel trên web", "Excel on the web", "chi-tieu build"]) expect(text).toContain(v);
    expect(await page.getByRole("button", { name: "Trích xuất", exact: true }).count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });
});
