// The command line as installed: help and version, folders read with their subfolders (hidden
// and temporary files passed over), nothing to read said plainly, the book inside its own sources,
// facts as JSON Lines back into a book, one thread or several giving the same output.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { BIN, cli, jsonLines, ROOT, SEEDS, tempDir } from "./run";

// every test starts the command line a few times; on a busy machine that takes seconds
jest.setTimeout(120_000);

const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; bin: Record<string, string> };
const SEED_DOCX = path.join(ROOT, "test/fixtures/readers/seeds/003_66df7de640094838.docx");

describe("chi-tieu help and version", () => {
  test.each([[["--help"]], [["-h"]], [["help"]]])("%j: general usage on stdout, exit 0", (args) => {
    const r = cli(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage:/m);
    expect(r.stdout).toContain("chi-tieu extract");
    expect(r.stdout).toContain("chi-tieu build");
    expect(r.stdout).toMatch(/^examples:/m);
    expect(r.stderr).toBe("");
  });

  test.each([[["help", "extract"]], [["extract", "--help"]]])("%j: the extract page", (args) => {
    const r = cli(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: chi-tieu extract/);
    for (const opt of ["--entity", "--date", "--jobs"]) expect(r.stdout).toContain(opt);
    expect(r.stdout).toContain("chi-tieu extract bao-cao/ > facts.jsonl");
  });

  test.each([[["help", "build"]], [["build", "-h"]]])("%j: the build page", (args) => {
    const r = cli(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: chi-tieu build/);
    for (const opt of ["--out", "--period", "--lang", "--units", "--indicators"]) expect(r.stdout).toContain(opt);
    expect(r.stdout).toContain("chi-tieu build facts.jsonl --out so-sanh.xlsx");
  });

  test("--version prints the package's version", () => {
    const r = cli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`chi-tieu ${pkg.version}`);
  });

  test("the package's bin is the compiled file, a node script", () => {
    expect(path.resolve(ROOT, pkg.bin["chi-tieu"])).toBe(BIN);
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    // no TypeScript at run time: nothing of tsx in the compiled file
    expect(readFileSync(BIN, "utf8")).not.toMatch(/\btsx\b/);
  });

  test("usage errors exit 2 and say what is wrong", () => {
    const none = cli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^usage:/m);
    expect(cli(["extrakt", "x"]).stderr).toMatch(/unknown command "extrakt"/);
    const opt = cli(["build", SEEDS, "--otu", "x.xlsx"]);
    expect(opt.status).toBe(2);
    expect(opt.stderr).toMatch(/unknown option --otu for build/);
    expect(cli(["build", SEEDS]).stderr).toMatch(/build needs --out/);
    expect(cli(["build", SEEDS, "--out", "book.csv"]).stderr).toMatch(/--out must name an \.xlsx/);
    expect(cli(["extract", SEEDS, "--jobs", "0"]).status).toBe(2);
    expect(cli(["help", "nope"]).status).toBe(2);
  });
});

