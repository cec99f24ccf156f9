// The manifest an office deploys: every URL under the address it serves dist/ from, valid against
// the official schemas (offline), refused addresses explained. The full `npm run build` with
// ADDIN_URL runs in test/e2e/deploy.e2e.test.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, manifestFor } = require("../../scripts/addin-url.js") as {
  addinUrl: (v: string) => string;
  manifestFor: (xml: string, base: string, version?: string) => string;
};
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/** The addresses the manifest points to (the XML namespaces are http:// names, not addresses). */
function urlsOf(xml: string): string[] {
  return [...xml.matchAll(/"(https:\/\/[^"]+)"|>(https:\/\/[^<]+)</g)].map((m) => m[1] ?? m[2]);
}

describe("the deployed manifest", () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "manifest-deploy-")); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["https://intranet.example/chi-tieu/", "https://intranet.example/chi-tieu/"],
    ["https://intranet.example/chi-tieu", "https://intranet.example/chi-tieu/"],
    ["https://addins.cucthongke.local:8443/", "https://addins.cucthongke.local:8443/"],
  ])("%s: valid against the XSDs, every URL under it", (given, base) => {
    const url = addinUrl(given);
    expect(url).toBe(base);
    const xml = manifestFor(manifest, url, version);
    const file = join(dir, "manifest.xml");
    writeFileSync(file, xml);
    const r = spawnSync("bash", [join(root, "scripts/validate-manifest.sh"), file], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const origin = new URL(base).origin;
    const urls = urlsOf(xml);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(u === origin || u.startsWith(base)).toBe(true);
    expect(xml).toContain(`<AppDomain>${origin}</AppDomain>`);
    expect(xml).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
    expect(xml).not.toContain("localhost");
  });

  test("carries the package's version (Office updates a deployed add-in when it grows)", () => {
    expect(manifestFor(manifest, "https://a.example/", "1.2.3")).toContain("<Version>1.2.3.0</Version>");
  });

  test.each([
    ["http://intranet.example/chi-tieu/", /https:\/\/ \(Office loads add-ins over HTTPS only\)/],
    ["intranet.example/chi-tieu/", /absolute https:\/\/ address/],
    ["https://intranet.example/chi-tieu/?v=2", /without "\?…" or "#…"/],
    ["", /absolute https:\/\/ address/],
  ])("%j is refused with a reason", (given, why) => {
    expect(() => addinUrl(given)).toThrow(why);
  });
});
