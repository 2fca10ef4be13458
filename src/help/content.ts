/**
 * The help pages (help.html, help.nl.html), described once: the sections, their tables and
 * examples are one structure; only the words differ, as `{ nl, en }` texts. ./render.ts turns
 * this into both pages at build time (scripts/help-pages-plugin.js), filling in what the code
 * already knows: function and argument names (src/core/translations/nl.json), the accepted
 * spellings, the rule and its thresholds (src/core/rule-text.ts), Excel's error names, and the
 * example error messages (the core's message functions, for the inputs written here).
 *
 * Texts are trusted HTML fragments written here (inline markup such as <code> and links to the
 * page's own anchors). {name} placeholders are filled in by the renderer, escaped; an unknown
 * placeholder fails the build. Placeholders every text may use (the page's language):
 * {fn.ID} a function's name (SE.POTENTIEEL), {arg.NAME} an argument's name (taal),
 * {nlFn.ID} the function's Dutch name (on either page).
 */
import type { Texts } from "../core/catalogue";
import { OTHER_ERROR_NAMES_NL } from "../core/error-names";
import type { Language } from "../core/language";
import { scoringMessages } from "../core/messages";
import { parseWeights } from "../core/scoring/weights";
import { ARGUMENT_NAMES, type Criterion, type Field, type Level } from "../core/vocabulary";

/** An argument as nl.json names it (the English metadata name). */
export type ArgumentId = Criterion | "language" | "weights" | "id" | "key" | "field";

/** Arguments Excel may leave out: shown in [brackets]. Checked against the metadata by tests/help. */
export const OPTIONAL_ARGUMENTS: readonly ArgumentId[] = ["language", "weights", "field"];

/**
 * One argument of an example formula: the same text in both Excel languages, a text per Excel
 * language, or a field name (as the lookups accept it in that language).
 */
export type ExampleArgument = string | Texts | { field: Field };

export interface Example {
  args: readonly ExampleArgument[];
  /**
   * The optional language argument: "page" asks for the page's language, "other" for the other
   * one. Dutch is the default, so it is left out: the English page shows ,"en" where the Dutch
   * page shows nothing.
   */
  language?: "page" | "other";
  result?: Texts;
}

export interface FunctionHelp {
  id: "POTENTIAL" | "SCORE" | "EXPLAIN" | "TREND" | "OPPORTUNITY" | "THREAT" | "FIGURE" | "VERSION";
  /** Which family its errors belong to, for the error tables' headings. */
  family: "scoring" | "lookup";
  summary: Texts;
  /** The syntax line (SE.TREND(id, [field], [language])); false where the examples say it all. */
  syntax: boolean;
  /** Argument descriptions: the argument names shown together, and what they take. */
  arguments: readonly { names: readonly ArgumentId[]; text: Texts }[];
  examples: readonly Example[];
  /** A paragraph after the examples. */
  after?: Texts;
}

const B2_E2 = ["B2", "C2", "D2", "E2"];

/** Words of the page frame and the table headers. */
export const FRAME = {
  title: { nl: "SE Trends voor Excel — hulp", en: "SE Trends for Excel — help" },
  intro: {
    nl: "Het WSE-rapport over strategische trends en kansengroepen in de sociale economie, als Excel-functies. Alle functies staan in de naamruimte <code>SE</code>.",
    en: "The WSE report on strategic trends and <i>kansengroepen</i> (disadvantaged groups) in the social economy, as Excel functions. Every function lives in the <code>SE</code> namespace.",
  },
  /** {own} and {other}: the two workbooks' links, the page's language first. */
  workbooks: {
    nl: "Kant-en-klare werkmap, ook zonder de invoegtoepassing te gebruiken: {own} ({ownLanguage}) of {other} ({otherLanguage}).",
    en: "Ready-made workbook, usable without the add-in: {own} ({ownLanguage}) or {other} ({otherLanguage}).",
  },
  contents: { nl: "Inhoud", en: "Contents" },
  /** How each page names Excel in a language. */
  excel: {
    nl: { nl: "Nederlandstalige Excel", en: "Engelstalige Excel" },
    en: { nl: "Dutch Excel", en: "English Excel" },
  },
  /** The locales of each Excel language, as the names table and the example tables head them. */
  locales: { nl: { nl: "nl-BE, nl-NL", en: "nl-NL, nl-BE" }, en: { nl: "en-US", en: "en-US" } },
  exampleLocale: { nl: "nl-BE", en: "en-US" },
  result: { nl: "resultaat", en: "result" },
} as const;

