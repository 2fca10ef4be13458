import { CRITERIA } from "../../src/core/criteria";
import {
  CODE,
  NOT_STRIPPED_WHITESPACE,
  STRIPPED_WHITESPACE,
  lookupSheet,
  numberClasses,
  numberCodes,
  outcomeTable,
  potentialFormula,
  scaleBoundaries,
  scoreFormula,
  spellingRows,
} from "../../src/core/native";
import { categoryOf } from "../../src/core/native/lookup";
import { DEMAND_ONLY_LOW, SPELLINGS, ratingAmount } from "../../src/core/rating";

const REFS = { demand: "F2", investment: "G2", fit: "H2", local: "I2" };

/** What the formula's LOOKUP(SUMPRODUCT(SIGN(x−b)·3ⁱ)) gives, in JavaScript. */
function formulaNumberCode(x: number, criterion: (typeof CRITERIA)[number]): number {
  if (x === 0) return CODE.missing; // the formula's IF(ref=0, missing, …)
  const key = scaleBoundaries().reduce((s, b, i) => s + Math.sign(x - b) * 3 ** i, 0);
  const classes = numberClasses();
  let idx = 0;
  classes.forEach((c, i) => {
    if (c.key <= key) idx = i;
  });
  return numberCodes(criterion)[idx];
}

