/**
 * Every catalogue of the core: each key names a text and declares its placeholders
 * ("name(a, b)"); the Dutch and the English text are non-empty and use exactly those
 * placeholders; no name occurs twice; every catalogue file under src/core is checked here (none
 * forgotten); filling a text puts parameters in as given; and the compiler holds callers to the
 * names and parameters the keys declare.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { fill, parseKey, placeholdersOf, speaker, type Catalogue } from "../../src/core/catalogue";
import LOOKUP_TEXTS from "../../src/core/lookup-texts.json";
import MERGE_TEXTS from "../../src/core/merge/messages.json";
import OWN_TABLE_TEXTS from "../../src/core/own-table/messages.json";
import PLAN_TEXTS from "../../src/core/plan/messages.json";
import RATING_TEXTS from "../../src/core/rating-texts.json";
import RULE_TEXTS from "../../src/core/rule-texts.json";
import SCORING_TEXTS from "../../src/core/scoring-texts.json";
import SHARE_TEXTS from "../../src/core/share/messages.json";

/** Each catalogue by its file under src/core. */
const CATALOGUES: Record<string, Catalogue> = {
  "lookup-texts.json": LOOKUP_TEXTS,
  "merge/messages.json": MERGE_TEXTS,
  "own-table/messages.json": OWN_TABLE_TEXTS,
  "plan/messages.json": PLAN_TEXTS,
  "rating-texts.json": RATING_TEXTS,
  "rule-texts.json": RULE_TEXTS,
  "scoring-texts.json": SCORING_TEXTS,
  "share/messages.json": SHARE_TEXTS,
};

const entries = Object.entries(CATALOGUES).flatMap(([file, catalogue]) => Object.keys(catalogue).map((key) => [`${file} ${key}`, key, catalogue[key]] as const));

/**
 * Texts where one language says more by design: the key declares the parameter and the Dutch text
 * leaves it out. The report exists only in Dutch: an English citation or slide heading adds the
 * translation of the Dutch title.
 */
const ONLY_IN_ENGLISH: Record<string, readonly string[]> = {
  "lookup-texts.json citation": ["translation"],
  "lookup-texts.json heading": ["translation"],
};

const distinct = (names: string[]) => [...new Set(names)].sort();

test.each(entries)("%s: a Dutch and an English text, each with exactly the declared placeholders", (label, key, texts) => {
  const parsed = parseKey(key);
  expect(parsed).not.toBeNull();
  const { name, params } = parsed!;
  expect(Object.keys(texts).sort()).toEqual(["en", "nl"]);
  expect(typeof texts.nl).toBe("string");
  expect(typeof texts.en).toBe("string");
  expect(texts.nl.trim()).not.toBe("");
  expect(texts.en.trim()).not.toBe("");
  expect(distinct(params)).toEqual([...params].sort());
  const englishOnly = ONLY_IN_ENGLISH[`${label.split(" ")[0]} ${name}`] ?? [];
  expect(distinct(placeholdersOf(texts.en))).toEqual(distinct(params));
  expect(distinct(placeholdersOf(texts.nl))).toEqual(distinct(params.filter((p) => !englishOnly.includes(p))));
  for (const p of englishOnly) expect(params).toContain(p);
});

test.each(Object.entries(CATALOGUES))("%s names each text once", (_file, catalogue) => {
  const names = Object.keys(catalogue).map((key) => parseKey(key)?.name);
  expect(new Set(names).size).toBe(names.length);
});

test("texts meant to differ are translated, not copied across", () => {
  const same = entries.filter(([, , t]) => t.nl === t.en).map(([label]) => label);
  // Only texts made of names, punctuation and the English term the report itself uses.
  expect(same.sort()).toEqual(["lookup-texts.json cardActivities(activities)"]);
});

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** A JSON file is a catalogue when its values are `{ nl, en }` texts. */
function isCatalogue(data: unknown): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const values = Object.values(data);
  return values.length > 0 && values.some((v) => typeof v === "object" && v !== null && "nl" in v && "en" in v);
}

