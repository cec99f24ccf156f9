import { mkdtempSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readDocument, ReadError } from "../../src/adapters/readers";
import { extractFile, listFiles } from "../../src/cli/sources";
import { fixture, FIXTURES } from "./helpers";

const message = async (name: string, bytes: Uint8Array) => {
  try {
    await readDocument(name, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error(`${name} was read`);
};

test.each([
  ["truncated.docx", /^truncated\.docx: not a readable \.docx \(damaged or incomplete zip/],
  ["random.pdf", /^random\.pdf: not a readable PDF/],
  ["empty.txt", /^empty\.txt: the file is empty$/],
  ["encrypted.docx", /^encrypted\.docx: the file is password-protected/],
  ["locked.pdf", /^locked\.pdf: the PDF is password-protected/],
  ["scanned.pdf", /^scanned\.pdf: the PDF has no text layer .* needs OCR/],
])("%s → one clear message naming the file", async (file, re) => {
  expect(await message(file, fixture(`broken/${file}`))).toMatch(re);
});

test("wrong extensions are read by content", async () => {
  const w = await readDocument("word-renamed.txt", fixture("broken/word-renamed.txt"));
  expect(w.text).toMatch(/^.{0,40}\S/);
  expect(w.text).not.toContain("word/document.xml");
  const p = await readDocument("pdf-without-extension", fixture("broken/pdf-without-extension"));
  expect(p.pageStarts?.length).toBeGreaterThan(0);
  expect(await message("photo.jpg", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))).toMatch(/^photo\.jpg: not a document: binary content/);
  expect(await message("notes.rtf", new TextEncoder().encode("{\\rtf1 hello}"))).toMatch(/^notes\.rtf: unsupported file type "\.rtf"/);
});

test("over 50 MB is refused before reading", async () => {
  expect(await message("huge.pdf", new Uint8Array(50 * 1024 * 1024 + 1))).toMatch(/^huge\.pdf: the file is 50 MB, over the 50 MB limit/);
});

test("a folder with bad files: one error per bad file, the good ones still give facts", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "readers-"));
  for (const f of readdirSync(path.join(FIXTURES, "broken"))) copyFileSync(path.join(FIXTURES, "broken", f), path.join(dir, f));
  copyFileSync(path.join(FIXTURES, "indicator-table.xlsx"), path.join(dir, "indicator-table.xlsx"));
  writeFileSync(path.join(dir, "zz-random.docx"), Uint8Array.from({ length: 3000 }, (_v, i) => (i * 7919) % 256));
  const { files } = await listFiles([dir]);
  const results = await Promise.all(files.map((f) => extractFile(f, {})));
  const errors = results.filter((r) => r.error);
  expect(errors.map((r) => path.basename(r.file)).sort()).toEqual(["empty.txt", "encrypted.docx", "locked.pdf", "random.pdf", "scanned.pdf", "truncated.docx", "zz-random.docx"]);
  for (const r of errors) {
    expect(r.error!.startsWith(path.basename(r.file) + ": ")).toBe(true);
    expect(r.facts).toEqual([]);
  }
  expect(results.find((r) => r.file.endsWith("indicator-table.xlsx"))!.facts.length).toBeGreaterThan(3);
  expect(results.find((r) => r.file.endsWith("word-renamed.txt"))!.facts.length).toBeGreaterThan(0);
});