export const NAMES_SECTION = {
  heading: { nl: "Namen en schrijfwijze per taal", en: "Names and syntax per language" },
  intro: {
    nl: "In Nederlandstalige Excel (Nederlands (België) en Nederlands (Nederland)) hebben de functies en hun argumenten Nederlandse namen en scheidt u argumenten met <code>;</code>. In Engelstalige Excel gelden de Engelse namen en <code>,</code>. Een werkmap blijft werken in Excel in de andere taal: Excel bewaart elke functie onder haar vaste id en toont de naam in de taal van de gebruiker.",
    en: "In Dutch Excel (Nederlands (Nederland) and Nederlands (België)) the functions and their arguments have Dutch names, and arguments are separated by <code>;</code> instead of <code>,</code>. A workbook keeps working when it is opened in Excel in the other language: Excel stores each function by its fixed id and shows the name of the user's language.",
  },
  /** {own} and {other}: the languages' names in the page's language. */
  argumentsHeader: { nl: "argumenten ({own} / {other})", en: "arguments ({own} / {other})" },
  languageNames: { nl: { nl: "Nederlands", en: "Engels" }, en: { nl: "Dutch", en: "English" } },
  languageArgument: {
    nl: 'Het optionele argument <code>{arg.language}</code> is <code>"nl"</code> (Nederlands, standaard) of <code>"en"</code> (Engels); Excel stelt beide voor in de lijst met suggesties. Ook <code>"nl-BE"</code>, <code>"Nederlands"</code>, <code>"en-US"</code> en <code>"English"</code> werken. Resultaten hangen nooit af van de taal van Excel zelf, zodat een werkmap voor iedereen dezelfde resultaten geeft.',
    en: 'The optional <code>{arg.language}</code> argument takes <code>"nl"</code> (Dutch, the default) or <code>"en"</code> (English); Excel offers both in its AutoComplete list. <code>"nl-BE"</code>, <code>"Nederlands"</code>, <code>"en-US"</code> and <code>"English"</code> work too. Results never depend on the language of Excel itself, so a workbook gives the same results for every user.',
  },
} as const;

export const RATINGS_SECTION = {
  heading: { nl: "Beoordelingen van de criteria", en: "Criterion ratings" },
  intro: {
    nl: "Elk van de vier criteria beoordeelt <em>hoeveel er van iets is</em>: <b>{arg.demand}</b> (tewerkstellingsvraag op de markt), <b>{arg.investment}</b> (investering die het sociale-economiebedrijf moet doen), <b>{arg.fit}</b> (fit tussen de activiteiten en de competenties van de doelgroep) en <b>{arg.local}</b> (lokale verbondenheid). Aanvaard, ongeacht hoofdletters en spaties:",
    en: "Each of the four criteria rates <em>how much of that thing there is</em>: <b>{arg.demand}</b> (market demand for labour), <b>{arg.investment}</b> (investment needed from the social-economy company), <b>{arg.fit}</b> (fit between the activities and the target group's competences) and <b>{arg.local}</b> (local connectedness). Accepted, case- and space-insensitive:",
  },
  level: { nl: "niveau", en: "level" },
  spellings: { nl: "schrijfwijzen", en: "spellings" },
  /** After a level's spellings: how Excel's logical values count (Dutch Excel shows them as WAAR/ONWAAR). */
  logical: {
    high: { nl: " en de logische waarde WAAR", en: "" },
    medium: { nl: "", en: "" },
    low: { nl: " en de logische waarde ONWAAR", en: "" },
  } satisfies Record<Level, Texts>,
  /** {demand}: the argument's name; {words}: the spellings only demand accepts. */
  demandOnly: { nl: "; voor {demand} ook {words}", en: "; for {demand} also {words}" },
  /** {min}–{max}: the scale; {low}, {medium}, {high}: the conditions on x and the level words. */
  number: { nl: "getal {min}–{max}", en: "number {min}–{max}" },
  numberRule: {
    nl: "{lowCondition} {low}, {mediumCondition} {medium}, {highCondition} {high}; een getal als tekst (<code>'4</code>, <code>3,5</code>) telt als het getal; buiten {min}–{max} is een fout",
    en: "{lowCondition} {low}, {mediumCondition} {medium}, {highCondition} {high}; a number typed as text (<code>'4</code>, <code>3,5</code>) counts as the number; outside {min}–{max} is an error",
  },
  empty: { nl: "leeg", en: "empty" },
  missing: { nl: "ontbrekend", en: "missing" },
} as const;