describe("chi-tieu extract on folders", () => {
  const dir = tempDir("nested");
  const reports = path.join(dir, "bao-cao");
  mkdirSync(path.join(reports, "2023", "quy-1"), { recursive: true });
  mkdirSync(path.join(reports, "2024"), { recursive: true });
  mkdirSync(path.join(reports, ".git"), { recursive: true });
  copyFileSync(path.join(SEEDS, "000_844639c4afc40b91.txt"), path.join(reports, "2023", "ha-tinh.txt"));
  copyFileSync(path.join(SEEDS, "001_211755ac7683c90c.txt"), path.join(reports, "2023", "quy-1", "bac-kan.txt"));
  copyFileSync(path.join(SEEDS, "002_2fdd70bb29e5f75a.txt"), path.join(reports, "2024", "ha-tinh.txt"));
  copyFileSync(SEED_DOCX, path.join(reports, "tp-ha-tinh.docx"));
  // what an office folder also holds: Word's owner file, LibreOffice's lock, a temporary file
  writeFileSync(path.join(reports, "~$-ha-tinh.docx"), "owner");
  writeFileSync(path.join(reports, ".~lock.so-sanh.xlsx#"), "lock");
  writeFileSync(path.join(reports, "2024", "ban-nhap.tmp"), "tạm");
  writeFileSync(path.join(reports, ".git", "HEAD"), "ref: refs/heads/main");

  test("reads every subfolder, names facts by their path below the folder, passes over hidden and temporary files", () => {
    const r = cli(["extract", reports]);
    expect(r.status).toBe(0);
    const docs = [...new Set(jsonLines(r.stdout).map((f) => f.doc))];
    expect(docs).toEqual(["2023/ha-tinh.txt", "2023/quy-1/bac-kan.txt", "2024/ha-tinh.txt", "tp-ha-tinh.docx"]);
    expect(r.stderr).toMatch(/note: passed over 4 hidden or temporary entries \(\.git\/, \.~lock\.so-sanh\.xlsx#, 2024\/ban-nhap\.tmp, …\)/);
    expect(r.stderr).not.toMatch(/error:/);
  });

  test("one thread or two: the same facts in the same order", () => {
    const one = cli(["extract", reports, "--jobs", "1"]);
    const two = cli(["extract", reports, "--jobs", "2"]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(one.stdout).length).toBeGreaterThan(30);
  });

  test("the same file name in two places given by hand: the path keeps them apart", () => {
    const r = cli(["extract", path.join(reports, "2023", "ha-tinh.txt"), path.join(reports, "2024", "ha-tinh.txt")], { cwd: dir });
    const docs = [...new Set(jsonLines(r.stdout).map((f) => f.doc))];
    expect(docs).toEqual(["bao-cao/2023/ha-tinh.txt", "bao-cao/2024/ha-tinh.txt"]);
  });

  test("an empty folder, a folder of hidden files, a missing folder: said plainly, exit 1", () => {
    const empty = path.join(dir, "rong");
    mkdirSync(empty);
    const r = cli(["extract", empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`error: ${empty}: no files to read in this folder or its subfolders\n`);

    const hidden = path.join(dir, "an");
    mkdirSync(hidden);
    writeFileSync(path.join(hidden, "~$bao-cao.docx"), "owner");
    const h = cli(["extract", hidden]);
    expect(h.status).toBe(1);
    expect(h.stderr).toMatch(/passed over 1 hidden or temporary entry \(~\$bao-cao\.docx\)/);
    expect(h.stderr).toMatch(/no files to read in this folder or its subfolders/);

    const missing = cli(["extract", path.join(dir, "khong-co")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/khong-co: no such file or folder/);
  });

  test("a folder where nothing can be read: each file named, then a closing line, exit 1", () => {
    const bad = path.join(dir, "hong");
    mkdirSync(bad);
    writeFileSync(path.join(bad, "anh.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    writeFileSync(path.join(bad, "rong.txt"), "");
    const r = cli(["extract", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: anh\.jpg: /);
    expect(r.stderr).toMatch(/error: rong\.txt: the file is empty/);
    expect(r.stderr).toMatch(/error: no report could be read \(2 files tried\)\n$/);
  });

  test("no progress line when stderr is not a terminal", () => {
    const r = cli(["extract", reports]);
    expect(r.stderr).not.toMatch(/\r|files read/);
  });

  test("a reader that stops early (| head -1) ends the run quietly", () => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" extract "${reports}" 2>"${dir}/head.err" | head -1; echo "status \${PIPESTATUS[0]}"`], { encoding: "utf8" });
    const [first, status] = r.stdout.trim().split("\n");
    expect(JSON.parse(first!).doc).toBe("2023/ha-tinh.txt");
    expect(status).toBe("status 0");
    expect(readFileSync(path.join(dir, "head.err"), "utf8")).not.toMatch(/EPIPE|Error/);
  });
});

/** The data sheet's facts (every column the writer fills from a fact), row by row. */
async function dataRows(book: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  const ws = wb.getWorksheet("Dữ liệu");
  if (!ws) throw new Error(`${book}: no Dữ liệu sheet`);
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const keep = ["Đơn vị", "Mã chỉ tiêu", "Kỳ", "Cơ sở", "Loại số", "Giá trị", "Đơn vị tính", "Định tính", "Cảnh báo", "Suy ra", "Tài liệu", "Trích dẫn", "Khóa", "Số liệu (JSON)"].map((h) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h} in ${book}`);
    return i;
  });
  const rows: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(JSON.stringify(keep.map((i) => row.getCell(i).value ?? null)));
  });
  return rows;
}

describe("chi-tieu build", () => {
  const dir = tempDir("build");
  const reports = path.join(dir, "bao-cao");
  cpSync(SEEDS, reports, { recursive: true });
  const book = path.join(reports, "so-sanh.xlsx");

  test("twice, with the book inside the folder it is built from: the book is never read as a source", () => {
    const first = cli(["build", reports, "--out", book]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^wrote .*so-sanh\.xlsx\n {2}61 facts, 5 units/);
    const size = statSync(book).size;

    const second = cli(["build", reports, "--out", book]);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain(`note: ${book}: the workbook being written — not read as a source`);
    expect(second.stderr).not.toMatch(/error:|Cannot read/);
    expect(second.stdout).toMatch(/^refreshed .*so-sanh\.xlsx\n {2}61 facts, 5 units/);
    expect(second.stdout).toContain("Không có thay đổi: 61 số liệu giữ nguyên.");
    expect(Math.abs(statSync(book).size - size)).toBeLessThan(size / 10);
  });

  test("any other workbook Chỉ tiêu made among the sources is passed over with a note", () => {
    copyFileSync(book, path.join(reports, "ban-sao-so-sanh.xlsx"));
    const other = path.join(dir, "khac.xlsx");
    const r = cli(["build", reports, "--out", other]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: .*ban-sao-so-sanh\.xlsx: a workbook Chỉ tiêu made — not read as a report/);
    expect(r.stderr).toMatch(/note: .*so-sanh\.xlsx: a workbook Chỉ tiêu made/);
    expect(r.stdout).toMatch(/61 facts, 5 units/);
    // extract passes over them too
    const x = cli(["extract", reports]);
    expect(x.stderr).toMatch(/ban-sao-so-sanh\.xlsx: a workbook Chỉ tiêu made/);
    expect(new Set(jsonLines(x.stdout).map((f) => f.doc)).size).toBe(5);
  });

  test("a folder with nothing to read leaves an existing book as it is, exit 1", () => {
    const empty = path.join(dir, "rong");
    mkdirSync(empty);
    const before = readFileSync(book);
    const r = cli(["build", empty, "--out", book]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no files to read in this folder/);
    expect(r.stderr).toMatch(/so-sanh\.xlsx was left as it is/);
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});

describe("facts as JSON Lines, extract → build", () => {
  const dir = tempDir("jsonl");
  const facts = path.join(dir, "facts.jsonl");

  test("the book built from extract's output holds exactly the facts of the book built from the reports", async () => {
    const x = cli(["extract", SEEDS]);
    expect(x.status).toBe(0);
    writeFileSync(facts, x.stdout);
    const fromFacts = cli(["build", facts, "--out", path.join(dir, "tu-facts.xlsx")]);
    const fromReports = cli(["build", SEEDS, "--out", path.join(dir, "tu-bao-cao.xlsx")]);
    expect(fromFacts.status).toBe(0);
    expect(fromReports.status).toBe(0);
    expect(fromFacts.stdout.split("\n")[1]).toBe(fromReports.stdout.split("\n")[1]);
    const a = await dataRows(path.join(dir, "tu-facts.xlsx"));
    const b = await dataRows(path.join(dir, "tu-bao-cao.xlsx"));
    expect(a.length).toBe(61);
    expect(a).toEqual(b);
  });

  test("a corrected figure in the facts file changes that figure in the book, and the log says so", () => {
    const book = path.join(dir, "sua.xlsx");
    expect(cli(["build", facts, "--out", book]).status).toBe(0);
    const edited = readFileSync(facts, "utf8").replace('"indicator":"members_admitted","period":"2023","basis":"actual","measure":"value","value":2234,', '"indicator":"members_admitted","period":"2023","basis":"actual","measure":"value","value":2243,');
    expect(edited).not.toBe(readFileSync(facts, "utf8"));
    writeFileSync(facts, edited);
    const r = cli(["build", facts, "--out", book]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 thêm, 1 thay đổi, 0 bỏ/);
  });

  test("a facts file with a bad line is refused whole, naming the line; a new book is not written", () => {
    const bad = path.join(dir, "sai.jsonl");
    const lines = readFileSync(facts, "utf8").trim().split("\n");
    lines[2] = lines[2]!.replace(/"value":[^,]+,/, '"value":"17.946",');
    lines[4] = lines[4]!.replace(/"unit":"[^"]+"/, '"unit":"tỷ đồng"');
    writeFileSync(bad, lines.join("\n") + "\n");
    const out = path.join(dir, "moi.xlsx");
    const r = cli(["build", bad, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: sai\.jsonl: not read — 2 lines are not valid facts:\n {2}line 3: value must be a number, not "17\.946"\n {2}line 5: unit must be /);
    expect(existsSync(out)).toBe(false);
  });

  test("extract prints a facts file among its inputs again, checked", () => {
    const r = cli(["extract", facts, path.join(SEEDS, "004_3cf7981176b2aafa.txt")]);
    expect(r.status).toBe(0);
    const docs = jsonLines(r.stdout).map((f) => f.doc);
    expect(docs.filter((d) => d === "004_3cf7981176b2aafa.txt").length).toBe(2 * jsonLines(readFileSync(facts, "utf8")).filter((f) => f.doc === "004_3cf7981176b2aafa.txt").length);
  });
});
