/**
 * Renders the help pages from their one description (./content.ts): the same structure for both
 * languages, the words of the page's language, and every fact the code knows taken from the code
 * (names from the translation table, spellings and thresholds from the rating reader, the rule from
 * the core's exactRule, error names). Runs at build time (scripts/help-pages-plugin.js), never in
 * the add-in: the pages have no script (the Content-Security-Policy forbids it).
 *
 * Values put into a page are escaped; the texts of ./content.ts are trusted HTML fragments. A
 * placeholder without a value throws, so the build fails rather than show "{arg.x}".
 */
import type { Texts } from "../core/catalogue";
import { ERROR_NAMES } from "../core/error-names";
import { parseLanguage, type Language } from "../core/language";
import { DEMAND_ONLY_LOW, SCALE_MAX, SCALE_MIN, SPELLINGS } from "../core/rating";
import { exactRule, scaleConditions } from "../core/rule-text";
import table from "../core/translations/nl.json";
import { LANGUAGE_NAMES, LEVELS, LEVEL_WORDS, POTENTIAL_LABELS, STANCE_WORDS, dutchFieldWords, type Field } from "../core/vocabulary";
import {
  ERRORS_SECTION,
  EXCEL_ERROR_NAMES_NL,
  FRAME,
  FUNCTIONS,
  NAMES_SECTION,
  OPTIONAL_ARGUMENTS,
  RATINGS_SECTION,
  RULE_SECTION,
  type ArgumentId,
  type ErrorCode,
  type ErrorRow,
  type Example,
  type FunctionHelp,
} from "./content";

/** The page of each language, as the manifest, the metadata's help links and the pane link them. */
export const HELP_PAGES: Readonly<Record<Language, string>> = { en: "help.html", nl: table.helpPage };

/** The add-in's Content-Security-Policy for static pages: no script at all. */
export const HELP_CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

const OTHER: Record<Language, Language> = { nl: "en", en: "nl" };
/** Excel's argument separator per display language. */
const SEPARATOR: Record<Language, string> = { nl: "; ", en: ", " };
const FORMULA_SEPARATOR: Record<Language, string> = { nl: ";", en: "," };
/** The language a formula gets when its language argument is left out. */
const DEFAULT_LANGUAGE = parseLanguage(undefined) as Language;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
/** Text content: quotes stay readable in the source. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const code = (s: string) => `<code>${esc(s)}</code>`;
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

type FunctionId = FunctionHelp["id"];
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
function argumentList(id: FunctionId, language: Language): string {
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
function fieldWord(field: Field, language: Language): string {
  return language === "en" ? field : (dutchFieldWords(field)[0] ?? field);
}

/** A spelling as the ratings table shows it: single letters and logical values in capitals. */
const spellingShown = (s: string) => (s.length === 1 || s === "true" || s === "false" ? s.toUpperCase() : s);

