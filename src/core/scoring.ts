import type { ErrorFactory } from "./errors";
import type { Language } from "./language";
import { sayScoring, scoringMessages as msg, type WeightsProblem } from "./messages";
import {
  AMBIGUOUS,
  AMBIGUOUS_NUMBER,
  MISSING,
  NOT_A_NUMBER,
  OUT_OF_SCALE,
  SCALE_MAX,
  SCALE_MIN,
  compactText,
  demandAmount,
  generalAmount,
  levelOf,
  parseNumberText,
} from "./rating";
import { DEFAULT_WEIGHTS, FAVOURABLE_FROM, UNFAVOURABLE_UP_TO, POTENTIAL_LABEL_LIST, potentialIndex, potentialOf, scoreOfFour, stanceOf } from "./rule";
import { asMatrix, broadcastShape, isRowOf, outlineOf, shapeOf, type Matrix } from "./shape";
import { ARGUMENT_NAMES, CRITERIA, CRITERION_LABELS, LEVEL_WORDS, POTENTIAL_LABELS, STANCE_WORDS, type Criterion, type Stance } from "./vocabulary";

/** The four criterion arguments as Excel passes them: each a 2-D array (or a scalar in tests). */
export type CriteriaArgs = readonly [unknown, unknown, unknown, unknown];

/** A whole-call failure (the spill cannot be formed) or the result grid with per-cell errors. */
export type GridResult<T, E> = { ok: true; values: (T | E)[][] } | { ok: false; error: E };

/** Result of a row whose four criteria are all empty: a blank cell, so half-filled tables stay clean. */
export const BLANK = "";

/**
 * The one-cell row of a blank result, shared by every blank row of every one-column result.
 * Excel's runtime serialises the returned array (JSON has no references), so rows that are the
 * same object arrive as separate equal rows; frozen, so no caller can change them all at once.
 * A whole column (B:B) that is mostly empty then costs a pointer per empty row, not an array.
 */
const BLANK_ROW: readonly unknown[] = Object.freeze([BLANK]);

const KIND_POTENTIAL = 0;
const KIND_SCORE = 1;
const KIND_CELL = 2;

/** Per-call cache entries for a problem: a cell's error value, and the one-cell row holding it. */
type ProblemRow<E> = readonly [E];

/** Longest text that keys the per-call error cache (longer values get their own message). */
const ERROR_KEY_MAX_LENGTH = 256;
const ERROR_CACHE_LIMIT = 4096;

/** Everything one call's walk needs besides the cells: settled before the first row. */
class Walk<T, E> {
  readonly ms: Matrix[];
  readonly scalar: [boolean, boolean, boolean, boolean];
  // Identical problems share one error value (and one row): built once per distinct problem.
  private readonly invalid: (Map<unknown, ProblemRow<E>> | null)[] = [null, null, null, null];
  private readonly missing: (ProblemRow<E> | undefined)[] = new Array(16);
  readonly labels: readonly string[];
  readonly w0: number;
  readonly w1: number;
  readonly w2: number;
  readonly w3: number;
  readonly total: number;

  constructor(
    m: [Matrix, Matrix, Matrix, Matrix],
    readonly kind: number,
    readonly language: Language,
    readonly makeError: ErrorFactory<E>,
    labels: readonly string[] | undefined,
    weights: ArrayLike<number> | undefined,
    readonly cell: ((favours: Float64Array) => T) | undefined,
  ) {
    this.ms = m;
    this.scalar = [isOne(m[0]), isOne(m[1]), isOne(m[2]), isOne(m[3])];
    this.labels = labels ?? POTENTIAL_LABEL_LIST.nl;
    const w = weights ?? DEFAULT_WEIGHTS;
    this.w0 = w[0];
    this.w1 = w[1];
    this.w2 = w[2];
    this.w3 = w[3];
    this.total = w[0] + w[1] + w[2] + w[3];
  }

