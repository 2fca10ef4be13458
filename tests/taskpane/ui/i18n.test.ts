import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { parseKey, type Texts } from "../../../src/core/catalogue";
import { placeholdersOf, storeLanguage, storedLanguage, t, uiLanguageFor, type Words } from "../../../src/taskpane/i18n";
import { t as browseT } from "../../../src/taskpane/i18n-browse";
import BROWSE_STRINGS from "../../../src/taskpane/i18n-browse.json";
import { t as selfTestT } from "../../../src/taskpane/i18n-selftest";
import SELFTEST_STRINGS from "../../../src/taskpane/i18n-selftest.json";
import STRINGS from "../../../src/taskpane/i18n.json";
import { PARTS } from "../../../src/taskpane/ui/excel-mode";

// The first screen's words and those the lazy parts bring: one vocabulary in three tables, each
// by its file under src/taskpane. A key is "name" or "name(a, b)" with the placeholders it declares.
const TABLES: Record<string, Words> = { "i18n.json": STRINGS, "i18n-browse.json": BROWSE_STRINGS, "i18n-selftest.json": SELFTEST_STRINGS };
const declared = Object.values(TABLES).flatMap((table) => Object.keys(table).map((key) => [key, parseKey(key), table[key]] as const));
const ALL: Record<string, Texts> = Object.fromEntries(declared.map(([key, parsed, texts]) => [parsed?.name ?? key, texts]));
const PARAMS: Record<string, string[]> = Object.fromEntries(declared.map(([key, parsed]) => [parsed?.name ?? key, parsed?.params ?? []]));
const keys = Object.keys(ALL);

test("a key lives in one table only", () => {
  const count = Object.values(TABLES).reduce((n, table) => n + Object.keys(table).length, 0);
  expect(keys).toHaveLength(count);
});

test.each(declared.map(([key, parsed]) => [key, parsed] as const))("%s is a name with the placeholders it declares", (_key, parsed) => {
  expect(parsed).not.toBeNull();
  expect(new Set(parsed!.params).size).toBe(parsed!.params.length);
});

test("every table of the pane's words under src/taskpane is checked here", () => {
  const root = join(__dirname, "../../../src/taskpane");
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith(".json") ? [path] : [];
    });
  const tables = files(root).filter((file) => {
    const data: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof data === "object" && data !== null && Object.values(data).some((v) => typeof v === "object" && v !== null && "nl" in v && "en" in v);
  });
  expect(tables.map((file) => relative(root, file).split("\\").join("/")).sort()).toEqual(Object.keys(TABLES).sort());
  // The words are data: no table is written in a module any more.
  const inCode = [join(root, "i18n.ts"), join(root, "i18n-browse.ts"), join(root, "i18n-selftest.ts")].filter((file) => /satisfies Record<string, \{ nl: string; en: string \}>/.test(readFileSync(file, "utf8")));
  expect(inCode).toEqual([]);
});

test("a lazy part's t finds its own words and the first screen's, filled the same way", () => {
  expect(browseT("en", "printedAs", { printed: "14,7 %" })).toBe("printed as 14,7 %");
  expect(browseT("nl", "cancel")).toBe(t("nl", "cancel"));
  expect(selfTestT("en", "selfTestDone", { passed: 3, total: 4 })).toBe("Self-test done: 3 of 4 passed.");
  // @ts-expect-error parameters left out do not compile; at run time their placeholders stay visible
  expect(selfTestT("nl", "selfTestEnvironment", { platform: "PC" })).toBe("Excel: platform PC, versie {version}, taal {language}.");
});

