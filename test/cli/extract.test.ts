// The command line as a user runs it: JSON Lines on stdout with exactly the fields of facts.md,
// one message per bad file on stderr, exit status non-zero only when nothing could be read.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cli as run, tempDir } from "./run";

// every test starts the command line a few times; on a busy machine that takes seconds
jest.setTimeout(120_000);

const cli = (...args: string[]) => run(args);

const FIELDS = ["doc", "entity", "indicator", "period", "basis", "measure", "value", "unit", "qualifier"];
const OPTIONAL = ["upper", "planRef", "warnings", "derived", "reportDate"];

describe("chi-tieu extract", () => {
  const dir = tempDir("cli");
  writeFileSync(path.join(dir, "good.txt"), "Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Năm 2023, tổng thu ngân sách đạt 17.946 tỷ đồng, bằng 102,6% dự toán.");
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(path.join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));

  test("a folder with good and bad files: facts for the good, one message per bad, exit 0", () => {
    const r = cli("extract", dir);
    expect(r.status).toBe(0);
    const facts = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(facts.length).toBe(3); // value, % of plan, derived plan
    for (const f of facts) {
      expect(Object.keys(f).slice(0, FIELDS.length)).toEqual(FIELDS);
      for (const k of Object.keys(f).slice(FIELDS.length)) expect([...OPTIONAL, "source"]).toContain(k);
      expect(Object.keys(f.source).sort()).toEqual(["end", "start", "text"]);
    }
    expect(facts[0]).toMatchObject({ doc: "good.txt", entity: "Hà Tĩnh", indicator: "budget_revenue", period: "2023", value: 17946, unit: "bn VND" });
    expect(r.stderr).toMatch(/error: empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/error: photo\.jpg: /);
  });

  test("--entity sets the report's unit; --date is used when the text has no date", () => {
    const file = path.join(dir, "nodate.txt");
    writeFileSync(file, "Thu ngân sách đạt 1.039 tỷ đồng.");
    const r = cli("extract", file, "--entity", "TP Hà Tĩnh", "--date", "2023-12-27");
    const f = JSON.parse(r.stdout.trim().split("\n")[0]);
    expect([f.entity, f.period]).toEqual(["TP Hà Tĩnh", "2023"]);
  });

  test("nothing readable: exit 1; bad usage: exit 2", () => {
    expect(cli("extract", path.join(dir, "empty.txt")).status).toBe(1);
    expect(cli("extract", path.join(dir, "missing.txt")).status).toBe(1);
    expect(cli("extract").status).toBe(2);
    expect(cli("extract", dir, "--date", "27/12/2023").status).toBe(2);
  });
});
