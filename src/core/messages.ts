import { speaker, type Catalogue } from "./catalogue";
import { showValue } from "./errors";
import type { Language } from "./language";
import { acceptedSpellings } from "./rating";
import { showShape, type Shape } from "./shape";
import { ARGUMENT_NAMES, type Criterion } from "./vocabulary";

/** Every text the scoring functions (SE.POTENTIAL, SE.SCORE, SE.EXPLAIN) give, in Dutch and English. */
export const SCORING_TEXTS = {
  invalidRating: {
    nl: "{argument}: {value} is geen geldige beoordeling. Aanvaard: {accepted}.",
    en: "{argument}: {value} is not a valid rating. Accepted: {accepted}.",
  },
  outOfScale: {
    nl: "{argument}: {value} ligt buiten de schaal 1–5. Aanvaard: een getal van 1 tot 5, of {accepted}.",
    en: "{argument}: {value} is outside the 1–5 scale. Accepted: a number from 1 to 5, or {accepted}.",
  },
  ambiguousNumber: {
    nl: '{argument}: {value} is dubbelzinnig: een punt of komma gevolgd door drie cijfers, of twee scheidingstekens, kan een duizendtalscheiding zijn ("4.000" is vier in het Engels en vierduizend in het Nederlands). Aanvaard: een getal van 1 tot 5 als getal, of als tekst met één decimaalteken en niet precies drie decimalen (bv. "3,5"); of {accepted}.',
    en: '{argument}: {value} is ambiguous: a point or comma followed by three digits, or two separators, may be a thousands separator ("4.000" is four in English and four thousand in Dutch). Accepted: a number from 1 to 5 as a number, or as text with one decimal separator and not exactly three decimals (e.g. "3.5"); or {accepted}.',
  },
  missing: {
    nl: "Ontbrekend: {names}. Vul alle vier criteria in (een lege cel of 0 telt als niet ingevuld; een rij met vier lege criteria geeft een lege cel).",
    en: "Missing: {names}. Fill in all four criteria (an empty cell or 0 counts as not filled in; a row with all four criteria empty gives an empty cell).",
  },
  emptyRange: {
    nl: "{argument}: lege of onregelmatige reeks. Aanvaard: één cel of een rechthoekig bereik.",
    en: "{argument}: empty or ragged range. Accepted: one cell or a rectangular range.",
  },
  shapeMismatch: {
    nl: "{a} ({shapeA}) en {b} ({shapeB}) hebben een verschillende vorm. Aanvaard: bereiken van dezelfde grootte, of één cel.",
    en: "{a} ({shapeA}) and {b} ({shapeB}) differ in shape. Accepted: ranges of the same size, or a single cell.",
  },
  invalidLanguage: {
    nl: 'taal: {value} is geen geldige taal. Aanvaard: "nl" (Nederlands, standaard) of "en" (English).',
    en: 'language: {value} is not a valid language. Accepted: "nl" (Dutch, default) or "en" (English).',
  },
  weightsArgument: { nl: "gewichten", en: "weights" },
  weightsAccepted: {
    nl: 'Aanvaard: vier getallen ≥ 0 (niet alle nul; ook als tekst, bv. "0,5") in een bereik van 1×4 of 4×1, bv. {1;1;2;1}, of één lege cel voor gelijke gewichten.',
    en: 'Accepted: four numbers ≥ 0 (not all zero; also as text, e.g. "0.5") in a 1×4 or 4×1 range, e.g. {1,1,2,1}, or one empty cell for equal weights.',
  },
  weightsCount: { nl: "{argument}: verwacht 4 gewichten, kreeg {count}.", en: "{argument}: expected 4 weights, got {count}." },
  weightsType: { nl: "{argument}: {value} is geen getal.", en: "{argument}: {value} is not a number." },
  weightsAmbiguous: {
    nl: "{argument}: {value} is dubbelzinnig (een punt of komma gevolgd door drie cijfers kan een duizendtalscheiding zijn).",
    en: "{argument}: {value} is ambiguous (a point or comma followed by three digits may be a thousands separator).",
  },
  weightsNegative: { nl: "{argument}: {value} is negatief.", en: "{argument}: {value} is negative." },
  weightsZero: { nl: "{argument}: alle gewichten zijn nul.", en: "{argument}: all weights are zero." },
  explanationAllFavourable: { nl: " Alle vier criteria zijn gunstig.", en: " All four criteria are favourable." },
  explanationNeeded: { nl: " Nodig voor {high}: {needed}.", en: " Needed for {high}: {needed}." },
} as const satisfies Catalogue;

export const sayScoring = speaker(SCORING_TEXTS);

export type WeightsProblem = "count" | "type" | "ambiguous" | "negative" | "zero";

const WEIGHTS_KEYS = {
  count: "weightsCount",
  type: "weightsType",
  ambiguous: "weightsAmbiguous",
  negative: "weightsNegative",
  zero: "weightsZero",
} as const satisfies Record<WeightsProblem, keyof typeof SCORING_TEXTS>;

/** A criterion's rating messages name its argument, quote the value and list what is accepted. */
function ratingParams(language: Language, criterion: Criterion, value: unknown) {
  return { argument: ARGUMENT_NAMES[language][criterion], value: showValue(value), accepted: acceptedSpellings(criterion, language) };
}

/** Every message the scoring functions can give, by what went wrong. */
export const scoringMessages = {
  invalidRating: (language: Language, criterion: Criterion, value: unknown): string =>
    sayScoring(language, "invalidRating", ratingParams(language, criterion, value)),
  outOfScale: (language: Language, criterion: Criterion, value: unknown): string =>
    sayScoring(language, "outOfScale", ratingParams(language, criterion, value)),
  ambiguousNumber: (language: Language, criterion: Criterion, value: unknown): string =>
    sayScoring(language, "ambiguousNumber", ratingParams(language, criterion, value)),
  missing: (language: Language, criteria: readonly Criterion[]): string =>
    sayScoring(language, "missing", { names: criteria.map((c) => ARGUMENT_NAMES[language][c]).join(", ") }),
  emptyRange: (language: Language, argument: string): string => sayScoring(language, "emptyRange", { argument }),
  shapeMismatch: (language: Language, a: string, shapeA: Shape, b: string, shapeB: Shape): string =>
    sayScoring(language, "shapeMismatch", { a, shapeA: showShape(shapeA), b, shapeB: showShape(shapeB) }),
  invalidLanguage: (language: Language, value: unknown): string => sayScoring(language, "invalidLanguage", { value: showValue(value) }),
  invalidWeights(language: Language, detail: WeightsProblem, value?: unknown): string {
    const argument = sayScoring(language, "weightsArgument");
    const problem = sayScoring(language, WEIGHTS_KEYS[detail], { argument, count: String(value), value: showValue(value) });
    return `${problem} ${sayScoring(language, "weightsAccepted")}`;
  },
};