  /** The row (for one-column results, cell = row[0]) of a criterion's invalid value. */
  invalidRow(k: number, code: number, value: unknown): ProblemRow<E> {
    const keyed = typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value.length <= ERROR_KEY_MAX_LENGTH);
    let cache = this.invalid[k];
    if (keyed && cache !== null) {
      const hit = cache.get(value);
      if (hit !== undefined) return hit;
    }
    const criterion = CRITERIA[k];
    const text =
      code === OUT_OF_SCALE
        ? msg.outOfScale(this.language, criterion, value)
        : code === AMBIGUOUS
          ? msg.ambiguousNumber(this.language, criterion, value)
          : msg.invalidRating(this.language, criterion, value);
    const row: ProblemRow<E> = Object.freeze([this.makeError("#VALUE!", text)]) as ProblemRow<E>;
    if (keyed) {
      if (cache === null) cache = this.invalid[k] = new Map();
      if (cache.size < ERROR_CACHE_LIMIT) cache.set(value, row);
    }
    return row;
  }

  /** The row of a missing-criteria problem; `mask` has bit k set when criterion k is missing. */
  missingRow(mask: number): ProblemRow<E> {
    let row = this.missing[mask];
    if (row === undefined) {
      const missing = CRITERIA.filter((_, k) => (mask & (1 << k)) !== 0);
      row = this.missing[mask] = Object.freeze([this.makeError("#N/A", msg.missing(this.language, missing))]) as ProblemRow<E>;
    }
    return row;
  }

  /** The value of a cell at row r, column c of argument k (a 1×1 argument broadcasts). */
  at(k: number, r: number, c: number): unknown {
    const m = this.ms[k];
    return this.scalar[k] ? m[0][0] : m[r][c];
  }
}

function isOne(m: Matrix): boolean {
  return m.length === 1 && Array.isArray(m[0]) && m[0].length === 1;
}

/** The row (one cell) of any row that is not four numbers on the scale: text, empty, errors. */
function otherRow<T, E>(w: Walk<T, E>, v0: unknown, v1: unknown, v2: unknown, v3: unknown): readonly unknown[] {
  const a0 = demandAmount(v0);
  const a1 = generalAmount(v1);
  const a2 = generalAmount(v2);
  const a3 = generalAmount(v3);
  if (a0 >= 0 && a1 >= 0 && a2 >= 0 && a3 >= 0) {
    const f1 = 1 - a1;
    // One allocation site per kind of value (see the numeric walks).
    if (w.kind === KIND_POTENTIAL) return [w.labels[potentialIndex(a0, f1, a2, a3)]];
    if (w.kind === KIND_SCORE) return [scoreOfFour(a0, f1, a2, a3, w.w0, w.w1, w.w2, w.w3, w.total)];
    return [cellOf(w, a0, f1, a2, a3)];
  }
  return problemRow(w, a0, a1, a2, a3, v0, v1, v2, v3);
}

/** otherRow for one cell of a wider grid: the value itself, no row built around it. */
function otherCell<T, E>(w: Walk<T, E>, v0: unknown, v1: unknown, v2: unknown, v3: unknown): unknown {
  const a0 = demandAmount(v0);
  const a1 = generalAmount(v1);
  const a2 = generalAmount(v2);
  const a3 = generalAmount(v3);
  if (a0 >= 0 && a1 >= 0 && a2 >= 0 && a3 >= 0) {
    const f1 = 1 - a1;
    if (w.kind === KIND_POTENTIAL) return w.labels[potentialIndex(a0, f1, a2, a3)];
    if (w.kind === KIND_SCORE) return scoreOfFour(a0, f1, a2, a3, w.w0, w.w1, w.w2, w.w3, w.total);
    return cellOf(w, a0, f1, a2, a3);
  }
  return problemRow(w, a0, a1, a2, a3, v0, v1, v2, v3)[0];
}

function cellOf<T, E>(w: Walk<T, E>, f0: number, f1: number, f2: number, f3: number): T {
  const favours = new Float64Array(4);
  favours[0] = f0;
  favours[1] = f1;
  favours[2] = f2;
  favours[3] = f3;
  return (w.cell as (favours: Float64Array) => T)(favours);
}

/**
 * The shared row of a row with a missing or invalid criterion: the first invalid criterion in
 * argument order names the error; else the missing ones (#N/A), or a blank when all four are.
 */
function problemRow<T, E>(w: Walk<T, E>, a0: number, a1: number, a2: number, a3: number, v0: unknown, v1: unknown, v2: unknown, v3: unknown): readonly unknown[] {
  if (a0 < 0 && a0 !== MISSING) return w.invalidRow(0, a0, v0);
  if (a1 < 0 && a1 !== MISSING) return w.invalidRow(1, a1, v1);
  if (a2 < 0 && a2 !== MISSING) return w.invalidRow(2, a2, v2);
  if (a3 < 0 && a3 !== MISSING) return w.invalidRow(3, a3, v3);
  const mask = +(a0 === MISSING) | (+(a1 === MISSING) << 1) | (+(a2 === MISSING) << 2) | (+(a3 === MISSING) << 3);
  return mask === 15 ? BLANK_ROW : w.missingRow(mask);
}