export const RULE_SECTION = {
  heading: { nl: "De regel", en: "The rule" },
  favourable: {
    nl: "Grote vraag, hoge fit en sterke lokale verbondenheid zijn <em>gunstig</em>; een <b>lage</b> investering is gunstig (een hoge investering is ongunstig); medium is neutraal.",
    en: "High demand, high fit and high local connectedness are <em>favourable</em>; <b>low</b> investment is favourable (high investment is unfavourable); medium is neutral.",
  },
  /** After each potential label (the report's: Hoog, Laag, Medium), in the order of the core's rule. */
  conditions: {
    high: { nl: "als alle vier criteria gunstig zijn;", en: "when all four criteria are favourable;" },
    low: { nl: "als geen enkel criterium gunstig is en minstens één ongunstig;", en: "when none is favourable and at least one is unfavourable;" },
    medium: { nl: "in alle andere gevallen (een mengeling, of alles neutraal).", en: "otherwise (a mix, or all neutral)." },
  } satisfies Record<Level, Texts>,
  caption: {
    nl: "Wanneer een criterium gunstig, neutraal of ongunstig is (x: een getal op de schaal 1–5)",
    en: "When a criterion is favourable, neutral or unfavourable (x: a number on the 1–5 scale)",
  },
  criterion: { nl: "Criterium", en: "Criterion" },
  /** {nlLabelsCode}, {enLabelsCode}: the potential labels in each language. */
  labels: {
    nl: 'De labels zijn die van het rapport ({nlLabelsCode}); met het optionele argument <code>{arg.language}</code> <code>"en"</code> krijgt u {enLabelsCode}.',
    en: 'Labels are the report\'s ({nlLabelsCode}); the optional <code>{arg.language}</code> argument <code>"en"</code> gives {enLabelsCode}.',
  },
} as const;

const CRITERIA_AS_POTENTIAL: Texts = {
  nl: 'Elk een <a href="#ratings">beoordeling</a>: één cel of een bereik. Het resultaat heeft de vorm van de bereiken en loopt over (spill); één cel wordt herhaald voor de andere.',
  en: 'A <a href="#ratings">rating</a> each: a cell or a range. The result has the shape of the ranges and spills; a single cell is repeated to match the others.',
};
const LANGUAGE_DEFAULT: Texts = { nl: '<code>"nl"</code> (standaard) of <code>"en"</code>.', en: '<code>"nl"</code> (default) or <code>"en"</code>.' };
const CRITERIA_ARGS: readonly ArgumentId[] = ["demand", "investment", "fit", "local"];

