/**
 * What the add-in knows about its own tables, recorded when it writes them and never inferred
 * from what a header says. A header proves nothing: an analyst may add a column called "Title"
 * next to the report's "Titel", or type "rapport" in a row of their own.
 *
 * Stored as one JSON string in the workbook's settings (Excel.SettingCollection, ExcelApi 1.4,
 * on Windows, Mac, the web and iPad; see docs/RELIABILITY.md for why not a custom XML part).
 * Per table it holds:
 *  - the report's columns: key, the header as last seen, the position at write time, and, once a
 *    later read has seen them in place, Excel's TableColumn.id (which follows a column through
 *    renames and moves);
 *  - the ids of the rows the add-in wrote as the report's (lower-case, as ids are matched).
 * And, while an import runs, the sheets it is creating (`pending`): written before the first of
 * them is added and cleared once the import has finished, so that an import cut halfway (Excel
 * does not undo a failed request) is completed by the next one on exactly those sheets.
 * Anything malformed reads as "nothing recorded", which makes the merge leave existing cells alone.
 */

/** Settings key; part of the workbook's contract with later versions of the add-in. */
export const IDENTITY_KEY = "SE_Trends_identity";
export const IDENTITY_VERSION = 1;

export interface ColumnRecord {
  key: string;
  /** The header as the add-in last saw it (written, or read back under a known id). */
  header: string;
  /** 0-based position in the table when it was recorded. */
  index: number;
  /** Excel's TableColumn.id, once bound. */
  id?: number;
}

export interface TableRecord {
  columns: readonly ColumnRecord[];
  /** Lower-case ids of the rows written as the report's. */
  reportRows: readonly string[];
}

/** A sheet an import is creating: the name it gave it, the tables it plans there, in which language. */
export interface PendingSheet {
  sheet: string;
  tables: readonly string[];
  language: "nl" | "en";
}

export interface IdentityRecord {
  version: typeof IDENTITY_VERSION;
  tables: Readonly<Record<string, TableRecord>>;
  /** Sheets an import began to create and has not finished (absent: none). */
  pending?: readonly PendingSheet[];
}

export const EMPTY_IDENTITY: IdentityRecord = { version: IDENTITY_VERSION, tables: {} };

const isString = (v: unknown): v is string => typeof v === "string";
const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function columnRecord(v: unknown): ColumnRecord | null {
  if (typeof v !== "object" || v === null) return null;
  const c = v as Record<string, unknown>;
  if (!isString(c.key) || !isString(c.header) || !isIndex(c.index)) return null;
  if (c.id !== undefined && typeof c.id !== "number") return null;
  return { key: c.key, header: c.header, index: c.index, ...(c.id === undefined ? {} : { id: c.id as number }) };
}

function tableRecord(v: unknown): TableRecord | null {
  if (typeof v !== "object" || v === null) return null;
  const t = v as Record<string, unknown>;
  if (!Array.isArray(t.columns) || !Array.isArray(t.reportRows) || !t.reportRows.every(isString)) return null;
  const columns = t.columns.map(columnRecord);
  if (columns.some((c) => c === null)) return null;
  // Two records for one key or one Excel id cannot both be right: the table is then unknown.
  const keys = new Set(columns.map((c) => c!.key));
  const ids = columns.flatMap((c) => (c!.id === undefined ? [] : [c!.id]));
  if (keys.size !== columns.length || new Set(ids).size !== ids.length) return null;
  return { columns: columns as ColumnRecord[], reportRows: t.reportRows.map((id) => id.toLowerCase()) };
}

function pendingSheet(v: unknown): PendingSheet | null {
  if (typeof v !== "object" || v === null) return null;
  const p = v as Record<string, unknown>;
  if (!isString(p.sheet) || !Array.isArray(p.tables) || !p.tables.every(isString) || (p.language !== "nl" && p.language !== "en")) return null;
  return { sheet: p.sheet, tables: p.tables as string[], language: p.language };
}

/** The stored value as read back; null for anything that is not a record this version wrote. */
export function parseIdentity(stored: unknown): IdentityRecord | null {
  if (!isString(stored) || stored.length > 4 * 1024 * 1024) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.version !== IDENTITY_VERSION || typeof v.tables !== "object" || v.tables === null || Array.isArray(v.tables)) return null;
  const tables: Record<string, TableRecord> = {};
  for (const [name, t] of Object.entries(v.tables as Record<string, unknown>)) {
    const record = tableRecord(t);
    // A broken entry makes that one table unknown, not the others.
    if (record) tables[name] = record;
  }
  // A malformed intent list is no intent: sheets are then not completed, and nothing is touched.
  const pending = Array.isArray(v.pending) ? v.pending.map(pendingSheet).filter((p): p is PendingSheet => p !== null) : [];
  return { version: IDENTITY_VERSION, tables, ...(pending.length > 0 ? { pending } : {}) };
}

/** The record once an import has finished: no sheet pending. */
export function settled(record: IdentityRecord): IdentityRecord {
  return { version: record.version, tables: record.tables };
}

export function serializeIdentity(record: IdentityRecord): string {
  return JSON.stringify(record);
}

/** The record of a table as the add-in creates it: every column in place, ids bound on a later read. */
export function createdTableRecord(columns: readonly { key: string; header: string }[], reportRows: readonly string[]): TableRecord {
  return { columns: columns.map((c, index) => ({ key: c.key, header: c.header, index })), reportRows: reportRows.map((id) => id.toLowerCase()) };
}

export function sameTableRecord(a: TableRecord | undefined, b: TableRecord | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
