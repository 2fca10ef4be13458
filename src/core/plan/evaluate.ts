/**
 * The value each formula cell of a plan shows, computed by the core (the same code as SE.POTENTIAL
 * and SE.SCORE) from the typed formulas. A file opened without the add-in, in a viewer or in
 * Protected View then still shows the report's results as cached values.
 */
import { CRITERIA } from "../criteria";
import { CellError, plainError, type ErrorCode } from "../errors";
import { potentialGrid, scoreGrid, type CriteriaArgs } from "../scoring";
import type { Formula } from "./formula";
import type { Cell, PlanTable, WorkbookPlan } from "./types";

export type CachedValue = string | number | { error: ErrorCode };

/** table name → row index → column key → value. */
export type Results = Map<string, Map<number, Map<string, CachedValue>>>;

const EQUAL_WEIGHTS = new Float64Array([1, 1, 1, 1]);

function fromCore(v: unknown): CachedValue {
  return v instanceof CellError ? { error: v.code } : (v as string | number);
}

const isError = (v: unknown): v is { error: ErrorCode } => typeof v === "object" && v !== null && "error" in v;
const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

/** Excel's "=" and MATCH on text ignore case. */
const same = (a: unknown, b: unknown) => (typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b);

/** Formula kinds in dependency order: a comparison reads a potential, a count reads potentials. */
const ORDER: readonly Formula["kind"][] = ["potential", "score", "comparison", "levelCount"];

export function evaluatePlan(plan: WorkbookPlan): Results {
  const tables = new Map<string, PlanTable>(plan.sheets.flatMap((s) => s.tables.map((t) => [t.name, t] as const)));
  const results: Results = new Map();
  const value = (table: string, row: number, key: string): Cell | CachedValue | undefined =>
    results.get(table)?.get(row)?.get(key) ?? tables.get(table)?.rows[row]?.cells[key];
  const put = (table: string, row: number, key: string, v: CachedValue) => {
    const rows = results.get(table) ?? new Map<number, Map<string, CachedValue>>();
    results.set(table, rows);
    const cells = rows.get(row) ?? new Map<string, CachedValue>();
    rows.set(row, cells);
    cells.set(key, v);
  };

  const evaluate = (t: PlanTable, r: number, f: Formula): CachedValue | undefined => {
    const cells = t.rows[r].cells;
    switch (f.kind) {
      case "potential":
      case "score": {
        const args = CRITERIA.map((c) => [[cells[f.criteria[c]] ?? null]]) as unknown as CriteriaArgs;
        const grid = f.kind === "potential" ? potentialGrid(args, f.language, "en", plainError) : scoreGrid(args, EQUAL_WEIGHTS, "en", plainError);
        return grid.ok ? fromCore(grid.values[0][0]) : fromCore(grid.error);
      }
      case "comparison": {
        const [p, q] = [value(t.name, r, f.left), value(t.name, r, f.right)];
        if (isError(p) || isError(q) || isEmpty(p) || isEmpty(q)) return f.words.none;
        if (!same(p, q)) return f.words.differs;
        const basis = f.basis && t.columns.some((c) => c.key === f.basis!.key) ? value(t.name, r, f.basis.key) : undefined;
        return f.basis && f.basis.impliedWhen.some((w) => same(w, basis)) ? f.basis.implied : f.words.same;
      }
      case "levelCount": {
        const target = tables.get(f.table);
        if (!target) return undefined;
        const group = f.groups.find((g) => g.some((w) => same(w, value(t.name, r, f.level))));
        if (!group) return 0;
        return target.rows.filter((_row, i) => group.some((w) => same(w, value(f.table, i, f.column)))).length;
      }
    }
  };

  for (const kind of ORDER) {
    for (const t of tables.values()) {
      for (const column of t.columns) {
        if (column.formula?.kind !== kind) continue;
        t.rows.forEach((_row, r) => {
          const v = evaluate(t, r, column.formula!);
          if (v !== undefined) put(t.name, r, column.key, v);
        });
      }
    }
  }
  return results;
}
