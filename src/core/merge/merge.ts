/**
 * Re-import without losing analyst work. Given the plan and what the workbook holds, decides the
 * writes: report-owned cells of report rows (matched by id) are updated, missing rows appended,
 * new sheets and tables created. Analyst-owned columns and analyst rows are never written, no row
 * is deleted or moved, and running the merge again on its own result writes nothing new.
 *
 * Supported workbook edits: sheets renamed or moved (tables are found by name), columns reordered
 * or renamed to the other language's header, extra analyst columns (left blank in appended rows),
 * rows sorted or filtered, analyst rows anywhere. Not matched safely, so left alone and reported
 * as a conflict: a table without its id column, duplicate ids, a report id on an analyst row, a
 * planned table missing from a sheet that still holds our other tables, renamed header of a
 * report column (that column is then neither updated nor filled in appended rows).
 */
import type { Language } from "../language";
import { cellAddress, rangeAddress } from "../plan/address";
import { referencedTables, renderFormula } from "../plan/formula";
import { originOf } from "../plan/labels";
import { guardText } from "../plan/text-guard";
import type { PlanColumn, PlanRow, PlanSheet, PlanTable, WorkbookPlan } from "../plan/types";
import { chunkRows } from "./batches";
import type { CellInput, Step, WriteOp } from "./ops";
import type { SnapshotTable, WorkbookSnapshot } from "./snapshot";
import { mergeMessages as msg } from "./messages";

/** What an import would do, shown to the analyst before anything is written. */
export interface MergeSummary {
  /** Report rows whose report-owned cells differ and would be updated. */
  updated: number;
  /** Report rows missing from the workbook that would be added. */
  added: number;
  /** Cells where the workbook differs from the report in a column the analyst owns (left as they are). */
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
}

const lower = (s: string) => s.trim().toLowerCase();

/** Equal as an analyst would see them: empty is empty, 1 and "1" are the same id. */
export function sameCell(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? v : String(v));
  return norm(a) === norm(b);
}

/** A cell of an appended row: null leaves a formula column (or a column we do not know) to Excel. */
function appendedInput(r: PlanRow, c: PlanColumn | undefined): CellInput {
  return c === undefined || c.kind === "formula" ? null : input(r, c.key);
}

function input(r: PlanRow, key: string): CellInput {
  const v = r.cells[key];
  if (v === null || v === undefined) return "";
  return typeof v === "string" && r.textGuard.includes(key) ? `'${v}` : v;
}

/** A table as found: which column holds which key, and in which language its headers are. */
interface FoundTable {
  snap: SnapshotTable;
  plan: PlanTable;
  keyAt: (string | undefined)[];
  indexOf: Map<string, number>;
}

function matchColumns(snap: SnapshotTable, variants: readonly PlanTable[], preferred: PlanTable): FoundTable {
  let best = preferred;
  let bestScore = -1;
  for (const v of variants) {
    const score = snap.headers.filter((h, i) => v.columns[i]?.header === h || v.columns.some((c) => c.header === h)).length;
    if (score > bestScore || (score === bestScore && v === preferred)) {
      best = v;
      bestScore = score;
    }
  }
  const keyAt = snap.headers.map((h) => {
    for (const v of [best, ...variants]) {
      const c = v.columns.find((col) => lower(col.header) === lower(String(h ?? "")));
      if (c) return c.key;
    }
    return undefined;
  });
  const indexOf = new Map<string, number>();
  keyAt.forEach((k, i) => {
    if (k !== undefined && !indexOf.has(k)) indexOf.set(k, i);
  });
  return { snap, plan: best, keyAt, indexOf };
}

/** Excel names sheets case-insensitively: "Trends (2)", "Trends (3)" … until one is free. */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(lower(wanted))) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!taken.has(lower(name))) return name;
  }
}

