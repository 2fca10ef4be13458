/**
 * The values formula cells show before any engine recalculates: computed by the core (the same
 * code as SE.POTENTIAL and SE.SCORE), so a file opened without the add-in, in a viewer or in
 * Protected View still shows the report's results. Formulas of a shape not known here get no
 * cached value; the spreadsheet computes them on load.
 */
import { CRITERIA } from "../core/criteria";
import { CellError, plainError, type ErrorCode } from "../core/errors";
import type { Cell, WorkbookPlan } from "../core/plan";
import { potentialGrid, scoreGrid, type CriteriaArgs } from "../core/scoring";
import { locateTables, scoringCall, templateOf, type Located } from "./cells";

export type CachedValue = string | number | { error: ErrorCode };

/** table name → row index → column key → value. */
export type Results = Map<string, Map<number, Map<string, CachedValue>>>;

const EQUAL_WEIGHTS = new Float64Array([1, 1, 1, 1]);

function fromCore(v: unknown): CachedValue {
  return v instanceof CellError ? { error: v.code } : (v as string | number);
}

const isError = (v: unknown): v is { error: ErrorCode } => typeof v === "object" && v !== null && "error" in v;

/** Excel's "=" on text ignores case. */
const same = (a: unknown, b: unknown) => typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();

/** Literal strings of a template, in order. */
const literals = (template: string) => [...template.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

export function computeResults(plan: WorkbookPlan): Results {
  const tables = locateTables(plan);
  const results: Results = new Map();
  const value = (table: string, rowIndex: number, key: string): Cell | CachedValue | undefined => {
    const cached = results.get(table)?.get(rowIndex)?.get(key);
    if (cached !== undefined) return cached;
    return tables.get(table)?.table.rows[rowIndex]?.cells[key];
  };
  const put = (table: string, rowIndex: number, key: string, v: CachedValue) => {
    if (!results.has(table)) results.set(table, new Map());
    const rows = results.get(table)!;
    if (!rows.has(rowIndex)) rows.set(rowIndex, new Map());
    rows.get(rowIndex)!.set(key, v);
  };

  const formulaCells = (pass: (at: Located, rowIndex: number, key: string, template: string) => void) => {
    for (const at of tables.values()) {
      at.table.rows.forEach((_row, r) => {
        for (const column of at.table.columns) {
          if (column.kind !== "formula") continue;
          const template = templateOf(at.table, r, column.key);
          if (template) pass(at, r, column.key, template);
        }
      });
    }
  };

  // Pass 1: the scoring functions, from the criteria cells.
  formulaCells((at, r, key, template) => {
    const call = scoringCall(template);
    if (!call) return;
    const args = CRITERIA.map((c) => [[at.table.rows[r].cells[call.keys[c]] ?? null]]) as unknown as CriteriaArgs;
    const grid = call.fn === "POTENTIAL" ? potentialGrid(args, call.language, "en", plainError) : scoreGrid(args, EQUAL_WEIGHTS, "en", plainError);
    put(at.table.name, r, key, grid.ok ? fromCore(grid.values[0][0]) : fromCore(grid.error));
  });

  // Pass 2: the check against the report: IFERROR(IF(OR(p="",r=""),none,IF(p=r,same,differs)),none).
  formulaCells((at, r, key, template) => {
    const m = /^=IFERROR\(IF\(OR\(\{@(\w+)\}="",\{@(\w+)\}=""\),/.exec(template);
    const words = literals(template).filter((w) => w !== "");
    if (!m || words.length !== 4) return;
    const [none, equal, differs] = words;
    const p = value(at.table.name, r, m[1]);
    const q = value(at.table.name, r, m[2]);
    if (isError(p) || isError(q)) return put(at.table.name, r, key, none);
    const empty = (v: unknown) => v === null || v === undefined || v === "";
    put(at.table.name, r, key, empty(p) || empty(q) ? none : same(p, q) || p === q ? equal : differs);
  });

  // Pass 3: counts over another table's computed column: COUNTIF({T[key]},"word")+…
  formulaCells((at, r, key, template) => {
    const parts = [...template.matchAll(/COUNTIF\(\{(\w+)\[(\w+)\]\},"((?:[^"]|"")*)"\)/g)];
    if (parts.length === 0 || template.replace(/COUNTIF\([^)]*\)/g, "").replace(/[=+]/g, "") !== "") return;
    let n = 0;
    for (const [, table, column, word] of parts) {
      const target = tables.get(table);
      if (!target) return;
      target.table.rows.forEach((_row, i) => {
        if (same(value(table, i, column), word.replace(/""/g, '"'))) n++;
      });
    }
    put(at.table.name, r, key, n);
  });
  return results;
}