/** One section per function, in the order of the contents. */
export const FUNCTIONS: readonly FunctionHelp[] = [
  {
    id: "POTENTIAL",
    family: "scoring",
    summary: {
      nl: 'Beoordeelt het potentieel van een opportuniteit voor de tewerkstelling van kansengroepen volgens <a href="#rule">de regel</a>.',
      en: 'Rates an opportunity\'s potential for employing kansengroepen by <a href="#rule">the rule</a>.',
    },
    syntax: true,
    arguments: [
      { names: CRITERIA_ARGS, text: CRITERIA_AS_POTENTIAL },
      {
        names: ["language"],
        text: {
          nl: 'Optioneel. <code>"nl"</code> (standaard): {nlLabels}; <code>"en"</code>: {enLabels}.',
          en: 'Optional. <code>"nl"</code> (default): {nlLabels}; <code>"en"</code>: {enLabels}.',
        },
      },
    ],
    examples: [
      { args: B2_E2, result: { nl: "Hoog, Medium of Laag", en: "Hoog, Medium or Laag" } },
      {
        args: [
          { nl: '"hoog"', en: '"high"' },
          { nl: '"laag"', en: '"low"' },
          { nl: '"hoog"', en: '"high"' },
          { nl: '"sterk"', en: '"strong"' },
        ],
        language: "page",
        result: { nl: "Hoog", en: "High" },
      },
      { args: ["B2:B500", "C2:C500", "D2:D500", "E2:E500"], result: { nl: "één label per rij (loopt over)", en: "one label per row (spills)" } },
    ],
    after: {
      nl: 'Een rij met vier lege criteria geeft een lege cel. Geef een begrensd bereik of een tabelkolom, geen hele kolom (<code>B:B</code>): Excel op het web geeft dan een berekeningsfout (#CALC!) nog voor de functie iets ziet. Foutwaarden: zie <a href="#errors-scoring">foutwaarden bij het scoren</a>.',
      en: 'A row whose four criteria are all empty gives an empty cell. Give a bounded range or a table column, not a whole column (<code>B:B</code>): Excel on the web answers #CALC! before the function sees it. Errors: see <a href="#errors-scoring">scoring errors</a>.',
    },
  },
  {
    id: "SCORE",
    family: "scoring",
    summary: {
      nl: "Een getal van 0 tot 100 om te rangschikken: de gunstigheid van elk criterium op 0–1 (laag 0, medium 0,5, hoog 1; een getal x geeft (x − 1)/4; investering omgekeerd), gewogen gemiddelde × 100.",
      en: "A number from 0 to 100 for ranking: each criterion's favourability on 0–1 (low 0, medium 0.5, high 1; a number x gives (x − 1)/4; investment reversed), weighted mean × 100.",
    },
    syntax: true,
    arguments: [
      { names: CRITERIA_ARGS, text: { nl: 'Zoals bij <a href="#POTENTIAL">{fn.POTENTIAL}</a>.', en: 'As for <a href="#POTENTIAL">{fn.POTENTIAL}</a>.' } },
      {
        names: ["weights"],
        text: {
          nl: "Optioneel. Vier getallen ≥ 0, niet allemaal nul, voor {arg.demand}, {arg.investment}, {arg.fit} en {arg.local}: een bereik van 1×4 of 4×1 of een matrixconstante; een lege cel erin telt als 0. Standaard: gelijk.",
          en: "Optional. Four numbers ≥ 0, not all zero, for {arg.demand}, {arg.investment}, {arg.fit} and {arg.local}: a 1×4 or 4×1 range or array constant; an empty cell in it counts as 0. Default: equal.",
        },
      },
    ],
    examples: [
      { args: B2_E2, result: { nl: "0–100", en: "0–100" } },
      { args: ['"hoog"', '"laag"', '"hoog"', '"hoog"'], result: { nl: "100", en: "100" } },
      { args: [...B2_E2, "{2;1;1;1}"], result: { nl: "{arg.demand} telt dubbel", en: "{arg.demand} counts double" } },
    ],
    after: {
      nl: "De matrixconstante van 4×1 <code>{2;1;1;1}</code> schrijft u in beide talen hetzelfde; een bereik van 1×4 zoals <code>H1:K1</code> werkt ook.",
      en: "The 4×1 array constant <code>{2;1;1;1}</code> is written the same in both languages; a 1×4 range such as <code>H1:K1</code> works too.",
    },
  },
  {
    id: "EXPLAIN",
    family: "scoring",
    summary: {
      nl: "Eén zin: het potentieel, welke criteria gunstig, neutraal en ongunstig zijn, en wat er moet veranderen om Hoog te halen.",
      en: "One line: the potential, which criteria are favourable, neutral and unfavourable, and what would have to change to reach Hoog.",
    },
    syntax: true,
    arguments: [],
    examples: [
      { args: B2_E2, language: "page" },
      { args: B2_E2, language: "other" },
    ],
    after: {
      nl: "Voorbeeld: <q>Medium — gunstig: tewerkstellingsvraag (hoog); ongunstig: investering (hoog). Nodig voor Hoog: investering laag (≤ 2).</q>",
      en: "Example (Dutch): <q>Medium — gunstig: tewerkstellingsvraag (hoog); ongunstig: investering (hoog). Nodig voor Hoog: investering laag (≤ 2).</q>",
    },
  },
  {
    id: "TREND",
    family: "lookup",
    summary: { nl: "Zoekt een van de zes trends uit het rapport op.", en: "Looks up one of the report's six trends." },
    syntax: true,
    arguments: [
      {
        names: ["id"],
        text: {
          nl: "<code>1</code>–<code>6</code> (zorg 1–4, groen 5–6) of <code>T1</code>–<code>T6</code>; één cel of een bereik (loopt over).",
          en: "<code>1</code>–<code>6</code> (care 1–4, green 5–6) or <code>T1</code>–<code>T6</code>; a cell or a range (spills).",
        },
      },
      {
        names: ["field"],
        text: {
          nl: '<code>titel</code> (standaard), <code>sector</code>, <code>punten</code> (de opsommingspunten, gescheiden door "; "), <code>bron</code>; ook de Engelse namen <code>title</code>, <code>points</code>, <code>source</code>.',
          en: '<code>title</code> (default), <code>sector</code>, <code>points</code> (the bullet points joined by "; "), <code>source</code>. Dutch aliases: <code>titel</code>, <code>bron</code>, ….',
        },
      },
      { names: ["language"], text: LANGUAGE_DEFAULT },
    ],
    examples: [{ args: ["1"] }, { args: ['"T5"', { field: "points" }], language: "page" }],
  },
  {
    id: "OPPORTUNITY",
    family: "lookup",
    summary: { nl: "Zoekt een van de vijf opportuniteiten uit het rapport op.", en: "Looks up one of the report's five opportunities." },
    syntax: true,
    arguments: [
      {
        names: ["id"],
        text: {
          nl: "<code>1</code>–<code>5</code> in de nummering van het rapport, of <code>K1</code>–<code>K5</code> / <code>O1</code>–<code>O5</code>; één cel of een bereik.",
          en: "<code>1</code>–<code>5</code> in the report's numbering, or <code>O1</code>–<code>O5</code> / <code>K1</code>–<code>K5</code>; a cell or a range.",
        },
      },
      {
        names: ["field"],
        text: {
          nl: "<code>titel</code> (standaard), <code>beschrijving</code>, <code>activiteiten</code> (goede praktijk), <code>potentieel</code> (het woord van het rapport: Hoog / Medium), <code>sector</code>, <code>bron</code>; ook de Engelse namen.",
          en: "<code>title</code> (default), <code>description</code>, <code>activities</code> (best practice), <code>potential</code> (the report's word: Hoog / Medium; High / Medium in English), <code>sector</code>, <code>source</code>. Dutch aliases: <code>titel</code>, <code>beschrijving</code>, <code>activiteiten</code>, <code>potentieel</code>, <code>bron</code>.",
        },
      },
      { names: ["language"], text: LANGUAGE_DEFAULT },
    ],
    examples: [
      { args: ["1", { field: "potential" }], result: { nl: "Hoog", en: "Hoog" } },
      { args: [{ nl: '"K2"', en: '"O2"' }, { field: "description" }], language: "page", result: { nl: "de beschrijving", en: "the description in English" } },
    ],
    after: {
      nl: "Waar Excel gegevenstypen kent, geeft <code>{fn.OPPORTUNITY}(id)</code> zonder veld een kaart met alle velden en het rapport als bron; elders de titel.",
      en: "Where Excel supports data types, <code>{fn.OPPORTUNITY}(id)</code> without a field gives a card with all fields and the report as source; elsewhere the title.",
    },
  },
  {
    id: "THREAT",
    family: "lookup",
    summary: { nl: "Zoekt een van de vijf bedreigingen uit het rapport op.", en: "Looks up one of the report's five threats." },
    syntax: true,
    arguments: [
      {
        names: ["id"],
        text: {
          nl: "<code>1</code>–<code>5</code> in de volgorde van het rapport, of <code>B1</code>–<code>B5</code> / <code>TH1</code>–<code>TH5</code>; één cel of een bereik.",
          en: "<code>1</code>–<code>5</code> in the report's order, or <code>B1</code>–<code>B5</code> / <code>TH1</code>–<code>TH5</code>; a cell or a range.",
        },
      },
      {
        names: ["field"],
        text: {
          nl: "<code>titel</code> (standaard), <code>beschrijving</code>, <code>sector</code>, <code>bron</code>; ook de Engelse namen.",
          en: "<code>title</code> (default), <code>description</code>, <code>sector</code>, <code>source</code>. Dutch aliases: <code>titel</code>, <code>beschrijving</code>, <code>bron</code>.",
        },
      },
    ],
    examples: [{ args: ["3"] }, { args: [{ nl: '"B3"', en: '"TH3"' }, { field: "source" }] }],
  },
  {
    id: "FIGURE",
    family: "lookup",
    summary: {
      nl: "Zoekt een kerncijfer uit het rapport op met een leesbare sleutel, bijvoorbeeld <code>care_budget_share</code>.",
      en: "Looks up one of the report's key figures by a readable key, for example <code>care_budget_share</code>.",
    },
    syntax: true,
    arguments: [
      {
        names: ["key"],
        text: {
          nl: "De sleutel van het kengetal; een onbekende sleutel geeft <code>{error.#N/A}</code> met een melding die alle geldige sleutels opsomt.",
          en: "The figure's key; an unknown key gives <code>{error.#N/A}</code> with a message listing every valid key.",
        },
      },
      {
        names: ["field"],
        text: {
          nl: "<code>waarde</code> (standaard, een getal: 27% is <code>0,27</code>, 46.000 is <code>46000</code>), <code>label</code>, <code>eenheid</code>, <code>bron</code>; ook de Engelse namen.",
          en: "<code>value</code> (default, a number: 27% is <code>0.27</code>, 46,000 is <code>46000</code>), <code>label</code>, <code>unit</code>, <code>source</code>. Dutch aliases: <code>waarde</code>, <code>eenheid</code>, <code>bron</code>.",
        },
      },
    ],
    examples: [{ args: ['"care_budget_share"'] }, { args: ['"care_budget_share"', { field: "source" }] }],
  },
  {
    id: "VERSION",
    family: "lookup",
    summary: {
      nl: "De versie van de dataset en de bronvermelding van het rapport, om uw cijfers te verantwoorden.",
      en: "The dataset version and the report citation, to cite the source of your figures.",
    },
    syntax: false,
    arguments: [],
    examples: [{ args: [] }],
  },
];

