/**
 * One existing table: which of its cells the report may update, which report rows to append,
 * and what is left alone (with a note). A cell is overwritten only when all of these hold:
 *  - the table has a record (the add-in wrote it and kept what it wrote);
 *  - its column was located by that record (./columns.ts, identity basis) and is report-owned;
 *  - its row's id is recorded as a report row, occurs once, and the row's origin cell, in the
 *    recorded origin column, still says "rapport"/"report".
 * Anything less is unsure: the cell stays, the difference is counted and the preview says why.
 */
import type { Language } from "../language";
import type { HeaderLookup } from "../plan/formula";
import { originOf } from "../plan/labels";
import type { PlanColumn, PlanRow, PlanTable } from "../plan/types";
import { cellAddress } from "../plan/address";
import { chunkRows } from "../requests/batches";
import type { LocatedColumns } from "../workbook/columns";
import type { TableRecord } from "../workbook/identity";
import type { SnapshotTable } from "../workbook/snapshot";
import { appendedInput, idKey, input, sameCell } from "./cells";
import { createdHere, formulaOps, type FormulaOrder } from "./formula-ops";
import { mergeMessages as msg } from "./messages";
import type { CellInput, Step } from "./ops";
import { coalesceRuns, runsOf } from "./runs";

export interface FoundTable {
  snap: SnapshotTable;
  /** The plan in the language the table's headers are in. */
  plan: PlanTable;
  columns: LocatedColumns;
  /** What the add-in recorded of this table; undefined for a table from before records were kept. */
  record?: TableRecord;
}

export interface MergedTable {
  steps: Step[];
  notes: string[];
  updated: number;
  added: number;
  conflicts: number;
  /** The table's record after this import; undefined when none is kept. */
  record?: TableRecord;
}

/** Why a row's report cells are (not) the add-in's to update. */
type Verdict = "own" | "analystPlan" | "legacy" | "notRecorded" | "origin";

interface RowIndex {
  byId: Map<string, number>;
  duplicates: Set<string>;
}

function indexRows(snap: SnapshotTable, idCol: number): RowIndex {
  const byId = new Map<string, number>();
  const duplicates = new Set<string>();
  snap.rows.forEach((cells, i) => {
    const id = idKey(cells[idCol]);
    if (id === "") return;
    if (byId.has(id)) duplicates.add(id);
    else byId.set(id, i);
  });
  return { byId, duplicates };
}

function verdictOf(f: FoundTable, r: PlanRow, origin: ReturnType<typeof originOf>): Verdict {
  if (r.origin !== "report") return "analystPlan";
  if (!f.record) return "legacy";
  if (!f.record.reportRows.includes(idKey(r.id))) return "notRecorded";
  return origin === "report" ? "own" : "origin";
}

interface Decisions {
  updates: Map<number, Map<number, CellInput>>;
  appended: PlanRow[];
  updated: number;
  conflicts: number;
  notes: string[];
  /** Differing report cells left alone because the table has no record. */
  legacyCells: number;
}

function decideRows(f: FoundTable, rows: RowIndex, messages: Language): Decisions {
  const { snap, plan: t, columns } = f;
  const d: Decisions = { updates: new Map(), appended: [], updated: 0, conflicts: 0, notes: [], legacyCells: 0 };
  const originCol = columns.indexOf.get("origin");
  const compared = t.columns.filter((c) => c.kind !== "formula" && columns.indexOf.has(c.key));
  for (const r of t.rows) {
    const id = idKey(r.id);
    if (rows.duplicates.has(id)) {
      d.conflicts++;
      d.notes.push(msg.duplicateId(messages, t.name, r.id));
      continue;
    }
    const i = rows.byId.get(id);
    if (i === undefined) {
      d.appended.push(r);
      continue;
    }
    const cells = snap.rows[i];
    const originCell = originCol === undefined ? undefined : cells[originCol];
    const origin = originOf(originCell);
    if (r.origin === "report" && origin === "analyst") {
      d.conflicts++;
      d.notes.push(msg.idOnAnalystRow(messages, t.name, r.id));
      continue;
    }
    const verdict = verdictOf(f, r, origin);
    let changed = false;
    let unsure = 0;
    for (const c of compared) {
      const col = columns.indexOf.get(c.key)!;
      const want = r.cells[c.key] ?? null;
      if (sameCell(cells[col], want)) continue;
      if (verdict === "own" && c.owner === "report") {
        const forColumn = d.updates.get(col) ?? new Map<number, CellInput>();
        d.updates.set(col, forColumn.set(i, input(r, c.key)));
        changed = true;
      } else if (verdict !== "analystPlan" && c.owner === "report") {
        unsure++;
      } else if (want !== null) {
        d.conflicts++;
        d.notes.push(msg.analystCellKept(messages, snap.sheet, cellAddress(snap.row + 1 + i, snap.col + col), snap.headers[col], cells[col], want));
      }
    }
    if (changed) d.updated++;
    d.conflicts += unsure;
    if (unsure === 0) continue;
    if (verdict === "legacy") d.legacyCells += unsure;
    else if (verdict === "notRecorded") d.notes.push(msg.rowNotRecorded(messages, t.name, r.id, unsure));
    else d.notes.push(msg.rowOriginUnsure(messages, t.name, r.id, originCell, unsure));
  }
  return d;
}

function headerIn(f: FoundTable): (c: PlanColumn) => string | undefined {
  return (c) => {
    const i = f.columns.indexOf.get(c.key);
    return i === undefined ? undefined : f.snap.headers[i];
  };
}

