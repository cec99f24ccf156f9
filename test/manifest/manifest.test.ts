import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const script = join(root, "scripts/validate-manifest.sh");

function validate(path: string) {
  return spawnSync("bash", [script, path], { cwd: root, encoding: "utf8" });
}

describe("manifest.xml (offline XSD validation)", () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "manifest-")); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is valid", () => {
    const r = validate(join(root, "manifest.xml"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("VALID");
  });

  it("rejects a copy whose elements are out of schema order", () => {
    const text = readFileSync(join(root, "manifest.xml"), "utf8");
    // The schema fixes element order: Version must follow Id.
    const broken = text.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1");
    expect(broken).not.toBe(text);
    const path = join(dir, "broken.xml");
    writeFileSync(path, broken);
    const r = validate(path);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("INVALID");
  });

  it("rejects a copy that is not well-formed", () => {
    const path = join(dir, "truncated.xml");
    writeFileSync(path, readFileSync(join(root, "manifest.xml"), "utf8").slice(0, 400));
    expect(validate(path).status).not.toBe(0);
  });

  it("declares the Workbook host, ExcelApi 1.7, vi-VN default with en-US overrides and the local pane", () => {
    const text = readFileSync(join(root, "manifest.xml"), "utf8");
    expect(text).toMatch(/<Host Name="Workbook"\/>/);
    expect(text).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(text).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(text).toMatch(/Override Locale="en-US"/);
    expect(text).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("points at icon files that are real PNGs of the declared sizes", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(root, "assets", `icon-${size}.png`));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});
