// Makes the PDF fixtures for text fidelity and for reading long files, with LibreOffice:
//   mono.pdf        a .txt (LibreOffice prints plain text in a monospace font)
//   serif.pdf       a .docx set in Liberation Serif, Vietnamese with every kind of diacritic
//   long-report.pdf a 100-page report (the pane reads it in its worker, with progress and cancel)
// Run once and commit the output:  npx tsx test/readers/makePdfFixtures.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const OUT = path.join(__dirname, "..", "fixtures", "readers");
const profile = mkdtempSync(path.join(tmpdir(), "lo-pdf-"));
const soffice = (args: string[], outdir: string) =>
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args, "--outdir", outdir], { stdio: "pipe", timeout: 180_000 });

// Written for these fixtures: a district's short report, every Vietnamese tone on every vowel.
export const PARAGRAPHS = [
  "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ I NĂM 2024",
  "Trong quý I, tổng thu ngân sách trên địa bàn huyện ước đạt 125,6 tỷ đồng, bằng 31,4% dự toán năm và tăng 12,8% so với cùng kỳ.",
  "Sản xuất nông nghiệp giữ ổn định; diện tích lúa đông xuân đạt 6.850 ha, năng suất bình quân ước 62,5 tạ/ha.",
  "Các xã vùng ven biển đẩy mạnh nuôi trồng thủy sản, sản lượng khai thác ước 4.215 tấn, tăng 5,1%.",
  "Công tác giảm nghèo được quan tâm: tỷ lệ hộ nghèo còn 3,12%, giảm 0,45 điểm phần trăm so với cuối năm trước.",
  "Những việc cần làm ngay: rà soát tiến độ giải ngân, hỗ trợ doanh nghiệp, bảo đảm an ninh trật tự ở nông thôn.",
  "Ghi chú: số liệu ước tính; đơn vị tính ghi trong từng mục. Ngữ âm tiếng Việt: ả ã ạ ằ ẳ ẵ ặ ầ ẩ ẫ ậ ề ể ễ ệ ồ ổ ỗ ộ ờ ở ỡ ợ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ.",
];

function fodt(font: string, paras: string[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="${font}" fo:font-size="12pt" fo:language="vi" fo:country="VN"/></style:default-style></office:styles>
<office:body><office:text>
${paras.map((p) => `<text:p>${esc(p)}</text:p>`).join("\n")}
</office:text></office:body></office:document>`;
}

function convert(src: string, args: string[], ext: string, out: string): void {
  const dir = mkdtempSync(path.join(tmpdir(), "lo-out-"));
  try {
    soffice([...args, src], dir);
    renameSync(path.join(dir, path.basename(src).replace(/\.\w+$/, `.${ext}`)), out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const work = mkdtempSync(path.join(tmpdir(), "pdf-fixtures-"));
  try {
    const txt = path.join(work, "mono.txt");
    writeFileSync(txt, PARAGRAPHS.join("\n\n") + "\n");
    convert(txt, ["--infilter=Text (encoded):UTF8", "--convert-to", "pdf:writer_pdf_Export"], "pdf", path.join(OUT, "mono.pdf"));

    const serif = path.join(work, "serif.fodt");
    writeFileSync(serif, fodt("Liberation Serif", PARAGRAPHS));
    convert(serif, ["--convert-to", "docx:MS Word 2007 XML"], "docx", path.join(OUT, "serif.docx"));
    convert(path.join(OUT, "serif.docx"), ["--convert-to", "pdf:writer_pdf_Export"], "pdf", path.join(OUT, "serif.pdf"));

    const long: string[] = [];
    for (let i = 0; i < 115; i++) {
      long.push(`Phần ${i + 1}. ${PARAGRAPHS[0]}`);
      for (let k = 0; k < 5; k++) long.push(...PARAGRAPHS.slice(1, 6));
    }
    const lr = path.join(work, "long-report.fodt");
    writeFileSync(lr, fodt("Liberation Serif", long));
    convert(lr, ["--convert-to", "pdf:writer_pdf_Export"], "pdf", path.join(OUT, "long-report.pdf"));
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (require.main === module) main();
