/**
 * One model of an SE.* call, two renderings: the invariant form Office.js writes through
 * range.formulas (English names, "," between arguments, "." in numbers) and the form an analyst
 * types in Excel in a given display language (Dutch Excel: SE.POTENTIEEL, ";" and a decimal
 * comma). Numbers stay numbers, never quoted text; cell references are passed through as written.
 */
import { functionName, type FunctionId } from "./function-names";
import type { Language } from "./language";
import { decimalText } from "./vocabulary";

export { functionName, type FunctionId } from "./function-names";

/** A cell or range reference, e.g. B5 or [@Vraag]; written as is in both renderings. */
export interface Ref {
  ref: string;
}

export type Arg = number | string | Ref;

export interface Call {
  fn: FunctionId;
  args: readonly Arg[];
}

function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function render(call: Call, language: Language, separator: string): string {
  // decimalText: String() gives the shortest exact form ("3.5", "0.27"); Excel reads the same digits.
  const args = call.args.map((a) => (typeof a === "number" ? decimalText(a, language) : typeof a === "string" ? text(a) : a.ref));
  return `=${functionName(call.fn, language)}(${args.join(separator)})`;
}

/** The form range.formulas takes in every Excel language: English names, "," and ".". */
export function invariantFormula(call: Call): string {
  return render(call, "en", ",");
}

/** How Excel of each display language separates arguments; its decimal mark is the vocabulary's. */
const ARGUMENT_SEPARATOR: Record<Language, string> = { nl: ";", en: "," };

/** The form an analyst reads and types in Excel of that display language. */
export function displayFormula(call: Call, language: Language): string {
  return render(call, language, ARGUMENT_SEPARATOR[language]);
}

/**
 * A rating as a formula argument: a number on the scale when the text is plainly one (at most two
 * decimals, either decimal mark, as the rating reader accepts it), else the text itself, so the
 * function judges it exactly as it would judge the cell.
 */
export function ratingArg(input: string): Arg {
  const trimmed = input.trim();
  if (/^\d(?:[.,]\d{1,2})?$/.test(trimmed)) return Number(trimmed.replace(",", "."));
  return trimmed;
}