test("every catalogue in src/core is checked here, and none is declared in code", () => {
  const root = join(__dirname, "../../src/core");
  // tsconfig.json is the compiler's (JSON with comments), not data.
  const found = files(root, ".json")
    .filter((file) => !/tsconfig[^/\\]*\.json$/.test(file))
    .filter((file) => isCatalogue(JSON.parse(readFileSync(file, "utf8"))))
    .map((file) => relative(root, file).split("\\").join("/"));
  expect(found.sort()).toEqual(Object.keys(CATALOGUES).sort());
  // A speaker is made from an imported catalogue file, not from an object written in a module.
  const inCode = files(root, ".ts").filter((file) => /satisfies Catalogue|speaker\(\{/.test(readFileSync(file, "utf8")));
  expect(inCode).toEqual([]);
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

describe("speaker", () => {
  // Shaped as a JSON import is typed: literal keys, texts widened to string.
  const catalogue: { "greet(name)": { nl: string; en: string }; bye: { nl: string; en: string }; "pair(a, b)": { nl: string; en: string } } = {
    "greet(name)": { nl: "Dag {name}", en: "Hello {name}" },
    bye: { nl: "Dag", en: "Bye" },
    "pair(a, b)": { nl: "{a} en {b}", en: "{a} and {b}" },
  };
  const say = speaker(catalogue);

  test("finds a text by its name and fills the parameters its key declares", () => {
    expect(say("nl", "greet", { name: "An" })).toBe("Dag An");
    expect(say("en", "bye")).toBe("Bye");
    expect(say("en", "pair", { a: 1, b: "x" })).toBe("1 and x");
  });

  test("asks for exactly the declared parameters and names (checked by the compiler)", () => {
    // @ts-expect-error a declared parameter left out does not compile
    expect(say("en", "greet", {})).toBe("Hello {name}");
    // @ts-expect-error a misspelt parameter does not compile
    expect(say("en", "greet", { nam: "An" })).toBe("Hello {name}");
    // @ts-expect-error a parameter the key does not declare does not compile
    expect(say("en", "greet", { name: "An", title: "Dr" })).toBe("Hello An");
    // @ts-expect-error one of two declared parameters missing does not compile
    expect(say("en", "pair", { a: 1 })).toBe("1 and {b}");
    // @ts-expect-error a text without placeholders takes no parameters
    expect(say("en", "bye", { name: "An" })).toBe("Bye");
    // @ts-expect-error the parameters of a text with placeholders cannot be left out
    expect(say("en", "greet")).toBe("Hello {name}");
    // @ts-expect-error a name no key has does not compile, nor does the key with its signature
    expect(() => say("en", "greet(name)", { name: "An" })).toThrow('no text named "greet(name)"');
  });

  test("a catalogue typed only as Catalogue has no names: none compiles, and an unknown one says which", () => {
    const loose: Catalogue = { greet: { nl: "Hallo", en: "Hello" } };
    const sayLoose = speaker(loose);
    // @ts-expect-error its keys are not known to the compiler, so no name is accepted
    expect(sayLoose("en", "greet")).toBe("Hello");
    // @ts-expect-error nor a name it does not have, which fails with the name rather than a TypeError
    expect(() => sayLoose("en", "greeting")).toThrow('no text named "greeting"');
  });

  test("the real catalogues are typed from their files: a wrong parameter does not compile", () => {
    const sayScoring = speaker(SCORING_TEXTS);
    expect(sayScoring("en", "weightsZero", { argument: "weights" })).toBe("weights: all weights are zero.");
    // @ts-expect-error weightsZero declares only {argument}
    expect(sayScoring("en", "weightsZero", { argument: "weights", count: 3 })).toBe("weights: all weights are zero.");
    // @ts-expect-error invalidRating declares argument, value and accepted
    expect(sayScoring("en", "invalidRating", { argument: "vraag", value: "x" })).toContain("{accepted}");
  });
});

test("a key is read as a name and its parameters, or not at all", () => {
  expect(parseKey("invalidRating(argument, value, accepted)")).toEqual({ name: "invalidRating", params: ["argument", "value", "accepted"] });
  expect(parseKey("bye")).toEqual({ name: "bye", params: [] });
  for (const bad of ["greet(name", "greet()", "greet(a,b)", "greet (a)", "greet(a, b) ", ""]) expect(parseKey(bad)).toBeNull();
});
