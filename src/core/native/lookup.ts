/**
 * The data behind the native formulas: a hidden lookup sheet derived from the core's constants
 * (SPELLINGS, DEMAND_ONLY_LOW, the rule, the error semantics of SE.POTENTIAL), so the workbook
 * without the add-in has no second copy of what the add-in accepts.
 *
 * Each criterion cell is read into a *code*; the four codes are summed and the sum picks the
 * outcome from a table. The weights make the sum decodable (each count is at most 4 < 5):
 * favourable 1, neutral 0, unfavourable 5, missing 25, invalid 125.
 */
import { CRITERIA, type Criterion } from "../vocabulary";
import type { ErrorCode } from "../errors";
import { plainError, CellError } from "../errors";
import type { Language } from "../language";
import { DEMAND_ONLY_LOW, SCALE_MAX, SCALE_MIN, SPELLINGS, ratingAmount } from "../rating";
import { FAVOURABLE_FROM, UNFAVOURABLE_UP_TO, favourability, stanceOf, type Stance } from "../rule";
import { potentialGrid } from "../scoring";

export type Category = Stance | "missing" | "invalid";

export const CODE: Record<Category, number> = { favourable: 1, neutral: 0, unfavourable: 5, missing: 25, invalid: 125 };

/** The largest possible sum: four invalid criteria. */
export const MAX_SUM = 4 * CODE.invalid;

/** A value on the lookup sheet: text, number, an error value, or empty. */
export type LookupValue = string | number | { error: ErrorCode } | null;

export const LOOKUP_SHEET = "SE_Lookup";

/** The category of an amount (≥ 0) or of a rating code (MISSING, INVALID_TEXT …) for a criterion. */
export function categoryOf(amount: number, criterion: Criterion): Category {
  if (amount >= 0) return stanceOf(favourability(amount, criterion));
  return amount === -1 ? "missing" : "invalid";
}

export interface SpellingRow {
  /** Lower case, as the formula compares it after LOWER(). "" is the all-whitespace text: missing. */
  spelling: string;
  /** The amount 0..1 where any criterion accepts the spelling (for the score). */
  amount: number;
  /** Code per criterion, minus CODE.invalid: the formula starts from "invalid" and adds this. */
  delta: Record<Criterion, number>;
}

/** Every accepted spelling, each read by the core itself for each criterion. */
export function spellingRows(): SpellingRow[] {
  const words = [...new Set([...SPELLINGS.high, ...SPELLINGS.medium, ...SPELLINGS.low, ...DEMAND_ONLY_LOW, ""])];
  return words.map((spelling) => {
    const delta = {} as Record<Criterion, number>;
    let amount = 0;
    for (const c of CRITERIA) {
      const a = ratingAmount(spelling, c);
      if (a >= 0) amount = a;
      delta[c] = CODE[categoryOf(a, c)] - CODE.invalid;
    }
    return { spelling, amount, delta };
  });
}

/**
 * The scale's four boundaries: its ends and the two level thresholds. The formula classifies a
 * number x by SIGN(x − boundary) for each, which tells "on" a boundary from "between" two.
 */
export function scaleBoundaries(): [number, number, number, number] {
  const span = SCALE_MAX - SCALE_MIN;
  // The rule's level thresholds on the amount, mapped back to the scale, so the formula puts a
  // number on or beside a boundary in the level the core gives it.
  const lowUpTo = SCALE_MIN + span * UNFAVOURABLE_UP_TO;
  const highFrom = SCALE_MIN + span * FAVOURABLE_FROM;
  return [SCALE_MIN, lowUpTo, highFrom, SCALE_MAX];
}

/** Ternary weights: Σ SIGN(x − bᵢ)·3ⁱ is distinct for each of the nine positions of x. */
export const TERNARY = [1, 3, 9, 27] as const;

export interface NumberClass {
  key: number;
  /** A number in the class, or null when the class is outside the scale. */
  sample: number | null;
}

/** The nine classes of a number relative to the boundaries, in ascending key order. */
export function numberClasses(): NumberClass[] {
  const b = scaleBoundaries();
  const samples: number[] = [b[0] - 1, b[0], (b[0] + b[1]) / 2, b[1], (b[1] + b[2]) / 2, b[2], (b[2] + b[3]) / 2, b[3], b[3] + 1];
  return samples.map((x) => ({
    key: b.reduce((sum, bi, i) => sum + Math.sign(x - bi) * TERNARY[i], 0),
    sample: x >= SCALE_MIN && x <= SCALE_MAX ? x : null,
  }));
}

/** The code of each number class for a criterion, as the core reads that class's sample. */
export function numberCodes(criterion: Criterion): number[] {
  return numberClasses().map(({ sample }) => CODE[sample === null ? "invalid" : categoryOf(ratingAmount(sample, criterion), criterion)]);
}

export const BOOLEAN_CODES = (criterion: Criterion) => ({
  true: CODE[categoryOf(ratingAmount(true, criterion), criterion)],
  false: CODE[categoryOf(ratingAmount(false, criterion), criterion)],
});

/** A raw cell the core reads as the given category for the criterion (to ask the core for outcomes). */
function sampleCell(category: Category, criterion: Criterion): unknown {
  switch (category) {
    case "missing":
      return null;
    case "invalid":
      return "?";
    default: {
      // Favourable is high, except for a reversed criterion (investment), where it is low.
      const level = category === "neutral" ? "medium" : (category === "favourable") === (favourability(1, criterion) === 1) ? "high" : "low";
      return SPELLINGS[level][0];
    }
  }
}

/**
 * What SE.POTENTIAL gives for every sum of codes: a label, "" (all empty) or an error. Asked of the
 * core itself with one sample row per combination of category counts; unreachable sums are #VALUE!.
 */
export function outcomeTable(language: Language): LookupValue[] {
  const out: LookupValue[] = new Array(MAX_SUM + 1).fill({ error: "#VALUE!" });
  const categories: Category[] = ["favourable", "neutral", "unfavourable", "missing", "invalid"];
  const assign = (k: number, chosen: Category[]) => {
    if (k === CRITERIA.length) {
      const sum = chosen.reduce((s, c) => s + CODE[c], 0);
      const row = CRITERIA.map((c, i) => [[sampleCell(chosen[i], c)]]);
      const result = potentialGrid(row as unknown as [unknown, unknown, unknown, unknown], language, language, plainError);
      if (!result.ok) throw new Error("a one-cell row cannot fail as a whole");
      const v = result.values[0][0];
      out[sum] = v instanceof CellError ? { error: v.code } : v === "" ? null : (v as string);
      return;
    }
    for (const c of categories) assign(k + 1, [...chosen, c]);
  };
  assign(0, []);
  return out;
}