/**
 * SE.POTENTIAL down one column (the usual case). Rows of four numbers on the scale are rated
 * inline; any other row goes to otherRow. Numeric and text readings live in separate functions
 * so that a runtime that has also scored text (every real workbook) keeps this loop's type
 * feedback numeric. Returns the number of rows done: less than `rows` when a row is ragged.
 */
function potentialColumn<T, E>(w: Walk<T, E>, rows: number, out: unknown[]): number {
  const [m0, m1, m2, m3] = w.ms;
  // A broadcast 1×1 argument is read at row 0 every time: row index × 0.
  const i0 = w.scalar[0] ? 0 : 1;
  const i1 = w.scalar[1] ? 0 : 1;
  const i2 = w.scalar[2] ? 0 : 1;
  const i3 = w.scalar[3] ? 0 : 1;
  const labels = w.labels;
  for (let r = 0; r < rows; r++) {
    const r0 = m0[r * i0];
    const r1 = m1[r * i1];
    const r2 = m2[r * i2];
    const r3 = m3[r * i3];
    // Inline rather than isRowOf: a call per row and argument that V8 does not always inline.
    if (!Array.isArray(r0) || !Array.isArray(r1) || !Array.isArray(r2) || !Array.isArray(r3) || r0.length !== 1 || r1.length !== 1 || r2.length !== 1 || r3.length !== 1) return r;
    const v0 = r0[0];
    const v1 = r1[0];
    const v2 = r2[0];
    const v3 = r3[0];
    // On the scale: numbers with 1 ≤ x ≤ 5 (NaN fails). The amount (x − 1) / 4 exactly.
    if (typeof v0 === "number" && typeof v1 === "number" && typeof v2 === "number" && typeof v3 === "number" && v0 >= SCALE_MIN && v0 <= SCALE_MAX && v1 >= SCALE_MIN && v1 <= SCALE_MAX && v2 >= SCALE_MIN && v2 <= SCALE_MAX && v3 >= SCALE_MIN && v3 <= SCALE_MAX) {
      out[r] = [labels[potentialIndex((v0 - 1) / 4, 1 - (v1 - 1) / 4, (v2 - 1) / 4, (v3 - 1) / 4)]];
    } else {
      // Read again rather than reuse v0…v3: a number read from a row of doubles is then never
      // boxed into a heap number on the hot path just in case this branch needs it.
      out[r] = otherRow(w, r0[0], r1[0], r2[0], r3[0]);
    }
  }
  return rows;
}

/** SE.SCORE down one column: as potentialColumn; score rows stay unboxed doubles. */
function scoreColumn<T, E>(w: Walk<T, E>, rows: number, out: unknown[]): number {
  const [m0, m1, m2, m3] = w.ms;
  const i0 = w.scalar[0] ? 0 : 1;
  const i1 = w.scalar[1] ? 0 : 1;
  const i2 = w.scalar[2] ? 0 : 1;
  const i3 = w.scalar[3] ? 0 : 1;
  const { w0, w1, w2, w3, total } = w;
  for (let r = 0; r < rows; r++) {
    const r0 = m0[r * i0];
    const r1 = m1[r * i1];
    const r2 = m2[r * i2];
    const r3 = m3[r * i3];
    // Inline rather than isRowOf: a call per row and argument that V8 does not always inline.
    if (!Array.isArray(r0) || !Array.isArray(r1) || !Array.isArray(r2) || !Array.isArray(r3) || r0.length !== 1 || r1.length !== 1 || r2.length !== 1 || r3.length !== 1) return r;
    const v0 = r0[0];
    const v1 = r1[0];
    const v2 = r2[0];
    const v3 = r3[0];
    if (typeof v0 === "number" && typeof v1 === "number" && typeof v2 === "number" && typeof v3 === "number" && v0 >= SCALE_MIN && v0 <= SCALE_MAX && v1 >= SCALE_MIN && v1 <= SCALE_MAX && v2 >= SCALE_MIN && v2 <= SCALE_MAX && v3 >= SCALE_MIN && v3 <= SCALE_MAX) {
      out[r] = [scoreOfFour((v0 - 1) / 4, 1 - (v1 - 1) / 4, (v2 - 1) / 4, (v3 - 1) / 4, w0, w1, w2, w3, total)];
    } else {
      // Read again rather than reuse v0…v3: a number read from a row of doubles is then never
      // boxed into a heap number on the hot path just in case this branch needs it.
      out[r] = otherRow(w, r0[0], r1[0], r2[0], r3[0]);
    }
  }
  return rows;
}

