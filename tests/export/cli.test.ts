import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main, parseArgs, type Io } from "../../src/export/cli";
import { readXlsx } from "./read-xlsx";

function capture(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (l) => out.push(l), error: (l) => err.push(l), today: () => "2025-05-01" };
}

describe("parseArgs", () => {
  it("defaults to Dutch, native formulas, se-trends.xlsx", () => {
    expect(parseArgs([])).toEqual({ ok: true, options: { language: "nl", formulas: "native", out: "se-trends.xlsx", force: false } });
  });

  it("reads every option, spaced or with =", () => {
    expect(parseArgs(["--lang", "en", "--formulas=addin", "--out", "x.xlsx", "--force"])).toEqual({
      ok: true,
      options: { language: "en", formulas: "addin", out: "x.xlsx", force: true },
    });
  });

  it.each([
    [["--bogus"], /unknown option "--bogus"/],
    [["--lang", "fr"], /--lang must be nl or en/],
    [["--formulas", "vba"], /--formulas must be native or addin/],
    [["--out"], /--out needs a value/],
    [["--out", "report.xls"], /must end in \.xlsx/],
  ])("rejects %j", (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("main", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "se-cli-"));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the workbook with progress lines, and leaves no temporary file", async () => {
    const io = capture();
    const file = path.join(dir, "out.xlsx");
    expect(await main(["--out", file, "--lang", "en"], io)).toBe(0);
    expect(io.out.join("\n")).toMatch(/building the plan \(English, native formulas\)[\s\S]*writing[\s\S]*done/);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    const { book, calculated } = await readXlsx(readFileSync(file));
    expect(book.getWorksheet("Opportunities")).toBeDefined();
    // Rows an analyst adds get the formula columns: each is a calculated column of its table.
    expect([...calculated.get("SE_Opportunities")!.keys()]).toEqual(["Potential", "Score", "Check"]);
    expect([...calculated.get("SE_Overview_Potential")!.keys()]).toEqual(["Analyst"]);
  });

  it("refuses to overwrite an existing file without --force, and overwrites with it", async () => {
    const file = path.join(dir, "out.xlsx");
    writeFileSync(file, "keep me");
    const io = capture();
    expect(await main(["--out", file], io)).toBe(1);
    expect(io.err.join("\n")).toMatch(/already exists\. Use --force/);
    expect(statSync(file).size).toBe(7);
    expect(await main(["--out", file, "--force"], capture())).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it("says so when the folder is missing", async () => {
    const io = capture();
    expect(await main(["--out", path.join(dir, "nope", "out.xlsx")], io)).toBe(1);
    expect(io.err.join("\n")).toMatch(/cannot write to .*nope/);
  });

  it("says so when the folder is not writable", async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    chmodSync(dir, 0o555);
    const io = capture();
    expect(await main(["--out", path.join(dir, "out.xlsx")], io)).toBe(1);
    expect(io.err.join("\n")).toMatch(/cannot write to/);
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
  });

  it("reports a failed write and leaves neither the target nor a temporary file", async () => {
    const target = path.join(dir, "folder.xlsx");
    mkdirSync(target);
    const io = capture();
    expect(await main(["--out", target, "--force"], io)).toBe(1);
    expect(io.err.join("\n")).toMatch(/could not write/);
    expect(readdirSync(dir)).toEqual(["folder.xlsx"]);
  });

  it("prints the usage for an unknown option (exit 2) and for --help (exit 0)", async () => {
    const io = capture();
    expect(await main(["--nope"], io)).toBe(2);
    expect(io.err.join("\n")).toMatch(/unknown option[\s\S]*Usage: npm run workbook/);
    const help = capture();
    expect(await main(["--help"], help)).toBe(0);
    expect(help.out.join("\n")).toMatch(/Usage/);
  });
});