function appendSteps(f: FoundTable, appended: readonly PlanRow[], headerOf: HeaderLookup, messages: Language, order: FormulaOrder): { steps: Step[]; notes: string[] } {
  const { snap, plan: t, columns } = f;
  const byKey = new Map(t.columns.map((c) => [c.key, c]));
  const steps: Step[] = [];
  const notes: string[] = [];
  let start = snap.rows.length;
  for (const chunk of chunkRows(appended)) {
    // null in formula columns and columns the plan does not know (the analyst's): Excel fills a
    // calculated column's formula into the new rows, and leaves any other such cell blank.
    const values = chunk.map((r) => columns.keyAt.map((key) => appendedInput(r, key === undefined ? undefined : byKey.get(key))));
    const formulas = formulaOps(t, t.columns, chunk.length, start, headerIn(f), headerOf, messages, order);
    steps.push({ label: t.name, ops: [{ kind: "appendRows", table: t.name, values }, ...formulas.ops] });
    notes.push(...formulas.notes);
    start += chunk.length;
  }
  return { steps, notes };
}

/**
 * Formula cells left empty because the table their formula reads did not exist yet (an import
 * that stopped between the request creating this table and the one creating that table) get
 * their formula now, with that table's creation. Only empty cells, in rows the record knows as
 * report rows whose origin does not say analyst: nothing anyone typed is overwritten.
 */
function repairSteps(f: FoundTable, idCol: number, headerOf: HeaderLookup, messages: Language, order: FormulaOrder): { steps: Step[]; notes: string[] } {
  const { snap, plan: t, columns, record } = f;
  const waiting = t.columns.filter((c) => c.kind === "formula" && createdHere(c.formula, order) !== undefined);
  if (!record || waiting.length === 0) return { steps: [], notes: [] };
  const reportRows = new Set(record.reportRows);
  const originCol = columns.indexOf.get("origin");
  const ops: Step["ops"] = [];
  const notes = new Set<string>();
  for (const c of waiting) {
    const col = columns.indexOf.get(c.key);
    if (col === undefined) continue;
    const empty = snap.rows.flatMap((cells, i) =>
      reportRows.has(idKey(cells[idCol])) && (originCol === undefined || originOf(cells[originCol]) !== "analyst") && sameCell(cells[col], "") ? [i] : [],
    );
    for (const run of runsOf(empty)) {
      const f2 = formulaOps(t, [c], run.length, run.start, headerIn(f), headerOf, messages, order);
      ops.push(...f2.ops);
      f2.notes.forEach((n) => notes.add(n));
    }
  }
  return { steps: ops.length > 0 ? [{ label: t.name, ops }] : [], notes: [...notes] };
}

function columnNotes(f: FoundTable, messages: Language): string[] {
  const { plan: t, columns } = f;
  if (t.rows.length === 0) return [];
  const unsure = columns.lost.filter((l) => l.reason === "unsure");
  const missing = t.columns.filter((c) => c.kind !== "formula" && !columns.indexOf.has(c.key) && !unsure.some((u) => u.key === c.key));
  const notes: string[] = [];
  if (unsure.length > 0) notes.push(msg.columnsUnsure(messages, t.name, unsure.map((u) => u.header)));
  if (missing.length > 0) notes.push(msg.columnsMissing(messages, t.name, missing.map((c) => c.header)));
  return notes;
}

/** `order`: formulas over a table this import creates wait for its creation (formula-ops.ts). */
export function mergeTable(f: FoundTable, headerOf: HeaderLookup, messages: Language, order: FormulaOrder): MergedTable {
  const { snap, plan: t, columns } = f;
  const kept = f.record ? { ...f.record, columns: columns.record } : undefined;
  const idCol = columns.indexOf.get("id");
  if (idCol === undefined) {
    return { steps: [], notes: [msg.noIdColumn(messages, t.name, snap.sheet)], updated: 0, added: 0, conflicts: 1, record: kept };
  }
  const d = decideRows(f, indexRows(snap, idCol), messages);
  if (snap.hiddenRows) {
    // Filtered, or rows hidden by hand: Excel misplaces values written over hidden rows
    // (office-js #224), so nothing is written here; the rows wait until all are shown again.
    const waiting = d.updated + d.appended.length;
    const notes = waiting > 0 ? [msg.tableFiltered(messages, t.name, snap.sheet, d.updated, d.appended.length), ...d.notes] : d.notes;
    return { steps: [], notes, updated: 0, added: 0, conflicts: d.conflicts + waiting, record: kept };
  }
  const updateOps = [...d.updates].sort((a, b) => a[0] - b[0]).flatMap(([col, byRow]) => coalesceRuns(t.name, snap.headers[col], byRow));
  const repaired = repairSteps(f, idCol, headerOf, messages, order);
  const appended = appendSteps(f, d.appended, headerOf, messages, order);
  const notes = [...(f.record ? [] : [msg.tableNotRecorded(messages, t.name, snap.sheet, d.legacyCells)]), ...d.notes, ...repaired.notes, ...appended.notes, ...columnNotes(f, messages)];
  const newReportRows = d.appended.filter((r) => r.origin === "report").map((r) => idKey(r.id));
  return {
    steps: [...(updateOps.length > 0 ? [{ label: t.name, ops: updateOps }] : []), ...repaired.steps, ...appended.steps],
    notes,
    updated: d.updated,
    added: d.appended.length,
    conflicts: d.conflicts,
    record: kept && { ...kept, reportRows: [...new Set([...kept.reportRows, ...newReportRows])] },
  };
}
