import { ARGUMENT_NAMES, type Criterion } from "./criteria";
import { showValue } from "./errors";
import type { Language } from "./language";
import { acceptedSpellings } from "./rating";
import { showShape, type Shape } from "./shape";

/** Every message the scoring functions can give, in Dutch and English. */
export const scoringMessages = {
  invalidRating(language: Language, criterion: Criterion, value: unknown): string {
    const arg = ARGUMENT_NAMES[language][criterion];
    return language === "nl"
      ? `${arg}: ${showValue(value)} is geen geldige beoordeling. Aanvaard: ${acceptedSpellings(criterion, language)}.`
      : `${arg}: ${showValue(value)} is not a valid rating. Accepted: ${acceptedSpellings(criterion, language)}.`;
  },
  outOfScale(language: Language, criterion: Criterion, value: unknown): string {
    const arg = ARGUMENT_NAMES[language][criterion];
    return language === "nl"
      ? `${arg}: ${showValue(value)} ligt buiten de schaal 1–5. Aanvaard: een getal van 1 tot 5, of ${acceptedSpellings(criterion, language)}.`
      : `${arg}: ${showValue(value)} is outside the 1–5 scale. Accepted: a number from 1 to 5, or ${acceptedSpellings(criterion, language)}.`;
  },
  ambiguousNumber(language: Language, criterion: Criterion, value: unknown): string {
    const arg = ARGUMENT_NAMES[language][criterion];
    return language === "nl"
      ? `${arg}: ${showValue(value)} is dubbelzinnig: een punt of komma gevolgd door drie cijfers, of twee scheidingstekens, kan een duizendtalscheiding zijn ("4.000" is vier in het Engels en vierduizend in het Nederlands). Aanvaard: een getal van 1 tot 5 als getal, of als tekst met één decimaalteken en niet precies drie decimalen (bv. "3,5"); of ${acceptedSpellings(criterion, language)}.`
      : `${arg}: ${showValue(value)} is ambiguous: a point or comma followed by three digits, or two separators, may be a thousands separator ("4.000" is four in English and four thousand in Dutch). Accepted: a number from 1 to 5 as a number, or as text with one decimal separator and not exactly three decimals (e.g. "3.5"); or ${acceptedSpellings(criterion, language)}.`;
  },
  missing(language: Language, criteria: readonly Criterion[]): string {
    const names = criteria.map((c) => ARGUMENT_NAMES[language][c]).join(", ");
    return language === "nl"
      ? `Ontbrekend: ${names}. Vul alle vier criteria in (een lege cel of 0 telt als niet ingevuld; een rij met vier lege criteria geeft een lege cel).`
      : `Missing: ${names}. Fill in all four criteria (an empty cell or 0 counts as not filled in; a row with all four criteria empty gives an empty cell).`;
  },
  emptyRange(language: Language, argument: string): string {
    return language === "nl"
      ? `${argument}: lege of onregelmatige reeks. Aanvaard: één cel of een rechthoekig bereik.`
      : `${argument}: empty or ragged range. Accepted: one cell or a rectangular range.`;
  },
  shapeMismatch(language: Language, a: string, shapeA: Shape, b: string, shapeB: Shape): string {
    return language === "nl"
      ? `${a} (${showShape(shapeA)}) en ${b} (${showShape(shapeB)}) hebben een verschillende vorm. Aanvaard: bereiken van dezelfde grootte, of één cel.`
      : `${a} (${showShape(shapeA)}) and ${b} (${showShape(shapeB)}) differ in shape. Accepted: ranges of the same size, or a single cell.`;
  },
  invalidLanguage(language: Language, value: unknown): string {
    return language === "nl"
      ? `taal: ${showValue(value)} is geen geldige taal. Aanvaard: "nl" (Nederlands, standaard) of "en" (English).`
      : `language: ${showValue(value)} is not a valid language. Accepted: "nl" (Dutch, default) or "en" (English).`;
  },
  invalidWeights(language: Language, detail: WeightsProblem, value?: unknown): string {
    const arg = language === "nl" ? "gewichten" : "weights";
    const accepted =
      language === "nl"
        ? "Aanvaard: vier getallen ≥ 0 (niet alle nul; ook als tekst, bv. \"0,5\") in een bereik van 1×4 of 4×1, bv. {1;1;2;1}, of één lege cel voor gelijke gewichten."
        : "Accepted: four numbers ≥ 0 (not all zero; also as text, e.g. \"0.5\") in a 1×4 or 4×1 range, e.g. {1,1,2,1}, or one empty cell for equal weights.";
    const what = {
      count: language === "nl" ? `${arg}: verwacht 4 gewichten, kreeg ${String(value)}.` : `${arg}: expected 4 weights, got ${String(value)}.`,
      type:
        language === "nl"
          ? `${arg}: ${showValue(value)} is geen getal.`
          : `${arg}: ${showValue(value)} is not a number.`,
      ambiguous:
        language === "nl"
          ? `${arg}: ${showValue(value)} is dubbelzinnig (een punt of komma gevolgd door drie cijfers kan een duizendtalscheiding zijn).`
          : `${arg}: ${showValue(value)} is ambiguous (a point or comma followed by three digits may be a thousands separator).`,
      negative:
        language === "nl"
          ? `${arg}: ${showValue(value)} is negatief.`
          : `${arg}: ${showValue(value)} is negative.`,
      zero: language === "nl" ? `${arg}: alle gewichten zijn nul.` : `${arg}: all weights are zero.`,
    }[detail];
    return `${what} ${accepted}`;
  },
};

export type WeightsProblem = "count" | "type" | "ambiguous" | "negative" | "zero";
