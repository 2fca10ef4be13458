/** Plan cells as Excel input, and cells compared as an analyst reads them. */
import type { PlanColumn, PlanRow } from "../plan/types";
import type { CellInput } from "./ops";

/** Equal as an analyst would see them: empty is empty, 1 and "1" are the same id. */
export function sameCell(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? v : String(v));
  return norm(a) === norm(b);
}

/** A plan cell as Excel input: "" is empty, guarded text carries Excel's leading apostrophe. */
export function input(r: PlanRow, key: string): CellInput {
  const v = r.cells[key];
  if (v === null || v === undefined) return "";
  return typeof v === "string" && r.textGuard.includes(key) ? `'${v}` : v;
}

/** Ids are matched as Excel's lookups read them: trimmed, case-insensitive. */
export const idKey = (id: unknown): string => String(id ?? "").trim().toLowerCase();

/** A cell of an appended row: null leaves a formula column, or a column the plan does not know, to Excel. */
export function appendedInput(r: PlanRow, c: PlanColumn | undefined): CellInput {
  return c === undefined || c.kind === "formula" ? null : input(r, c.key);
}
