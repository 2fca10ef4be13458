/** Writes of one column as few ranges as possible: consecutive body rows go as one write. */
import type { CellInput, WriteOp } from "./ops";

/** Consecutive stretches of the given 0-based rows (any order), as start and length. */
export function runsOf(rows: Iterable<number>): { start: number; length: number }[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: { start: number; length: number }[] = [];
  let start = 0;
  for (let k = 1; k <= sorted.length; k++) {
    if (k < sorted.length && sorted[k] === sorted[k - 1] + 1) continue;
    runs.push({ start: sorted[start], length: k - start });
    start = k;
  }
  return runs;
}

/** `byRow`: new value per 0-based body row of column `column` of `table`. */
export function coalesceRuns(table: string, column: string, byRow: ReadonlyMap<number, CellInput>): WriteOp[] {
  return runsOf(byRow.keys()).map(({ start, length }) => ({
    kind: "updateCells" as const,
    table,
    column,
    startRow: start,
    values: Array.from({ length }, (_, k) => [byRow.get(start + k)!]),
  }));
}
