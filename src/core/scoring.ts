import { ARGUMENT_NAMES, CRITERIA, CRITERION_LABELS, type Criterion } from "./criteria";
import type { ErrorFactory } from "./errors";
import type { Language } from "./language";
import { scoringMessages as msg, type WeightsProblem } from "./messages";
import { MISSING, OUT_OF_SCALE, levelOf, ratingAmount, type Level } from "./rating";
import { POTENTIAL_LABELS, potentialOf, stanceOf, type Stance } from "./rule";
import { asMatrix, broadcastShape, shapeOf, type Matrix } from "./shape";

/** The four criterion arguments as Excel passes them: each a 2-D array (or a scalar in tests). */
export type CriteriaArgs = readonly [unknown, unknown, unknown, unknown];

/** A whole-call failure (the spill cannot be formed) or the result grid with per-cell errors. */
export type GridResult<T, E> = { ok: true; values: (T | E)[][] } | { ok: false; error: E };

/** Result of a row whose four criteria are all empty: a blank cell, so half-filled tables stay clean. */
export const BLANK = "";

/**
 * Walks the broadcast grid of four criterion arguments and hands each complete row's
 * favourabilities (CRITERIA order, investment already mirrored) to `cell`. Missing and invalid
 * cells become errors in their own result cell only.
 */
function evaluateCriteria<T, E>(
  args: CriteriaArgs,
  language: Language,
  makeError: ErrorFactory<E>,
  cell: (favours: Float64Array) => T,
): GridResult<T | typeof BLANK, E> {
  const ms: Matrix[] = [asMatrix(args[0]), asMatrix(args[1]), asMatrix(args[2]), asMatrix(args[3])];
  const shape = broadcastShape(ms.map(shapeOf));
  const names = ARGUMENT_NAMES[language];
  if (!shape.ok) {
    if (shape.empty >= 0) return { ok: false, error: makeError("#VALUE!", msg.emptyRange(language, names[CRITERIA[shape.empty]])) };
    const e = shape as Extract<typeof shape, { a: number }>;
    const text = msg.shapeMismatch(language, names[CRITERIA[e.a]], e.shapeA, names[CRITERIA[e.b]], e.shapeB);
    return { ok: false, error: makeError("#VALUE!", text) };
  }
  const { rows, cols } = shape.shape;
  const scalar = ms.map((m) => m.length === 1 && m[0].length === 1);
  const [m0, m1, m2, m3] = ms;
  const [s0, s1, s2, s3] = scalar;
  const favours = new Float64Array(4);
  const out: (T | typeof BLANK | E)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: (T | typeof BLANK | E)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const a0 = ratingAmount(s0 ? m0[0][0] : m0[r][c], "demand");
      const a1 = ratingAmount(s1 ? m1[0][0] : m1[r][c], "investment");
      const a2 = ratingAmount(s2 ? m2[0][0] : m2[r][c], "fit");
      const a3 = ratingAmount(s3 ? m3[0][0] : m3[r][c], "local");
      if (a0 >= 0 && a1 >= 0 && a2 >= 0 && a3 >= 0) {
        favours[0] = a0;
        favours[1] = 1 - a1;
        favours[2] = a2;
        favours[3] = a3;
        row[c] = cell(favours);
      } else {
        row[c] = rowProblem([a0, a1, a2, a3], ms, scalar, r, c, language, makeError);
      }
    }
    out[r] = row;
  }
  return { ok: true, values: out };
}

/** The error (or blank) of a row with a missing or invalid criterion: off the hot path. */
function rowProblem<E>(
  amounts: readonly number[],
  ms: readonly Matrix[],
  scalar: readonly boolean[],
  r: number,
  c: number,
  language: Language,
  makeError: ErrorFactory<E>,
): E | typeof BLANK {
  for (let k = 0; k < 4; k++) {
    const a = amounts[k];
    if (a >= 0 || a === MISSING) continue;
    const value = scalar[k] ? ms[k][0][0] : ms[k][r][c];
    const criterion = CRITERIA[k];
    if (a === OUT_OF_SCALE) return makeError("#VALUE!", msg.outOfScale(language, criterion, value));
    return makeError("#VALUE!", msg.invalidRating(language, criterion, value));
  }
  const missing = CRITERIA.filter((_, k) => amounts[k] === MISSING);
  if (missing.length === 4) return BLANK;
  return makeError("#N/A", msg.missing(language, missing));
}

/** SE.POTENTIAL over a grid: the report's label per row. */
export function potentialGrid<E>(args: CriteriaArgs, labels: Language, messages: Language, makeError: ErrorFactory<E>) {
  const names = POTENTIAL_LABELS[labels];
  return evaluateCriteria(args, messages, makeError, (f) => names[potentialOf(f)]);
}

