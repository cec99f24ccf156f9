// Damaged input never escapes as anything but a ReadError, and never hangs.
import fc from "fast-check";
import { readDocument, ReadError } from "../../src/adapters/readers";
import { fixture } from "./helpers";

const SOURCES: Array<[string, Uint8Array]> = [
  ["a.docx", fixture("indicator-table.docx")],
  ["a.xlsx", fixture("indicator-table.xlsx")],
  ["a.pdf", fixture("seeds/004_3cf7981176b2aafa.pdf")],
  ["a.html", fixture("article.html")],
  ["a.txt", fixture("legacy-tcvn3.txt")],
  ["a.csv", fixture("indicator-table.csv")],
];
const NAMES = ["x.docx", "x.xlsx", "x.pdf", "x.html", "x.txt", "x.csv", "x"];

async function readsOrReadError(name: string, bytes: Uint8Array): Promise<void> {
  const started = Date.now();
  try {
    const doc = await readDocument(name, bytes);
    expect(typeof doc.text).toBe("string");
  } catch (e) {
    if (!(e instanceof ReadError)) throw new Error(`${name}: threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
    expect((e as ReadError).message.startsWith(`${name}: `)).toBe(true);
  }
  expect(Date.now() - started).toBeLessThan(5000);
}

test("truncated real files: a document or a ReadError", async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: SOURCES.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), async (i, frac) => {
      const [name, bytes] = SOURCES[i];
      await readsOrReadError(name, bytes.subarray(0, Math.floor(bytes.length * frac)));
    }),
    { numRuns: 60 },
  );
}, 120_000);

test("corrupted real files (bytes flipped): a document or a ReadError", async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: SOURCES.length - 1 }), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), async (i, flips) => {
      const [name, bytes] = SOURCES[i];
      const b = bytes.slice();
      for (const [at, v] of flips) b[Math.floor(at * (b.length - 1))] = v;
      await readsOrReadError(name, b);
    }),
    { numRuns: 60 },
  );
}, 120_000);

test("random bytes under any name: a document or a ReadError", async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 4096 }), async (name, bytes) => {
      await readsOrReadError(name, bytes);
    }),
    { numRuns: 150 },
  );
}, 120_000);

test("random bytes behind real signatures (zip, pdf, cfb): a ReadError", async () => {
  const sigs = [[0x50, 0x4b, 0x03, 0x04], [...new TextEncoder().encode("%PDF-1.7\n")], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...NAMES), fc.constantFrom(...sigs), fc.uint8Array({ minLength: 1, maxLength: 4096 }), async (name, sig, rest) => {
      await readsOrReadError(name, Uint8Array.from([...sig, ...rest]));
    }),
    { numRuns: 100 },
  );
}, 120_000);

// readDocument wraps whatever a reader lets slip; each reader on its own must already say ReadError
test("each reader on its own throws nothing but ReadError on damaged input", async () => {
  const { readDocx } = await import("../../src/adapters/readers/docx");
  const { readPdf } = await import("../../src/adapters/readers/pdf");
  const { readXlsx } = await import("../../src/adapters/readers/xlsx");
  const { readHtml } = await import("../../src/adapters/readers/html");
  const { readTxt } = await import("../../src/adapters/readers/txt");
  const { readCsv } = await import("../../src/adapters/readers/csv");
  const readers = [readDocx, readXlsx, readPdf, readHtml, readTxt, readCsv];
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: SOURCES.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), async (i, frac) => {
      const bytes = SOURCES[i][1].subarray(0, Math.max(1, Math.floor(SOURCES[i][1].length * frac)));
      try {
        await readers[i]("y", bytes);
      } catch (e) {
        if (!(e instanceof ReadError)) throw new Error(`reader ${i} threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
      }
    }),
    { numRuns: 80 },
  );
}, 120_000);
