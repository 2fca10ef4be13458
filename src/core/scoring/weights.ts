/** SE.SCORE's optional weights argument, read once per call. */
import { basicValueOf, errorCodeOf } from "../cell-value";
import type { WeightsProblem } from "../messages";
import { AMBIGUOUS_NUMBER, NOT_A_NUMBER, compactText, parseNumberText } from "../rating";
import { DEFAULT_WEIGHTS } from "../rule";
import { asMatrix, shapeOf } from "../shape";

export type Weights = Float64Array;

/** The equal weights parseWeights returns when none are given: one object, never to be written. */
const EQUAL_WEIGHTS: Weights = Float64Array.from(DEFAULT_WEIGHTS);

/**
 * Reads the optional weights argument: omitted or one empty cell (null, "", 0) means equal
 * weights (the shared EQUAL_WEIGHTS: read it, do not write it).
 */
export function parseWeights(value: unknown): Weights | { problem: WeightsProblem; value?: unknown } {
  if (value === null || value === undefined) return EQUAL_WEIGHTS;
  const m = asMatrix(value);
  const shape = shapeOf(m);
  if (shape === null) return { problem: "count", value: 0 };
  // An empty optional cell arrives as null, "" or, on some desktop builds, 0
  // (OfficeDev/office-js #4702, #5262, #1951): all mean "not given".
  if (shape.rows === 1 && shape.cols === 1) {
    const v = m[0][0];
    if (errorCodeOf(v) !== null) return { problem: "error", value: v };
    if (v === null || v === undefined || v === 0 || (typeof v === "string" && compactText(v) === "")) return EQUAL_WEIGHTS;
  }
  if (!((shape.rows === 1 && shape.cols === 4) || (shape.rows === 4 && shape.cols === 1))) {
    return { problem: "count", value: `${shape.rows * shape.cols} (${shape.rows}×${shape.cols})` };
  }
  const w = new Float64Array(4);
  let sum = 0;
  for (let k = 0; k < 4; k++) {
    const v = shape.rows === 1 ? m[0][k] : m[k][0];
    if (errorCodeOf(v) !== null) return { problem: "error", value: v };
    const x = weightNumber(v);
    if (x === AMBIGUOUS_NUMBER) return { problem: "ambiguous", value: v };
    if (x === NOT_A_NUMBER) return { problem: "type", value: v };
    if (x < 0) return { problem: "negative", value: v };
    w[k] = x;
    sum += x;
  }
  if (sum === 0) return { problem: "zero" };
  // The weighted mean is scale-free: rescale weights so extreme that their sum, or 100 / sum,
  // would overflow (NaN or Infinity, which Excel shows as #NUM! without a message).
  if (!(sum >= 1e-150 && sum <= 1e150)) {
    const max = Math.max(w[0], w[1], w[2], w[3]);
    for (let k = 0; k < 4; k++) w[k] /= max;
  }
  return w;
}

/**
 * A weight as a number: a finite number, or a number typed as text like a rating ("2", "0,5";
 * ambiguous "1.000" refused). A negative number is returned as such (its own message);
 * NOT_A_NUMBER / AMBIGUOUS_NUMBER otherwise.
 */
function weightNumber(v: unknown): number {
  // An empty cell in a weights range arrives as 0 on some desktop builds and as null or "" on
  // others and on the web (OfficeDev/office-js #4702, #5262): all three weigh 0 everywhere.
  if (v === null || v === undefined) return 0;
  // A data type counts by the number or text it stands for (../cell-value.ts).
  if (typeof v === "object") v = basicValueOf(v) ?? v;
  if (typeof v === "number") return Number.isFinite(v) ? (v < 0 ? -Infinity : v) : NOT_A_NUMBER;
  if (typeof v !== "string") return NOT_A_NUMBER;
  const key = compactText(v);
  if (key === "") return 0;
  if (key.charCodeAt(0) === 0x2d && parseNumberText(key.slice(1)) >= 0) return -Infinity;
  return parseNumberText(key);
}
