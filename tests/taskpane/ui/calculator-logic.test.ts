/**
 * The calculator's answer is the core's answer: for every combination of levels and numbers the
 * pane's state gives what potentialGrid / scoreGrid / explainGrid give for the same cells.
 */
import { CRITERIA } from "../../../src/core/criteria";
import { CellError, plainError } from "../../../src/core/errors";
import type { Language } from "../../../src/core/language";
import { SPELLINGS } from "../../../src/core/rating";
import { explainGrid, potentialGrid, scoreGrid } from "../../../src/core/scoring";
import { invariantFormula } from "../../../src/core/formula-text";
import { EMPTY_INPUTS, calculate, formulaFor, potentialCall, suggestions, type CalculatorInputs } from "../../../src/taskpane/ui/calculator-logic";

const inputsOf = (values: readonly string[]): CalculatorInputs =>
  Object.fromEntries(CRITERIA.map((c, k) => [c, values[k]])) as CalculatorInputs;

function core(values: readonly unknown[], language: Language) {
  const args = values.map((v) => [[v]]) as unknown as readonly [unknown, unknown, unknown, unknown];
  const p = potentialGrid(args, language, language, plainError);
  const s = scoreGrid(args, new Float64Array([1, 1, 1, 1]), language, plainError);
  const e = explainGrid(args, language, language, plainError);
  if (!p.ok || !s.ok || !e.ok) throw new Error("unexpected whole-call error");
  return [p.values[0][0], s.values[0][0], e.values[0][0]] as const;
}

const TOKENS = ["hoog", "medium", "laag", "1", "2", "3", "4", "5", "3,5"];

test.each(["nl", "en"] as const)("all %s combinations of levels and numbers match the core", (language) => {
  let n = 0;
  for (const a of TOKENS) for (const b of TOKENS) for (const c of TOKENS) for (const d of TOKENS) {
    const values = [a, b, c, d];
    const result = calculate(inputsOf(values), language);
    const [p, s, e] = core(values, language);
    expect(result).toEqual({ kind: "ok", potential: p, score: s, explanation: e });
    n++;
  }
  expect(n).toBe(TOKENS.length ** 4);
});

test("every accepted spelling is accepted", () => {
  for (const spelling of [...SPELLINGS.high, ...SPELLINGS.medium, ...SPELLINGS.low]) {
    for (const variant of [spelling, spelling.toUpperCase(), ` ${spelling} `]) {
      const result = calculate(inputsOf([variant, variant, variant, variant]), "nl");
      expect(result.kind).toBe("ok");
    }
  }
  expect(calculate(inputsOf(["verzadigd", "laag", "hoog", "hoog"]), "nl").kind).toBe("ok");
});

test("all empty is no result yet, not an error", () => {
  expect(calculate(EMPTY_INPUTS, "nl")).toEqual({ kind: "empty" });
  expect(calculate(inputsOf([" ", "", "", ""]), "nl")).toEqual({ kind: "empty" });
});

test.each([
  [["hoog", "banaan", "hoog", "hoog"], "#VALUE!"],
  [["0", "laag", "hoog", "hoog"], "#VALUE!"],
  [["6", "laag", "hoog", "hoog"], "#VALUE!"],
  [["hoog", "", "hoog", "hoog"], "#N/A"],
  [["<script>", "laag", "hoog", "hoog"], "#VALUE!"],
])("%p gives the core's %s message", (values, code) => {
  for (const language of ["nl", "en"] as const) {
    const expected = core(values, language)[0] as CellError;
    expect(expected).toBeInstanceOf(CellError);
    expect(calculate(inputsOf(values), language)).toEqual({ kind: "error", code, message: expected.message });
  }
});

test("the formula shown is the one Excel would take, per language's separator", () => {
  expect(formulaFor(inputsOf(["hoog", "2", "sterk", "ja"]), "nl")).toBe('=SE.POTENTIEEL("hoog";2;"sterk";"ja")');
  // Numbers unquoted in the display language's notation; the label language is passed when not Dutch.
  expect(formulaFor(inputsOf(["hoog", "3,5", "2", "1"]), "nl")).toBe('=SE.POTENTIEEL("hoog";3,5;2;1)');
  expect(formulaFor(inputsOf(["high", "2", 'a"b', "3,5"]), "en")).toBe('=SE.POTENTIAL("high",2,"a""b",3.5,"en")');
  // An English pane in Dutch Excel: Dutch name and separators, English labels.
  expect(formulaFor(inputsOf(["high", "2", "4", "3.5"]), "en", "nl")).toBe('=SE.POTENTIEEL("high";2;4;3,5;"en")');
  expect(invariantFormula(potentialCall(inputsOf(["hoog", "3,5", "2", "1"]), "nl"))).toBe('=SE.POTENTIAL("hoog",3.5,2,1)');
});

test("the fields suggest the report's words in the pane's language, then the scale; each one a rating the core accepts", () => {
  expect(suggestions("nl")).toEqual(["hoog", "medium", "laag", "1", "2", "3", "4", "5"]);
  expect(suggestions("en")).toEqual(["high", "medium", "low", "1", "2", "3", "4", "5"]);
  for (const language of ["nl", "en"] as const) {
    for (const s of suggestions(language)) expect(calculate({ demand: s, investment: s, fit: s, local: s }, language).kind).toBe("ok");
  }
});
