/** Every message the scoring functions (SE.POTENTIAL, SE.SCORE, SE.EXPLAIN) give, in Dutch and English: the texts are in ./scoring-texts.json. */
import { speaker, type Signatures } from "./catalogue";
import { errorCodeOf } from "./cell-value";
import { anyErrorName } from "./error-names";
import { showValue } from "./errors";
import type { Language } from "./language";
import { acceptedSpellings } from "./rating";
import { showShape, type Shape } from "./shape";
import { ARGUMENT_NAMES, type Criterion } from "./vocabulary";
import SCORING_TEXTS from "./scoring-texts.json";

export const sayScoring = speaker(SCORING_TEXTS);

/** "error": a weight's cell holds an error value (./cell-value.ts), passed on where Excel allows it. */
export type WeightsProblem = "count" | "type" | "ambiguous" | "negative" | "zero" | "error";

const WEIGHTS_KEYS = {
  count: "weightsCount",
  type: "weightsType",
  ambiguous: "weightsAmbiguous",
  negative: "weightsNegative",
  zero: "weightsZero",
  error: "weightsError",
} as const satisfies Record<WeightsProblem, keyof Signatures<typeof SCORING_TEXTS>>;

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
  inputError: (language: Language, criterion: Criterion, code: string): string =>
    scoringMessages.inputErrorIn(language, ARGUMENT_NAMES[language][criterion], code),
  inputErrorIn: (language: Language, argument: string, code: string): string =>
    sayScoring(language, "inputError", { argument, code: anyErrorName(code, language) }),
  missing: (language: Language, criteria: readonly Criterion[]): string =>
    sayScoring(language, "missing", { names: criteria.map((c) => ARGUMENT_NAMES[language][c]).join(", ") }),
  emptyRange: (language: Language, argument: string): string => sayScoring(language, "emptyRange", { argument }),
  shapeMismatch: (language: Language, a: string, shapeA: Shape, b: string, shapeB: Shape): string =>
    sayScoring(language, "shapeMismatch", { a, shapeA: showShape(shapeA), b, shapeB: showShape(shapeB) }),
  invalidLanguage: (language: Language, value: unknown): string => sayScoring(language, "invalidLanguage", { value: showValue(value) }),
  invalidWeights(language: Language, detail: WeightsProblem, value?: unknown): string {
    const argument = sayScoring(language, "weightsArgument");
    // An error cell by its name in the message's language (#VERW! in Dutch).
    const shown = detail === "error" ? anyErrorName(errorCodeOf(value) ?? "#VALUE!", language) : showValue(value);
    const problem = sayScoring(language, WEIGHTS_KEYS[detail], { argument, count: String(value), value: shown });
    return `${problem} ${sayScoring(language, "weightsAccepted")}`;
  },
};
