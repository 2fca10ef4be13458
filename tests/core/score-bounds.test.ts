/**
 * SE.SCORE is documented as a number from 0 to 100. Regression tests for two ways it left that
 * range: weights whose sum overflows or whose reciprocal overflows (NaN / Infinity, which Excel
 * shows as #NUM! without a message), and rounding in `sum × (100 / total)` that gave
 * 100.00000000000001 for an all-favourable row.
 */
import { plainError } from "../../src/core/errors";
import { parseWeights, scoreGrid, type Weights } from "../../src/core/scoring";
import { score } from "../../src/functions/functions";

const ALL_GOOD = ["hoog", "laag", "hoog", "hoog"] as const;
const MIXED = ["hoog", "medium", 3, "hoog"] as const;

function gridScore(args: readonly unknown[], weights: Weights): number {
  const r = scoreGrid(args as unknown as [unknown, unknown, unknown, unknown], weights, "en", plainError);
  if (!r.ok) throw new Error("expected a grid");
  return r.values[0][0] as number;
}

/** The weighted mean of favourabilities × 100, written out here as the oracle. */
function weightedMean(favours: readonly number[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  return (favours.reduce((sum, f, k) => sum + f * weights[k], 0) / total) * 100;
}

function weightsOf(w: number[]): Weights {
  const parsed = parseWeights([w]);
  if (!(parsed instanceof Float64Array)) throw new Error(`weights rejected: ${parsed.problem}`);
  return parsed;
}

test.each([
  ["the largest doubles (sum overflows)", [Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE]],
  ["the smallest subnormals (100 / sum overflows)", [5e-324, 5e-324, 5e-324, 5e-324]],
  ["one subnormal weight", [1e-310, 0, 0, 0]],
  ["mixed extremes", [1e308, 1e-308, 0, 1]],
])("extreme weights keep the score finite and equal to the scale-free mean: %s", (_name, w) => {
  const weights = weightsOf(w);
  const mixed = gridScore(MIXED, weights);
  expect(Number.isFinite(mixed)).toBe(true);
  expect(mixed).toBeGreaterThanOrEqual(0);
  expect(mixed).toBeLessThanOrEqual(100);
  expect(gridScore(ALL_GOOD, weights)).toBe(100);
  // The weighted mean does not depend on the unit of the weights: compare with the same
  // weights divided by their largest, computed in ordinary magnitudes.
  const max = Math.max(...w);
  expect(mixed).toBeCloseTo(weightedMean([1, 0.5, 0.5, 1], w.map((x) => x / max)), 9);
});

test("the function gives a number, not NaN, for the largest weights", () => {
  const r = score([["hoog"]], [["medium"]], [[3]], [["hoog"]], [[Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE]]);
  expect(r).toEqual([[75]]);
});

test("an all-favourable row scores exactly 100 and an all-unfavourable row exactly 0, whatever the weights", () => {
  // Found by search: with a precomputed 100 / total, total × (100 / total) exceeds 100 for
  // roughly 6% of random weights (e.g. 4.998631377536991).
  for (const x of [4.998631377536991, 0.6885296923120077, 8.874704838304039]) {
    const weights = weightsOf([x, 0, 0, 0]);
    expect(gridScore(ALL_GOOD, weights)).toBe(100);
    expect(gridScore(["laag", "hoog", "laag", "laag"], weights)).toBe(0);
  }
  const uneven = weightsOf([0.1, 0.2, 0.3, 0.7]);
  expect(gridScore(ALL_GOOD, uneven)).toBe(100);
});