test("t and a lazy part's t take exactly the names and parameters the keys declare (checked by the compiler)", () => {
  expect(t("en", "issueGoTo", { address: "A1" })).toBe("Go to A1");
  // @ts-expect-error a misspelt parameter does not compile
  expect(t("en", "issueGoTo", { adress: "A1" })).toBe("Go to {address}");
  // @ts-expect-error a parameter the key does not declare does not compile
  expect(t("en", "issueGoTo", { address: "A1", sheet: "S" })).toBe("Go to A1");
  // @ts-expect-error a text without placeholders takes no parameters
  expect(t("en", "cancel", { address: "A1" })).toBe("Cancel");
  // @ts-expect-error a name no table has does not compile
  expect(() => t("en", "cancle")).toThrow('no text named "cancle"');
  // @ts-expect-error the first screen's t does not know a lazy part's words
  expect(() => t("en", "printedAs", { printed: "x" })).toThrow('no text named "printedAs"');
  // @ts-expect-error a lazy part's t checks the first screen's parameters too
  expect(browseT("en", "issueGoTo", { adress: "A1" })).toBe("Go to {address}");
  // @ts-expect-error nor another lazy part's words
  expect(() => browseT("en", "selfTestPassed")).toThrow('no text named "selfTestPassed"');
});

test.each(keys)("%s has a Dutch and an English text with the same placeholders, those its key declares", (key) => {
  const { nl, en } = ALL[key];
  expect(nl.trim()).not.toBe("");
  expect(en.trim()).not.toBe("");
  expect(placeholdersOf(nl)).toEqual(placeholdersOf(en));
  expect([...new Set(placeholdersOf(en))]).toEqual([...PARAMS[key]].sort());
});

test("texts meant to differ are translated (not copied across)", () => {
  const same = keys.filter((k) => ALL[k].nl === ALL[k].en);
  // Product name, words that are the same in both languages.
  expect(same.sort()).toEqual(["appTitle", "calcScore", "details", "part_trends", "sector", "tabImpact", "tabTrends"].sort());
});

test("every import part has a label", () => {
  for (const part of PARTS) expect(keys).toContain(`part_${part}`);
});

test("t fills placeholders and leaves unknown ones visible", () => {
  expect(t("nl", "progressText", { label: "Trends", done: 1, total: 3 })).toBe("Trends (1 van 3)");
  expect(t("en", "progressText", { label: "Trends", done: 1, total: 3 })).toBe("Trends (1 of 3)");
  // @ts-expect-error a declared parameter left out does not compile; at run time it stays visible
  expect(t("en", "version")).toBe("version {version}");
});

test("t puts parameters in as given, never interpreting them", () => {
  const markup = '<img src=x onerror="alert(1)"> {done} $& $1';
  expect(t("en", "importFailed", { message: markup })).toBe(`The import stopped: ${markup}`);
});

test.each([
  ["nl-NL", "nl"],
  ["nl-BE", "nl"],
  ["NL", "nl"],
  ["en-US", "en"],
  ["en-GB", "en"],
  ["fr-FR", "en"],
  ["de-DE", "en"],
  ["", "nl"],
  [undefined, "nl"],
  [null, "nl"],
  [42, "nl"],
])("display language %p gives the UI language %p", (display, expected) => {
  expect(uiLanguageFor(display)).toBe(expected);
});

test("the switch's choice is remembered, and broken storage is ignored", () => {
  const store = new Map<string, string>();
  const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  expect(storedLanguage(storage)).toBeNull();
  storeLanguage(storage, "en");
  expect(storedLanguage(storage)).toBe("en");
  store.set("se-trends:ui-language", "fr");
  expect(storedLanguage(storage)).toBeNull();
  const broken = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceeded");
    },
  };
  expect(storedLanguage(broken)).toBeNull();
  expect(() => storeLanguage(broken, "nl")).not.toThrow();
  expect(storedLanguage(undefined)).toBeNull();
});

test("every string is used by the pane (no dead translations to keep in step)", () => {
  const fs = require("fs") as typeof import("fs");
  const path = require("path") as typeof import("path");
  const dir = path.resolve(__dirname, "../../../src/taskpane");
  // The Excel adapter's messages (src/taskpane/excel) and the self-test's report and scenario
  // titles (src/taskpane/selftest) are the pane's words too.
  const files = [path.join(dir, "taskpane.ts"), ...["ui", "excel", "selftest"].flatMap((d) => fs.readdirSync(path.join(dir, d)).map((f: string) => path.join(dir, d, f)))];
  const source = files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
  // Part labels are looked up as `part_${part}`; the test above covers them.
  const unused = keys.filter((k) => !k.startsWith("part_") && !source.includes(`"${k}"`));
  expect(unused).toEqual([]);
});
