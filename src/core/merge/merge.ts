/**
 * Re-import without losing analyst work. Given the plans (both languages) and what the workbook
 * holds, decides the writes as data: new sheets and tables are created, report rows missing from
 * a table are appended, and a cell that exists is overwritten only when the add-in knows it is
 * the report's: its column and row were recorded when the add-in wrote them (merge-table.ts,
 * core/workbook/identity.ts). A header that looks like a report header, in either language, an
 * origin cell left blank or a custom word, a row id the record does not know, a table from before
 * records were kept: all leave the cell alone, and the preview says so. No row is deleted or
 * moved, and running the merge again on its own result writes no cell.
 *
 * Handled: sheets renamed or moved (tables are found by name); report columns renamed or moved
 * (found by Excel's column id); analyst columns inserted anywhere, under any header (never
 * written; left to Excel in appended rows, so blank or the analyst's own calculated formula); report columns deleted (not recreated); rows sorted or
 * filtered (matched by id); analyst rows anywhere, also under a report id. Left alone and
 * reported: a table without its id column, duplicate ids, a report id on an analyst row, a
 * planned table missing from a sheet that still holds our other tables.
 *
 * Pure: small functions take the snapshot and return steps and notes; this one only adds them up.
 */
import type { Language } from "../language";
import type { HeaderLookup } from "../plan/formula";
import type { PlanTable, WorkbookPlan } from "../plan/types";
import { locateColumns } from "../workbook/columns";
import { EMPTY_IDENTITY, serializeIdentity, type IdentityRecord, type TableRecord } from "../workbook/identity";
import type { SnapshotTable, WorkbookSnapshot } from "../workbook/snapshot";
import { createSheet } from "./create-sheet";
import { formulaOrder } from "./formula-ops";
import { mergeTable, type FoundTable } from "./merge-table";
import { mergeMessages as msg } from "./messages";
import type { Step, WriteOp } from "./ops";

export { sameCell } from "./cells";

/** What an import would do, shown to the analyst before anything is written. */
export interface MergeSummary {
  /** Report rows whose report-owned cells differ and would be updated. */
  updated: number;
  /** Report rows missing from the workbook that would be added. */
  added: number;
  /** Cells that differ from the report but are left as they are (the analyst's, or not surely the report's). */
  conflicts: number;
  /** Sheets that would be created (localized names), and sheets left alone because a name was taken. */
  sheetsCreated: string[];
  sheetsRenamed: { wanted: string; used: string }[];
  /** Plain-language lines for the confirmation dialog, in the messages' language. */
  details: string[];
}

export interface MergeResult {
  steps: Step[];
  summary: MergeSummary;
  /** The identity record after these steps (also in the first step's recordIdentity op, if any). */
  record?: IdentityRecord;
  /** Tables these steps create: their column ids can be bound once written (bindCreated). */
  created: string[];
}

const lower = (s: string) => s.trim().toLowerCase();

/** Excel names sheets case-insensitively: "Trends (2)", "Trends (3)" … until one is free. */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(lower(wanted))) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(lower(name))) return name;
  }
}

/** The plan of a found table in the language its headers are in (the preferred one on a tie). */
function planFor(snap: SnapshotTable, variants: readonly PlanTable[], preferred: PlanTable): PlanTable {
  const headers = new Set(snap.headers.map((h) => lower(String(h ?? ""))));
  const score = (v: PlanTable) => v.columns.filter((c) => headers.has(lower(c.header))).length;
  return variants.reduce((best, v) => (score(v) > score(best) ? v : best), preferred);
}

function findTables(plans: Readonly<Record<Language, WorkbookPlan>>, primary: WorkbookPlan, snapshot: WorkbookSnapshot): Map<string, FoundTable> {
  const all = Object.values(plans).flatMap((p) => p.sheets.flatMap((s) => s.tables));
  const byName = new Map(snapshot.tables.map((t) => [lower(t.name), t]));
  const found = new Map<string, FoundTable>();
  for (const t of primary.sheets.flatMap((s) => s.tables)) {
    const snap = byName.get(lower(t.name));
    if (!snap) continue;
    const variants = all.filter((v) => v.name === t.name);
    const record = snapshot.identity?.tables[t.name];
    const columns = locateColumns(snap, record?.columns, variants.map((v) => v.columns));
    found.set(t.name, { snap, plan: planFor(snap, variants, t), columns, ...(record ? { record } : {}) });
  }
  return found;
}

