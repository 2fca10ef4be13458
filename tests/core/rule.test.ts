import { CRITERIA, type Criterion } from "../../src/core/criteria";
import type { Level } from "../../src/core/rating";
import { DEFAULT_WEIGHTS, FAVOURABLE_FROM, POTENTIAL_LABELS, UNFAVOURABLE_UP_TO, favourability, potentialOf, potentialOfLevels, rateRow, stanceOf } from "../../src/core/rule";

const LEVELS: Level[] = ["low", "medium", "high"];

/** The rule as its specification words it, written independently of the implementation. */
function expected(levels: Record<Criterion, Level>): "high" | "medium" | "low" {
  const good: Record<Criterion, Level> = { demand: "high", investment: "low", fit: "high", local: "high" };
  const bad: Record<Criterion, Level> = { demand: "low", investment: "high", fit: "low", local: "low" };
  const favourable = CRITERIA.filter((c) => levels[c] === good[c]).length;
  const unfavourable = CRITERIA.filter((c) => levels[c] === bad[c]).length;
  if (favourable === 4) return "high";
  if (favourable === 0 && unfavourable >= 1) return "low";
  return "medium";
}

const combinations: Record<Criterion, Level>[] = [];
for (const demand of LEVELS)
  for (const investment of LEVELS)
    for (const fit of LEVELS) for (const local of LEVELS) combinations.push({ demand, investment, fit, local });

test("there are 81 combinations", () => expect(combinations).toHaveLength(81));

test.each(combinations)("%j", (levels) => {
  expect(potentialOfLevels(levels)).toBe(expected(levels));
});

test("the counts per outcome match the rule", () => {
  const counts = { high: 0, medium: 0, low: 0 };
  for (const l of combinations) counts[potentialOfLevels(l)]++;
  // Hoog: exactly one combination; Laag: each criterion unfavourable or neutral, not all neutral: 2^4 − 1.
  expect(counts).toEqual({ high: 1, low: 15, medium: 65 });
});

test("all neutral is Medium, a single unfavourable among neutrals is Laag", () => {
  expect(potentialOfLevels({ demand: "medium", investment: "medium", fit: "medium", local: "medium" })).toBe("medium");
  expect(potentialOfLevels({ demand: "medium", investment: "high", fit: "medium", local: "medium" })).toBe("low");
  expect(potentialOfLevels({ demand: "high", investment: "high", fit: "low", local: "low" })).toBe("medium");
});

test("investment is mirrored, the others are not", () => {
  expect(favourability(0, "investment")).toBe(1);
  expect(favourability(1, "investment")).toBe(0);
  expect(favourability(0.25, "demand")).toBe(0.25);
});

test("stances at the thresholds", () => {
  expect(stanceOf(0.75)).toBe("favourable");
  expect(stanceOf(0.7499)).toBe("neutral");
  expect(stanceOf(0.2501)).toBe("neutral");
  expect(stanceOf(0.25)).toBe("unfavourable");
});

test("potentialOf on raw favourabilities", () => {
  expect(potentialOf([1, 1, 1, 0.75])).toBe("high");
  expect(potentialOf([1, 1, 1, 0.74])).toBe("medium");
  expect(potentialOf([0.5, 0.5, 0.5, 0.25])).toBe("low");
});

test("labels are the report's", () => {
  expect(POTENTIAL_LABELS.nl).toEqual({ high: "Hoog", medium: "Medium", low: "Laag" });
  expect(POTENTIAL_LABELS.en).toEqual({ high: "High", medium: "Medium", low: "Low" });
});

describe("rateRow: one row's potential, score and favourabilities, as specified", () => {
  // Written from the rule: favourability = amount (investment: 1 − amount); Hoog when all four
  // are ≥ 0.75, Laag when none is and one is ≤ 0.25; score = weighted mean × 100.
  test.each([
    [[1, 0, 1, 1], [1, 1, 1, 1], "high", 100],
    [[0, 1, 0, 0], [1, 1, 1, 1], "low", 0],
    [[1, 1, 1, 1], [1, 1, 1, 1], "medium", 75],
    [[0.5, 0.5, 0.5, 0.5], [1, 1, 1, 1], "medium", 50],
    [[0.75, 0.25, 0.75, 0.75], [1, 1, 1, 1], "high", 75],
    [[0.5, 0.5, 0.25, 0.5], [1, 1, 1, 1], "low", 43.75],
    [[1, 0, 0, 0], [2, 0, 0, 0], "medium", 100],
    [[0, 0, 0, 1], [1, 1, 2, 0], "medium", 25],
  ])("amounts %j, weights %j → %s, %p", (amounts, weights, potential, score) => {
    const r = rateRow(amounts[0], amounts[1], amounts[2], amounts[3], weights);
    expect(r.potential).toBe(potential);
    expect(r.score).toBeCloseTo(score as number, 12);
    expect(r.favours).toEqual([amounts[0], 1 - amounts[1], amounts[2], amounts[3]]);
  });
  test("default weights are equal, defined once", () => {
    expect(DEFAULT_WEIGHTS).toEqual([1, 1, 1, 1]);
    expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
    expect(rateRow(1, 0.5, 0, 0.25).score).toBeCloseTo(((1 + 0.5 + 0 + 0.25) / 4) * 100, 12);
  });
  test("the thresholds are the scale's 2 and 4", () => {
    expect(UNFAVOURABLE_UP_TO).toBe((2 - 1) / 4);
    expect(FAVOURABLE_FROM).toBe((4 - 1) / 4);
  });
  test("every level combination: rateRow agrees with the rule in words", () => {
    const amount: Record<Level, number> = { low: 0, medium: 0.5, high: 1 };
    for (const levels of combinations) {
      const a = CRITERIA.map((c) => amount[levels[c]]);
      expect(rateRow(a[0], a[1], a[2], a[3]).potential).toBe(expected(levels));
    }
  });
});
