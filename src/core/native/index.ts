export { CODE, LOOKUP_SHEET, MAX_SUM, outcomeTable, spellingRows, numberClasses, numberCodes, scaleBoundaries, type Category, type LookupValue } from "./lookup";
export {
  STRIPPED_WHITESPACE,
  NOT_STRIPPED_WHITESPACE,
  criterionCode,
  lookupSheet,
  potentialFormula,
  scoreFormula,
  type CriterionRefs,
  type LookupSheet,
} from "./formulas";