/** How formulas name a column: as it stands in a found table, or as a table about to be created names it. */
function headerLookup(found: ReadonlyMap<string, FoundTable>, primary: WorkbookPlan, snapshot: WorkbookSnapshot): HeaderLookup {
  const planned = new Map(primary.sheets.flatMap((s) => s.tables.map((t) => [t.name, t] as const)));
  const existing = new Set(snapshot.tables.map((t) => lower(t.name)));
  return (table, key) => {
    const f = found.get(table);
    if (f) {
      const i = f.columns.indexOf.get(key);
      return i === undefined ? undefined : f.snap.headers[i];
    }
    if (existing.has(lower(table))) return undefined;
    return planned.get(table)?.columns.find((c) => c.key === key)?.header;
  };
}

/** The record after this import; undefined when nothing is recorded at all. */
function nextRecord(before: IdentityRecord | null | undefined, tables: Readonly<Record<string, TableRecord>>): IdentityRecord | undefined {
  if (Object.keys(tables).length === 0) return before ?? undefined;
  const base = before ?? EMPTY_IDENTITY;
  return { ...base, tables: { ...base.tables, ...tables } };
}

/** `messages` is the language of notes and details (the pane's); `language` that of new sheets. */
export function mergePlan(
  plans: Readonly<Record<Language, WorkbookPlan>>,
  language: Language,
  snapshot: WorkbookSnapshot,
  messages: Language = language,
): MergeResult {
  const primary = plans[language];
  const found = findTables(plans, primary, snapshot);
  const headerOf = headerLookup(found, primary, snapshot);
  const taken = new Set(snapshot.sheets.map((s) => lower(s.name)));
  const summary: MergeSummary = { updated: 0, added: 0, conflicts: 0, sheetsCreated: [], sheetsRenamed: [], details: [] };
  const notes: string[] = [];
  const steps: Step[] = [];
  const printOps: WriteOp[] = [];
  const records: Record<string, TableRecord> = {};
  // Tables this import creates: those of sheets that hold none of our tables yet.
  const order = formulaOrder(primary.sheets.filter((s) => s.tables.every((t) => !found.has(t.name))).flatMap((s) => s.tables.map((t) => t.name)));

  for (const sheet of primary.sheets) {
    const existing = sheet.tables.filter((t) => found.has(t.name));
    if (existing.length === 0) {
      const name = freeSheetName(sheet.name, taken);
      taken.add(lower(name));
      summary.sheetsCreated.push(name);
      if (name !== sheet.name) summary.sheetsRenamed.push({ wanted: sheet.name, used: name });
      const created = createSheet(sheet, name, headerOf, messages, order);
      steps.push(...created.steps);
      printOps.push(created.print);
      notes.push(...created.notes);
      summary.added += created.added;
      Object.assign(records, created.records);
      continue;
    }
    for (const t of sheet.tables) {
      const f = found.get(t.name);
      if (!f) {
        summary.conflicts++;
        notes.push(msg.tableMissing(messages, t.name, found.get(existing[0].name)!.snap.sheet));
        continue;
      }
      const merged = mergeTable(f, headerOf, messages, order);
      steps.push(...merged.steps);
      notes.push(...merged.notes);
      summary.updated += merged.updated;
      summary.added += merged.added;
      summary.conflicts += merged.conflicts;
      if (merged.record) records[t.name] = merged.record;
    }
  }

  // Print setup after all content: a request that fails on it has written every cell already.
  if (printOps.length > 0) steps.push({ label: "print", ops: printOps });
  // The record goes first, so the request that creates tables or rows carries it (ops.ts). What
  // only a read learns (ids bound, headers renamed, columns deleted) is not worth a write of its
  // own: it rides along with the next import that writes cells. New tables and report rows
  // always come with such a write.
  const record = nextRecord(snapshot.identity, records);
  const changed = record !== undefined && serializeIdentity(record) !== (snapshot.identity ? serializeIdentity(snapshot.identity) : "");
  if (record && changed && steps.length > 0) steps[0] = { ...steps[0], ops: [{ kind: "recordIdentity", value: serializeIdentity(record) }, ...steps[0].ops] };
  summary.details = msg.details(messages, summary, notes);
  const created = primary.sheets.flatMap((s) => s.tables.map((t) => t.name)).filter((name) => !found.has(name) && records[name] !== undefined);
  return { steps, summary, ...(record ? { record } : {}), created };
}
