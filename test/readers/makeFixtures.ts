// Makes the reader fixtures under test/fixtures/readers/ with real tools (LibreOffice for .docx and
// .pdf, exceljs for .xlsx). Run once and commit the output:  npx tsx test/readers/makeFixtures.ts
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { encodeCp1258, encodeTcvn3, encodeVni } from "./legacyEncode";

const ROOT = path.join(__dirname, "..", "..");
const OUT = path.join(ROOT, "test", "fixtures", "readers");
const SEEDS = path.join(ROOT, "samples", "seeds");
const seed0 = readFileSync(path.join(SEEDS, "000_844639c4afc40b91.txt"), "utf8");

const soffice = (to: string, file: string, outdir: string) =>
  execFileSync("soffice", ["--headless", "--convert-to", to, "--outdir", outdir, file], { stdio: "pipe" });

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Hà Tĩnh 2023, figures from seed 000: budget revenue 17.946 tỷ đồng = 102,6% of the estimate
// (so the estimate is 17.491), growth 8,05%, poverty 3,01%, 2.234 new party members.
export const TABLE_TITLE = "Biểu 01: Một số chỉ tiêu kinh tế - xã hội chủ yếu tỉnh Hà Tĩnh năm 2023";
export const TABLE_ROWS = [
  ["1", "Tốc độ tăng trưởng GRDP", "%", "", "8,05", ""],
  ["2", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "17.491", "17.946", "102,6"],
  ["3", "Tỷ lệ hộ nghèo", "%", "", "3,01", ""],
  ["4", "Kết nạp đảng viên mới", "Người", "", "2.234", ""],
  ["5", "Số cuộc họp báo", "Cuộc", "", "12", ""],
];

function fodt(): string {
  const cell = (t: string, attrs = "") => `<table:table-cell office:value-type="string"${attrs}><text:p>${esc(t)}</text:p></table:table-cell>`;
  const covered = "<table:covered-table-cell/>";
  const rows = TABLE_ROWS.map((r) => `<table:table-row>${r.map((t) => cell(t)).join("")}</table:table-row>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name=".VnTime" svg:font-family=".VnTime"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="Legacy" style:family="text"><style:text-properties style:font-name=".VnTime"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p>ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH</text:p>
<text:p>Báo cáo tình hình kinh tế - xã hội năm 2023</text:p>
<text:p>Năm 2023, tổng thu ngân sách trên địa bàn đạt 17.946 tỷ đồng<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Số liệu của Sở Tài chính tỉnh Hà Tĩnh, cập nhật tháng 01 năm 2024.</text:p></text:note-body></text:note>, bằng 102,6% dự toán Trung ương giao.</text:p>
<text:p><text:span text:style-name="Legacy">${esc(new TextDecoder("windows-1252").decode(encodeTcvn3("Tỉnh ủy Hà Tĩnh chỉ đạo quyết liệt.")))}</text:span></text:p>
<text:p>${esc(TABLE_TITLE)}</text:p>
<table:table table:name="Bieu01">
<table:table-column table:number-columns-repeated="6"/>
<table:table-row>${cell("STT", ' table:number-rows-spanned="2"')}${cell("Chỉ tiêu", ' table:number-rows-spanned="2"')}${cell("ĐVT", ' table:number-rows-spanned="2"')}${cell("Năm 2023", ' table:number-columns-spanned="2"')}${covered}${cell("So sánh TH/KH (%)", ' table:number-rows-spanned="2"')}</table:table-row>
<table:table-row>${covered}${covered}${covered}${cell("Kế hoạch")}${cell("Thực hiện")}${covered}</table:table-row>
${rows}
</table:table>
<text:p>Nguồn: Cục Thống kê tỉnh Hà Tĩnh.</text:p>
</office:text></office:body></office:document>`;
}

async function xlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 01");
  ws.addRow([TABLE_TITLE]);
  ws.mergeCells("A1:F1");
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "", "So sánh TH/KH (%)"]);
  ws.addRow(["", "", "", "Kế hoạch", "Thực hiện", ""]);
  ws.mergeCells("A2:A3");
  ws.mergeCells("B2:B3");
  ws.mergeCells("C2:C3");
  ws.mergeCells("D2:E2");
  ws.mergeCells("F2:F3");
  for (const r of TABLE_ROWS) {
    const num = (s: string) => (s ? Number(s.replace(/\./g, "").replace(",", ".")) : null);
    const row = ws.addRow([Number(r[0]), r[1], r[2], num(r[3]), num(r[4]), null]);
    if (r[5]) {
      // the comparison as a formula with a percent format, the way offices build these sheets
      row.getCell(6).value = { formula: `E${row.number}/D${row.number}`, result: Number(r[5].replace(",", ".")) / 100 };
      row.getCell(6).numFmt = "0.0%";
    }
  }
  await wb.xlsx.writeFile(file);
}