export type Weights = Float64Array;

/** Reads the optional weights argument: omitted or one empty cell means equal weights. */
export function parseWeights(value: unknown): Weights | { problem: WeightsProblem; value?: unknown } {
  if (value === null || value === undefined) return new Float64Array([1, 1, 1, 1]);
  const m = asMatrix(value);
  const shape = shapeOf(m);
  if (shape === null) return { problem: "count", value: 0 };
  if (shape.rows === 1 && shape.cols === 1 && (m[0][0] === null || m[0][0] === undefined || m[0][0] === "")) {
    return new Float64Array([1, 1, 1, 1]);
  }
  if (!((shape.rows === 1 && shape.cols === 4) || (shape.rows === 4 && shape.cols === 1))) {
    return { problem: "count", value: `${shape.rows * shape.cols} (${shape.rows}×${shape.cols})` };
  }
  const w = new Float64Array(4);
  let sum = 0;
  for (let k = 0; k < 4; k++) {
    const v = shape.rows === 1 ? m[0][k] : m[k][0];
    if (typeof v !== "number" || !Number.isFinite(v)) return { problem: "type", value: v };
    if (v < 0) return { problem: "negative", value: v };
    w[k] = v;
    sum += v;
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

/** SE.SCORE over a grid: weighted mean favourability × 100. */
export function scoreGrid<E>(args: CriteriaArgs, weights: Weights, messages: Language, makeError: ErrorFactory<E>) {
  const [w0, w1, w2, w3] = weights;
  const total = w0 + w1 + w2 + w3;
  // Divide before scaling: the weighted sum never exceeds the total in floating point, so the
  // score stays within 0..100 (sum × (100 / total) could give 100.00000000000001).
  return evaluateCriteria(args, messages, makeError, (f) => ((w0 * f[0] + w1 * f[1] + w2 * f[2] + w3 * f[3]) / total) * 100);
}

/** The score of one row, for callers that hold favourabilities already (plan, preview). */
export function scoreOf(favours: ArrayLike<number>, weights: Weights = new Float64Array([1, 1, 1, 1])): number {
  let sum = 0;
  let total = 0;
  for (let k = 0; k < 4; k++) {
    sum += weights[k] * favours[k];
    total += weights[k];
  }
  return (sum / total) * 100;
}

const LEVEL_WORDS: Record<Language, Record<Level, string>> = {
  nl: { high: "hoog", medium: "medium", low: "laag" },
  en: { high: "high", medium: "medium", low: "low" },
};

const STANCE_WORDS: Record<Language, Record<Stance, string>> = {
  nl: { favourable: "gunstig", neutral: "neutraal", unfavourable: "ongunstig" },
  en: { favourable: "favourable", neutral: "neutral", unfavourable: "unfavourable" },
};

/** One line: the potential, each criterion by stance, and what would have to change for Hoog. */
export function explanationOf(favours: ArrayLike<number>, language: Language): string {
  const labels = CRITERION_LABELS[language];
  const groups: Record<Stance, string[]> = { favourable: [], neutral: [], unfavourable: [] };
  const needed: string[] = [];
  CRITERIA.forEach((criterion: Criterion, k) => {
    const favour = favours[k];
    const amount = criterion === "investment" ? 1 - favour : favour;
    const stance = stanceOf(favour);
    groups[stance].push(`${labels[criterion]} (${LEVEL_WORDS[language][levelOf(amount)]})`);
    if (stance !== "favourable") {
      needed.push(criterion === "investment" ? `${labels[criterion]} ${LEVEL_WORDS[language].low} (≤ 2)` : `${labels[criterion]} ${LEVEL_WORDS[language].high} (≥ 4)`);
    }
  });
  const parts = (["favourable", "neutral", "unfavourable"] as const)
    .filter((s) => groups[s].length > 0)
    .map((s) => `${STANCE_WORDS[language][s]}: ${groups[s].join(", ")}`);
  const head = `${POTENTIAL_LABELS[language][potentialOf(favours)]} — ${parts.join("; ")}.`;
  const high = POTENTIAL_LABELS[language].high;
  const tail =
    needed.length === 0
      ? language === "nl"
        ? " Alle vier criteria zijn gunstig."
        : " All four criteria are favourable."
      : language === "nl"
        ? ` Nodig voor ${high}: ${needed.join(", ")}.`
        : ` Needed for ${high}: ${needed.join(", ")}.`;
  return head + tail;
}

/** SE.EXPLAIN over a grid. */
export function explainGrid<E>(args: CriteriaArgs, language: Language, messages: Language, makeError: ErrorFactory<E>) {
  return evaluateCriteria(args, messages, makeError, (f) => explanationOf(f, language));
}