/** Any shape (several columns, or SE.EXPLAIN): one cell at a time. Returns rows done, as above. */
function gridWalk<T, E>(w: Walk<T, E>, rows: number, cols: number, out: unknown[][]): number {
  const [m0, m1, m2, m3] = w.ms;
  const [s0, s1, s2, s3] = w.scalar;
  for (let r = 0; r < rows; r++) {
    if ((!s0 && !isRowOf(m0[r], cols)) || (!s1 && !isRowOf(m1[r], cols)) || (!s2 && !isRowOf(m2[r], cols)) || (!s3 && !isRowOf(m3[r], cols))) return r;
    const row: unknown[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      row[c] = otherCell(w, w.at(0, r, c), w.at(1, r, c), w.at(2, r, c), w.at(3, r, c));
    }
    out[r] = row;
  }
  return rows;
}

/**
 * Walks the broadcast grid of four criterion arguments and rates each complete row by the
 * rule (rule.ts: potentialIndex, scoreOfFour, or `cell` on the favourabilities). Missing and
 * invalid cells become errors in their own result cell only; identical problems share one error.
 */
function evaluateCriteria<T, E>(
  args: CriteriaArgs,
  language: Language,
  makeError: ErrorFactory<E>,
  kind: number,
  labels?: readonly string[],
  weights?: ArrayLike<number>,
  cell?: (favours: Float64Array) => T,
): GridResult<T | string | number, E> {
  const m0 = asMatrix(args[0]);
  const m1 = asMatrix(args[1]);
  const m2 = asMatrix(args[2]);
  const m3 = asMatrix(args[3]);
  // One cell each (a formula filled down row by row): four numbers on the scale are rated with
  // nothing built but the result; anything else takes the general walk below.
  if (kind !== KIND_CELL && isOne(m0) && isOne(m1) && isOne(m2) && isOne(m3)) {
    const v0 = m0[0][0];
    const v1 = m1[0][0];
    const v2 = m2[0][0];
    const v3 = m3[0][0];
    if (typeof v0 === "number" && typeof v1 === "number" && typeof v2 === "number" && typeof v3 === "number" && v0 >= SCALE_MIN && v0 <= SCALE_MAX && v1 >= SCALE_MIN && v1 <= SCALE_MAX && v2 >= SCALE_MIN && v2 <= SCALE_MAX && v3 >= SCALE_MIN && v3 <= SCALE_MAX) {
      const a0 = (v0 - 1) / 4;
      const f1 = 1 - (v1 - 1) / 4;
      const a2 = (v2 - 1) / 4;
      const a3 = (v3 - 1) / 4;
      if (kind === KIND_POTENTIAL) return { ok: true, values: [[(labels ?? POTENTIAL_LABEL_LIST.nl)[potentialIndex(a0, f1, a2, a3)]]] };
      const w = weights ?? DEFAULT_WEIGHTS;
      return { ok: true, values: [[scoreOfFour(a0, f1, a2, a3, w[0], w[1], w[2], w[3], w[0] + w[1] + w[2] + w[3])]] };
    }
    const value = oneCellOther(kind, v0, v1, v2, v3, labels, weights);
    if (value !== null) return { ok: true, values: [[value]] };
  }
  const ms: [Matrix, Matrix, Matrix, Matrix] = [m0, m1, m2, m3];
  // The outlines trust every row to be as long as the first; the walks check that as they read
  // each row anyway, which spares a separate pass over every row of every argument.
  const shape = broadcastShape([outlineOf(m0), outlineOf(m1), outlineOf(m2), outlineOf(m3)]);
  if (!shape.ok) return shapeError(ms, language, makeError);
  const { rows, cols } = shape.shape;
  const w = new Walk<T, E>(ms, kind, language, makeError, labels, weights, cell);
  const out: unknown[][] = new Array(rows);
  const done =
    cols !== 1 || kind === KIND_CELL
      ? gridWalk(w, rows, cols, out)
      : kind === KIND_POTENTIAL
        ? potentialColumn(w, rows, out)
        : scoreColumn(w, rows, out);
  if (done < rows) return shapeError(ms, language, makeError);
  return { ok: true, values: out as (T | string | number | E)[][] };
}

