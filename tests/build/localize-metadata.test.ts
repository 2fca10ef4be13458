/**
 * The pure step that turns the generated functions.json into functions.nl.json. Uses the golden
 * English metadata (what the JSDoc generates today) and the real translation table, then breaks
 * copies of them to prove that a missing translation or a bad name is an error.
 */
import fs from "fs";
import path from "path";
import {
  bilingualMetadata,
  functionNameProblems,
  isCellReference,
  localizeMetadata,
  localizedHelpUrl,
  parameterNameProblems,
} from "../../scripts/localize-metadata";
import { ARGUMENT_NAMES, CRITERIA } from "../../src/core/criteria";
import table from "../../src/core/translations/nl.json";

type Parameter = { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; customEnumId?: string };
type Fn = { id: string; name: string; description: string; helpUrl?: string; parameters: Parameter[]; result?: object };
type Metadata = { functions: Fn[]; enums?: { id: string; type: string; values: { name: string; stringValue?: string; tooltip: string }[] }[] };
type Table = typeof table;

const english: Metadata = JSON.parse(fs.readFileSync(path.join(__dirname, "golden/functions.json"), "utf8"));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe("functions.nl.json from the real table", () => {
  const { metadata, errors, warnings } = localizeMetadata(english, table, "nl");
  const dutch = metadata as Metadata;

  test("no errors, and no translation without a function", () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test("every function keeps its id, position, parameter count and order, with Dutch texts", () => {
    expect(dutch.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    dutch.functions.forEach((f, i) => {
      const en = english.functions[i];
      expect(f.name).toBe(table.functions[f.id as keyof Table["functions"]].name);
      expect(f.description).not.toBe(en.description);
      expect(f.parameters).toHaveLength(en.parameters.length);
      f.parameters.forEach((p, j) => {
        const enP = en.parameters[j];
        // Everything Excel uses to call the function stays; only what it shows is translated.
        expect({ ...p, name: enP.name, description: enP.description }).toEqual(enP);
        expect(p.description).not.toBe(enP.description);
      });
      expect(f.result).toEqual(en.result);
    });
  });

  test("the Dutch names are POTENTIEEL, SCORE and UITLEG; the criteria are named as in messages", () => {
    expect(Object.fromEntries(dutch.functions.map((f) => [f.id, f.name]))).toEqual({
      POTENTIAL: "POTENTIEEL",
      SCORE: "SCORE",
      EXPLAIN: "UITLEG",
      TREND: "TREND",
      OPPORTUNITY: "OPPORTUNITEIT",
      THREAT: "BEDREIGING",
      FIGURE: "KENGETAL",
      VERSION: "VERSIE",
    });
    for (const f of dutch.functions.filter((x) => ["POTENTIAL", "SCORE", "EXPLAIN"].includes(x.id))) {
      expect(f.parameters.slice(0, 4).map((p) => p.name)).toEqual(CRITERIA.map((c) => ARGUMENT_NAMES.nl[c]));
    }
    // The error messages say "taal" and "gewichten": the tooltip must use the same words.
    expect(dutch.functions.find((f) => f.id === "SCORE")!.parameters[4].name).toBe("gewichten");
    expect(dutch.functions.find((f) => f.id === "EXPLAIN")!.parameters[4].name).toBe("taal");
  });

  test("help links go to the Dutch page, same anchor", () => {
    for (const f of dutch.functions) expect(f.helpUrl).toBe(`https://localhost:3000/help.nl.html#${f.id}`);
  });

  test("the language enum keeps its values and gets Dutch tooltips", () => {
    const [e] = dutch.enums!;
    expect(e.values.map((v) => v.stringValue)).toEqual(english.enums![0].values.map((v) => v.stringValue));
    expect(e.values.map((v) => v.tooltip)).toEqual([expect.stringMatching(/Nederlands/), "Engels"]);
  });

  test("does not change its input", () => {
    const before = clone(english);
    localizeMetadata(english, table, "nl");
    expect(english).toEqual(before);
  });
});

describe("the lookup functions", () => {
  const { metadata } = localizeMetadata(english, table, "nl");

  test("Dutch parameter names: id, veld, taal, sleutel", () => {
    const params = Object.fromEntries((metadata as Metadata).functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
    expect(params.TREND).toEqual(["id", "veld", "taal"]);
    expect(params.FIGURE).toEqual(["sleutel", "veld", "taal"]);
    expect(params.VERSION).toEqual(["taal"]);
  });
});

describe("a function added without translation fails", () => {
  test("a missing function", () => {
    const m = clone(english);
    m.functions.push({ ...clone(m.functions[0]), id: "NEWFUNC", name: "NEWFUNC" });
    const { errors } = localizeMetadata(m, table, "nl");
    expect(errors).toEqual([expect.stringMatching(/^NEWFUNC: no nl translation/)]);
  });

  test("a missing parameter", () => {
    const m = clone(english);
    m.functions[1].parameters.push({ name: "threshold", description: "A threshold.", type: "number", optional: true });
    const { errors } = localizeMetadata(m, table, "nl");
    expect(errors).toEqual([expect.stringMatching(/^SCORE\(threshold\): no nl translation for parameter "threshold"/)]);
  });

  test("a missing name or description", () => {
    const t = clone(table);
    t.functions.EXPLAIN.description = " ";
    t.functions.SCORE.parameters.weights.name = "";
    const { errors } = localizeMetadata(english, t, "nl");
    expect(errors).toEqual([
      expect.stringMatching(/^SCORE\(weights\): the nl parameter name is missing/),
      expect.stringMatching(/^EXPLAIN: the nl description is missing/),
    ]);
  });

  test("a missing enum translation", () => {
    const t = clone(table) as Partial<Table>;
    delete t.enums;
    expect(localizeMetadata(english, t, "nl").errors).toEqual([expect.stringMatching(/enum LanguageChoice: no nl translation/)]);
  });

  test("extra parameter translations are warnings, not errors", () => {
    const t = clone(table) as unknown as { functions: Record<string, { parameters: Record<string, object> }> };
    t.functions.SCORE.parameters.threshold = { name: "drempel", description: "Drempel." };
    const { errors, warnings } = localizeMetadata(english, t, "nl");
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(expect.stringContaining('"threshold"'));
  });
});

describe("names", () => {
  test("two functions with the same Dutch name (any case) fail", () => {
    const t = clone(table);
    t.functions.EXPLAIN.name = "Potentieel".toUpperCase();
    expect(localizeMetadata(english, t, "nl").errors).toEqual([expect.stringMatching(/^EXPLAIN: the nl name "POTENTIEEL" is also the name of POTENTIAL/)]);
  });

  test("a Dutch name equal to another function's id fails (it would swap functions between languages)", () => {
    const t = clone(table);
    t.functions.EXPLAIN.name = "SCORE";
    expect(localizeMetadata(english, t, "nl").errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/is the id of another function/), expect.stringMatching(/is also the name of SCORE/)]),
    );
  });

  test("a translation must not take a built-in Dutch Excel name (KANS is PROB)", () => {
    const t = clone(table);
    t.functions.POTENTIAL.name = "KANS";
    expect(localizeMetadata(english, t, "nl").errors).toEqual([expect.stringMatching(/"KANS" is a built-in Excel function in Dutch/)]);
  });

  test("a parameter name used twice in one function fails", () => {
    const t = clone(table);
    t.functions.SCORE.parameters.fit.name = "vraag";
    expect(localizeMetadata(english, t, "nl").errors).toEqual([expect.stringMatching(/^SCORE\(fit\): .*"vraag" is used twice/)]);
  });

  test.each(["POTENTIEEL", "UITLEG", "SCORE", "OPPORTUNITEIT", "BEDREIGING", "KENGETAL", "VERSIE", "TREND", "SE_ÉÉN.TWEE", "XFE1", "A1048577", "R0C1"])(
    "%s is a valid function name",
    (name) => expect(functionNameProblems(name)).toEqual([]),
  );

  test.each([
    ["A1", /cell reference/],
    ["XFD1048576", /cell reference/],
    ["ab12", /cell reference/],
    ["R1C1", /cell reference/],
    ["R1048576C16384", /cell reference/],
    ["RUN", /Excel 4.0 macro/],
    ["ECHO", /Excel 4.0 macro/],
    ["GET.CELL", /Excel 4.0 macro/],
    ["FILES", /Excel 4.0 macro/],
    ["Uitleg", /upper case/],
    ["1UITLEG", /start with a letter/],
    [".UITLEG", /start with a letter/],
    ["UIT LEG", /only contain/],
    ["UIT-LEG", /only contain/],
    ["AB", /three characters/],
    ["", /empty/],
    ["X".repeat(129), /128/],
  ])("%s is rejected", (name, reason) => {
    expect(functionNameProblems(name).join("; ")).toMatch(reason);
  });

  test("cell references up to the grid's edge, not beyond", () => {
    expect(isCellReference("XFD1")).toBe(true);
    expect(isCellReference("XFE1")).toBe(false);
    expect(isCellReference("A0")).toBe(false);
    expect(isCellReference("R1C16385")).toBe(false);
  });

  test("parameter names are one word", () => {
    expect(parameterNameProblems("investering")).toEqual([]);
    expect(parameterNameProblems("lokale verbondenheid")).not.toEqual([]);
    expect(parameterNameProblems("")).not.toEqual([]);
  });

  test("every Dutch name in the table meets the rules", () => {
    for (const t of Object.values(table.functions)) {
      expect(functionNameProblems(t.name)).toEqual([]);
      for (const p of Object.values(t.parameters) as { name: string }[]) expect(parameterNameProblems(p.name)).toEqual([]);
    }
  });
});