describe("the lookup data comes from the core", () => {
  it("lists every accepted spelling once, plus the empty text as missing", () => {
    const words = spellingRows().map((r) => r.spelling);
    expect(new Set(words).size).toBe(words.length);
    expect(words.sort()).toEqual([...SPELLINGS.high, ...SPELLINGS.medium, ...SPELLINGS.low, ...DEMAND_ONLY_LOW, ""].sort());
    const empty = spellingRows().find((r) => r.spelling === "")!;
    for (const c of CRITERIA) expect(empty.delta[c] + CODE.invalid).toBe(CODE.missing);
  });

  it("gives each spelling the core's reading per criterion (verzadigd only for demand)", () => {
    for (const row of spellingRows()) {
      for (const c of CRITERIA) expect(row.delta[c] + CODE.invalid).toBe(CODE[categoryOf(ratingAmount(row.spelling, c), c)]);
    }
    const verzadigd = spellingRows().find((r) => r.spelling === "verzadigd")!;
    expect(verzadigd.delta.investment + CODE.invalid).toBe(CODE.invalid);
  });

  it("has spellings the formula can tell from numbers as text (none ends in a digit)", () => {
    for (const row of spellingRows()) expect(row.spelling).not.toMatch(/\d$/);
  });

  it("classifies numbers on, between and beside the thresholds exactly as the core", () => {
    const xs = [-1, 0, 0.999999, 1, 1.000001, 1.5, 1.999999, 2, 2.000001, 2.0001, 3, 3.9999, 3.999999, 4, 4.000001, 4.5, 4.999999, 5, 5.000001, 6, 1e9];
    for (const c of CRITERIA) {
      for (const x of xs) expect([c, x, formulaNumberCode(x, c)]).toEqual([c, x, CODE[categoryOf(ratingAmount(x, c), c)]]);
    }
  });

  it("has one key per class, ascending, as LOOKUP needs", () => {
    const keys = numberClasses().map((c) => c.key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(new Set(keys).size).toBe(9);
  });

  it("maps sums to the outcome SE.POTENTIAL gives", () => {
    const nl = outcomeTable("nl");
    expect(nl[4 * CODE.favourable]).toBe("Hoog");
    expect(nl[4 * CODE.neutral]).toBe("Medium");
    expect(nl[CODE.unfavourable + 3 * CODE.neutral]).toBe("Laag");
    expect(nl[CODE.unfavourable + CODE.favourable]).toBe("Medium");
    expect(nl[4 * CODE.missing]).toBeNull();
    expect(nl[CODE.missing + 3 * CODE.favourable]).toEqual({ error: "#N/A" });
    expect(nl[CODE.invalid + 3 * CODE.missing]).toEqual({ error: "#VALUE!" });
    expect(outcomeTable("en")[4 * CODE.favourable]).toBe("High");
  });

  it("documents every JavaScript whitespace character the formula does not strip", () => {
    const all: number[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) if (/\s/.test(String.fromCharCode(cp))) all.push(cp);
    expect([...STRIPPED_WHITESPACE, ...NOT_STRIPPED_WHITESPACE].sort((a, b) => a - b)).toEqual(all);
  });
});

describe("the native formulas", () => {
  const formulas = [potentialFormula(REFS, "nl"), potentialFormula(REFS, "en"), scoreFormula(REFS, "J2")];

  it("use only built-in functions that Excel 2013+ and LibreOffice share, with the file's _xlfn. prefix", () => {
    const allowed = new Set([
      "INDEX", "IF", "ISLOGICAL", "ISNUMBER", "ISTEXT", "ISBLANK", "LOOKUP", "SUMPRODUCT", "SIGN", "EXACT", "LOWER",
      "SUBSTITUTE", "CHAR", "_xlfn.UNICHAR", "_xlfn.NUMBERVALUE", "IFERROR", "AND", "FIND", "RIGHT",
    ]);
    for (const f of formulas) {
      const used = new Set([...f.matchAll(/([A-Za-z_.]+)\(/g)].map((m) => m[1]));
      expect([...used].filter((u) => !allowed.has(u))).toEqual([]);
      expect(f).not.toMatch(/\bSE\./);
    }
  });

  it("stay within Excel's limits: 8,192 characters and 64 nested levels", () => {
    for (const f of formulas) {
      expect(f.length).toBeLessThan(8192);
      let depth = 0;
      let max = 0;
      let quoted = false;
      for (const ch of f) {
        if (ch === '"') quoted = !quoted;
        else if (!quoted && ch === "(") max = Math.max(max, ++depth);
        else if (!quoted && ch === ")") depth--;
      }
      expect(depth).toBe(0);
      expect(max).toBeLessThan(64);
    }
  });

  it("read the labels of the requested language from the lookup sheet", () => {
    const { ranges } = lookupSheet();
    expect(potentialFormula(REFS, "nl")).toContain(ranges.outcome.nl);
    expect(potentialFormula(REFS, "en")).toContain(ranges.outcome.en);
  });

  it("take the score's blank and errors from the potential cell", () => {
    expect(scoreFormula(REFS, "J2")).toMatch(/^IF\(J2="","",/);
  });
});

describe("the formulas read the lookup sheet where it writes its columns", () => {
  it("every SE_Lookup range a formula names is one of the sheet's ranges, and holds the rows the sheet fills", () => {
    const sheet = lookupSheet();
    const ranges = new Set([sheet.ranges.spelling, sheet.ranges.amount, ...Object.values(sheet.ranges.delta), ...Object.values(sheet.ranges.outcome)]);
    const formulas = [potentialFormula(REFS, "nl"), potentialFormula(REFS, "en"), scoreFormula(REFS, "J2")];
    const named = formulas.flatMap((f) => f.match(/SE_Lookup!\$[A-Z]\$\d+:\$[A-Z]\$\d+/g) ?? []);
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(ranges).toContain(r);
    // The spelling range ends on the last spelling row; the outcome range on the last sum.
    const lastRow = (r: string) => Number(r.split("$").pop());
    expect(lastRow(sheet.ranges.spelling)).toBe(1 + spellingRows().length);
    expect(sheet.rows[lastRow(sheet.ranges.spelling) - 1][0]).toBe(spellingRows().at(-1)!.spelling);
    expect(sheet.rows[lastRow(sheet.ranges.outcome.nl) - 1][7]).toEqual(outcomeTable("nl").at(-1));
  });
});
