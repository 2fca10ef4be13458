/**
 * SE.POTENTIAL and SE.SCORE as formulas of built-in functions only, for a workbook that must work
 * without the add-in (Excel 2013+ and LibreOffice Calc). The text is in the file's own form:
 * English names, "," separators, and the _xlfn. prefix that functions newer than Excel 2007 carry
 * inside an .xlsx (without it both Excel and LibreOffice show #NAME?).
 *
 * No LET (Excel 2021+, LibreOffice 24.8+) and no IF inside array arguments (legacy Excel would need
 * Ctrl+Shift+Enter): every SUMPRODUCT works on plain ranges and array constants.
 */
import { CRITERIA, isReversed, type Criterion } from "../vocabulary";
import type { Language } from "../language";
import { SCALE_MAX, SCALE_MIN, ratingAmount } from "../rating";
import { BOOLEAN_CODES, CODE, LOOKUP_SHEET, MAX_SUM, TERNARY, numberClasses, numberCodes, outcomeTable, scaleBoundaries, spellingRows, type LookupValue } from "./lookup";

/**
 * The whitespace the formulas remove, as code points. SE.POTENTIAL removes every JavaScript \s
 * character; a formula can only list characters one by one, so it covers the ones a cell really
 * gets (typed, pasted from the web or a PDF). NOT_STRIPPED names the rest, for the README.
 */
export const STRIPPED_WHITESPACE: readonly number[] = [0x20, 0x09, 0x0a, 0x0d, 0xa0];
export const NOT_STRIPPED_WHITESPACE: readonly number[] = [
  0x0b, 0x0c, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
];

/** Cell references (A1, optionally sheet-qualified) of one row's four criteria. */
export type CriterionRefs = Readonly<Record<Criterion, string>>;

/** Where each list sits on the lookup sheet; the layout is fixed so formulas stay short. */
export interface LookupSheet {
  name: string;
  /** Row-major, from A1. */
  rows: LookupValue[][];
  ranges: {
    spelling: string;
    amount: string;
    delta: Record<Criterion, string>;
    outcome: Record<Language, string>;
  };
}

const col = (n: number) => String.fromCharCode(65 + n);
const abs = (c: number, r1: number, r2: number) => `${LOOKUP_SHEET}!$${col(c)}$${r1}:$${col(c)}$${r2}`;

/**
 * Where the lookup sheet's columns lie: from the number of spellings alone, so a formula can be
 * written without computing the outcome tables (every criteria sum rated in both languages,
 * tens of milliseconds in a pane's webview) that only the sheet's cells need.
 */
function lookupRanges(spellingCount: number): LookupSheet["ranges"] {
  const last = spellingCount + 1;
  return {
    spelling: abs(0, 2, last),
    amount: abs(1, 2, last),
    delta: Object.fromEntries(CRITERIA.map((c, i) => [c, abs(2 + i, 2, last)])) as Record<Criterion, string>,
    outcome: { nl: abs(7, 2, MAX_SUM + 2), en: abs(8, 2, MAX_SUM + 2) },
  };
}

export function lookupSheet(): LookupSheet {
  const spellings = spellingRows();
  const outcomes = { nl: outcomeTable("nl"), en: outcomeTable("en") };
  const header: LookupValue[] = ["spelling", "amount", ...CRITERIA.map((c) => `code − ${CODE.invalid}: ${c}`), null, "nl", "en"];
  const height = Math.max(spellings.length, MAX_SUM + 1);
  const rows: LookupValue[][] = [header];
  for (let i = 0; i < height; i++) {
    const s = spellings[i];
    rows.push([
      s ? s.spelling : null,
      s ? s.amount : null,
      ...CRITERIA.map((c) => (s ? s.delta[c] : null)),
      null,
      outcomes.nl[i] ?? null,
      outcomes.en[i] ?? null,
    ]);
  }
  return { name: LOOKUP_SHEET, rows, ranges: lookupRanges(spellings.length) };
}

let layoutCache: LookupSheet["ranges"] | null = null;
/** The ranges the formulas read, worked out on first use (the module is loaded with the pane's writer). */
function layoutRanges(): LookupSheet["ranges"] {
  return (layoutCache ??= lookupRanges(spellingRows().length));
}

function char(codePoint: number): string {
  if (codePoint === 0x20) return '" "';
  // CHAR is code-page dependent above 127 (Windows-1252 vs Mac Roman); UNICHAR is not.
  return codePoint < 0x80 ? `CHAR(${codePoint})` : `_xlfn.UNICHAR(${codePoint})`;
}

/** The cell's text without whitespace (SE.POTENTIAL's key before lower-casing). */
function stripped(ref: string): string {
  return STRIPPED_WHITESPACE.reduce((inner, cp) => `SUBSTITUTE(${inner},${char(cp)},"")`, ref);
}