/** An error as the tables show it: the code (Excel's invariant name), in the page's language first. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#NAME?" | "#SPILL!" | "#REF!";

/** Excel's own errors that the add-in does not give (#REF! only as a message), by their names in Dutch Excel. */
export const EXCEL_ERROR_NAMES_NL: Readonly<Record<Exclude<ErrorCode, "#VALUE!" | "#N/A">, string>> = {
  "#NAME?": OTHER_ERROR_NAMES_NL["#NAME?"],
  "#SPILL!": OTHER_ERROR_NAMES_NL["#SPILL!"],
  "#REF!": OTHER_ERROR_NAMES_NL["#REF!"],
};

/**
 * Messages exactly as the functions give them, taken from the core's message functions when the
 * page is rendered (so the page can never quote a message the functions no longer give); shown as
 * code, several joined by " · ".
 */
export interface MessageExample {
  messages: (language: Language) => readonly string[];
}

/** SE.SCORE's message for these weights, read as the function reads them. */
function weightsMessage(language: Language, weights: unknown[][]): string {
  const read = parseWeights(weights);
  if (read instanceof Float64Array) throw new Error(`help: the weights ${JSON.stringify(weights)} are valid`);
  return scoringMessages.invalidWeights(language, read.problem, read.value);
}

export interface ErrorRow {
  error: ErrorCode;
  cells: readonly (Texts | MessageExample)[];
}