test("localizedHelpUrl keeps host, path and anchor", () => {
  expect(localizedHelpUrl("https://h.example.be/se/help.html#SCORE", "help.nl.html")).toBe("https://h.example.be/se/help.nl.html#SCORE");
});

describe("both languages' names in both files (office-js #891, #6614)", () => {
  const { source, localized, aliases, errors } = bilingualMetadata(english, table, "nl");
  const files = { en: source as Metadata, nl: localized as Metadata };

  test("every translated name is a function of its own, with the same id in both files", () => {
    expect(errors).toEqual([]);
    expect(aliases).toEqual({ POTENTIEEL: "POTENTIAL", UITLEG: "EXPLAIN", OPPORTUNITEIT: "OPPORTUNITY", BEDREIGING: "THREAT", KENGETAL: "FIGURE", VERSIE: "VERSION" });
    for (const file of Object.values(files)) {
      for (const f of file.functions) expect(f.name).toBe(f.id);
      expect(file.functions.map((f) => f.id).sort()).toEqual([...english.functions.map((f) => f.id), ...Object.keys(aliases)].sort());
    }
  });

  test("an alias has its function's parameters, and each file's texts are in its language", () => {
    for (const [alias, id] of Object.entries(aliases)) {
      for (const [language, file] of Object.entries(files)) {
        const a = file.functions.find((f) => f.id === alias)!;
        const f = file.functions.find((x) => x.id === id)!;
        expect([language, a.description, a.parameters]).toEqual([language, f.description, f.parameters]);
      }
    }
    expect(files.en.functions.find((f) => f.id === "POTENTIEEL")!.description).toBe(english.functions.find((f) => f.id === "POTENTIAL")!.description);
    expect(files.nl.functions.find((f) => f.id === "POTENTIAL")!.description).toBe(table.functions.POTENTIAL.description);
  });

  test("the other language's names stay out of AutoComplete", () => {
    const hidden = (m: Metadata) => m.functions.filter((f) => (f as { options?: { excludeFromAutoComplete?: boolean } }).options?.excludeFromAutoComplete).map((f) => f.id);
    expect(hidden(files.en)).toEqual(Object.keys(aliases));
    expect(hidden(files.nl)).toEqual(Object.values(aliases));
  });

  test("a translated name that cannot be an id fails, and built-in Dutch names stay forbidden", () => {
    const t = clone(table);
    t.functions.POTENTIAL.name = "PÖTENTIEEL";
    expect(bilingualMetadata(english, t, "nl").errors).toEqual([expect.stringMatching(/"PÖTENTIEEL" cannot also be a function id/)]);
    t.functions.POTENTIAL.name = "KANS";
    expect(bilingualMetadata(english, t, "nl").errors).toEqual([expect.stringMatching(/"KANS" is a built-in Excel function in Dutch/)]);
  });
});
