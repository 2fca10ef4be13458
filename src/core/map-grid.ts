import { CellError, type ErrorFactory } from "./errors";
import type { Language } from "./language";
import { scoringMessages } from "./messages";
import type { GridResult } from "./scoring";
import { asMatrix, shapeOf } from "./shape";

/**
 * Applies a scalar lookup to every cell of one range argument, keeping its shape, so a lookup
 * spills like the scoring functions; a CellError becomes an error in its own cell only.
 */
export function mapGrid<T, E>(
  value: unknown,
  argument: string,
  messages: Language,
  makeError: ErrorFactory<E>,
  lookup: (cell: unknown) => T | CellError,
): GridResult<T, E> {
  const m = asMatrix(value);
  const shape = shapeOf(m);
  if (shape === null) return { ok: false, error: makeError("#VALUE!", scoringMessages.emptyRange(messages, argument)) };
  const out: (T | E)[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: (T | E)[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const v = lookup(m[r][c]);
      row[c] = v instanceof CellError ? makeError(v.code, v.message) : v;
    }
    out[r] = row;
  }
  return { ok: true, values: out };
}
