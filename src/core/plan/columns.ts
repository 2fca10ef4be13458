/** Small constructors that keep the sheet builders readable. */
import type { Language } from "../language";
import { HEADERS } from "./labels";
import { needsTextGuard } from "./text-guard";
import type { Cell, ColumnKind, Owner, PlanColumn, PlanRow } from "./types";

export function column(
  key: string,
  language: Language,
  owner: Owner,
  kind: ColumnKind,
  width: number,
  extra: Partial<PlanColumn> = {},
): PlanColumn {
  const header = HEADERS[key];
  if (header === undefined) throw new Error(`no header for column key "${key}"`);
  return { key, header: header[language], owner, kind, width, ...extra };
}

/** A row whose text cells Excel would misread are marked, so writers store them as text. */
export function row(id: string, origin: Owner, cells: Record<string, Cell>, formulas?: Record<string, string>): PlanRow {
  const textGuard = Object.keys(cells).filter((k) => {
    const v = cells[k];
    return typeof v === "string" && needsTextGuard(v);
  });
  return formulas ? { id, origin, cells, textGuard, formulas } : { id, origin, cells, textGuard };
}
