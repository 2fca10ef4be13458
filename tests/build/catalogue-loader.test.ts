/**
 * The bundle's form of each message catalogue (scripts/catalogue-loader.js) holds the same texts
 * by name as the file the compiler and the tests read: only the declared parameters are left out.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { textsByName } from "../../src/core/catalogue";

const { compactCatalogue, repeatedKeys } = require("../../scripts/catalogue-loader") as {
  compactCatalogue: (source: string, file?: string) => string;
  repeatedKeys: (source: string) => string[];
};
const webpackConfig = require("../../webpack.config") as (env: object, argv: { mode: string }) => Promise<{ module: { rules: { test: RegExp; loader?: string }[] } }>;

const SRC = join(__dirname, "../../src");

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : path.endsWith(".json") && !name.startsWith("tsconfig") ? [path] : [];
  });
}

const catalogues = jsonFiles(SRC).filter((file) =>
  Object.values(JSON.parse(readFileSync(file, "utf8")) as object).some((v) => typeof v === "object" && v !== null && "nl" in v && "en" in v),
);

function evaluate(module: string): unknown {
  return new Function(module.replace(/^export default /, "return "))();
}

test.each(catalogues)("%s: the bundled object has every text by name, unchanged", (file) => {
  const source = readFileSync(file, "utf8");
  const bundled = evaluate(compactCatalogue(source)) as Record<string, { nl: string; en: string }>;
  expect(new Map(Object.entries(bundled))).toEqual(textsByName(JSON.parse(source)));
});

test("every catalogue file goes through the loader, and no other JSON file does", async () => {
  const config = await webpackConfig({}, { mode: "development" });
  const rule = config.module.rules.find((r) => r.loader?.endsWith("catalogue-loader.js"));
  expect(rule).toBeDefined();
  for (const file of catalogues) expect({ file, loaded: rule!.test.test(file) }).toEqual({ file, loaded: true });
  for (const file of jsonFiles(SRC).filter((f) => !catalogues.includes(f))) expect({ file, loaded: rule!.test.test(file) }).toEqual({ file, loaded: false });
});

test("a malformed key stops the build", () => {
  expect(() => compactCatalogue('{"greet(name": {"nl": "a", "en": "b"}}', "x.json")).toThrow(/malformed catalogue key/);
  expect(() => compactCatalogue('{"__proto__": {"nl": "a", "en": "b"}}', "x.json")).toThrow(/malformed catalogue key/);
});

// The compiler accepts a JSON file with a key written twice, and JSON.parse keeps the last: a
// copied entry would silently replace a text.
test.each(catalogues)("%s names each text once, as written in the file", (file) => {
  expect(repeatedKeys(readFileSync(file, "utf8"))).toEqual([]);
});

test("a name written twice stops the build, also with another signature; nested and quoted keys are not names", () => {
  const twice = '{\n  "greet(name)": {"nl": "a", "en": "b"},\n  "bye": {"nl": "c", "en": "d"},\n  "greet" : {"nl": "e", "en": "f"}\n}';
  expect(repeatedKeys(twice)).toEqual(["greet"]);
  expect(() => compactCatalogue(twice, "x.json")).toThrow(/x\.json: catalogue names given twice: "greet"/);
  expect(repeatedKeys('{"a": {"nl": "\\"a\\": x", "en": "a"}, "b": {"nl": "a", "en": "[{\\"a\\":1}]"}}')).toEqual([]);
});