export const ERRORS_SECTION = {
  heading: { nl: "Foutwaarden en meldingen", en: "Errors and messages" },
  intro: {
    nl: "Elke foutwaarde heeft een melding: selecteer de cel en klik op het foutsymbool om ze te lezen. Meldingen zijn in het Nederlands of het Engels (het argument <code>{arg.language}</code>, anders de taal van Excel). Nederlandstalige Excel toont de Nederlandse namen van de foutwaarden; de Engelse staan tussen haakjes.",
    en: "Every error carries a message: select the cell and click the error indicator to read it. Messages are in Dutch or English (the <code>{arg.language}</code> argument, otherwise the language of Excel). Dutch Excel shows the Dutch error names.",
  },
  /** {functions}: the family's function names without SE. */
  familyHeading: {
    scoring: { nl: "Foutwaarden bij het scoren ({functions})", en: "Scoring functions ({functions})" },
    lookup: { nl: "Foutwaarden bij het opzoeken ({functions})", en: "Lookup functions ({functions})" },
  },
  excelHeading: { nl: "Foutwaarden van Excel zelf", en: "Errors from Excel itself" },
  errorHeader: { nl: "foutwaarde", en: "error (Dutch Excel)" },
  headers: {
    scoring: [
      { nl: "melding (voorbeeld)", en: "message (example)" },
      { nl: "wat te doen", en: "what to do" },
    ],
    lookup: [
      { nl: "wanneer", en: "when" },
      { nl: "wat te doen", en: "what to do" },
    ],
    excel: [{ nl: "betekenis", en: "meaning" }],
  },
  scoring: [
    {
      error: "#VALUE!",
      cells: [
        { messages: (l) => [scoringMessages.invalidRating(l, "demand", "hogh")] },
        {
          nl: 'Een cel bevat een woord dat geen aanvaarde <a href="#ratings">schrijfwijze</a> is. Alleen die resultaatcel toont de fout.',
          en: 'A cell holds a word that is not an accepted <a href="#ratings">spelling</a>. Only that result cell shows the error.',
        },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        { messages: (l) => [scoringMessages.outOfScale(l, "fit", 7)] },
        { nl: "Gebruik een getal van 1 tot 5.", en: "Use a number from 1 to 5." },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        { messages: (l) => [scoringMessages.shapeMismatch(l, ARGUMENT_NAMES[l].demand, { rows: 3, cols: 1 }, ARGUMENT_NAMES[l].investment, { rows: 2, cols: 1 })] },
        {
          nl: "Geef elk criterium een bereik van dezelfde grootte, of één cel. De hele formule toont één fout.",
          en: "Give every criterion a range of the same size, or a single cell. The whole formula shows one error.",
        },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        { messages: (l) => [scoringMessages.emptyRange(l, ARGUMENT_NAMES[l].demand)] },
        { nl: "Geef één cel of een rechthoekig bereik.", en: "Pass one cell or a rectangular range." },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        { messages: (l) => [scoringMessages.invalidLanguage(l, "fr")] },
        { nl: 'Gebruik <code>"nl"</code> of <code>"en"</code>.', en: 'Use <code>"nl"</code> or <code>"en"</code>.' },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        {
          messages: (l) => [[[1, 1, 1]], [[1, "x", 1, 1]], [[1, 1, -1, 1]], [[0, 0, 0, 0]]].map((weights) => weightsMessage(l, weights)),
        },
        { nl: "Geef {fn.SCORE} vier gewichten ≥ 0, niet allemaal nul.", en: "Give {fn.SCORE} four weights ≥ 0, not all zero." },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        { messages: (l) => [scoringMessages.inputError(l, "investment", "#REF!")] },
        {
          nl: "Een criterium verwijst naar een cel met een fout. Een fout die een functie mag teruggeven (#N/B, #DEEL/0! …) komt ongewijzigd terug in de rij, zoals bij Excels eigen functies; #VERW! en #NAAM? worden deze #WAARDE!.",
          en: "A criterion refers to a cell holding an error. An error a function may return (#N/A, #DIV/0! …) comes back unchanged in its row, as with Excel's own functions; #REF! and #NAME? become this #VALUE!.",
        },
      ],
    },
    {
      error: "#N/A",
      cells: [
        { messages: (l) => [scoringMessages.missing(l, ["fit", "local"])] },
        { nl: "Sommige, maar niet alle, criteria van een rij zijn leeg: vul ze in.", en: "Some, but not all, criteria of a row are empty: fill them in." },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        { nl: "<code>SE: interne fout / internal error: …</code>", en: "<code>SE: interne fout / internal error: …</code>" },
        { nl: "Een fout in de invoegtoepassing zelf; meld ze met de formule erbij.", en: "A fault in the add-in itself; please report it with the formula." },
      ],
    },
  ] satisfies readonly ErrorRow[],
  lookup: [
    {
      error: "#N/A",
      cells: [
        { nl: "Een onbekende id, sleutel of veld; de melding somt de geldige op.", en: "An unknown id, key or field; the message lists the valid ones." },
        { nl: "Kies er een uit de lijst in de melding.", en: "Pick one from the list in the message." },
      ],
    },
    {
      error: "#VALUE!",
      cells: [
        {
          nl: 'Een argument van het verkeerde type (bijvoorbeeld een getal als veld), of een andere taal dan "nl" of "en".',
          en: 'An argument of the wrong type (for example a number as field), or a language other than "nl" or "en".',
        },
        { nl: "Controleer het argument dat de melding noemt.", en: "Check the argument named in the message." },
      ],
    },
  ] satisfies readonly ErrorRow[],
  excel: [
    {
      error: "#NAME?",
      cells: [
        {
          nl: "De invoegtoepassing is niet geladen in deze Excel: installeer ze, of start ze vanuit het tabblad Gegevens. Typ in Nederlandstalige Excel de Nederlandse namen ({nlFn.POTENTIAL}).",
          en: "The add-in is not loaded in this Excel: install it, or start it from the Data tab. In Dutch Excel type the Dutch names ({nlFn.POTENTIAL}).",
        },
      ],
    },
    {
      error: "#SPILL!",
      cells: [
        {
          nl: "Een resultaat over een bereik kan niet overlopen omdat cellen eronder of rechts ervan niet leeg zijn.",
          en: "A result over a range cannot spill because cells below or to the right are not empty.",
        },
      ],
    },
    {
      error: "#REF!",
      cells: [{ nl: "Een andere invoegtoepassing heeft een functie met dezelfde naam.", en: "Another add-in defines a function with the same name." }],
    },
  ] satisfies readonly ErrorRow[],
} as const;
