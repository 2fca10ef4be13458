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
import type { Language } from "../core/language";
import { DEMAND_ONLY_LOW, SCALE_MAX, SCALE_MIN, SPELLINGS } from "../core/rating";
import { exactRule, scaleConditions } from "../core/rule-text";
import { LANGUAGE_NAMES, LEVELS, LEVEL_WORDS, POTENTIAL_LABELS, STANCE_WORDS } from "../core/vocabulary";
import { ERRORS_SECTION, FRAME, FUNCTIONS, NAMES_SECTION, RATINGS_SECTION, RULE_SECTION, type ErrorRow, type FunctionHelp } from "./content";
import { HELP_PAGES, HELP_CSP, OTHER, escapeHtml, esc, code, capital, functionName, argumentName, argumentList, errorName, spellingShown, pageValues, type Page, say, exampleFormula } from "./words";
/** What tests and the build read besides the pages. */
export { HELP_CSP, HELP_PAGES, argumentName, errorName, escapeHtml, exampleFormula, functionName, placeholdersIn } from "./words";

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
  const cell = (c: ErrorRow["cells"][number]) => ("messages" in c ? c.messages(page.language).map(code).join(" · ") : say(page, c));
  return rows.map((r) => row([`${code(errorName(r.error, page.language))} (${code(errorName(r.error, page.other))})`, ...r.cells.map(cell)]));
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
    `    <link rel="alternate" hreflang="${other}" href="${escapeHtml(HELP_PAGES[other])}" />`,
    "  </head>",
    "  <body>",
    "    <header>",
    `      <p class="lang-switch"><a href="${escapeHtml(HELP_PAGES[other])}" hreflang="${other}" lang="${other}">${esc(LANGUAGE_NAMES[other])}</a></p>`,
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
