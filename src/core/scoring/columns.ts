/**
 * The walks down the broadcast grid. Rows of four numbers on the scale are rated inline in the
 * one-column loops; every other row goes to walk.ts. Each returns the number of rows done: less
 * than asked when a row is ragged (the caller then reports the shapes).
 */
import { SCALE_MAX, SCALE_MIN } from "../rating";
import { potentialIndex, scoreOfFour } from "../rule";
import { isRowOf } from "../shape";
import { otherCell, otherRow, type Walk } from "./walk";

/**
 * SE.POTENTIAL down one column (the usual case). Rows of four numbers on the scale are rated
 * inline; any other row goes to otherRow. Numeric and text readings live in separate functions
 * so that a runtime that has also scored text (every real workbook) keeps this loop's type
 * feedback numeric. Returns the number of rows done: less than `rows` when a row is ragged.
 */
export function potentialColumn<T, E>(w: Walk<T, E>, rows: number, out: unknown[]): number {
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
export function scoreColumn<T, E>(w: Walk<T, E>, rows: number, out: unknown[]): number {
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
export function gridWalk<T, E>(w: Walk<T, E>, rows: number, cols: number, out: unknown[][]): number {
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
