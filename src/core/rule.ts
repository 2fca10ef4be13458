import { CRITERIA, isReversed, type Criterion } from "./criteria";
import type { Language } from "./language";
import { levelOf, type Level } from "./rating";

/** How a criterion's level bears on the potential. */
export type Stance = "favourable" | "neutral" | "unfavourable";

export type Potential = "high" | "medium" | "low";

export const POTENTIAL_LABELS: Record<Language, Record<Potential, string>> = {
  nl: { high: "Hoog", medium: "Medium", low: "Laag" },
  en: { high: "High", medium: "Medium", low: "Low" },
};

/** Favourability on 0..1: the amount itself, or its mirror for investment. */
export function favourability(amount: number, criterion: Criterion): number {
  return isReversed(criterion) ? 1 - amount : amount;
}

export function stanceOf(favour: number): Stance {
  const level: Level = levelOf(favour);
  return level === "high" ? "favourable" : level === "low" ? "unfavourable" : "neutral";
}

/**
 * The report's rule, made exact: Hoog when all four criteria are favourable; Laag when none is
 * favourable and at least one is unfavourable; Medium otherwise (a mix, or all neutral).
 * The four favourabilities come in CRITERIA order. The one definition of the rule: the range
 * walk calls it per row with plain numbers (small enough for V8 to inline, nothing allocated).
 */
export function potentialOfFour(f0: number, f1: number, f2: number, f3: number): Potential {
  // Counted without branches: ratings vary from row to row over a range, so branches on them
  // are mispredicted about half the time. A favourability is never both ≥ 0.75 and ≤ 0.25.
  const favourable = +(f0 >= 0.75) + +(f1 >= 0.75) + +(f2 >= 0.75) + +(f3 >= 0.75);
  const unfavourable = +(f0 <= 0.25) + +(f1 <= 0.25) + +(f2 <= 0.25) + +(f3 <= 0.25);
  return favourable === 4 ? "high" : favourable === 0 && unfavourable > 0 ? "low" : "medium";
}

/** The rule on favourabilities held in an array (CRITERIA order). */
export function potentialOf(favours: ArrayLike<number>): Potential {
  return potentialOfFour(favours[0], favours[1], favours[2], favours[3]);
}

/** Convenience for callers that hold levels rather than amounts (plan, help, tests). */
export function potentialOfLevels(levels: Record<Criterion, Level>): Potential {
  const amount: Record<Level, number> = { low: 0, medium: 0.5, high: 1 };
  return potentialOf(CRITERIA.map((c) => favourability(amount[levels[c]], c)));
}
