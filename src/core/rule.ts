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
 * `favours` holds the four favourabilities in CRITERIA order.
 */
export function potentialOf(favours: ArrayLike<number>): Potential {
  let favourable = 0;
  let unfavourable = 0;
  for (let k = 0; k < 4; k++) {
    const f = favours[k];
    if (f >= 0.75) favourable++;
    else if (f <= 0.25) unfavourable++;
  }
  if (favourable === 4) return "high";
  if (favourable === 0 && unfavourable > 0) return "low";
  return "medium";
}

/** Convenience for callers that hold levels rather than amounts (plan, help, tests). */
export function potentialOfLevels(levels: Record<Criterion, Level>): Potential {
  const amount: Record<Level, number> = { low: 0, medium: 0.5, high: 1 };
  return potentialOf(CRITERIA.map((c) => favourability(amount[levels[c]], c)));
}
