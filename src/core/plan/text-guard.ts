/**
 * What Excel would not keep as the text it was given. A cell written from data (the report, a
 * colleague's JSON, an analyst's notes) must land as exactly that text: a leading =, +, -, @
 * would start a formula (formula injection), tab and CR are the CSV-injection variants, and
 * text that reads as a number, date or TRUE/FALSE would silently change type.
 */
/**
 * Also the full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20): East Asian Excel converts
 * full-width input, so a colleague's "＝HYPERLINK(…)" could become a formula there. A leading
 * space is not a formula start in Excel (" =1+1" stays text) and needs no guard.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const NUMBER_OR_DATE_LIKE = /^\s*[\d.,:/% -]*\d[\d.,:/% -]*\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false|waar|onwaar)\s*$/i;

export function needsTextGuard(text: string): boolean {
  return FORMULA_START.test(text) || NUMBER_OR_DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text);
}

/**
 * The input that makes Excel store `text` verbatim: a leading apostrophe is Excel's own
 * "this is text" marker; it is not part of the value that range.values reads back.
 */
export function guardText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
