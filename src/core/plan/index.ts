export * from "./types";
export { buildPlan } from "./build-plan";
export { TABLE_NAMES, TABLE_PREFIX, SHEET_NAMES, HEADERS, ORIGIN_WORDS, originOf, levelWord } from "./labels";
export { needsTextGuard, guardText } from "./text-guard";
export {
  renderFormula,
  formulaText,
  referencedTables,
  structuredReferences,
  thisRowRef,
  fileThisRowRef,
  columnRef,
  quoted,
  type Formula,
  type FunctionSet,
  type HeaderLookup,
  type References,
} from "./formula";
export { evaluatePlan, type CachedValue, type Results } from "./evaluate";
export { cellAddress, rangeAddress, columnLetters, qualified, parseQualified, parseTopLeft } from "./address";
export { impliedLevels, ratingList } from "./opportunities";
export { allCombinations } from "./criteria-sheet";
export { wrappedHeight, printSetup, footerSections, FOOTER_LIMIT } from "./print";