/** The values every text of a page may use, already HTML. */
function pageValues(language: Language): Record<string, string> {
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
interface Page {
  language: Language;
  other: Language;
  values: Record<string, string>;
}

/** A text of the description in the page's language, placeholders filled in. */
function say(page: Page, texts: Texts, extra: Record<string, string> = {}): string {
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

const row = (cells: string[], tag = "td") => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;

function htmlTable(head: string[], rows: string[], caption?: string): string[] {
  return [
    "<table>",
    ...(caption ? [`  <caption>${caption}</caption>`] : []),
    `  <thead>${row(head, "th")}</thead>`,
    "  <tbody>",
    ...rows.map((r) => `    ${r}`),
    "  </tbody>",
    "</table>",
  ];
}

function namesSection(page: Page): string[] {
  const { language: own, other } = page;
  const excel = (l: Language) => `${esc(FRAME.excel[own][l])} (${esc(FRAME.locales[l][own])})`;
  const languageNames = NAMES_SECTION.languageNames[own];
  const rows = FUNCTIONS.map((f) =>
    row([
      code(functionName(f.id, own)),
      code(functionName(f.id, other)),
      `${esc(argumentList(f.id, own))} / ${esc(argumentList(f.id, other))}`,
    ]),
  );
  return [
    `<h2>${say(page, NAMES_SECTION.heading)}</h2>`,
    `<p>${say(page, NAMES_SECTION.intro)}</p>`,
    ...htmlTable([excel(own), excel(other), say(page, NAMES_SECTION.argumentsHeader, { own: languageNames[own], other: languageNames[other] })], rows),
    `<p>${say(page, NAMES_SECTION.languageArgument)}</p>`,
  ];
}

function ratingsSection(page: Page): string[] {
  const own = page.language;
  const words = LEVEL_WORDS[own];
  const conditions = scaleConditions(own);
  const levelRows = LEVELS.map((level) => {
    const spellings = SPELLINGS[level].map((s) => code(spellingShown(s))).join(", ");
    const demandOnly =
      level === "low" ? say(page, RATINGS_SECTION.demandOnly, { demand: esc(argumentName("demand", own)), words: DEMAND_ONLY_LOW.map(code).join(" / ") }) : "";
    return row([esc(words[level]), `${spellings}${say(page, RATINGS_SECTION.logical[level])}${demandOnly}`]);
  });
  const scale = { min: String(SCALE_MIN), max: String(SCALE_MAX) };
  const numberRule = say(page, RATINGS_SECTION.numberRule, {
    ...scale,
    low: esc(words.low),
    medium: esc(words.medium),
    high: esc(words.high),
    lowCondition: code(conditions.low),
    mediumCondition: code(conditions.medium),
    highCondition: code(conditions.high),
  });
  return [
    `<h2>${say(page, RATINGS_SECTION.heading)}</h2>`,
    `<p>${say(page, RATINGS_SECTION.intro)}</p>`,
    ...htmlTable(
      [say(page, RATINGS_SECTION.level), say(page, RATINGS_SECTION.spellings)],
      [...levelRows, row([say(page, RATINGS_SECTION.number, scale), numberRule]), row([say(page, RATINGS_SECTION.empty), say(page, RATINGS_SECTION.missing)])],
    ),
  ];
}

function ruleSection(page: Page): string[] {
  const own = page.language;
  const rule = exactRule(own);
  const stances = STANCE_WORDS[own];
  const head = [say(page, RULE_SECTION.criterion), stances.favourable, stances.neutral, stances.unfavourable].map((h) => `<th scope="col">${esc(capital(h))}</th>`).join("");
  const rows = rule.criteria.map(
    (c) => `<tr><th scope="row">${esc(c.name)}${c.note ? ` (${esc(c.note)})` : ""}</th>${[c.favourable, c.neutral, c.unfavourable].map((x) => `<td>${esc(x)}</td>`).join("")}</tr>`,
  );
  return [
    `<h2>${say(page, RULE_SECTION.heading)}</h2>`,
    `<p>${say(page, RULE_SECTION.favourable)}</p>`,
    "<ul>",
    // The report's labels (Hoog, Laag, Medium) on both pages, in the order of the core's rule.
    ...rule.levels.map((l) => `  <li><b>${esc(POTENTIAL_LABELS.nl[l.potential])}</b> ${say(page, RULE_SECTION.conditions[l.potential])}</li>`),
    "</ul>",
    `<p>${esc(rule.remark)}</p>`,
    "<table>",
    `  <caption>${say(page, RULE_SECTION.caption)}</caption>`,
    `  <thead><tr>${head}</tr></thead>`,
    "  <tbody>",
    ...rows.map((r) => `    ${r}`),
    "  </tbody>",
    "</table>",
    `<p id="score-formula">${esc(rule.score)}</p>`,
    `<p>${say(page, RULE_SECTION.labels)}</p>`,
  ];
}

function functionSection(page: Page, f: FunctionHelp): string[] {
  const { language: own, other } = page;
  const withResult = f.examples.some((e) => e.result);
  const head = [FRAME.exampleLocale[own], FRAME.exampleLocale[other]].map(esc);
  if (withResult) head.push(say(page, FRAME.result));
  const rows = f.examples.map((e) => {
    const cells = [code(exampleFormula(f.id, e, own, own)), code(exampleFormula(f.id, e, other, own))];
    if (withResult) cells.push(e.result ? say(page, e.result) : "");
    return row(cells);
  });
  return [
    `<h2>${esc(functionName(f.id, own))} <small>(${esc(FRAME.excel[own][other])}: ${esc(functionName(f.id, other))})</small></h2>`,
    `<p>${say(page, f.summary)}</p>`,
    // Focusable: a long line scrolls, and a keyboard user must be able to scroll it.
    ...(f.syntax ? [`<pre tabindex="0">${esc(functionName(f.id, own))}(${esc(argumentList(f.id, own))})</pre>`] : []),
    ...(f.arguments.length
      ? ["<dl>", ...f.arguments.flatMap((a) => [`  <dt>${esc(a.names.map((n) => argumentName(n, own)).join(", "))}</dt>`, `  <dd>${say(page, a.text)}</dd>`]), "</dl>"]
      : []),
    ...htmlTable(head, rows),
    ...(f.after ? [`<p>${say(page, f.after)}</p>`] : []),
  ];
}

function errorRows(page: Page, rows: readonly ErrorRow[]): string[] {
  return rows.map((r) => row([`${code(errorName(r.error, page.language))} (${code(errorName(r.error, page.other))})`, ...r.cells.map((c) => say(page, c))]));
}

function errorsSection(page: Page): string[] {
  const s = ERRORS_SECTION;
  const family = (name: "scoring" | "lookup") => {
    const functions = FUNCTIONS.filter((f) => f.family === name)
      .map((f) => functionName(f.id, page.language).replace(/^SE\./, ""))
      .join(", ");
    return [
      `<h3 id="errors-${name}">${say(page, s.familyHeading[name], { functions: esc(functions) })}</h3>`,
      ...htmlTable([say(page, s.errorHeader), ...s.headers[name].map((h) => say(page, h))], errorRows(page, s[name])),
    ];
  };
  return [
    `<h2>${say(page, s.heading)}</h2>`,
    `<p>${say(page, s.intro)}</p>`,
    ...family("scoring"),
    ...family("lookup"),
    `<h3 id="errors-excel">${say(page, s.excelHeading)}</h3>`,
    ...htmlTable([say(page, s.errorHeader), ...s.headers.excel.map((h) => say(page, h))], errorRows(page, s.excel)),
  ];
}

const indent = (lines: string[], by: string) => lines.map((l) => (l ? by + l : l));

/** One help page, complete: a static HTML document without script. */
export function renderHelpPage(language: Language): string {
  const page: Page = { language, other: OTHER[language], values: pageValues(language) };
  const { other } = page;
  const workbook = (l: Language) => `se-trends.${l}.xlsx`;
  const workbookLink = (l: Language) => `<a href="${workbook(l)}" download${l === language ? "" : ` hreflang="${l}"`}>${workbook(l)}</a>`;
  const sections: { id: string; title: string; body: string[] }[] = [
    { id: "names", title: say(page, NAMES_SECTION.heading), body: namesSection(page) },
    { id: "ratings", title: say(page, RATINGS_SECTION.heading), body: ratingsSection(page) },
    { id: "rule", title: say(page, RULE_SECTION.heading), body: ruleSection(page) },
    ...FUNCTIONS.map((f) => ({ id: f.id, title: esc(functionName(f.id, language)), body: functionSection(page, f) })),
    { id: "errors", title: say(page, ERRORS_SECTION.heading), body: errorsSection(page) },
  ];
  const lines = [
    "<!doctype html>",
    `<html lang="${language}">`,
    "  <head>",
    '    <meta charset="UTF-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(HELP_CSP)}" />`,
    `    <title>${say(page, FRAME.title)}</title>`,
    '    <link rel="stylesheet" href="help.css" />',
    `    <link rel="alternate" hreflang="${other}" href="${HELP_PAGES[other]}" />`,
    "  </head>",
    "  <body>",
    "    <header>",
    `      <p class="lang-switch"><a href="${HELP_PAGES[other]}" hreflang="${other}" lang="${other}">${esc(LANGUAGE_NAMES[other])}</a></p>`,
    `      <h1>${say(page, FRAME.title)}</h1>`,
    `      <p>${say(page, FRAME.intro)}</p>`,
    `      <p>${say(page, FRAME.workbooks, {
      own: workbookLink(language),
      other: workbookLink(other),
      ownLanguage: esc(LANGUAGE_NAMES[language]),
      otherLanguage: esc(LANGUAGE_NAMES[other]),
    })}</p>`,
    "    </header>",
    "",
    `    <nav aria-label="${escapeHtml(FRAME.contents[language])}">`,
    "      <ul>",
    ...sections.map((s) => `        <li><a href="#${s.id}">${s.title}</a></li>`),
    "      </ul>",
    "    </nav>",
    "",
    "    <main>",
    ...sections.flatMap((s) => [`      <section id="${s.id}">`, ...indent(s.body, "        "), "      </section>", ""]),
    "    </main>",
    "  </body>",
    "</html>",
    "",
  ];
  return lines.join("\n");
}

/** Both pages by file name, as the build emits them. */
export function renderHelpPages(): Record<string, string> {
  return Object.fromEntries((["en", "nl"] as const).map((l) => [HELP_PAGES[l], renderHelpPage(l)]));
}
