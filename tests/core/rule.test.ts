import { CRITERIA, type Criterion } from "../../src/core/criteria";
import type { Level } from "../../src/core/rating";
import { POTENTIAL_LABELS, favourability, potentialOf, potentialOfLevels, stanceOf } from "../../src/core/rule";

const LEVELS: Level[] = ["low", "medium", "high"];

/** The rule as the issue words it, written independently of the implementation. */
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
