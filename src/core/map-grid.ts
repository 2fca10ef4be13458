import { errorCodeOf, errorForInput, isReturnableError } from "./cell-value";
import { CellError, type ErrorFactory } from "./errors";
import type { Language } from "./language";
import { scoringMessages } from "./messages";
import type { GridResult } from "./scoring";
import { asMatrix, shapeOf } from "./shape";

/**
 * Applies a scalar lookup to every cell of one range argument, keeping its shape, so a lookup
 * spills like the scoring functions; a CellError becomes an error in its own cell only. The same
 * CellError (a lookup hands back one object for a repeated bad id) becomes one Excel error value;
 * an error cell in the range stays that error.
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
  let lastError: CellError | null = null;
  let lastMade: E | null = null;
  // Error cells that cannot be passed on as they came: one error of our own per code.
  const inputErrors = new Map<string, E>();
  for (let r = 0; r < shape.rows; r++) {
    const cells = m[r];
    const row: (T | E)[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const cell = cells[c];
      // An error cell (./cell-value.ts) is passed on as it came, like Excel's own lookups do.
      const code = typeof cell === "object" && cell !== null ? errorCodeOf(cell) : null;
      if (code !== null) {
        if (isReturnableError(cell)) {
          row[c] = cell as E;
        } else {
          let made = inputErrors.get(code);
          if (made === undefined) inputErrors.set(code, (made = makeError(errorForInput(code), scoringMessages.inputErrorIn(messages, argument, code))));
          row[c] = made;
        }
        continue;
      }
      const v = lookup(cell);
      if (v instanceof CellError) {
        if (v !== lastError) {
          lastError = v;
          lastMade = makeError(v.code, v.message);
        }
        row[c] = lastMade as E;
      } else {
        row[c] = v;
      }
    }
    out[r] = row;
  }
  return { ok: true, values: out };
}
