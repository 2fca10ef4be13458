/**
 * The words and names a help page is written with: function, argument, error and field names in a
 * language (from the translation table and the core), the values a text's placeholders take, and
 * the filling of those placeholders. ./render.ts builds the pages' sections from them.
 */
import type { Texts } from "../core/catalogue";
import { ERROR_NAMES } from "../core/error-names";
import { parseLanguage, type Language } from "../core/language";
import table from "../core/translations/nl.json";
import { LEVELS, POTENTIAL_LABELS, dutchFieldWords, type Field } from "../core/vocabulary";
import { EXCEL_ERROR_NAMES_NL, FUNCTIONS, OPTIONAL_ARGUMENTS, type ArgumentId, type ErrorCode, type Example, type FunctionHelp } from "./content";

/** The page of each language, as the manifest, the metadata's help links and the pane link them. */
export const HELP_PAGES: Readonly<Record<Language, string>> = { en: "help.html", nl: table.helpPage };

/** The add-in's Content-Security-Policy for static pages: no script at all. */
export const HELP_CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export const OTHER: Record<Language, Language> = { nl: "en", en: "nl" };
/** Excel's argument separator per display language. */
export const SEPARATOR: Record<Language, string> = { nl: "; ", en: ", " };
export const FORMULA_SEPARATOR: Record<Language, string> = { nl: ";", en: "," };
/** The language a formula gets when its language argument is left out. */
export const DEFAULT_LANGUAGE = parseLanguage(undefined) as Language;

/** Text content: quotes stay readable in the source. */
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** An attribute value in double quotes: text escaping plus the quote. */
export function escapeHtml(s: string): string {
  return esc(s).replace(/"/g, "&quot;");
}
export const code = (s: string) => `<code>${esc(s)}</code>`;
export const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

export type FunctionId = FunctionHelp["id"];
type Parameters = Record<string, { name: string }>;
const parametersOf = (id: FunctionId): Parameters => table.functions[id].parameters as Parameters;

/** A function's name as Excel shows it in a language: SE.POTENTIAL, SE.POTENTIEEL. */
export function functionName(id: FunctionId, language: Language): string {
  return `SE.${language === "en" ? id : table.functions[id].name}`;
}

/** An argument's name in a language (the Dutch one from the translation table). */
export function argumentName(id: ArgumentId, language: Language): string {
  if (language === "en") return id;
  for (const f of Object.values(table.functions)) {
    const p = (f.parameters as Parameters)[id];
    if (p) return p.name;
  }
  throw new Error(`help: no Dutch name for the argument ${id}`);
}

/** A function's arguments as its syntax lists them in Excel of a language: optional ones in [brackets]. */
export function argumentList(id: FunctionId, language: Language): string {
  return Object.keys(parametersOf(id))
    .map((p) => {
      const name = argumentName(p as ArgumentId, language);
      return OPTIONAL_ARGUMENTS.includes(p as ArgumentId) ? `[${name}]` : name;
    })
    .join(SEPARATOR[language]);
}

/** Excel's name of an error in a display language (the add-in's two from the core). */
export function errorName(error: ErrorCode, language: Language): string {
  if (error === "#VALUE!" || error === "#N/A") return ERROR_NAMES[language][error];
  return language === "nl" ? EXCEL_ERROR_NAMES_NL[error] : error;
}

/** A field as the lookups accept it in a language ("points", "punten"). */
export function fieldWord(field: Field, language: Language): string {
  return language === "en" ? field : (dutchFieldWords(field)[0] ?? field);
}

/** A spelling as the ratings table shows it: single letters and logical values in capitals. */
export const spellingShown = (s: string) => (s.length === 1 || s === "true" || s === "false" ? s.toUpperCase() : s);

/** The values every text of a page may use, already HTML. */
export function pageValues(language: Language): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of FUNCTIONS) {
    values[`fn.${f.id}`] = esc(functionName(f.id, language));
    values[`nlFn.${f.id}`] = esc(functionName(f.id, "nl"));
  }
  for (const f of Object.values(table.functions)) for (const p of Object.keys(f.parameters)) values[`arg.${p}`] = esc(argumentName(p as ArgumentId, language));
  for (const e of ["#VALUE!", "#N/A", "#NAME?", "#SPILL!", "#REF!"] as const) values[`error.${e}`] = esc(errorName(e, language));
  for (const l of ["nl", "en"] as const) {
    const labels = LEVELS.map((level) => POTENTIAL_LABELS[l][level]);
    values[`${l}Labels`] = esc(labels.join(" / "));
    values[`${l}LabelsCode`] = labels.map(code).join(" / ");
  }
  return values;
}

const PLACEHOLDER = /\{([A-Za-z][\w.#/!?]*)\}/g;

/** The placeholders a text uses ({2;1;1;1}, an array constant, is none). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** One page: its language, the other one, and the values its texts may use. */
export interface Page {
  language: Language;
  other: Language;
  values: Record<string, string>;
}

/** A text of the description in the page's language, placeholders filled in. */
export function say(page: Page, texts: Texts, extra: Record<string, string> = {}): string {
  const text = texts[page.language];
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(extra, name) ? extra[name] : page.values[name];
    if (value === undefined) throw new Error(`help (${page.language}): no value for {${name}} in "${text}"`);
    return value;
  });
}

/** An example formula as typed in Excel of a display language: =SE.POTENTIEEL(B2;C2;D2;E2). */
export function exampleFormula(id: FunctionId, example: Example, excel: Language, pageLanguage: Language): string {
  const args = example.args.map((a) => (typeof a === "string" ? a : "field" in a ? `"${fieldWord(a.field, excel)}"` : a[excel]));
  const wanted = example.language === "page" ? pageLanguage : example.language === "other" ? OTHER[pageLanguage] : undefined;
  if (wanted !== undefined && wanted !== DEFAULT_LANGUAGE) args.push(`"${wanted}"`);
  return `=${functionName(id, excel)}(${args.join(FORMULA_SEPARATOR[excel])})`;
}
