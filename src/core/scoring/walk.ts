/**
 * One call's walk over the criterion cells: the state settled before the first row (weights,
 * labels, per-call error caches) and the rating of any row that is not four numbers on the
 * scale (text, booleans, empty and invalid cells). The numeric loops are in columns.ts.
 */
import type { ErrorFactory } from "../errors";
import type { Language } from "../language";
import { scoringMessages as msg } from "../messages";
import { errorCodeOf, errorForInput, isReturnableError } from "../cell-value";
import { AMBIGUOUS, INPUT_ERROR, MISSING, OUT_OF_SCALE, demandAmount, generalAmount } from "../rating";
import { DEFAULT_WEIGHTS, POTENTIAL_LABEL_LIST, potentialIndex, scoreOfFour } from "../rule";
import type { Matrix } from "../shape";
import { CRITERIA } from "../vocabulary";

/** Result of a row whose four criteria are all empty: a blank cell, so half-filled tables stay clean. */
export const BLANK = "";

/**
 * The one-cell row of a blank result, shared by every blank row of every one-column result.
 * Excel's runtime serialises the returned array (JSON has no references), so rows that are the
 * same object arrive as separate equal rows; frozen, so no caller can change them all at once.
 * A whole column (B:B) that is mostly empty then costs a pointer per empty row, not an array.
 */
const BLANK_ROW: readonly unknown[] = Object.freeze([BLANK]);

/** What a walk returns per row: a potential label, a score, or a cell built from the favourabilities. */
export const KIND_POTENTIAL = 0;
export const KIND_SCORE = 1;
export const KIND_CELL = 2;

/** Per-call cache entries for a problem: a cell's error value, and the one-cell row holding it. */
type ProblemRow<E> = readonly [E];

/** Longest text that keys the per-call error cache (longer values get their own message). */
const ERROR_KEY_MAX_LENGTH = 256;
const ERROR_CACHE_LIMIT = 4096;

/** Everything one call's walk needs besides the cells: settled before the first row. */
export class Walk<T, E> {
  readonly ms: Matrix[];
  readonly scalar: [boolean, boolean, boolean, boolean];
  // Identical problems share one error value (and one row): built once per distinct problem.
  private readonly invalid: (Map<unknown, ProblemRow<E>> | null)[] = [null, null, null, null];
  private readonly missing: (ProblemRow<E> | undefined)[] = new Array(16);
  // Error cells by criterion and code ("0#N/A"): each code's row is built once per criterion.
  private inputErrors: Map<string, ProblemRow<E>> | null = null;
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
    if (code === INPUT_ERROR) return this.inputErrorRow(k, value);
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

  /**
   * The row of an error cell: the error itself, as Excel's own functions pass an error on (IFNA
   * and ISERROR after SE.POTENTIAL still see the #N/A of a VLOOKUP); an error a result cell may
   * not hold as it came (#REF!, #NAME? …) becomes #VALUE! (#N/A stays #N/A) naming the criterion
   * and the error.
   */
  private inputErrorRow(k: number, value: unknown): ProblemRow<E> {
    const code = errorCodeOf(value) as string;
    const key = `${k}${code}`;
    const cache = (this.inputErrors ??= new Map());
    let row = cache.get(key);
    if (row === undefined) {
      const cell = isReturnableError(value) ? (value as E) : this.makeError(errorForInput(code), msg.inputError(this.language, CRITERIA[k], code));
      row = Object.freeze([cell]) as ProblemRow<E>;
      cache.set(key, row);
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

export function isOne(m: Matrix): boolean {
  return m.length === 1 && Array.isArray(m[0]) && m[0].length === 1;
}

/** The row (one cell) of any row that is not four numbers on the scale: text, empty, errors. */
export function otherRow<T, E>(w: Walk<T, E>, v0: unknown, v1: unknown, v2: unknown, v3: unknown): readonly unknown[] {
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
export function otherCell<T, E>(w: Walk<T, E>, v0: unknown, v1: unknown, v2: unknown, v3: unknown): unknown {
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
