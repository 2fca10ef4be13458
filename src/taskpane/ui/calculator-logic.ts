/**
 * The calculator's state and its one call into the core. The rule lives in src/core only: this
 * module passes the four inputs, as typed, to the same grid functions Excel calls, so the pane
 * can never disagree with =SE.POTENTIAL, =SE.SCORE or =SE.EXPLAIN.
 */
import { CRITERIA, type Criterion } from "../../core/criteria";
import { CellError, plainError } from "../../core/errors";
import type { Language } from "../../core/language";
import { displayFormula, ratingArg, type Call } from "../../core/formula-text";
import { BLANK, explainGrid, potentialGrid, scoreGrid } from "../../core/scoring";
import { LEVEL_WORDS, LEVELS } from "../../core/vocabulary";

export type CalculatorInputs = Record<Criterion, string>;

export const EMPTY_INPUTS: CalculatorInputs = { demand: "", investment: "", fit: "", local: "" };

export type CalculatorResult =
  | { kind: "empty" }
  | { kind: "ok"; potential: string; score: number; explanation: string }
  | { kind: "error"; code: "#VALUE!" | "#N/A"; message: string };

/**
 * Text as typed, except that a cell would hold a plain number: "4" and "3,5" are already read as
 * numbers by the core, so the strings go through unchanged.
 */
function args(inputs: CalculatorInputs): readonly [unknown, unknown, unknown, unknown] {
  const [a, b, c, d] = CRITERIA.map((k) => [[inputs[k]]]);
  return [a, b, c, d];
}

const EQUAL_WEIGHTS = new Float64Array([1, 1, 1, 1]);

export function calculate(inputs: CalculatorInputs, language: Language): CalculatorResult {
  const a = args(inputs);
  const potential = potentialGrid(a, language, language, plainError);
  if (!potential.ok) return { kind: "error", code: potential.error.code, message: potential.error.message };
  const p = potential.values[0][0];
  if (p instanceof CellError) return { kind: "error", code: p.code, message: p.message };
  if (p === BLANK) return { kind: "empty" };
  const score = scoreGrid(a, EQUAL_WEIGHTS, language, plainError);
  const explanation = explainGrid(a, language, language, plainError);
  const s = score.ok ? score.values[0][0] : score.error;
  const e = explanation.ok ? explanation.values[0][0] : explanation.error;
  // The three grids read the same inputs, so a problem shows in all or none; this keeps types honest.
  if (s instanceof CellError) return { kind: "error", code: s.code, message: s.message };
  if (e instanceof CellError) return { kind: "error", code: e.code, message: e.message };
  return { kind: "ok", potential: String(p), score: Number(s), explanation: String(e) };
}

/**
 * The SE.POTENTIAL call that gives the same potential: numbers as numbers, words as text, and
 * the label language when it is not the default, so the cell shows what the pane shows.
 */
export function potentialCall(inputs: CalculatorInputs, labels: Language): Call {
  return { fn: "POTENTIAL", args: [...CRITERIA.map((k) => ratingArg(inputs[k])), ...(labels === "nl" ? [] : [labels])] };
}

/** That call as an analyst types it in Excel of the given display language. */
export function formulaFor(inputs: CalculatorInputs, labels: Language, excel: Language = labels): string {
  return displayFormula(potentialCall(inputs, labels), excel);
}

/** What each criterion's field suggests as the analyst types: the report's words, then the scale. */
export function suggestions(language: Language): string[] {
  return [...LEVELS.map((level) => LEVEL_WORDS[language][level]), "1", "2", "3", "4", "5"];
}
