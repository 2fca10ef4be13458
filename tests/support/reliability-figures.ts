/**
 * The number of generated cases per property and fuzz target. docs/RELIABILITY.md reports these
 * figures, and tests/docs/reliability-doc.test.ts keeps the two in step.
 */
export const PROPERTY_RUNS = {
  "monotone-potential": 5000,
  "monotone-score": 5000,
  "interchangeable-demand-fit-local": 3000,
  "investment-mirror": 3000,
  "spellings": 5000,
  "numbers-as-text": 2000,
  "range-equals-cells": 1000,
  "language-only-label": 2000,
} as const;

export const FUZZ_RUNS = {
  potential: 4000,
  score: 4000,
  explain: 3000,
} as const;

/** Sizes (cells per criterion argument) of the linear-reads check, per function and input mix. */
export const LINEAR_SIZES = [1, 10, 100, 10_000] as const;