function html(): string {
  const paras = seed0.split(/\n+/).filter((p) => p.trim()).map((p) => `      <p>${esc(p.trim())}</p>`).join("\n");
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Quyết tâm, linh hoạt, thực chất, hiệu quả - Báo Hà Tĩnh</title>
<style>.menu{display:flex} p{margin:0}</style>
<script>window.dataLayer=[];var total="Tổng thu ngân sách 99.999 tỷ đồng";</script></head>
<body>
<header class="site-header"><div class="logo">Báo Hà Tĩnh</div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chinh-tri">Chính trị</a></div>
<div class="container">
  <article class="article-detail">
    <div class="share-bar"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>
    <div class="content-detail">
${paras}
    </div>
  </article>
  <aside class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/a">Thu ngân sách đạt 20.000 tỷ đồng năm 2022</a></li></ul></aside>
  <div class="related-news"><h3>Tin liên quan</h3><ul>
    <li><a href="/b">Hà Tĩnh: tăng trưởng kinh tế đạt 9,5%</a></li>
    <li><a href="/c">Tỷ lệ hộ nghèo giảm còn 5%</a></li></ul></div>
</div>
<footer class="footer">© Báo Hà Tĩnh. Tổng biên tập: ...</footer>
<script src="/js/app.js"></script>
</body></html>
`;
}

/** windows-1258 has the vowels with hats and horns precomposed but writes tones as combining marks. */
function toneSeparated(s: string): string {
  return [...s.normalize("NFC")].map((ch) => {
    const d = ch.normalize("NFD");
    const tones = d.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, "");
    return d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC") + tones;
  }).join("");
}

/** A one-page PDF whose only content is a filled rectangle: what a scan looks like to a text reader. */
function scannedPdf(): Uint8Array {
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
  ];
  const stream = "0.5 g 50 50 495 742 re f";
  objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A CFB (OLE2) header followed by the stream names Office writes for an encrypted package. */
function encryptedLooking(): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = ["EncryptionInfo", "EncryptedPackage"];
  let at = 1024;
  for (const n of names) {
    for (let i = 0; i < n.length; i++) b[at + i * 2] = n.charCodeAt(i);
    at += 128;
  }
  return b;
}

/** Deterministic noise (xorshift), so the "random" fixture is the same on every run. */
function noise(n: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function main(): Promise<void> {
  const seedsOut = path.join(OUT, "seeds");
  const broken = path.join(OUT, "broken");
  for (const d of [OUT, seedsOut, broken]) mkdirSync(d, { recursive: true });
  const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => path.join(SEEDS, f));
  for (const to of ["docx", "pdf"]) for (const f of seedFiles) soffice(to, f, seedsOut);

  const tmp = path.join(OUT, ".tmp");
  mkdirSync(tmp, { recursive: true });
  writeFileSync(path.join(tmp, "indicator-table.fodt"), fodt());
  soffice("docx", path.join(tmp, "indicator-table.fodt"), tmp);
  renameSync(path.join(tmp, "indicator-table.docx"), path.join(OUT, "indicator-table.docx"));
  soffice("pdf", path.join(tmp, "indicator-table.fodt"), tmp);
  renameSync(path.join(tmp, "indicator-table.pdf"), path.join(OUT, "indicator-table.pdf"));
  rmSync(tmp, { recursive: true, force: true });
  await xlsx(path.join(OUT, "indicator-table.xlsx"));
  const csvRows = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2023", "Thực hiện 2023", "So sánh TH/KH (%)"], ...TABLE_ROWS];
  writeFileSync(path.join(OUT, "indicator-table.csv"), csvRows.map((r) => r.map((c) => (/[;"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(";")).join("\r\n") + "\r\n");

  const straight = seed0.replace(/[“”]/g, '"');
  writeFileSync(path.join(OUT, "legacy-tcvn3.txt"), encodeTcvn3(straight));
  writeFileSync(path.join(OUT, "legacy-vni.txt"), encodeVni(straight));
  writeFileSync(path.join(OUT, "legacy-1258.txt"), encodeCp1258(toneSeparated(straight)));
  writeFileSync(path.join(OUT, "article.html"), html());

  const docx = readFileSync(path.join(seedsOut, "000_844639c4afc40b91.docx"));
  writeFileSync(path.join(broken, "truncated.docx"), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(path.join(broken, "random.pdf"), noise(20000));
  writeFileSync(path.join(broken, "empty.txt"), new Uint8Array(0));
  writeFileSync(path.join(broken, "encrypted.docx"), encryptedLooking());
  writeFileSync(path.join(broken, "scanned.pdf"), scannedPdf());
  copyFileSync(path.join(seedsOut, "001_211755ac7683c90c.docx"), path.join(broken, "word-renamed.txt"));
  copyFileSync(path.join(seedsOut, "001_211755ac7683c90c.pdf"), path.join(broken, "pdf-without-extension"));
  const locked = path.join(broken, "locked.txt");
  copyFileSync(path.join(SEEDS, "004_3cf7981176b2aafa.txt"), locked);
  soffice('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}', locked, broken);
  rmSync(locked);
}

if (require.main === module) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
