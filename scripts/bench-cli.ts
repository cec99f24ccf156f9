// End-to-end throughput of the command line as a user runs it: `chi-tieu extract FOLDER > facts.jsonl`
// on ≥ 20 MB of varied report text written as files in subfolders, timed from the start of the
// process to its exit (node start-up, module loading, listing, reading, extraction, JSON Lines
// written to a file — everything). Two corpora: the text as .txt files, and the same text as a
// mix of .txt, .docx and .html (the .docx and .html readers and their lazy loading included).
// Also: start-up alone (`--version`, and `extract` of one short report).
//   npx tsx scripts/bench-cli.ts [runs]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, closeSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { buildCorpus } from "./benchCorpus";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "dist-cli", "chi-tieu.js");
const RUNS = Number(process.argv[2] ?? 3);
const MiB = 2 ** 20;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function html(text: string): string {
  const paras = text.split(/\n\s*\n/).map((p) => `<p>${esc(p)}</p>`).join("\n");
  return `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head><body><article>\n${paras}\n</article></body></html>\n`;
}

async function docx(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const body = text.split(/\n\s*\n/).map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The corpus as files, 40 documents a folder; every fifth a .docx and every fifth an .html when mixed. */
async function writeCorpus(dir: string, docs: string[], mixed: boolean): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < docs.length; i++) {
    const sub = path.join(dir, `tinh-${String(Math.floor(i / 40)).padStart(2, "0")}`);
    if (i % 40 === 0) mkdirSync(sub, { recursive: true });
    const name = `bao-cao-${String(i).padStart(5, "0")}`;
    const kind = mixed ? (i % 5 === 1 ? "docx" : i % 5 === 3 ? "html" : "txt") : "txt";
    const file = path.join(sub, `${name}.${kind}`);
    if (kind === "docx") writeFileSync(file, await docx(docs[i]));
    else writeFileSync(file, kind === "html" ? html(docs[i]) : docs[i]);
    bytes += statSync(file).size;
  }
  return bytes;
}

function timed(args: string[], out: string): { s: number; status: number | null; stderr: string } {
  const fd = openSync(out, "w");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ["ignore", fd, "pipe"], encoding: "utf8", maxBuffer: 64 * MiB });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(fd);
  return { s, status: r.status, stderr: r.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => os.loadavg()[0].toFixed(2);

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs"), "--quiet"], { stdio: "inherit" });
  const tmp = mkdtempSync(path.join(os.tmpdir(), "chitieu-bench-cli-"));
  try {
    const one = path.join(tmp, "mot.txt");
    writeFileSync(one, "Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Năm 2023, tổng thu ngân sách đạt 17.946 tỷ đồng, bằng 102,6% dự toán.");
    const out = path.join(tmp, "facts.jsonl");
    const version = Array.from({ length: 5 }, () => timed(["--version"], out).s);
    const small = Array.from({ length: 5 }, () => timed(["extract", one], out).s);
    console.log(`cli start-up: --version ${(median(version) * 1000).toFixed(0)} ms, extract of one short report ${(median(small) * 1000).toFixed(0)} ms (medians of 5)`);

    const docs = buildCorpus(20 * MiB);
    const text = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
    for (const mixed of [false, true]) {
      const dir = path.join(tmp, mixed ? "mixed" : "txt");
      const fileBytes = await writeCorpus(dir, docs, mixed);
      const runs: number[] = [];
      let lines = 0;
      for (let r = 0; r < RUNS; r++) {
        const t = timed(["extract", dir], out);
        if (t.status !== 0) throw new Error(`chi-tieu extract exited ${t.status}:\n${t.stderr.slice(-2000)}`);
        if (/^error:/m.test(t.stderr)) throw new Error(`chi-tieu extract reported errors:\n${t.stderr.split("\n").filter((l) => l.startsWith("error:")).slice(0, 5).join("\n")}`);
        runs.push(t.s);
        lines = statSync(out).size && Number(execFileSync("wc", ["-l", out], { encoding: "utf8" }).trim().split(/\s+/)[0]);
      }
      const s = median(runs);
      console.log(
        `cli end to end (${mixed ? "mixed .txt/.docx/.html" : ".txt"}): ${(text / MiB).toFixed(1)} MiB of report text ` +
          `(${(fileBytes / MiB).toFixed(1)} MiB of files) in ${docs.length} files, ${lines} facts; median of ${RUNS} ${s.toFixed(2)} s → ` +
          `${(text / MiB / s).toFixed(1)} MiB/s (${(text / 1e6 / s).toFixed(1)} MB/s) including start-up (runs: ${runs.map((x) => x.toFixed(2)).join(", ")} s; load average ${load()})`,
      );
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
