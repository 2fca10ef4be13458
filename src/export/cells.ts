/**
 * Where the plan's tables land in a sheet, and the plan's typed formulas rendered as the
 * formulas an .xlsx file holds. Structured references ([@Vraag], Table[Col]) are not used: Excel
 * stores them in an expanded form, and LibreOffice does not resolve them in tables written by
 * exceljs, so the file uses plain A1 references, which both engines evaluate.
 */
import {
  cellAddress,
  columnLetters,
  columnRef,
  fileThisRowRef,
  formulaText,
  qualified,
  type Formula,
  type PlanSheet,
  type PlanTable,
  type References,
  type WorkbookPlan,
} from "../core/plan";

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

/**
 * The whole sheet column a table column stands in ($L:$L). A formula over another table's column
 * reads all of it, so rows the analyst adds anywhere (appended to the table, inserted, or typed
 * below it) are counted; the header is a column name, never one of the words counted.
 */
export function wholeColumn(table: PlanTable, key: string): string {
  const c = columnIndex(table, key);
  if (c < 0) throw new Error(`table ${table.name} has no column "${key}"`);
  const letters = columnLetters(table.col + c);
  return `$${letters}:$${letters}`;
}

/** A1 references for one row of a table: this row's cells, and other tables' whole columns. */
function a1References(at: Located, rowIndex: number, tables: Map<string, Located>): References {
  return {
    own: (key) => (columnIndex(at.table, key) < 0 ? undefined : dataCell(at.table, rowIndex, key)),
    column: (other, key) => {
      const target = tables.get(other);
      if (!target || columnIndex(target.table, key) < 0) return undefined;
      const range = wholeColumn(target.table, key);
      return target.sheet === at.sheet ? range : qualified(target.sheet.name, range);
    },
  };
}

/** Structured references as the file stores them: what Excel applies to a row added to the table. */
function fileStructuredReferences(at: Located, tables: Map<string, Located>): References {
  const header = (t: PlanTable, key: string) => t.columns.find((c) => c.key === key)?.header;
  return {
    own: (key) => {
      const h = header(at.table, key);
      return h === undefined ? undefined : fileThisRowRef(at.table.name, h);
    },
    column: (other, key) => {
      const target = tables.get(other);
      const h = target && header(target.table, key);
      return h === undefined ? undefined : columnRef(other, h);
    },
  };
}

/**
 * A table's calculated-column formulas (by column index, without "="): Excel writes them into
 * every row added to the table, so a new row gets its potential, score and check.
 */
export function calculatedColumns(at: Located, tables: Map<string, Located>, mode: FormulaMode): Map<number, string> {
  const out = new Map<number, string>();
  at.table.columns.forEach((c, i) => {
    if (c.kind !== "formula" || !c.formula) return;
    const text = formulaText(c.formula, fileStructuredReferences(at, tables), mode === "native" ? "native" : "addin");
    if (text !== undefined) out.set(i, text);
  });
  return out;
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
