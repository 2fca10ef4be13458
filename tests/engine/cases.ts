/**
 * Rows of criteria for the engine check: every level combination, numbers on and beside the
 * thresholds, every accepted spelling with case and whitespace variants, numbers as text,
 * booleans, empty and partly empty rows, invalid cells. Built from the core's own lists.
 */
import { CRITERIA, isReversed, type Criterion } from "../../src/core/criteria";
import { allCombinations, levelWord, type Cell } from "../../src/core/plan";
import { DEMAND_ONLY_LOW, SPELLINGS } from "../../src/core/rating";

export interface Case {
  label: string;
  cells: Record<Criterion, Cell>;
}

/** A favourable value per criterion, to isolate the one cell under test. */
const FAVOURABLE: Record<Criterion, Cell> = { demand: "hoog", investment: "laag", fit: "hoog", local: "hoog" };

const varying = (label: string, criterion: Criterion, value: Cell, base: Record<Criterion, Cell> = FAVOURABLE): Case => ({
  label: `${label} [${criterion}=${JSON.stringify(value)}]`,
  cells: { ...base, [criterion]: value },
});

export const NUMBERS = [1, 1.5, 2, 2.0001, 2.5, 3, 3.5, 3.9999, 4, 4.5, 5, 1.25, 4.75, 0.9999, 5.0001, 0, 6, -1, 100, 1e-9];

export const NUMERIC_TEXTS = [
  "1", "2", "3", "4", "5", "3,5", "3.5", " 2 ", "02", "004", "2,0", "2.0001", "3,9999", "4,0", "5,0", "5,000", "1,25", "4,75",
  // Not accepted: separators at the ends or twice, signs, exponents, percent, dates, out of scale.
  "4.", "4,", ",5", ".5", "1,2,3", "1.2.3", "2,5.5", "4e0", "+4", "-4", "4%", "1/2", "$4", "5,0001", "0,9", "6", "0", "10",
];

/** Every spelling in the variants SE.POTENTIAL accepts: case and whitespace (the ones a formula strips). */
export function spellingVariants(spelling: string): string[] {
  const cap = spelling[0].toUpperCase() + spelling.slice(1);
  const spaced = [...spelling].join(" ");
  return [spelling, spelling.toUpperCase(), cap, ` ${spelling} `, `\t${cap}`, `${spelling}\u00a0`, `${spelling}\n`, spaced, `${spelling.toUpperCase()}\r\n`];
}

export const INVALID_TEXTS = ["foo", "h*", "?", "*", "~", "hoogg", "ho og x", "'hoog", "=hoog", "#N/A", "hóóg", "1 2", "4 e", "high!", "--"];

export function engineCases(): Case[] {
  const cases: Case[] = [];
  // 1. All 81 combinations of levels, in the plan's words (Dutch and English alternately).
  allCombinations().forEach((levels, i) => {
    const language = i % 2 === 0 ? "nl" : "en";
    const cells = Object.fromEntries(CRITERIA.map((c) => [c, levelWord(levels[c], language)])) as Record<Criterion, Cell>;
    cases.push({ label: `levels ${CRITERIA.map((c) => levels[c][0]).join("")}`, cells });
  });
  // 2. Numbers, in every criterion (investment reversed), with the others favourable and neutral.
  for (const c of CRITERIA) {
    for (const x of NUMBERS) {
      cases.push(varying("number", c, x));
      cases.push(varying("number, others medium", c, x, { demand: "medium", investment: "medium", fit: "medium", local: "medium" }));
    }
  }
  // Numbers in all four cells at once (scores with fractions).
  const xs = [1, 1.7, 2, 2.3, 3.14159, 3.9999, 4, 4.6, 5];
  const ys = [5, 4.3, 4, 3.7, 2.85841, 2.0001, 2, 1.4, 1];
  xs.forEach((x, i) => {
    cases.push({ label: `all numbers ${x}`, cells: { demand: x, investment: ys[i], fit: x, local: ys[ys.length - 1 - i] } });
  });
  // 3. Every spelling in every criterion, with variants.
  const spellings = [...SPELLINGS.high, ...SPELLINGS.medium, ...SPELLINGS.low, ...DEMAND_ONLY_LOW];
  for (const s of spellings) {
    for (const c of CRITERIA) {
      const variants = spellingVariants(s);
      // Each variant once per spelling, spread over the criteria so the file stays small.
      variants.forEach((v, i) => {
        if (i % CRITERIA.length === CRITERIA.indexOf(c) || i === 0) cases.push(varying("spelling", c, v));
      });
    }
  }
  // 4. Numbers as text.
  for (const t of NUMERIC_TEXTS) for (const c of CRITERIA) cases.push(varying("numeric text", c, t));
  // 5. Booleans.
  for (const c of CRITERIA) {
    cases.push(varying("boolean", c, true));
    cases.push(varying("boolean", c, false));
  }
  cases.push({ label: "all TRUE", cells: { demand: true, investment: true, fit: true, local: true } });
  cases.push({ label: "TRUE/FALSE favourable", cells: { demand: true, investment: false, fit: true, local: true } });
  // 6. Empty, whitespace-only and partly empty rows; invalid and missing together.
  cases.push({ label: "all empty", cells: { demand: null, investment: null, fit: null, local: null } });
  cases.push({ label: "all blank text", cells: { demand: "", investment: " ", fit: "\t", local: "\u00a0 \n" } });
  for (const c of CRITERIA) {
    cases.push(varying("one empty", c, null));
    cases.push(varying("one whitespace", c, "  "));
    cases.push({ label: `only ${c}`, cells: { demand: null, investment: null, fit: null, local: null, [c]: isReversed(c) ? "laag" : "hoog" } });
  }
  cases.push({ label: "empty + invalid", cells: { demand: null, investment: "foo", fit: null, local: "hoog" } });
  cases.push({ label: "empty + out of scale", cells: { demand: 9, investment: null, fit: null, local: null } });
  cases.push({ label: "invalid first, empty later", cells: { demand: "x", investment: null, fit: "hoog", local: null } });
  // 7. Invalid texts, and demand-only words in other criteria.
  for (const t of INVALID_TEXTS) for (const c of CRITERIA) cases.push(varying("invalid", c, t));
  for (const t of DEMAND_ONLY_LOW) for (const c of CRITERIA) cases.push(varying("demand-only", c, t));
  return cases;
}

/**
 * Whitespace SE.POTENTIAL strips but the formula cannot (see NOT_STRIPPED_WHITESPACE): the
 * workbook reads these as invalid. The engine test pins that documented difference.
 */
export const EXOTIC_WHITESPACE_CASES: Case[] = ["\u2003", "\u202f", "\u3000"].map((ws) => ({
  label: `exotic whitespace U+${ws.charCodeAt(0).toString(16)}`,
  cells: { ...FAVOURABLE, fit: `hoog${ws}` },
}));
