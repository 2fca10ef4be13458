/**
 * The criteria's words, for importers that name this module; they are defined once, with the
 * rest of the vocabulary, in ./vocabulary.ts.
 */
export { ARGUMENT_NAMES, CRITERIA, CRITERION_LABELS, isReversed, type Criterion } from "./vocabulary";
