/*
 * The SE.* custom functions: thin adapters over src/core. The JSDoc below is the source of
 * functions.json (custom-functions-metadata-plugin), which also appends the associate calls.
 * Ids are fixed forever so that workbooks keep working across versions and languages.
 */
import { errorCodeOf, errorForInput, isReturnableError } from "../core/cell-value";
import { CellError } from "../core/errors";
import { parseLanguage, type Language } from "../core/language";
import { datasetVersion, prepareCard, prepareFigure, prepareOpportunity, prepareThreat, prepareTrend } from "../core/lookup";
import { mapGrid } from "../core/map-grid";
import { scoringMessages } from "../core/messages";
import { explainGrid, parseWeights, potentialGrid, scoreGrid, type GridResult } from "../core/scoring";
import { entitiesSupported, toEntity } from "./entity";
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
 * are still accepted: see parseLanguage. Dutch names and tooltips: src/core/translations/nl.json.
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
 * @param {any[][]} [weights] Four weights ≥ 0 for demand, investment, fit and local (numbers, or numbers typed as text), as a 1×4 or 4×1 range or array constant. Default (or one empty cell): equal.
 * @returns {any[][]} A score from 0 to 100 per row; empty when a row's four criteria are all empty.
 */
// weights is any[][], not number[][]: a number-typed parameter would let Excel refuse or convert
// text before the function sees it, and weights typed as text ("2", "0,5") are read like ratings.
export function score(demand: any[][], investment: any[][], fit: any[][], local: any[][], weights?: any[][]): any[][] {
  return guarded(() => {
    const messages = uiLanguage();
    const w = parseWeights(weights);
    if (!(w instanceof Float64Array)) {
      // An error in a weight's cell is the whole result, as it would be in Excel's own functions.
      if (w.problem === "error" && isReturnableError(w.value)) {
        const value = w.value as { code: CustomFunctions.ErrorCode };
        throw value instanceof CustomFunctions.Error ? value : new CustomFunctions.Error(value.code);
      }
      const code = w.problem === "error" ? errorForInput(errorCodeOf(w.value) ?? "#VALUE!") : "#VALUE!";
      throw excelError(code, scoringMessages.invalidWeights(messages, w.problem, w.value));
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

/** Messages of a lookup follow its language argument when it is readable, else Excel's UI. */
function lookupMessages(language: unknown): Language {
  return (language ? parseLanguage(language) : null) ?? uiLanguage();
}

/**
 * Looks up one of the report's six trends (care economy 1–4, green sector 5–6).
 * @customfunction TREND
 * @helpurl https://localhost:3000/help.html#TREND
 * @param {any[][]} id Trend number 1–6 (or T1–T6). A cell or a range.
 * @param {string} [field] title (default), sector, points or source; Dutch: titel, punten, bron.
 * @param {LanguageChoice} [language] "nl" (default) or "en".
 * @returns {any[][]} The field's text per id.
 */
export function trend(id: any[][], field?: string, language?: LanguageChoice): any[][] {
  return guarded(() => unwrap(mapGrid(id, "id", lookupMessages(language), excelError, prepareTrend(field, language))));
}

/**
 * Looks up one of the report's five opportunities for kansengroepen in the care economy.
 * @customfunction OPPORTUNITY
 * @helpurl https://localhost:3000/help.html#OPPORTUNITY
 * @param {any[][]} id Opportunity number 1–5 (or O1–O5, K1–K5). A cell or a range.
 * @param {string} [field] title (default), description, activities, potential, sector or source; Dutch: titel, beschrijving, activiteiten, potentieel, bron.
 * @param {LanguageChoice} [language] "nl" (default) or "en".
 * @returns {any[][]} The field's text per id; without a field, an entity card where Excel supports data types.
 */
export function opportunity(id: any[][], field?: string, language?: LanguageChoice): any[][] {
  return guarded(() => {
    const messages = lookupMessages(language);
    if (!field && entitiesSupported()) {
      const card = prepareCard(language);
      return unwrap(
        mapGrid(id, "id", messages, excelError, (v) => {
          const c = card(v);
          return c instanceof CellError ? c : toEntity(c);
        }),
      );
    }
    return unwrap(mapGrid(id, "id", messages, excelError, prepareOpportunity(field, language)));
  });
}

/**
 * Looks up one of the report's five threats to sustainable employment.
 * @customfunction THREAT
 * @helpurl https://localhost:3000/help.html#THREAT
 * @param {any[][]} id Threat number 1–5 (or B1–B5, TH1–TH5). A cell or a range.
 * @param {string} [field] title (default), description, sector or source; Dutch: titel, beschrijving, bron.
 * @param {LanguageChoice} [language] "nl" (default) or "en".
 * @returns {any[][]} The field's text per id.
 */
export function threat(id: any[][], field?: string, language?: LanguageChoice): any[][] {
  return guarded(() => unwrap(mapGrid(id, "id", lookupMessages(language), excelError, prepareThreat(field, language))));
}

/**
 * Looks up one of the report's key figures, e.g. care_budget_share (27% = 0.27) or care_jobs_ten_years (46000).
 * @customfunction FIGURE
 * @helpurl https://localhost:3000/help.html#FIGURE
 * @param {any[][]} key The figure's key, e.g. care_budget_share. A cell or a range.
 * @param {string} [field] value (default), label, unit, sector or source; Dutch: waarde, eenheid, bron.
 * @param {LanguageChoice} [language] "nl" (default) or "en".
 * @returns {any[][]} The figure's value (a number) or the field's text per key.
 */
export function figure(key: any[][], field?: string, language?: LanguageChoice): any[][] {
  return guarded(() => unwrap(mapGrid(key, "key", lookupMessages(language), excelError, prepareFigure(field, language))));
}

/**
 * The dataset version and the report it comes from, to cite in a workbook.
 * @customfunction VERSION
 * @helpurl https://localhost:3000/help.html#VERSION
 * @param {LanguageChoice} [language] "nl" (default) or "en".
 * @returns {string} Dataset version and report citation.
 */
export function version(language?: LanguageChoice): string {
  return guarded(() => datasetVersion(language));
}
