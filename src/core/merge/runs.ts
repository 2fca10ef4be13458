/** Updates of one column as few ranges as possible: consecutive body rows go as one write. */
import type { CellInput, WriteOp } from "./ops";

/** `byRow`: new value per 0-based body row of column `column` of `table`. */
export function coalesceRuns(table: string, column: string, byRow: ReadonlyMap<number, CellInput>): WriteOp[] {
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const ops: WriteOp[] = [];
  let start = 0;
  for (let k = 1; k <= rows.length; k++) {
    if (k < rows.length && rows[k] === rows[k - 1] + 1) continue;
    const run = rows.slice(start, k);
    ops.push({ kind: "updateCells", table, column, startRow: run[0], values: run.map((r) => [byRow.get(r)!]) });
    start = k;
  }
  return ops;
}
