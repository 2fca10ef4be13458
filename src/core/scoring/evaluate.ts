/**
 * The entry of every grid function: reads the four criterion arguments, rates a single cell
 * without building a walk, and otherwise checks the broadcast shape and picks the walk.
 */
import type { ErrorFactory } from "../errors";
import type { Language } from "../language";
import { scoringMessages as msg } from "../messages";
import { SCALE_MAX, SCALE_MIN, demandAmount, generalAmount } from "../rating";
import { DEFAULT_WEIGHTS, POTENTIAL_LABEL_LIST, potentialIndex, scoreOfFour } from "../rule";
import { asMatrix, broadcastShape, outlineOf, shapeOf, type Matrix } from "../shape";
import { ARGUMENT_NAMES, CRITERIA } from "../vocabulary";
import { gridWalk, potentialColumn, scoreColumn } from "./columns";
import { KIND_CELL, KIND_POTENTIAL, Walk, isOne } from "./walk";

/** The four criterion arguments as Excel passes them: each a 2-D array (or a scalar in tests). */
export type CriteriaArgs = readonly [unknown, unknown, unknown, unknown];

/** A whole-call failure (the spill cannot be formed) or the result grid with per-cell errors. */
export type GridResult<T, E> = { ok: true; values: (T | E)[][] } | { ok: false; error: E };

/**
 * Walks the broadcast grid of four criterion arguments and rates each complete row by the
 * rule (rule.ts: potentialIndex, scoreOfFour, or `cell` on the favourabilities). Missing and
 * invalid cells become errors in their own result cell only; identical problems share one error.
 */
export function evaluateCriteria<T, E>(
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
