import { basicValueOf, errorCodeOf } from "./cell-value";
import { speaker } from "./catalogue";
import type { Language } from "./language";
import { isIgnorable } from "./invisible";
import { FAVOURABLE_FROM, UNFAVOURABLE_UP_TO } from "./rule";
import { LEVEL_WORDS, type Criterion, type Level } from "./vocabulary";
import RATING_TEXTS from "./rating-texts.json";

export { isIgnorable, type Level };

/**
 * A rating is read into an *amount*: how much of the thing there is, on 0..1
 * (low 0, medium 0.5, high 1; a number x on the 1–5 scale gives (x − 1) / 4).
 * Negative amounts are codes, so the hot path over large ranges allocates nothing.
 */
export const MISSING = -1;
export const INVALID_TEXT = -2;
export const OUT_OF_SCALE = -3;
export const INVALID_TYPE = -4;
/** Text such as "4.000" or "1.234,5": a number whose reading depends on the language. */
export const AMBIGUOUS = -5;
/** An error value in the cell (#N/A, #DIV/0! …): the row's result is that error. */
export const INPUT_ERROR = -6;

/** Accepted spellings per level, case- and space-insensitive. The single source of truth. */
export const SPELLINGS: Record<Level, readonly string[]> = {
  high: ["hoog", "groot", "sterk", "veel", "ja", "high", "large", "strong", "yes", "h", "true"],
  medium: ["medium", "gemiddeld", "matig", "moderate", "average", "m"],
  low: ["laag", "klein", "zwak", "weinig", "geen", "nee", "low", "small", "weak", "little", "none", "no", "l", "false"],
};

/** The report's "saturatie": a saturated market is low demand, a meaning only demand has. */
export const DEMAND_ONLY_LOW: readonly string[] = ["verzadigd", "saturated"];

export const LEVEL_AMOUNT: Record<Level, number> = { low: 0, medium: 0.5, high: 1 };

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

function buildTable(extraLow: readonly string[]): Map<string, number> {
  const table = new Map<string, number>();
  const add = (spelling: string, amount: number) => {
    // Exact variants first: the common spellings then skip normalisation entirely.
    for (const variant of [spelling, spelling.toUpperCase(), spelling[0].toUpperCase() + spelling.slice(1)]) {
      table.set(variant, amount);
    }
  };
  for (const level of ["low", "medium", "high"] as const) {
    for (const s of SPELLINGS[level]) add(s, LEVEL_AMOUNT[level]);
  }
  for (const s of extraLow) add(s, LEVEL_AMOUNT.low);
  return table;
}

const GENERAL = buildTable([]);
const DEMAND = buildTable(DEMAND_ONLY_LOW);
const GENERAL_MEMO = new Map<string, number>();
const DEMAND_MEMO = new Map<string, number>();

/**
 * Work done by the text parsers: characters visited by their loops. Tests read it to show that
 * parsing is linear (no pattern that backtracks); it is never reset by the code itself.
 */
export const parseWork = { chars: 0 };

/** The text without ignorable characters, in one pass (slices between them, joined once). */
export function compactText(text: string): string {
  const n = text.length;
  parseWork.chars += n;
  let parts: string[] | null = null;
  let start = 0;
  for (let i = 0; i < n; i++) {
    if (isIgnorable(text.charCodeAt(i))) {
      if (parts === null) parts = [];
      if (i > start) parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (parts === null) return text;
  if (start < n) parts.push(text.slice(start));
  return parts.join("");
}

/** A number typed as text whose reading depends on the language: "4.000", "1.234,5". */
export const AMBIGUOUS_NUMBER = -2;
/** Text that is not a plain number. */
export const NOT_A_NUMBER = -1;

/**
 * Reads a compacted text as a number ≥ 0: digits with at most one decimal separator, point or
 * comma ("3,5" in Dutch Excel, "3.5" in English). A separator followed by exactly three digits,
 * or two separators, is AMBIGUOUS_NUMBER: "4.000" is four in English and four thousand in
 * Dutch, and the add-in does not guess. Anything else is NOT_A_NUMBER. One pass, no pattern.
 */
export function parseNumberText(key: string): number {
  const n = key.length;
  parseWork.chars += n;
  let separators = 0;
  let at = -1;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c !== 0x2c && c !== 0x2e) return NOT_A_NUMBER;
    // A separator needs digits on both sides.
    if (i === 0 || i === n - 1 || !isDigit(key.charCodeAt(i - 1)) || !isDigit(key.charCodeAt(i + 1))) return NOT_A_NUMBER;
    separators++;
    at = i;
  }
  if (n === 0) return NOT_A_NUMBER;
  if (separators > 1 || (separators === 1 && n - at - 1 === 3)) return AMBIGUOUS_NUMBER;
  return separators === 0 ? Number(key) : Number(`${key.slice(0, at)}.${key.slice(at + 1)}`);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// Text readings other than the exact spellings, remembered per table: a column repeats its
// values (the same typo, the same padded word), and a whole column of them should cost a
// lookup each, not a parse each. Bounded; short texts only.
const MEMO_LIMIT = 4096;
const MEMO_MAX_LENGTH = 64;

function textAmount(text: string, table: Map<string, number>, memo: Map<string, number>): number {
  const exact = table.get(text);
  if (exact !== undefined) return exact;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const amount = parseText(text, table);
  if (text.length <= MEMO_MAX_LENGTH) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, amount);
  }
  return amount;
}