/** `messages` is the language of notes and details (the pane's); `language` that of new sheets. */
export function mergePlan(
  plans: Readonly<Record<Language, WorkbookPlan>>,
  language: Language,
  snapshot: WorkbookSnapshot,
  messages: Language = language,
): MergeResult {
  const primary = plans[language];
  const variantsOf = (name: string) =>
    (Object.values(plans) as WorkbookPlan[]).flatMap((p) => p.sheets.flatMap((s) => s.tables.filter((t) => t.name === name)));
  const snapTables = new Map(snapshot.tables.map((t) => [lower(t.name), t]));
  const taken = new Set(snapshot.sheets.map((s) => lower(s.name)));
  const summary: MergeSummary = { updated: 0, added: 0, conflicts: 0, sheetsCreated: [], sheetsRenamed: [], details: [] };
  const notes: string[] = [];
  const steps: Step[] = [];

  // Headers by key of every table a formula may reference: as found, or as about to be created.
  const found = new Map<string, FoundTable>();
  for (const sheet of primary.sheets) {
    for (const t of sheet.tables) {
      const snap = snapTables.get(lower(t.name));
      if (snap) found.set(t.name, matchColumns(snap, variantsOf(t.name), t));
    }
  }
  // Tables this import creates: those of sheets that hold none of our tables yet.
  const planned = new Map(primary.sheets.filter((s) => s.tables.every((t) => !found.has(t.name))).flatMap((s) => s.tables.map((t) => [t.name, t] as const)));
  // A formula over a table this import creates is written right after that table's creation
  // (Excel refuses a formula naming a table that does not exist yet).
  const afterCreation = new Map<string, WriteOp[]>();
  const created = new Set<string>();
  const createdHere = (f: PlanColumn["formula"]) => (f ? referencedTables(f).find((other) => planned.has(other)) : undefined);
  const headerOf = (table: string, key: string): string | undefined => {
    const f = found.get(table);
    if (f) {
      const i = f.indexOf.get(key);
      return i === undefined ? undefined : f.snap.headers[i];
    }
    const fromSnapshot = snapTables.get(lower(table));
    if (fromSnapshot) return undefined;
    return planned.get(table)?.columns.find((c) => c.key === key)?.header;
  };

  const formulaOps = (t: PlanTable, rows: readonly unknown[], startRow: number, columns: readonly PlanColumn[], header: (c: PlanColumn) => string | undefined): WriteOp[] => {
    const ops: WriteOp[] = [];
    for (const c of columns.filter((x) => x.kind === "formula")) {
      const column = header(c);
      if (column === undefined || rows.length === 0) continue;
      // One formula for every row: the column stays a calculated column.
      const f = c.formula ? renderFormula(c.formula, t.name, headerOf) : null;
      if (f === null) {
        notes.push(msg.formulaSkipped(messages, t.name, column));
        continue;
      }
      const op: WriteOp = { kind: "setFormulas", table: t.name, column, startRow, formulas: rows.map(() => [f]) };
      const waitFor = createdHere(c.formula);
      if (waitFor !== undefined && waitFor !== t.name && !created.has(waitFor)) afterCreation.set(waitFor, [...(afterCreation.get(waitFor) ?? []), op]);
      else ops.push(op);
    }
    return ops;
  };

  for (const sheet of primary.sheets) {
    const existing = sheet.tables.filter((t) => found.has(t.name));
    if (existing.length === 0) {
      createSheet(sheet);
      continue;
    }
    for (const t of sheet.tables) {
      const f = found.get(t.name);
      if (f) mergeTable(f);
      else {
        summary.conflicts++;
        notes.push(msg.tableMissing(messages, t.name, found.get(existing[0].name)!.snap.sheet));
      }
    }
  }

  function createSheet(sheet: PlanSheet): void {
    const name = freeSheetName(sheet.name, taken);
    taken.add(lower(name));
    summary.sheetsCreated.push(name);
    if (name !== sheet.name) summary.sheetsRenamed.push({ wanted: sheet.name, used: name });
    const first: WriteOp[] = [{ kind: "addSheet", sheet: name }];
    const later: Step[] = [];
    for (const b of sheet.blocks) {
      first.push({
        kind: "writeBlock",
        sheet: name,
        address: rangeAddress(b.row, b.col, b.lines.length, 1),
        values: b.lines.map((l) => [guardText(l)]),
        bold: [...b.headings],
        ...(b.width ? { width: b.width } : {}),
      });
    }
    for (const t of sheet.tables) {
      const header = (c: PlanColumn) => c.header;
      const chunks = chunkRows(t.rows);
      const head = chunks[0] ?? [];
      const values: CellInput[][] = [t.columns.map((c) => c.header), ...head.map((r) => t.columns.map((c) => input(r, c.key)))];
      // A table needs one body row; an empty plan table gets one blank row.
      if (values.length === 1) values.push(t.columns.map(() => ""));
      first.push({ kind: "addTable", sheet: name, address: rangeAddress(t.row, t.col, values.length, t.columns.length), name: t.name, values, style: t.style });
      // An empty table's one blank row gets the formulas too: the column stays a calculated column.
      first.push(...formulaOps(t, head.length > 0 ? head : [null], 0, t.columns, header), ...(afterCreation.get(t.name) ?? []));
      created.add(t.name);
      for (const c of t.columns) {
        first.push({
          kind: "formatColumn",
          table: t.name,
          column: c.header,
          rows: values.length - 1,
          width: c.width,
          wrap: c.wrap ?? false,
          ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
          ...(c.validation ? { validation: c.validation } : {}),
          ...(c.fills ? { fills: c.fills } : {}),
        });
      }
      let start = head.length;
      for (const chunk of chunks.slice(1)) {
        later.push({
          label: t.name,
          ops: [{ kind: "appendRows", table: t.name, values: chunk.map((r) => t.columns.map((c) => appendedInput(r, c))) }, ...formulaOps(t, chunk, start, t.columns, header)],
        });
        start += chunk.length;
      }
      summary.added += t.rows.length;
    }
    if (sheet.freezeRows > 0) first.push({ kind: "freezeRows", sheet: name, rows: sheet.freezeRows });
    for (const ch of sheet.charts) {
      first.push({ kind: "addChart", sheet: name, name: ch.name, table: ch.sourceTable, chartType: ch.type, title: ch.title, from: ch.from, to: ch.to });
    }
    steps.push({ label: name, ops: first }, ...later);
  }

  function mergeTable(f: FoundTable): void {
    const { snap, plan: t, keyAt, indexOf } = f;
    const idCol = indexOf.get("id");
    if (idCol === undefined) {
      summary.conflicts++;
      notes.push(msg.noIdColumn(messages, t.name, snap.sheet));
      return;
    }
    const originCol = indexOf.get("origin");
    const rowsById = new Map<string, number>();
    const duplicates = new Set<string>();
    snap.rows.forEach((cells, i) => {
      const raw = cells[idCol];
      if (raw === null || raw === undefined || String(raw).trim() === "") return;
      const id = lower(String(raw));
      if (rowsById.has(id)) duplicates.add(id);
      else rowsById.set(id, i);
    });
    const updates = new Map<number, Map<number, CellInput>>();
    const appended: PlanRow[] = [];
    const at = (i: number, c: number) => cellAddress(snap.row + 1 + i, snap.col + c);

    for (const r of t.rows) {
      const id = lower(r.id);
      if (duplicates.has(id)) {
        summary.conflicts++;
        notes.push(msg.duplicateId(messages, t.name, r.id));
        continue;
      }
      const i = rowsById.get(id);
      if (i === undefined) {
        appended.push(r);
        continue;
      }
      const cells = snap.rows[i];
      const origin = originCol === undefined ? "report" : (originOf(cells[originCol]) ?? "report");
      if (r.origin === "report" && origin === "analyst") {
        summary.conflicts++;
        notes.push(msg.idOnAnalystRow(messages, t.name, r.id));
        continue;
      }
      let changed = false;
      for (const c of t.columns) {
        if (c.kind === "formula") continue;
        const col = indexOf.get(c.key);
        if (col === undefined) continue;
        const want = r.cells[c.key] ?? null;
        if (sameCell(cells[col], want)) continue;
        if (r.origin === "report" && c.owner === "report") {
          const forColumn = updates.get(col) ?? new Map<number, CellInput>();
          forColumn.set(i, input(r, c.key));
          updates.set(col, forColumn);
          changed = true;
        } else if (want !== null) {
          summary.conflicts++;
          notes.push(msg.analystCellKept(messages, snap.sheet, at(i, col), snap.headers[col], cells[col], want));
        }
      }
      if (changed) summary.updated++;
    }

    const ops: WriteOp[] = [];
    for (const [col, byRow] of [...updates].sort((a, b) => a[0] - b[0])) {
      // Consecutive rows of one column go as one range.
      const rowsSorted = [...byRow.keys()].sort((a, b) => a - b);
      let runStart = rowsSorted[0];
      let run: CellInput[][] = [];
      rowsSorted.forEach((ri, k) => {
        if (k > 0 && ri !== rowsSorted[k - 1] + 1) {
          ops.push({ kind: "updateCells", table: t.name, column: snap.headers[col], startRow: runStart, values: run });
          runStart = ri;
          run = [];
        }
        run.push([byRow.get(ri)!]);
      });
      if (run.length > 0) ops.push({ kind: "updateCells", table: t.name, column: snap.headers[col], startRow: runStart, values: run });
    }
    if (ops.length > 0) steps.push({ label: t.name, ops });

    const header = (c: PlanColumn) => {
      const i = indexOf.get(c.key);
      return i === undefined ? undefined : snap.headers[i];
    };
    // Rows written before the table their formula reads was created (an import that stopped
    // halfway) get that formula now, with the table's creation.
    const waiting = formulaOps(t, snap.rows, 0, t.columns.filter((c) => createdHere(c.formula) !== undefined), header);
    if (waiting.length > 0) steps.push({ label: t.name, ops: waiting });
    let start = snap.rows.length;
    for (const chunk of chunkRows(appended)) {
      const values = chunk.map((r) => keyAt.map((key) => appendedInput(r, key === undefined ? undefined : t.columns.find((x) => x.key === key))));
      steps.push({ label: t.name, ops: [{ kind: "appendRows", table: t.name, values }, ...formulaOps(t, chunk, start, t.columns, header)] });
      start += chunk.length;
    }
    summary.added += appended.length;
    const missing = t.columns.filter((c) => c.kind !== "formula" && !indexOf.has(c.key)).map((c) => c.header);
    if (missing.length > 0 && (appended.length > 0 || t.rows.length > 0)) notes.push(msg.columnsMissing(messages, t.name, missing));
  }

  summary.details = msg.details(messages, summary, notes);
  return { steps, summary };
}
