/**
 * A scope keeps a self-test apart from the analyst's work: every sheet the test writes carries a
 * prefix with a fresh tag, and every table name a matching suffix. The import itself is the
 * product's (the same plan, merge and writer), only with these names, so a workbook that already
 * holds SE_Opportunities is never read for writing, merged into or renamed.
 */
import type { Formula } from "../../core/plan/formula";
import type { WorkbookPlan } from "../../core/plan/types";

/** Excel's limit on a sheet name. */
const SHEET_NAME_LIMIT = 31;

export interface Scope {
  tag: string;
  /** Every sheet of this scope starts with it; cleanup deletes only new sheets that do. */
  sheetPrefix: string;
}

/** The common start of every self-test sheet, whatever its tag. */
export const TEST_SHEET_MARK = "SE-test-";

export function makeScope(tag: string): Scope {
  return { tag, sheetPrefix: `${TEST_SHEET_MARK}${tag} ` };
}

/** A short random tag (4 base-36 characters), so two runs never meet. */
export function randomTag(random: () => number = Math.random): string {
  return Array.from({ length: 4 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)]).join("");
}

export function scopedTable(scope: Scope, name: string): string {
  return `${name}_T${scope.tag}`;
}

export function scopedSheet(scope: Scope, name: string): string {
  return `${scope.sheetPrefix}${name}`.slice(0, SHEET_NAME_LIMIT);
}

/** A formula of the plan under scoped table names: the other table it reads follows the scope. */
function scopedFormula(scope: Scope, formula: Formula, tables: ReadonlySet<string>): Formula {
  return formula.kind === "levelCount" && tables.has(formula.table) ? { ...formula, table: scopedTable(scope, formula.table) } : formula;
}

/** The same plan under scoped sheet and table names; everything else is untouched. */
export function scopePlan(plan: WorkbookPlan, scope: Scope): WorkbookPlan {
  const tables = new Set(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)));
  const template = (f: Formula) => scopedFormula(scope, f, tables);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      name: scopedSheet(scope, sheet.name),
      tables: sheet.tables.map((table) => ({
        ...table,
        name: scopedTable(scope, table.name),
        columns: table.columns.map((c) => (c.formula === undefined ? c : { ...c, formula: template(c.formula) })),
      })),
      charts: sheet.charts.map((c) => ({ ...c, name: `${c.name}_T${scope.tag}`, sourceTable: scopedTable(scope, c.sourceTable) })),
    })),
  };
}