function parseText(text: string, table: Map<string, number>): number {
  const key = compactText(text);
  if (key === "") return MISSING;
  const normalised = table.get(key.toLowerCase());
  if (normalised !== undefined) return normalised;
  // A number typed as text ('4 or 3,5 in Dutch Excel) is still a number on the scale. Unlike a
  // number, text "0" was typed: an empty cell never arrives as text, so it is out of the scale.
  const x = parseNumberText(key);
  if (x === AMBIGUOUS_NUMBER) return AMBIGUOUS;
  if (x === NOT_A_NUMBER) return INVALID_TEXT;
  return scaleAmount(x);
}

/** The amount of a number on the 1–5 scale (no empty-cell reading). */
function scaleAmount(x: number): number {
  // NaN fails both comparisons and so lands here too.
  if (!(x >= SCALE_MIN && x <= SCALE_MAX)) return OUT_OF_SCALE;
  return (x - 1) / 4;
}

/**
 * The amount of a number cell. 0 is an empty cell: some Excel desktop builds pass empty cells
 * to `any` matrix parameters as 0 (OfficeDev/office-js #4702, #5262, #1951), and 0 is not on
 * the 1–5 scale, so it can mean nothing else.
 */
export function numberAmount(x: number): number {
  if (x === 0) return MISSING;
  return scaleAmount(x);
}

/** Reads one cell value as given by Excel (number, string, boolean, null/empty). */
export function ratingAmount(value: unknown, criterion: Criterion): number {
  return criterion === "demand" ? amountIn(value, DEMAND, DEMAND_MEMO) : amountIn(value, GENERAL, GENERAL_MEMO);
}

/** ratingAmount(value, "demand"), for loops that know the criterion ahead of the cells. */
export function demandAmount(value: unknown): number {
  return amountIn(value, DEMAND, DEMAND_MEMO);
}

/** ratingAmount for investment, fit and local (they share one table). */
export function generalAmount(value: unknown): number {
  return amountIn(value, GENERAL, GENERAL_MEMO);
}

function amountIn(value: unknown, table: Map<string, number>, memo: Map<string, number>): number {
  switch (typeof value) {
    case "number":
      return numberAmount(value);
    case "string":
      return textAmount(value, table, memo);
    case "boolean":
      return value ? 1 : 0;
    case "undefined":
      return MISSING;
    default:
      return value === null ? MISSING : objectAmount(value as object, table, memo);
  }
}

/** An error value, or a data type read by the number, text or boolean it stands for (./cell-value.ts). */
function objectAmount(value: object, table: Map<string, number>, memo: Map<string, number>): number {
  if (errorCodeOf(value) !== null) return INPUT_ERROR;
  const basic = basicValueOf(value);
  return basic === undefined ? INVALID_TYPE : amountIn(basic, table, memo);
}

/**
 * The level of an amount. Exact on the scale's thresholds: (x − 1) / 4 is computed without
 * rounding for x in 1..5, so x ≤ 2 ⇔ amount ≤ 0.25 and x ≥ 4 ⇔ amount ≥ 0.75.
 */
export function levelOf(amount: number): Level {
  return amount <= UNFAVOURABLE_UP_TO ? "low" : amount >= FAVOURABLE_FROM ? "high" : "medium";
}

// Every invalid cell's message quotes the list: built once per criterion and language, not per cell.
const acceptedCache = new Map<string, string>();

/** The accepted spellings as one readable list, for error messages and help. */
export function acceptedSpellings(criterion: Criterion, language: Language): string {
  const key = `${criterion}/${language}`;
  let text = acceptedCache.get(key);
  if (text === undefined) {
    text = buildAcceptedSpellings(criterion, language);
    acceptedCache.set(key, text);
  }
  return text;
}

/** The list of accepted ratings, as error messages and the Criteria sheet quote it (./rating-texts.json). */
const sayRating = speaker(RATING_TEXTS);

function buildAcceptedSpellings(criterion: Criterion, language: Language): string {
  const low = criterion === "demand" ? [...SPELLINGS.low, ...DEMAND_ONLY_LOW] : SPELLINGS.low;
  const words = LEVEL_WORDS[language];
  return sayRating(language, "accepted", {
    ...words,
    highs: SPELLINGS.high.join(", "),
    mediums: SPELLINGS.medium.join(", "),
    lows: low.join(", "),
  });
}
