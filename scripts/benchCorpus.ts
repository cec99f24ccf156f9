// A varied report corpus for benchmarks: paragraphs of the bundled sample reports recombined
// into new documents, with their figures, years and unit names changed by a seeded generator, so
// no document repeats another verbatim (a repeated file would flatter every cache).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { OLD_UNITS } from "../src/core/entities/entities";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function sampleParagraphs(dir = path.resolve(__dirname, "../samples/seeds")): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  return files.flatMap((f) => readFileSync(path.join(dir, f), "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40));
}

/** Documents totalling at least `bytes` bytes of UTF-8. */
export function buildCorpus(bytes: number, seed = 7): string[] {
  const paras = sampleParagraphs();
  const rand = rng(seed);
  const names = OLD_UNITS.map((u) => u.name);
  const docs: string[] = [];
  let total = 0;
  while (total < bytes) {
    const province = names[Math.floor(rand() * names.length)];
    const year = 2019 + Math.floor(rand() * 7);
    const n = 8 + Math.floor(rand() * 25);
    const parts = [`Tỉnh ủy ${province} tổ chức hội nghị tổng kết công tác năm ${year}`];
    for (let i = 0; i < n; i++) {
      let p = paras[Math.floor(rand() * paras.length)];
      p = p.replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+/g, (m) => {
        const digits = m.replace(/\d/g, () => String(Math.floor(rand() * 10)));
        return digits.replace(/^0+(?=\d)/, "1");
      });
      p = p.replace(/năm 20(\d\d)/g, () => `năm ${year - Math.floor(rand() * 2)}`);
      p = p.replace(/Hà Tĩnh|Bắc Kạn|Đồng Tháp/g, province);
      parts.push(p);
    }
    const doc = parts.join("\n\n");
    docs.push(doc);
    total += Buffer.byteLength(doc, "utf8");
  }
  return docs;
}
