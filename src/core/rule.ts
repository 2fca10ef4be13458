import type { Language } from "./language";
import { LEVEL_AMOUNT } from "./rating";
import { CRITERIA, POTENTIAL_LABELS, isReversed, type Criterion, type Level, type Stance } from "./vocabulary";

export { POTENTIAL_LABELS, type Stance };

/** An opportunity's potential: one of the three levels (./vocabulary.ts). */
export type Potential = Level;

/**
 * The rule's two thresholds on the 0..1 favourability (on the 1–5 scale: ≤ 2 and ≥ 4).
 * Defined once: levels, stances, the potential and the native formulas all derive from them.
 */
export const UNFAVOURABLE_UP_TO = 0.25;
export const FAVOURABLE_FROM = 0.75;

/** SE.SCORE's weights when none are given: the plain mean of the four favourabilities. */
export const DEFAULT_WEIGHTS: readonly [number, number, number, number] = Object.freeze([1, 1, 1, 1] as [number, number, number, number]);

/** The potentials in index order (see potentialIndex): low 0, medium 1, high 2. */
export const POTENTIALS: readonly Potential[] = ["low", "medium", "high"];

/** The labels in index order, for loops that index them by potentialIndex. */
export const POTENTIAL_LABEL_LIST: Record<Language, readonly string[]> = {
  nl: POTENTIALS.map((p) => POTENTIAL_LABELS.nl[p]),
  en: POTENTIALS.map((p) => POTENTIAL_LABELS.en[p]),
};

/** Favourability on 0..1: the amount itself, or its mirror for investment. */
export function favourability(amount: number, criterion: Criterion): number {
  return isReversed(criterion) ? 1 - amount : amount;
}

export function stanceOf(favour: number): Stance {
  return favour >= FAVOURABLE_FROM ? "favourable" : favour <= UNFAVOURABLE_UP_TO ? "unfavourable" : "neutral";
}

/**
 * The report's rule, made exact: Hoog when all four criteria are favourable; Laag when none is
 * favourable and at least one is unfavourable; Medium otherwise (a mix, or all neutral).
 * The four favourabilities come in CRITERIA order; the result indexes POTENTIALS. Plain numbers
 * in and out, nothing allocated: small enough for V8 to inline into the range walk.
 */
export function potentialIndex(f0: number, f1: number, f2: number, f3: number): number {
  // Counted without branches: ratings vary from row to row over a range, so branches on them
  // are mispredicted about half the time. A favourability is never both favourable and unfavourable.
  const favourable = +(f0 >= FAVOURABLE_FROM) + +(f1 >= FAVOURABLE_FROM) + +(f2 >= FAVOURABLE_FROM) + +(f3 >= FAVOURABLE_FROM);
  const unfavourable = +(f0 <= UNFAVOURABLE_UP_TO) + +(f1 <= UNFAVOURABLE_UP_TO) + +(f2 <= UNFAVOURABLE_UP_TO) + +(f3 <= UNFAVOURABLE_UP_TO);
  return favourable === 4 ? 2 : favourable === 0 && unfavourable > 0 ? 0 : 1;
}

export function potentialOfFour(f0: number, f1: number, f2: number, f3: number): Potential {
  return POTENTIALS[potentialIndex(f0, f1, f2, f3)];
}

/**
 * SE.SCORE of one row: the weighted mean favourability × 100. `total` is the weights' sum.
 * Divides before scaling: the weighted sum never exceeds the total in floating point, so the
 * score stays within 0..100 (sum × (100 / total) could give 100.00000000000001).
 */
export function scoreOfFour(f0: number, f1: number, f2: number, f3: number, w0: number, w1: number, w2: number, w3: number, total: number): number {
  return ((w0 * f0 + w1 * f1 + w2 * f2 + w3 * f3) / total) * 100;
}

/** One row, rated: what SE.POTENTIAL, SE.SCORE and SE.EXPLAIN show for it. */
export interface RowRating {
  potential: Potential;
  score: number;
  /** Favourabilities in CRITERIA order (investment mirrored). */
  favours: readonly [number, number, number, number];
}

/**
 * The single definition of one complete row: four amounts (0..1, CRITERIA order, as read by
 * ratingAmount) to potential, score and favourabilities. The range walk in scoring.ts computes
 * exactly this per row, through potentialIndex and scoreOfFour, without building the object.
 */
export function rateRow(a0: number, a1: number, a2: number, a3: number, weights: ArrayLike<number> = DEFAULT_WEIGHTS): RowRating {
  const f1 = 1 - a1;
  const total = weights[0] + weights[1] + weights[2] + weights[3];
  return {
    potential: potentialOfFour(a0, f1, a2, a3),
    score: scoreOfFour(a0, f1, a2, a3, weights[0], weights[1], weights[2], weights[3], total),
    favours: [a0, f1, a2, a3],
  };
}

/** The rule on favourabilities held in an array (CRITERIA order). */
export function potentialOf(favours: ArrayLike<number>): Potential {
  return potentialOfFour(favours[0], favours[1], favours[2], favours[3]);
}

/** Convenience for callers that hold levels rather than amounts (plan, help, tests). */
export function potentialOfLevels(levels: Record<Criterion, Level>): Potential {
  return potentialOf(CRITERIA.map((c) => favourability(LEVEL_AMOUNT[levels[c]], c)));
}
