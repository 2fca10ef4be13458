/**
 * The webpack wiring of the Dutch metadata: a small compilation with a stand-in for
 * CustomFunctionsMetadataPlugin (which adds functions.json when the compilation starts), so the
 * test runs in a second instead of building the add-in. A missing translation must fail the
 * build, which is what makes `npm run build` exit non-zero.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import LocalizedMetadataPlugin from "../../scripts/localized-metadata-plugin";
import table from "../../src/core/translations/nl.json";

const golden = fs.readFileSync(path.join(__dirname, "golden/functions.json"), "utf8");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Emits functions.json the way custom-functions-metadata-plugin does. */
class FakeMetadataPlugin {
  constructor(private readonly json: string) {}
  apply(compiler: webpack.Compiler) {
    compiler.hooks.compilation.tap("FakeMetadataPlugin", (compilation) => {
      compilation.assets["functions.json"] = new webpack.sources.RawSource(this.json);
    });
  }
}

async function build(translations: unknown, hostUrl: string | null = null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "se-l10n-plugin-"));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, "entry.js"), "export {};\n");
  const tablePath = path.join(dir, "nl.json");
  fs.writeFileSync(tablePath, JSON.stringify(translations));
  const compiler = webpack({
    mode: "none",
    context: dir,
    entry: "./entry.js",
    output: { path: path.join(dir, "dist") },
    plugins: [
      new FakeMetadataPlugin(golden),
      new LocalizedMetadataPlugin({ locales: [{ locale: "nl", output: "functions.nl.json", table: tablePath }], hostUrl }),
    ],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))));
  await new Promise((resolve) => compiler.close(resolve));
  const read = (name: string) => {
    const file = path.join(dir, "dist", name);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  };
  return { stats, read, errors: stats.compilation.errors.map((e) => e.message) };
}

test("emits functions.nl.json next to functions.json; extra translations only warn", async () => {
  const extended = JSON.parse(JSON.stringify(table));
  extended.functions.RETIRED = { ...extended.functions.TREND, name: "OUDTREND" };
  const { stats, read } = await build(extended);
  expect(stats.hasErrors()).toBe(false);
  expect(stats.compilation.warnings.map((w) => w.message).join("\n")).toMatch(/RETIRED: translated, but not in functions.json/);
  const nl = JSON.parse(read("functions.nl.json")!);
  // Both languages' names in both files, each name with its own id (office-js #891, #6614).
  const both = ["POTENTIAL", "POTENTIEEL", "SCORE", "EXPLAIN", "UITLEG", "TREND", "OPPORTUNITY", "OPPORTUNITEIT", "THREAT", "BEDREIGING", "FIGURE", "KENGETAL", "VERSION", "VERSIE"];
  const en = JSON.parse(read("functions.json")!);
  for (const file of [en, nl]) {
    expect(file.functions.map((f: { id: string }) => f.id)).toEqual(both);
    for (const f of file.functions) expect(f.name).toBe(f.id);
  }
  const hidden = (file: { functions: { id: string; options?: { excludeFromAutoComplete?: boolean } }[] }) =>
    file.functions.filter((f) => f.options?.excludeFromAutoComplete).map((f) => f.id);
  expect(hidden(en)).toEqual(["POTENTIEEL", "UITLEG", "OPPORTUNITEIT", "BEDREIGING", "KENGETAL", "VERSIE"]);
  expect(hidden(nl)).toEqual(["POTENTIAL", "EXPLAIN", "OPPORTUNITY", "THREAT", "FIGURE", "VERSION"]);
  // The English file keeps every generated function unchanged, aliases added next to them.
  expect(en.functions.filter((f: { id: string }) => !hidden(en).includes(f.id))).toEqual(JSON.parse(golden).functions);
  // Error cells reach the functions in both files: without the flag Excel does not call a
  // function whose range holds one, and the error replaces every result (custom-functions-errors,
  // "Errors as custom function inputs"; the generator itself only sets the data-types flag).
  expect(JSON.parse(golden).allowErrorForDataTypeAny).toBeUndefined();
  for (const file of [en, nl]) {
    expect(file.allowErrorForDataTypeAny).toBe(true);
    expect(file.allowCustomDataForDataTypeAny).toBe(true);
  }
});

test("a missing parameter translation fails the build", async () => {
  const broken = JSON.parse(JSON.stringify(table));
  delete broken.functions.SCORE.parameters.weights;
  const { stats, errors } = await build(broken);
  expect(stats.hasErrors()).toBe(true);
  expect(errors).toEqual([expect.stringContaining('SCORE(weights): no nl translation for parameter "weights"')]);
});

test("a missing function translation fails the build", async () => {
  const broken = JSON.parse(JSON.stringify(table));
  delete broken.functions.EXPLAIN;
  const { errors } = await build(broken);
  expect(errors).toEqual([expect.stringContaining("EXPLAIN: no nl translation")]);
});

test("a table without functions fails the build", async () => {
  const { errors } = await build("not an object");
  expect(errors.join("\n")).toMatch(/no nl translation/);
});

test("production: every dev URL in both metadata files points to the hosting URL", async () => {
  const { stats, read } = await build(table, "https://addins.example.be/se");
  expect(stats.hasErrors()).toBe(false);
  for (const name of ["functions.json", "functions.nl.json"]) {
    const text = read(name)!;
    expect(text).not.toContain("localhost");
    // One help URL per function, aliases included.
    expect(text.split("https://addins.example.be/se/").length - 1).toBe(JSON.parse(text).functions.length);
  }
});
