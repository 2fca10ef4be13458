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

/** A row's text cells are marked, so writers store each as exactly that text. */
export function row(id: string, origin: Owner, cells: Record<string, Cell>): PlanRow {
  const textGuard = Object.keys(cells).filter((k) => {
    const v = cells[k];
    return typeof v === "string" && needsTextGuard(v);
  });
  return { id, origin, cells, textGuard };
}
