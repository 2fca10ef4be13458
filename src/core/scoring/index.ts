/**
 * SE.POTENTIAL, SE.SCORE and SE.EXPLAIN over grids of criterion cells, as Excel passes them:
 * every complete row rated by the rule (rule.ts), missing and invalid cells an error in their own
 * result cell, arguments that cannot be broadcast one whole-call error.
 */
import type { ErrorFactory } from "../errors";
import type { Language } from "../language";
import { POTENTIAL_LABEL_LIST } from "../rule";
import { evaluateCriteria, type CriteriaArgs, type GridResult } from "./evaluate";
import { explanationOf } from "./explanation";
import { KIND_CELL, KIND_POTENTIAL, KIND_SCORE, BLANK } from "./walk";
import type { Weights } from "./weights";

export { BLANK } from "./walk";
export { explanationOf } from "./explanation";
export { parseWeights, type Weights } from "./weights";
export type { CriteriaArgs, GridResult } from "./evaluate";

/** SE.POTENTIAL over a grid: the report's label per row. */
export function potentialGrid<E>(args: CriteriaArgs, labels: Language, messages: Language, makeError: ErrorFactory<E>): GridResult<string, E> {
  return evaluateCriteria<string, E>(args, messages, makeError, KIND_POTENTIAL, POTENTIAL_LABEL_LIST[labels]) as GridResult<string, E>;
}

/** SE.SCORE over a grid: weighted mean favourability × 100. */
export function scoreGrid<E>(args: CriteriaArgs, weights: Weights, messages: Language, makeError: ErrorFactory<E>): GridResult<number | typeof BLANK, E> {
  return evaluateCriteria<number, E>(args, messages, makeError, KIND_SCORE, undefined, weights) as GridResult<number | typeof BLANK, E>;
}

/** SE.EXPLAIN over a grid. */
export function explainGrid<E>(args: CriteriaArgs, language: Language, messages: Language, makeError: ErrorFactory<E>): GridResult<string, E> {
  return evaluateCriteria<string, E>(args, messages, makeError, KIND_CELL, undefined, undefined, (f) => explanationOf(f, language)) as GridResult<string, E>;
}