/** One complete cell that is not four numbers (text, booleans): its result, or null for a problem. */
function oneCellOther(kind: number, v0: unknown, v1: unknown, v2: unknown, v3: unknown, labels?: readonly string[], weights?: ArrayLike<number>): string | number | null {
  const a0 = demandAmount(v0);
  const a1 = generalAmount(v1);
  const a2 = generalAmount(v2);
  const a3 = generalAmount(v3);
  if (!(a0 >= 0 && a1 >= 0 && a2 >= 0 && a3 >= 0)) return null;
  if (kind === KIND_POTENTIAL) return (labels ?? POTENTIAL_LABEL_LIST.nl)[potentialIndex(a0, 1 - a1, a2, a3)];
  const w = weights ?? DEFAULT_WEIGHTS;
  return scoreOfFour(a0, 1 - a1, a2, a3, w[0], w[1], w[2], w[3], w[0] + w[1] + w[2] + w[3]);
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

/** SE.POTENTIAL over a grid: the report's label per row. */
export function potentialGrid<E>(args: CriteriaArgs, labels: Language, messages: Language, makeError: ErrorFactory<E>): GridResult<string, E> {
  return evaluateCriteria<string, E>(args, messages, makeError, KIND_POTENTIAL, POTENTIAL_LABEL_LIST[labels]) as GridResult<string, E>;
}

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
    if (v === null || v === undefined || v === 0 || (typeof v === "string" && compactText(v) === "")) return EQUAL_WEIGHTS;
  }
  if (!((shape.rows === 1 && shape.cols === 4) || (shape.rows === 4 && shape.cols === 1))) {
    return { problem: "count", value: `${shape.rows * shape.cols} (${shape.rows}×${shape.cols})` };
  }
  const w = new Float64Array(4);
  let sum = 0;
  for (let k = 0; k < 4; k++) {
    const v = shape.rows === 1 ? m[0][k] : m[k][0];
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
  if (typeof v === "number") return Number.isFinite(v) ? (v < 0 ? -Infinity : v) : NOT_A_NUMBER;
  if (typeof v !== "string") return NOT_A_NUMBER;
  const key = compactText(v);
  if (key.charCodeAt(0) === 0x2d && parseNumberText(key.slice(1)) >= 0) return -Infinity;
  return parseNumberText(key);
}

/** SE.SCORE over a grid: weighted mean favourability × 100. */
export function scoreGrid<E>(args: CriteriaArgs, weights: Weights, messages: Language, makeError: ErrorFactory<E>): GridResult<number | typeof BLANK, E> {
  return evaluateCriteria<number, E>(args, messages, makeError, KIND_SCORE, undefined, weights) as GridResult<number | typeof BLANK, E>;
}

/** The rule's thresholds on the 1–5 scale (2 and 4), for explanations. */
const LOW_UP_TO = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * UNFAVOURABLE_UP_TO;
const HIGH_FROM = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * FAVOURABLE_FROM;

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
      needed.push(criterion === "investment" ? `${labels[criterion]} ${LEVEL_WORDS[language].low} (≤ ${LOW_UP_TO})` : `${labels[criterion]} ${LEVEL_WORDS[language].high} (≥ ${HIGH_FROM})`);
    }
  });
  const parts = (["favourable", "neutral", "unfavourable"] as const)
    .filter((s) => groups[s].length > 0)
    .map((s) => `${STANCE_WORDS[language][s]}: ${groups[s].join(", ")}`);
  const head = `${POTENTIAL_LABELS[language][potentialOf(favours)]} — ${parts.join("; ")}.`;
  const tail =
    needed.length === 0
      ? sayScoring(language, "explanationAllFavourable")
      : sayScoring(language, "explanationNeeded", { high: POTENTIAL_LABELS[language].high, needed: needed.join(", ") });
  return head + tail;
}

/** SE.EXPLAIN over a grid. */
export function explainGrid<E>(args: CriteriaArgs, language: Language, messages: Language, makeError: ErrorFactory<E>): GridResult<string, E> {
  return evaluateCriteria<string, E>(args, messages, makeError, KIND_CELL, undefined, undefined, (f) => explanationOf(f, language)) as GridResult<string, E>;
}
