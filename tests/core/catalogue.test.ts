/**
 * Every catalogue of the core: each key has a Dutch and an English text, neither empty, with the
 * same placeholders; every catalogue declared under src/core is checked here (none forgotten);
 * and filling a text puts parameters in as given.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { fill, placeholdersOf, speaker, type Catalogue } from "../../src/core/catalogue";
import { SCORING_TEXTS } from "../../src/core/messages";
import { MERGE_TEXTS } from "../../src/core/merge/messages";
import { OWN_TABLE_TEXTS } from "../../src/core/own-table/messages";
import { LOOKUP_TEXTS } from "../../src/core/lookup-text";
import { RATING_TEXTS } from "../../src/core/rating";
import { RULE_TEXTS } from "../../src/core/rule-text";
import { SHARE_TEXTS } from "../../src/core/share/messages";

const CATALOGUES: Record<string, Catalogue> = { SCORING_TEXTS, MERGE_TEXTS, OWN_TABLE_TEXTS, LOOKUP_TEXTS, RATING_TEXTS, RULE_TEXTS, SHARE_TEXTS };

const entries = Object.entries(CATALOGUES).flatMap(([name, catalogue]) => Object.keys(catalogue).map((key) => [`${name}.${key}`, catalogue[key]] as const));

/**
 * Texts where one language says more by design, with the placeholders only it uses. The report
 * exists only in Dutch: an English citation or slide heading adds the translation of the Dutch title.
 */
const ONLY_IN_ENGLISH: Record<string, readonly string[]> = {
  "LOOKUP_TEXTS.citation": ["translation"],
  "LOOKUP_TEXTS.heading": ["translation"],
};

test.each(entries)("%s has a Dutch and an English text with the same placeholders", (key, texts) => {
  expect(typeof texts.nl).toBe("string");
  expect(typeof texts.en).toBe("string");
  expect(texts.nl.trim()).not.toBe("");
  expect(texts.en.trim()).not.toBe("");
  const extra = ONLY_IN_ENGLISH[key] ?? [];
  expect(placeholdersOf(texts.nl)).toEqual(placeholdersOf(texts.en).filter((name) => !extra.includes(name)));
  for (const name of extra) expect(placeholdersOf(texts.en)).toContain(name);
  expect(Object.keys(texts).sort()).toEqual(["en", "nl"]);
});

test("texts meant to differ are translated, not copied across", () => {
  const same = entries.filter(([, t]) => t.nl === t.en).map(([key]) => key);
  // Only texts made of names, punctuation and the English term the report itself uses.
  expect(same.sort()).toEqual(["LOOKUP_TEXTS.cardActivities"]);
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("every catalogue declared in src/core is checked here", () => {
  const root = join(__dirname, "../../src/core");
  const declared = sources(root).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/^export const (\w+) = \{$(?:(?!^export )[\s\S])*?^\} as const satisfies Catalogue;/gm)].map((m) => `${relative(root, file)}:${m[1]}`),
  );
  expect(declared.map((d) => d.split(":")[1]).sort()).toEqual(Object.keys(CATALOGUES).sort());
});

describe("fill", () => {
  test("puts every parameter in, repeats included, and leaves an unknown placeholder visible", () => {
    expect(fill("{a} and {b}, {a}", { a: 1, b: "x" })).toBe("1 and x, 1");
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(fill("no placeholder")).toBe("no placeholder");
  });

  test("never reads a parameter as a placeholder or a replacement pattern", () => {
    expect(fill("[{v}]", { v: "{v} $& $1 {w}", w: "no" })).toBe("[{v} $& $1 {w}]");
  });

  test("braces around anything but a name are text (Excel's array constants)", () => {
    expect(placeholdersOf(SCORING_TEXTS.weightsAccepted.nl)).toEqual([]);
    expect(fill(SCORING_TEXTS.weightsAccepted.en)).toContain("{1,1,2,1}");
  });

  test("an own property only: a parameter named like an Object method is not invented", () => {
    expect(fill("{constructor}", {})).toBe("{constructor}");
  });
});

test("speaker asks for exactly a text's placeholders (checked by the compiler)", () => {
  const say = speaker({ greet: { nl: "Dag {name}", en: "Hello {name}" }, bye: { nl: "Dag", en: "Bye" } } as const);
  expect(say("nl", "greet", { name: "An" })).toBe("Dag An");
  expect(say("en", "bye")).toBe("Bye");
  // @ts-expect-error a placeholder without its parameter does not compile
  expect(say("en", "greet", {})).toBe("Hello {name}");
  // @ts-expect-error a misspelt parameter does not compile
  expect(say("en", "greet", { nam: "An" })).toBe("Hello {name}");
});
