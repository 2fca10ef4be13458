/** Excel hands matrix arguments over as row-major 2-D arrays; a scalar is treated as 1×1. */
export type Matrix = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function asMatrix(value: unknown): Matrix {
  return Array.isArray(value) ? (value as Matrix) : [[value]];
}

/** The shape of a matrix, or null when it is empty or ragged (Excel never sends those). */
export function shapeOf(m: Matrix): Shape | null {
  const rows = m.length;
  if (rows === 0 || !Array.isArray(m[0])) return null;
  const cols = m[0].length;
  if (cols === 0) return null;
  for (let r = 1; r < rows; r++) {
    const row = m[r];
    if (!Array.isArray(row) || row.length !== cols) return null;
  }
  return { rows, cols };
}

/**
 * The shape a matrix has if every row is as long as the first, or null when it is plainly empty.
 * For loops that visit every row anyway and check each with isRowOf: equal to shapeOf whenever
 * all rows pass.
 */
export function outlineOf(m: Matrix): Shape | null {
  const rows = m.length;
  if (rows === 0 || !Array.isArray(m[0])) return null;
  const cols = m[0].length;
  if (cols === 0) return null;
  return { rows, cols };
}

/** Whether a row of a matrix fits the outline's column count (shapeOf's test, one row at a time). */
export function isRowOf(row: unknown, cols: number): boolean {
  return Array.isArray(row) && row.length === cols;
}

export function showShape(s: Shape | null): string {
  return s === null ? "0×0" : `${s.rows}×${s.cols}`;
}

export type BroadcastResult =
  | { ok: true; shape: Shape }
  | { ok: false; empty: number }
  | { ok: false; empty: -1; a: number; b: number; shapeA: Shape; shapeB: Shape };

/**
 * The result shape of several arguments: a 1×1 argument broadcasts to the others' shape;
 * every other argument must have the same shape.
 */
export function broadcastShape(shapes: readonly (Shape | null)[]): BroadcastResult {
  let target: Shape | null = null;
  let owner = -1;
  for (let k = 0; k < shapes.length; k++) {
    const s = shapes[k];
    if (s === null) return { ok: false, empty: k };
    if (s.rows === 1 && s.cols === 1) continue;
    if (target === null) {
      target = s;
      owner = k;
    } else if (s.rows !== target.rows || s.cols !== target.cols) {
      return { ok: false, empty: -1, a: owner, b: k, shapeA: target, shapeB: s };
    }
  }
  return { ok: true, shape: target ?? { rows: 1, cols: 1 } };
}
