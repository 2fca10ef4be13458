import { ARGUMENT_NAMES, CRITERIA, CRITERION_LABELS, type Criterion } from "./criteria";
import type { ErrorFactory } from "./errors";
import type { Language } from "./language";
import { scoringMessages as msg, type WeightsProblem } from "./messages";
import { MISSING, OUT_OF_SCALE, demandAmount, generalAmount, levelOf, numberAmount, ratingAmount, type Level } from "./rating";
import { POTENTIAL_LABELS, potentialOf, potentialOfFour, stanceOf, type Potential, type Stance } from "./rule";
import { asMatrix, broadcastShape, isRowOf, outlineOf, shapeOf, type Matrix } from "./shape";

/** The four criterion arguments as Excel passes them: each a 2-D array (or a scalar in tests). */
export type CriteriaArgs = readonly [unknown, unknown, unknown, unknown];

/** A whole-call failure (the spill cannot be formed) or the result grid with per-cell errors. */
export type GridResult<T, E> = { ok: true; values: (T | E)[][] } | { ok: false; error: E };

/** Result of a row whose four criteria are all empty: a blank cell, so half-filled tables stay clean. */
export const BLANK = "";

// How evaluateCriteria turns a valid row into its result. The two functions analysts fill whole
// columns with are computed inline rather than through a callback: one call per row through a
// closure shared by several callers is a polymorphic call V8 does not inline.
const KIND_POTENTIAL = 0;
const KIND_SCORE = 1;
const KIND_CELL = 2;

interface RowRule<T> {
  kind: typeof KIND_POTENTIAL | typeof KIND_SCORE | typeof KIND_CELL;
  /** KIND_POTENTIAL: the labels in the requested language. */
  labels?: Record<Potential, string>;
  /** KIND_SCORE: the weights and their sum. */
  weights?: Weights;
  total?: number;
  /** KIND_CELL: anything else, given the favourabilities in CRITERIA order. */
  cell?: (favours: Float64Array) => T;
}

/**
 * Walks the broadcast grid of four criterion arguments and turns each complete row's
 * favourabilities (CRITERIA order, investment mirrored) into a result per `rule`. Missing and
 * invalid cells become errors in their own result cell only.
 */
