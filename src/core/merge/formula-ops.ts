/** The formulas of rows being written, one setFormulas per formula column, or a note why not. */
import type { Language } from "../language";
import { renderFormula, type HeaderLookup } from "../plan/formula";
import type { PlanColumn, PlanRow, PlanTable } from "../plan/types";
import { mergeMessages as msg } from "./messages";
import type { WriteOp } from "./ops";

export interface FormulaOps {
  ops: WriteOp[];
  notes: string[];
}

/**
 * `columnHeader` is where a formula column stands now (undefined: not written); `headerOf` how
 * a formula names the columns it refers to. A formula that refers to a column that cannot be
 * found is not written at all (never a broken or misdirected reference).
 */
export function formulaOps(
  t: PlanTable,
  rows: readonly PlanRow[],
  startRow: number,
  columnHeader: (c: PlanColumn) => string | undefined,
  headerOf: HeaderLookup,
  messages: Language,
): FormulaOps {
  const ops: WriteOp[] = [];
  const notes: string[] = [];
  for (const c of t.columns) {
    if (c.kind !== "formula") continue;
    const column = columnHeader(c);
    if (column === undefined || rows.length === 0) continue;
    const formulas = rows.map((r) => [renderFormula(r.formulas?.[c.key] ?? c.formula ?? "", t.name, headerOf) ?? ""]);
    if (formulas.every(([f]) => f === "")) notes.push(msg.formulaSkipped(messages, t.name, column));
    else ops.push({ kind: "setFormulas", table: t.name, column, startRow, formulas });
  }
  return { ops, notes };
}
