/**
 * The one column locator: which column of a table as found holds which key. Used by the merge
 * (to decide what it may write), the export and validation (to read).
 *
 * Two bases, never mixed for writing:
 *  - identity: from what the add-in recorded (./identity.ts). Excel's column id finds a renamed
 *    or moved column; a column recorded before its id was seen must still stand where and as it
 *    was written. A header that merely looks like a report header, in either language, is never
 *    taken for the report's column. Only this basis allows overwriting a cell.
 *  - headers: by header, for tables without a record. Good enough to read the analyst's own
 *    ratings and to fill the cells of rows being appended; never to overwrite a cell.
 */
import { HEADERS } from "../plan/labels";
import type { ColumnRecord, IdentityRecord, TableRecord } from "./identity";
import type { SnapshotTable } from "./snapshot";

/** One language's headers of a table, by key. */
export type HeaderVariant = readonly { key: string; header: string }[];

export interface LostColumn {
  key: string;
  header: string;
  /** deleted: its Excel column is gone; unsure: the add-in cannot tell which column holds it now. */
  reason: "deleted" | "unsure";
}

export interface LocatedColumns {
  basis: "identity" | "headers";
  indexOf: ReadonlyMap<string, number>;
  keyAt: readonly (string | undefined)[];
  lost: readonly LostColumn[];
  /** The recorded columns as now known (identity basis): ids bound, headers as now read. */
  record: readonly ColumnRecord[];
}

const norm = (h: unknown) => String(h ?? "").trim().toLowerCase();

function located(basis: LocatedColumns["basis"], width: number, at: ReadonlyMap<string, number>, lost: LostColumn[], record: ColumnRecord[]): LocatedColumns {
  const keyAt: (string | undefined)[] = Array.from({ length: width }, () => undefined);
  for (const [key, i] of at) keyAt[i] = key;
  return { basis, indexOf: at, keyAt, lost, record };
}

/** Where a recorded column is now, or why it cannot be said. */
function findRecorded(c: ColumnRecord, table: SnapshotTable, recorded: readonly ColumnRecord[]): number | LostColumn["reason"] {
  const headers = table.headers;
  const ids = table.columnIds;
  if (c.id !== undefined && ids) {
    const i = ids.indexOf(c.id);
    if (i < 0) return "deleted";
    if (norm(headers[i]) === norm(c.header)) return i;
    // Renamed. Accepted only as a plain rename: the old header is nowhere else in the table and
    // the new one is not another recorded column's (which would mean ids were renumbered).
    const elsewhere = headers.some((h, j) => j !== i && norm(h) === norm(c.header));
    const another = recorded.some((o) => o !== c && norm(o.header) === norm(headers[i]));
    return elsewhere || another ? "unsure" : i;
  }
  // Not bound to an id yet: it must stand where, and as, the add-in wrote it.
  return headers[c.index] === c.header ? c.index : "unsure";
}

export function locateByIdentity(table: SnapshotTable, recorded: readonly ColumnRecord[]): LocatedColumns {
  const found = new Map<string, number>();
  const claims = new Map<number, string[]>();
  const lost: LostColumn[] = [];
  for (const c of recorded) {
    const where = findRecorded(c, table, recorded);
    if (typeof where === "number") {
      found.set(c.key, where);
      claims.set(where, [...(claims.get(where) ?? []), c.key]);
    } else lost.push({ key: c.key, header: c.header, reason: where });
  }
  // One column claimed by two recorded keys: neither is sure.
  for (const keys of claims.values()) {
    if (keys.length < 2) continue;
    for (const key of keys) {
      found.delete(key);
      lost.push({ key, header: recorded.find((c) => c.key === key)!.header, reason: "unsure" });
    }
  }
  const record = recorded.flatMap((c): ColumnRecord[] => {
    const i = found.get(c.key);
    if (i !== undefined) return [{ key: c.key, header: table.headers[i], index: i, ...(table.columnIds ? { id: table.columnIds[i] } : c.id === undefined ? {} : { id: c.id }) }];
    // A deleted column is forgotten: a column added later under its name is the analyst's.
    return lost.some((l) => l.key === c.key && l.reason === "deleted") ? [] : [c];
  });
  return located("identity", table.headers.length, found, lost, record);
}

/** By header: the language variant with most matches first, then the others for keys still missing. */
export function locateByHeaders(table: SnapshotTable, variants: readonly HeaderVariant[], taken: ReadonlyMap<string, number> = new Map()): LocatedColumns {
  const headers = table.headers.map(norm);
  const score = (v: HeaderVariant) => v.filter((c) => headers.includes(norm(c.header))).length;
  const ordered = [...variants].sort((a, b) => score(b) - score(a));
  const found = new Map(taken);
  const used = new Set(taken.values());
  for (const variant of ordered) {
    for (const c of variant) {
      if (found.has(c.key)) continue;
      const i = headers.findIndex((h, j) => !used.has(j) && h === norm(c.header));
      if (i < 0) continue;
      found.set(c.key, i);
      used.add(i);
    }
  }
  return located("headers", table.headers.length, found, [], []);
}

/** For writing: identity when recorded, else by header (which the merge uses for appending only). */
export function locateColumns(table: SnapshotTable, recorded: readonly ColumnRecord[] | undefined, variants: readonly HeaderVariant[]): LocatedColumns {
  return recorded ? locateByIdentity(table, recorded) : locateByHeaders(table, variants);
}

/** For reading: identity where recorded, then by header for keys identity cannot place. */
export function readColumns(table: SnapshotTable, recorded: readonly ColumnRecord[] | undefined, keys: readonly string[]): LocatedColumns {
  const variants = (["nl", "en"] as const).map((l) => keys.map((key) => ({ key, header: HEADERS[key][l] })));
  if (!recorded) return locateByHeaders(table, variants);
  const known = locateByIdentity(table, recorded);
  // Columns the record places (or knows are report columns somewhere) are not re-guessed by header.
  const byHeader = locateByHeaders(table, variants, known.indexOf);
  return { ...byHeader, basis: "identity", lost: known.lost, record: known.record };
}

/**
 * Binds the columns of tables just created to Excel's column ids, read right after the write:
 * each recorded column must stand where, and as, it was written (which it does unless the
 * write was changed under it); anything else stays unbound.
 */
export function bindCreated(record: IdentityRecord, tables: readonly { name: string; columns: readonly { id: number; index: number; name: string }[] }[]): IdentityRecord {
  const bound: Record<string, TableRecord> = { ...record.tables };
  for (const t of tables) {
    const r = record.tables[t.name];
    if (!r) continue;
    const ordered = [...t.columns].sort((a, b) => a.index - b.index);
    const snap: SnapshotTable = { name: t.name, sheet: "", row: 0, col: 0, headers: ordered.map((c) => c.name), columnIds: ordered.map((c) => c.id), rows: [] };
    bound[t.name] = { ...r, columns: locateByIdentity(snap, r.columns).record };
  }
  return { ...record, tables: bound };
}