function evaluateCriteria<T, E>(
  args: CriteriaArgs,
  language: Language,
  makeError: ErrorFactory<E>,
  rule: RowRule<T>,
): GridResult<T | string | number, E> {
  const m0 = asMatrix(args[0]);
  const m1 = asMatrix(args[1]);
  const m2 = asMatrix(args[2]);
  const m3 = asMatrix(args[3]);
  const ms: Matrix[] = [m0, m1, m2, m3];
  // The outlines trust every row to be as long as the first; the walk below checks that as it
  // reads each row anyway, which spares a separate pass over every row of every argument.
  const shape = broadcastShape([outlineOf(m0), outlineOf(m1), outlineOf(m2), outlineOf(m3)]);
  if (!shape.ok) return shapeError(ms, language, makeError);
  const { rows, cols } = shape.shape;
  const s0 = m0.length === 1 && m0[0].length === 1;
  const s1 = m1.length === 1 && m1[0].length === 1;
  const s2 = m2.length === 1 && m2[0].length === 1;
  const s3 = m3.length === 1 && m3[0].length === 1;
  // A broadcast argument is read once rather than once per row.
  const b0 = s0 ? ratingAmount(m0[0][0], "demand") : 0;
  const b1 = s1 ? ratingAmount(m1[0][0], "investment") : 0;
  const b2 = s2 ? ratingAmount(m2[0][0], "fit") : 0;
  const b3 = s3 ? ratingAmount(m3[0][0], "local") : 0;
  const kind = rule.kind;
  const labels = rule.labels ?? POTENTIAL_LABELS.nl;
  const weights = rule.weights ?? EQUAL_WEIGHTS;
  const w0 = weights[0];
  const w1 = weights[1];
  const w2 = weights[2];
  const w3 = weights[3];
  const total = rule.total ?? 1;
  const cell = rule.cell;
  const favours = new Float64Array(4);
  const out: (T | string | number | E)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const r0 = s0 ? null : m0[r];
    const r1 = s1 ? null : m1[r];
    const r2 = s2 ? null : m2[r];
    const r3 = s3 ? null : m3[r];
    if ((r0 !== null && !isRowOf(r0, cols)) || (r1 !== null && !isRowOf(r1, cols)) || (r2 !== null && !isRowOf(r2, cols)) || (r3 !== null && !isRowOf(r3, cols))) {
      return shapeError(ms, language, makeError);
    }
    // A one-column range (the usual case) gets each row built around its value in one go, at
    // an allocation site per kind of value: V8 then keeps score rows as unboxed doubles and
    // label rows as plain references, instead of one site generalised to boxed numbers.
    const row: (T | string | number | E)[] | null = cols === 1 ? null : new Array(cols);
    for (let c = 0; c < cols; c++) {
      // Numbers are read inline: a call per cell that returns a fraction boxes it in a fresh
      // heap number, and four of those per row cost more than the rest of the row.
      let a0 = b0;
      let a1 = b1;
      let a2 = b2;
      let a3 = b3;
      if (r0 !== null) {
        const v = r0[c];
        a0 = typeof v === "number" ? numberAmount(v) : demandAmount(v);
      }
      if (r1 !== null) {
        const v = r1[c];
        a1 = typeof v === "number" ? numberAmount(v) : generalAmount(v);
      }
      if (r2 !== null) {
        const v = r2[c];
        a2 = typeof v === "number" ? numberAmount(v) : generalAmount(v);
      }
      if (r3 !== null) {
        const v = r3[c];
        a3 = typeof v === "number" ? numberAmount(v) : generalAmount(v);
      }
      if (a0 >= 0 && a1 >= 0 && a2 >= 0 && a3 >= 0) {
        const f1 = 1 - a1;
        if (kind === KIND_POTENTIAL) {
          const label = labels[potentialOfFour(a0, f1, a2, a3)];
          if (row === null) out[r] = [label];
          else row[c] = label;
        } else if (kind === KIND_SCORE) {
          // Divide before scaling: the weighted sum never exceeds the total in floating point, so the
          // score stays within 0..100 (sum × (100 / total) could give 100.00000000000001).
          const score = ((w0 * a0 + w1 * f1 + w2 * a2 + w3 * a3) / total) * 100;
          if (row === null) out[r] = [score];
          else row[c] = score;
        } else {
          favours[0] = a0;
          favours[1] = f1;
          favours[2] = a2;
          favours[3] = a3;
          const value = (cell as (favours: Float64Array) => T)(favours);
          if (row === null) out[r] = [value];
          else row[c] = value;
        }
      } else {
        const problem = rowProblem([a0, a1, a2, a3], ms, [s0, s1, s2, s3], r, c, language, makeError);
        if (row === null) out[r] = [problem];
        else row[c] = problem;
      }
    }
    if (row !== null) out[r] = row;
  }
  return { ok: true, values: out };
}

/** The whole-call error of arguments that cannot be broadcast, judged on their exact shapes. */
function shapeError<E>(ms: readonly Matrix[], language: Language, makeError: ErrorFactory<E>): { ok: false; error: E } {
  const shape = broadcastShape(ms.map(shapeOf));
  if (shape.ok) throw new Error("shapeError called on arguments that broadcast");
  const names = ARGUMENT_NAMES[language];
  if (shape.empty >= 0) return { ok: false, error: makeError("#VALUE!", msg.emptyRange(language, names[CRITERIA[shape.empty]])) };
  const e = shape as Extract<typeof shape, { a: number }>;
  const text = msg.shapeMismatch(language, names[CRITERIA[e.a]], e.shapeA, names[CRITERIA[e.b]], e.shapeB);
  return { ok: false, error: makeError("#VALUE!", text) };
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
export function potentialGrid<E>(args: CriteriaArgs, labels: Language, messages: Language, makeError: ErrorFactory<E>): GridResult<string, E> {
  return evaluateCriteria(args, messages, makeError, { kind: KIND_POTENTIAL, labels: POTENTIAL_LABELS[labels] }) as GridResult<string, E>;
}

export type Weights = Float64Array;

const EQUAL_WEIGHTS: Weights = new Float64Array([1, 1, 1, 1]);

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
export function scoreGrid<E>(args: CriteriaArgs, weights: Weights, messages: Language, makeError: ErrorFactory<E>): GridResult<number | typeof BLANK, E> {
  const total = weights[0] + weights[1] + weights[2] + weights[3];
  return evaluateCriteria(args, messages, makeError, { kind: KIND_SCORE, weights, total }) as GridResult<number | typeof BLANK, E>;
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
export function explainGrid<E>(args: CriteriaArgs, language: Language, messages: Language, makeError: ErrorFactory<E>): GridResult<string, E> {
  return evaluateCriteria(args, messages, makeError, { kind: KIND_CELL, cell: (f) => explanationOf(f, language) }) as GridResult<string, E>;
}
