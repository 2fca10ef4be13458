/**
 * The formulas of rows being written: one setFormulas per formula column with the column's one
 * formula in every row (Excel keeps such a column a calculated column), or a note why not.
 *
 * Write order: Excel refuses a formula naming a table that does not exist yet. A formula over a
 * table this import creates therefore waits in `order` and is written right after that table's
 * creation (create-sheet.ts), in the same request.
 */
import type { Language } from "../language";
import { referencedTables, renderFormula, type Formula, type HeaderLookup } from "../plan/formula";
import type { PlanColumn, PlanTable } from "../plan/types";
import { mergeMessages as msg } from "./messages";
import type { WriteOp } from "./ops";

export interface FormulaOps {
  ops: WriteOp[];
  notes: string[];
}

/** Which tables this import creates, which of those are created by earlier steps, and what waits for them. */
export interface FormulaOrder {
  creating: ReadonlySet<string>;
  created: Set<string>;
  /** Formula writes waiting for a table's creation, by that table's name. */
  waiting: Map<string, WriteOp[]>;
}

export function formulaOrder(creating: Iterable<string>): FormulaOrder {
  return { creating: new Set(creating), created: new Set(), waiting: new Map() };
}

/** The table this import creates that the formula reads, if any. */
export function createdHere(f: Formula | undefined, order: FormulaOrder): string | undefined {
  return f ? referencedTables(f).find((other) => order.creating.has(other)) : undefined;
}

/** Marks `table` created; returns the formula writes that waited for it. */
export function tableCreated(table: string, order: FormulaOrder): WriteOp[] {
  order.created.add(table);
  const waiting = order.waiting.get(table) ?? [];
  order.waiting.delete(table);
  return waiting;
}

/**
 * Formulas for `rows` body rows from `startRow` of the formula columns among `columns`.
 * `columnHeader` is where a formula column stands now (undefined: not written); `headerOf` how
 * a formula names the columns it refers to. A formula that refers to a column that cannot be
 * found is not written at all (never a broken or misdirected reference).
 */
export function formulaOps(
  t: PlanTable,
  columns: readonly PlanColumn[],
  rows: number,
  startRow: number,
  columnHeader: (c: PlanColumn) => string | undefined,
  headerOf: HeaderLookup,
  messages: Language,
  order: FormulaOrder,
): FormulaOps {
  const ops: WriteOp[] = [];
  const notes: string[] = [];
  for (const c of columns) {
    if (c.kind !== "formula") continue;
    const column = columnHeader(c);
    if (column === undefined || rows === 0) continue;
    const f = c.formula ? renderFormula(c.formula, t.name, headerOf) : null;
    if (f === null) {
      notes.push(msg.formulaSkipped(messages, t.name, column));
      continue;
    }
    const op: WriteOp = { kind: "setFormulas", table: t.name, column, startRow, formulas: Array.from({ length: rows }, () => [f]) };
    const waitFor = createdHere(c.formula, order);
    if (waitFor !== undefined && waitFor !== t.name && !order.created.has(waitFor)) order.waiting.set(waitFor, [...(order.waiting.get(waitFor) ?? []), op]);
    else ops.push(op);
  }
  return { ops, notes };
}
