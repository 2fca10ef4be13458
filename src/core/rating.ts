import type { Criterion } from "./criteria";
import type { Language } from "./language";

/**
 * A rating is read into an *amount*: how much of the thing there is, on 0..1
 * (low 0, medium 0.5, high 1; a number x on the 1–5 scale gives (x − 1) / 4).
 * Negative amounts are codes, so the hot path over large ranges allocates nothing.
 */
export const MISSING = -1;
export const INVALID_TEXT = -2;
export const OUT_OF_SCALE = -3;
export const INVALID_TYPE = -4;

export type Level = "low" | "medium" | "high";

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

const NUMERIC_TEXT = /^[0-9]+(?:[.,][0-9]+)?$/;

function textAmount(text: string, table: Map<string, number>): number {
  const exact = table.get(text);
  if (exact !== undefined) return exact;
  const key = text.replace(/\s+/g, "");
  if (key === "") return MISSING;
  const normalised = table.get(key.toLowerCase());
  if (normalised !== undefined) return normalised;
  // A number typed as text ('4 or 3,5 in Dutch Excel) is still a number on the scale.
  if (NUMERIC_TEXT.test(key)) return numberAmount(Number(key.replace(",", ".")));
  return INVALID_TEXT;
}

/** The amount of a number on the 1–5 scale; exported so loops can inline it. */
export function numberAmount(x: number): number {
  // NaN fails both comparisons and so lands here too.
  if (!(x >= SCALE_MIN && x <= SCALE_MAX)) return OUT_OF_SCALE;
  return (x - 1) / 4;
}

/** Reads one cell value as given by Excel (number, string, boolean, null/empty). */
export function ratingAmount(value: unknown, criterion: Criterion): number {
  return amountIn(value, criterion === "demand" ? DEMAND : GENERAL);
}

/** ratingAmount(value, "demand"), for loops that know the criterion ahead of the cells. */
export function demandAmount(value: unknown): number {
  return amountIn(value, DEMAND);
}

/** ratingAmount for investment, fit and local (they share one table). */
export function generalAmount(value: unknown): number {
  return amountIn(value, GENERAL);
}

function amountIn(value: unknown, table: Map<string, number>): number {
  switch (typeof value) {
    case "number":
      return numberAmount(value);
    case "string":
      return textAmount(value, table);
    case "boolean":
      return value ? 1 : 0;
    case "undefined":
      return MISSING;
    default:
      return value === null ? MISSING : INVALID_TYPE;
  }
}

/**
 * The level of an amount. Exact on the scale's thresholds: (x − 1) / 4 is computed without
 * rounding for x in 1..5, so x ≤ 2 ⇔ amount ≤ 0.25 and x ≥ 4 ⇔ amount ≥ 0.75.
 */
export function levelOf(amount: number): Level {
  return amount <= 0.25 ? "low" : amount >= 0.75 ? "high" : "medium";
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

function buildAcceptedSpellings(criterion: Criterion, language: Language): string {
  const low = criterion === "demand" ? [...SPELLINGS.low, ...DEMAND_ONLY_LOW] : SPELLINGS.low;
  const [hi, me, lo, num] =
    language === "nl" ? ["hoog", "medium", "laag", "of een getal 1–5"] : ["high", "medium", "low", "or a number 1–5"];
  return `${hi}: ${SPELLINGS.high.join(", ")}; ${me}: ${SPELLINGS.medium.join(", ")}; ${lo}: ${low.join(", ")}; ${num}`;
}
