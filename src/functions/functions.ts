/*
 * The SE.* custom functions: thin adapters over src/core. The JSDoc below is the source of
 * functions.json (custom-functions-metadata-plugin), which also appends the associate calls.
 * Ids are fixed forever so that workbooks keep working across versions and languages.
 */
import { parseLanguage, type Language } from "../core/language";
import { scoringMessages } from "../core/messages";
import { explainGrid, parseWeights, potentialGrid, scoreGrid, type GridResult } from "../core/scoring";
import { excelError, guarded, uiLanguage } from "./excel-errors";

/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator requires the
   TypeScript types to spell out the Excel types (any[][], string, number[][]) literally. */

function unwrap<T>(result: GridResult<T, CustomFunctions.Error>): (T | CustomFunctions.Error)[][] {
  if (!result.ok) throw result.error;
  return result.values;
}

/**
 * The choices Excel offers for every `language` argument (AutoComplete, CustomFunctionsRuntime
 * 1.5+; older Excel shows a plain text argument). Other spellings such as "nl-BE" or "English"
 * are still accepted: see parseLanguage. Dutch names and tooltips: translations/nl.json.
 * @customenum {string}
 */
export enum LanguageChoice {
  /** Dutch, the report's language (default) */
  nl = "nl",
  /** English */
  en = "en",
}

/** The label language from the optional argument; a bad value is a whole-call #VALUE!. */
function labelLanguage(value: unknown): Language {
  const language = parseLanguage(value);
  if (language === null) throw excelError("#VALUE!", scoringMessages.invalidLanguage(uiLanguage(), value));
  return language;
}

/**
 * Rates an opportunity's potential for employing kansengroepen by the WSE report's rule: Hoog when all four criteria are favourable, Laag when none is and at least one is unfavourable, Medium otherwise.
 * @customfunction POTENTIAL
 * @helpurl https://localhost:3000/help.html#POTENTIAL
 * @param {any[][]} demand Market demand for labour: hoog/medium/laag (high/medium/low, verzadigd/saturated) or 1–5. A cell or a range.
 * @param {any[][]} investment Investment needed from the social-economy company: hoog/medium/laag or 1–5 (low is favourable). A cell or a range.
 * @param {any[][]} fit Fit between the activities and the target group's competences: hoog/medium/laag or 1–5. A cell or a range.
 * @param {any[][]} local Local connectedness: hoog/medium/laag (sterk/zwak, strong/weak) or 1–5. A cell or a range.
 * @param {LanguageChoice} [language] Label language: "nl" (default: Hoog/Medium/Laag) or "en" (High/Medium/Low).
 * @returns {any[][]} Hoog, Medium or Laag per row; empty when a row's four criteria are all empty.
 */
export function potential(demand: any[][], investment: any[][], fit: any[][], local: any[][], language?: LanguageChoice): any[][] {
  return guarded(() => {
    const labels = labelLanguage(language);
    const messages = language ? labels : uiLanguage();
    return unwrap(potentialGrid([demand, investment, fit, local], labels, messages, excelError));
  });
}

/**
 * Scores an opportunity 0–100 for ranking: each criterion's favourability on 0–1 (low 0, medium 0.5, high 1, a number x as (x−1)/4, investment reversed), weighted mean × 100.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#SCORE
 * @param {any[][]} demand Market demand for labour: hoog/medium/laag or 1–5. A cell or a range.
 * @param {any[][]} investment Investment needed from the social-economy company: hoog/medium/laag or 1–5 (low is favourable). A cell or a range.
 * @param {any[][]} fit Fit between the activities and the target group's competences: hoog/medium/laag or 1–5. A cell or a range.
 * @param {any[][]} local Local connectedness: hoog/medium/laag or 1–5. A cell or a range.
 * @param {number[][]} [weights] Four weights ≥ 0 for demand, investment, fit and local, as a 1×4 or 4×1 range or array constant. Default: equal.
 * @returns {any[][]} A score from 0 to 100 per row; empty when a row's four criteria are all empty.
 */
export function score(demand: any[][], investment: any[][], fit: any[][], local: any[][], weights?: number[][]): any[][] {
  return guarded(() => {
    const messages = uiLanguage();
    const w = parseWeights(weights);
    if (!(w instanceof Float64Array)) {
      throw excelError("#VALUE!", scoringMessages.invalidWeights(messages, w.problem, w.value));
    }
    return unwrap(scoreGrid([demand, investment, fit, local], w, messages, excelError));
  });
}

/**
 * Explains a potential in one line: which criteria are favourable, neutral and unfavourable, and what would have to change to reach Hoog.
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/help.html#EXPLAIN
 * @param {any[][]} demand Market demand for labour: hoog/medium/laag or 1–5. A cell or a range.
 * @param {any[][]} investment Investment needed from the social-economy company: hoog/medium/laag or 1–5 (low is favourable). A cell or a range.
 * @param {any[][]} fit Fit between the activities and the target group's competences: hoog/medium/laag or 1–5. A cell or a range.
 * @param {any[][]} local Local connectedness: hoog/medium/laag or 1–5. A cell or a range.
 * @param {LanguageChoice} [language] Text language: "nl" (default) or "en".
 * @returns {any[][]} One line of explanation per row.
 */
export function explain(demand: any[][], investment: any[][], fit: any[][], local: any[][], language?: LanguageChoice): any[][] {
  return guarded(() => {
    const text = labelLanguage(language);
    const messages = language ? text : uiLanguage();
    return unwrap(explainGrid([demand, investment, fit, local], text, messages, excelError));
  });
}
