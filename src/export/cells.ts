/**
 * Where the plan's tables land in a sheet, and the plan's typed formulas rendered as the
 * formulas an .xlsx file holds. Structured references ([@Vraag], Table[Col]) are not used: Excel
 * stores them in an expanded form, and LibreOffice does not resolve them in tables written by
 * exceljs, so the file uses plain A1 references, which both engines evaluate.
 */
import { cellAddress, columnLetters, formulaText, qualified, type Formula, type PlanSheet, type PlanTable, type References, type WorkbookPlan } from "../core/plan";

export type FormulaMode = "native" | "addin";

export interface Located {
  sheet: PlanSheet;
  table: PlanTable;
}

export function locateTables(plan: WorkbookPlan): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const sheet of plan.sheets) for (const table of sheet.tables) out.set(table.name, { sheet, table });
  return out;
}

export function columnIndex(table: PlanTable, key: string): number {
  return table.columns.findIndex((c) => c.key === key);
}

/** The A1 address of a data cell (row 0 is the first row under the header). */
export function dataCell(table: PlanTable, rowIndex: number, key: string): string {
  const c = columnIndex(table, key);
  if (c < 0) throw new Error(`table ${table.name} has no column "${key}"`);
  return cellAddress(table.row + 1 + rowIndex, table.col + c);
}

/** The absolute range of a column's data cells. */
export function dataRange(table: PlanTable, key: string): string {
  const c = columnIndex(table, key);
  if (c < 0) throw new Error(`table ${table.name} has no column "${key}"`);
  const letters = columnLetters(table.col + c);
  const first = table.row + 2;
  const last = table.row + 1 + Math.max(table.rows.length, 1);
  return `$${letters}$${first}:$${letters}$${last}`;
}

/** A1 references for one row of a table: this row's cells, and other tables' whole columns. */
function a1References(at: Located, rowIndex: number, tables: Map<string, Located>): References {
  return {
    own: (key) => (columnIndex(at.table, key) < 0 ? undefined : dataCell(at.table, rowIndex, key)),
    column: (other, key) => {
      const target = tables.get(other);
      if (!target || columnIndex(target.table, key) < 0) return undefined;
      const range = dataRange(target.table, key);
      return target.sheet === at.sheet ? range : qualified(target.sheet.name, range);
    },
  };
}

/**
 * The formula (without "=") a cell holds in the file. In native mode SE.POTENTIAL and SE.SCORE
 * are built-in formulas over the lookup sheet, so the file computes without the add-in.
 */
export function fileFormula(formula: Formula, at: Located, rowIndex: number, tables: Map<string, Located>, mode: FormulaMode): string {
  const text = formulaText(formula, a1References(at, rowIndex, tables), mode === "native" ? "native" : "addin");
  if (text === undefined) throw new Error(`table ${at.table.name}: a formula refers to a column the plan does not have`);
  return text;
}
