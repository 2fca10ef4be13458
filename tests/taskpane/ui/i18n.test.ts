import { STRINGS, placeholdersOf, storeLanguage, storedLanguage, t, uiLanguageFor, type Words } from "../../../src/taskpane/i18n";
import { BROWSE_STRINGS, t as browseT } from "../../../src/taskpane/i18n-browse";
import { SELFTEST_STRINGS, t as selfTestT } from "../../../src/taskpane/i18n-selftest";
import { PARTS } from "../../../src/taskpane/ui/excel-mode";

// The first screen's words and those the lazy parts bring: one vocabulary in three tables.
const TABLES: Record<string, Words> = { STRINGS, BROWSE_STRINGS, SELFTEST_STRINGS };
const ALL: Words = Object.assign({}, ...Object.values(TABLES));
const keys = Object.keys(ALL);

test("a key lives in one table only", () => {
  const count = Object.values(TABLES).reduce((n, table) => n + Object.keys(table).length, 0);
  expect(keys).toHaveLength(count);
});

test("a lazy part's t finds its own words and the first screen's, filled the same way", () => {
  expect(browseT("en", "printedAs", { printed: "14,7 %" })).toBe("printed as 14,7 %");
  expect(browseT("nl", "cancel")).toBe(t("nl", "cancel"));
  expect(selfTestT("en", "selfTestDone", { passed: 3, total: 4 })).toBe("Self-test done: 3 of 4 passed.");
  expect(selfTestT("nl", "selfTestEnvironment", { platform: "PC" })).toBe("Excel: platform PC, versie {version}, taal {language}.");
});

test.each(keys)("%s has a Dutch and an English text with the same placeholders", (key) => {
  const { nl, en } = ALL[key];
  expect(nl.trim()).not.toBe("");
  expect(en.trim()).not.toBe("");
  expect(placeholdersOf(nl)).toEqual(placeholdersOf(en));
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