const DIGITS = "0123456789";
const array = (xs: readonly number[]) => `{${xs.join(",")}}`;

/** The code of a number by its class on the scale (one LOOKUP, so `x` appears once). */
function numberCode(x: string, codes: readonly number[]): string {
  const b = scaleBoundaries();
  const keys = numberClasses().map((k) => k.key);
  return `LOOKUP(SUMPRODUCT(SIGN(${x}-${array(b)})*${array(TERNARY)}),${array(keys)},${array(codes)})`;
}

/** A number typed as text: digits with at most one "," or "." that is not the last character, nor followed by exactly three digits. */
function numericTextTest(text: string): string {
  const noDigits = [...DIGITS].reduce((inner, d) => `SUBSTITUTE(${inner},"${d}","")`, text);
  // After removing digits and then the first separator, nothing may remain.
  const rest = `SUBSTITUTE(SUBSTITUTE(${noDigits},".",","),",","",1)`;
  // As the core's parseNumberText: a separator followed by exactly three digits ("5,000") may be
  // a thousands separator, so such text is not read as a number (invalid, as in SE.POTENTIAL).
  const separatorBeforeThree = `IFERROR(FIND(".",SUBSTITUTE(RIGHT(${text},4),",",".")),0)`;
  return `AND(${rest}="",ISNUMBER(FIND(RIGHT(${text}),"${DIGITS}")),${separatorBeforeThree}<>1)`;
}

/** The number a numeric text stands for, independent of the spreadsheet's locale. */
function numericTextValue(text: string): string {
  return `_xlfn.NUMBERVALUE(SUBSTITUTE(${text},",","."),".")`;
}

/** One criterion cell → its code (see CODE): the whole of ratingAmount + stance in one expression. */
export function criterionCode(ref: string, criterion: Criterion): string {
  const text = stripped(ref);
  const bools = BOOLEAN_CODES(criterion);
  const codes = numberCodes(criterion);
  const textDeltas = codes.map((c) => c - CODE.invalid);
  const spelling = `SUMPRODUCT(EXACT(${layoutRanges().spelling},LOWER(${text}))*${layoutRanges().delta[criterion]})`;
  const numeric = `IFERROR(IF(${numericTextTest(text)},${numberCode(numericTextValue(text), textDeltas)},0),0)`;
  // ISLOGICAL first: LibreOffice also counts TRUE and FALSE as numbers.
  return (
    `IF(ISLOGICAL(${ref}),IF(${ref},${bools.true},${bools.false}),` +
    // 0 is an empty cell, as in the core (ratingAmount: some Excel builds pass empty cells as 0).
    `IF(ISNUMBER(${ref}),IF(${ref}=0,${CODE.missing},${numberCode(ref, codes)}),` +
    `IF(ISTEXT(${ref}),${CODE.invalid}+${spelling}+${numeric},` +
    `IF(ISBLANK(${ref}),${CODE.missing},${CODE.invalid}))))`
  );
}

/** SE.POTENTIAL(demand, investment, fit, local, language) for one row, without the add-in. */
export function potentialFormula(refs: CriterionRefs, language: Language): string {
  const sum = CRITERIA.map((c) => criterionCode(refs[c], c)).join("+");
  // &"" turns the outcome table's empty cell (all four criteria empty) into "", as SE.POTENTIAL.
  return `INDEX(${layoutRanges().outcome[language]},1+${sum})&""`;
}

/** The amount 0..1 of a cell already known to be valid (the score only reads valid rows). */
function amount(ref: string): string {
  const text = stripped(ref);
  const span = SCALE_MAX - SCALE_MIN;
  const spelling = `SUMPRODUCT(EXACT(${layoutRanges().spelling},LOWER(${text}))*${layoutRanges().amount})`;
  // Spellings never end in a digit, numeric texts always do: the two parts never both count.
  const numeric = `IF(ISNUMBER(FIND(RIGHT(${text}),"${DIGITS}")),(${numericTextValue(text)}-${SCALE_MIN})/${span},0)`;
  return (
    `IF(ISLOGICAL(${ref}),IF(${ref},${ratingAmount(true, "demand")},${ratingAmount(false, "demand")}),` +
    `IF(ISNUMBER(${ref}),(${ref}-${SCALE_MIN})/${span},${spelling}+${numeric}))`
  );
}

/**
 * SE.SCORE(demand, investment, fit, local) with equal weights, for one row. Blank and errors come
 * from the row's potential cell, which applies exactly the same checks (one evaluation in the core).
 */
export function scoreFormula(refs: CriterionRefs, potentialRef: string): string {
  const favours = CRITERIA.map((c) => (isReversed(c) ? `(1-${amount(refs[c])})` : amount(refs[c])));
  // Same operation order as scoreGrid: (Σ f) / total × 100.
  return `IF(${potentialRef}="","",((${favours.join("+")})/${CRITERIA.length})*100)`;
}
