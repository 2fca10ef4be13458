/**
 * Completing a sheet an earlier import began to create and did not finish. Excel does not undo a
 * request that fails halfway, so such a sheet may hold any prefix of what its creation writes:
 * nothing, its text blocks, a table's cells without the table, a table still under Excel's
 * default name ("Table2", the cut fell between tables.add and the naming), a table without its
 * formulas, formats, lists or fills, a chart without name or title, no page layout.
 *
 * The identity record lists the sheet as pending (core/workbook/identity.ts), written before it
 * was added: that, and nothing the sheet merely looks like, makes it ours. Even then each piece
 * is checked before it is written: a text block or a table's place is written only while it is
 * empty or holds exactly what the import writes there; a default-named table is adopted only at
 * exactly the planned place with exactly the planned headers and rows. Anything else stays as it
 * is and the preview says so. What the creation would set anyway (widths, formats, lists, fills,
 * style, frozen rows, page layout) is set again: those ops replace, they never add a second copy.
 */
import type { Language } from "../language";
import { rangeAddress } from "../plan/address";
import type { HeaderLookup } from "../plan/formula";
import type { PlanBlock, PlanColumn, PlanSheet, PlanTable, WorkbookPlan } from "../plan/types";
import { locateColumns } from "../workbook/columns";
import type { PendingSheet, TableRecord } from "../workbook/identity";
import type { SnapshotTable, WorkbookSnapshot } from "../workbook/snapshot";
import { idKey, input, sameCell } from "./cells";
import { blockOp, chartOp, createTable, formatOps, initialValues, printOp } from "./create-sheet";
import { formulaOps, tableCreated, type FormulaOrder } from "./formula-ops";
import { mergeTable, type FoundTable } from "./merge-table";
import { mergeMessages as msg } from "./messages";
import type { CellInput, Step, WriteOp } from "./ops";
import { runsOf } from "./runs";

export interface ResumedSheet {
  steps: Step[];
  print: WriteOp;
  notes: string[];
  added: number;
  updated: number;
  conflicts: number;
  records: Record<string, TableRecord>;
}

export interface ResumeContext {
  snapshot: WorkbookSnapshot;
  /** Our tables found by name (merge.ts). */
  found: ReadonlyMap<string, FoundTable>;
  headerOf: HeaderLookup;
  messages: Language;
  order: FormulaOrder;
}

const lower = (s: string) => s.trim().toLowerCase();
/** A cell as Excel reads back what the import typed: a guarded text without its apostrophe. */
const asRead = (v: CellInput) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);

/** The places to read before completing the sheet `pending` names (read-snapshot.ts). */
export function pendingProbes(plans: Readonly<Record<Language, WorkbookPlan>>, pending: PendingSheet): string[] {
  const sheet = plans[pending.language].sheets.find((s) => s.tables.some((t) => pending.tables.includes(t.name)));
  return sheet ? probeAddresses(sheet) : [];
}

/** A text block's place: its lines across their full span, since a printed line is merged across it. */
function blockArea(b: PlanBlock): string {
  return rangeAddress(b.row, b.col, b.lines.length, Math.max(1, b.span ?? 1));
}

function probeAddresses(sheet: PlanSheet): string[] {
  return [...sheet.blocks.map(blockArea), ...sheet.tables.map((t) => rangeAddress(t.row, t.col, initialValues(t).length, t.columns.length))];
}

function probeAt(snapshot: WorkbookSnapshot, sheet: string, address: string): readonly (readonly unknown[])[] | undefined {
  return snapshot.probes?.find((p) => lower(p.sheet) === lower(sheet) && p.address === address)?.values;
}

/** Empty, or exactly what the import writes there; false when the place was not read. */
function sameOrEmpty(values: readonly (readonly unknown[])[] | undefined, planned: readonly (readonly CellInput[])[]): boolean {
  if (!values || values.length !== planned.length) return false;
  const empty = values.every((row) => row.every((v) => sameCell(v, "")));
  return empty || values.every((row, r) => row.length === planned[r].length && row.every((v, c) => sameCell(v, asRead(planned[r][c]))));
}

function freeOrOurs(snapshot: WorkbookSnapshot, sheet: string, address: string, planned: readonly (readonly CellInput[])[]): boolean {
  return sameOrEmpty(probeAt(snapshot, sheet, address), planned);
}

/**
 * Per line of a block whose text may be written: whether the line's whole span is empty or holds
 * exactly what the import writes (its text in the first cell, nothing beside it), so merging it
 * loses no cell of the analyst's. The text itself goes in the first column only.
 */
function blockPlace(snapshot: WorkbookSnapshot, sheet: string, b: PlanBlock, op: ReturnType<typeof blockOp>): { writable: boolean; mergeable: boolean[] } {
  const span = Math.max(1, b.span ?? 1);
  const values = probeAt(snapshot, sheet, blockArea(b));
  const first = values?.map((row) => row.slice(0, 1));
  const writable = sameOrEmpty(first, op.values);
  const mergeable = b.lines.map((_l, i) => {
    const row = values?.[i];
    if (!writable || !row || row.length !== span) return false;
    return sameOrEmpty([row], [[op.values[i][0], ...Array.from({ length: span - 1 }, () => "")]]);
  });
  return { writable, mergeable };
}

/**
 * A table of ours left under Excel's default name: on this sheet, at the planned top-left, the
 * planned headers in order, and body rows that are exactly the first rows the import wrote
 * (formula columns may be empty, or hold what the formulas computed).
 */
function leftover(snapshot: WorkbookSnapshot, sheet: string, t: PlanTable): SnapshotTable | undefined {
  const values = initialValues(t);
  return snapshot.tables.find(
    (s) =>
      lower(s.sheet) === lower(sheet) &&
      !s.name.toLowerCase().startsWith("se_") &&
      s.row === t.row &&
      s.col === t.col &&
      s.headers.length === t.columns.length &&
      t.columns.every((c, i) => s.headers[i] === c.header) &&
      s.rows.length === values.length - 1 &&
      s.rows.every((row, r) => t.columns.every((c, i) => c.kind === "formula" || sameCell(row[i], asRead(values[r + 1][i])))),
  );
}

/** Whether table `x` as read covers any cell of the planned table's first range (`rows` rows with its header). */
function overlaps(x: SnapshotTable, t: PlanTable, rows: number): boolean {
  return x.col < t.col + t.columns.length && t.col < x.col + x.headers.length && x.row < t.row + rows && t.row < x.row + 1 + x.rows.length;
}

/** Formula cells of rows the import wrote (planned id, every other cell as planned) that are still empty. */
function missingFormulas(f: FoundTable, ctx: ResumeContext): { ops: WriteOp[]; notes: string[] } {
  const { snap, plan: t, columns } = f;
  const idCol = columns.indexOf.get("id");
  const planned = new Map(t.rows.map((r) => [idKey(r.id), r]));
  const header = (c: PlanColumn) => {
    const i = columns.indexOf.get(c.key);
    return i === undefined ? undefined : snap.headers[i];
  };
  const written = (cells: readonly unknown[]) => {
    const r = idCol === undefined ? undefined : planned.get(idKey(cells[idCol]));
    return r !== undefined && t.columns.every((c) => c.kind === "formula" || !columns.indexOf.has(c.key) || sameCell(cells[columns.indexOf.get(c.key)!], asRead(input(r, c.key))));
  };
  const ops: WriteOp[] = [];
  const notes = new Set<string>();
  for (const c of t.columns.filter((x) => x.kind === "formula")) {
    const col = columns.indexOf.get(c.key);
    if (col === undefined) continue;
    const empty = snap.rows.flatMap((cells, i) => (written(cells) && sameCell(cells[col], "") ? [i] : []));
    for (const run of runsOf(empty)) {
      const out = formulaOps(t, [c], run.length, run.start, header, ctx.headerOf, ctx.messages, ctx.order);
      ops.push(...out.ops);
      out.notes.forEach((n) => notes.add(n));
    }
  }
  return { ops, notes: [...notes] };
}

/** `name`: the sheet as it is called in the workbook now. */
export function resumeSheet(sheet: PlanSheet, name: string, ctx: ResumeContext): ResumedSheet {
  const { snapshot, messages } = ctx;
  const mergeable = new Map<PlanBlock, boolean[]>();
  const out: ResumedSheet = { steps: [], print: printOp(sheet, name, () => false), notes: [msg.sheetResumed(messages, name)], added: 0, updated: 0, conflicts: 0, records: {} };
  const first: WriteOp[] = [];
  const later: Step[] = [];
  for (const b of sheet.blocks) {
    const op = blockOp(b, name);
    const place = blockPlace(snapshot, name, b, op);
    mergeable.set(b, place.mergeable);
    if (place.writable) first.push(op);
    else {
      out.conflicts++;
      out.notes.push(msg.placeInUse(messages, name, op.address));
    }
  }
  out.print = printOp(sheet, name, (b, i) => mergeable.get(b)?.[i] ?? false);
  for (const t of sheet.tables) {
    let f = ctx.found.get(t.name);
    const record = snapshot.identity?.tables[t.name];
    const left = f || !record ? undefined : leftover(snapshot, name, t);
    if (left) {
      first.push({ kind: "renameTable", from: left.name, to: t.name });
      const snap = { ...left, name: t.name };
      f = { snap, plan: t, columns: locateColumns(snap, record!.columns, [t.columns]), record };
    }
    if (!f) {
      const values = initialValues(t);
      const taken = snapshot.tables.some((x) => lower(x.sheet) === lower(name) && overlaps(x, t, values.length));
      if (taken || !freeOrOurs(snapshot, name, rangeAddress(t.row, t.col, values.length, t.columns.length), values)) {
        out.conflicts++;
        out.notes.push(msg.placeInUse(messages, name, rangeAddress(t.row, t.col, values.length, t.columns.length)));
        continue;
      }
      const created = createTable(t, name, ctx.headerOf, messages, ctx.order);
      first.push(...created.ops);
      later.push(...created.later);
      out.notes.push(...created.notes);
      out.added += t.rows.length;
      out.records[t.name] = created.record;
      continue;
    }
    // The table exists: whatever its creation did not get to, then the rows it still lacks.
    const header = (c: PlanColumn) => {
      const i = f!.columns.indexOf.get(c.key);
      return i === undefined ? undefined : f!.snap.headers[i];
    };
    first.push(...tableCreated(t.name, ctx.order), { kind: "styleTable", table: t.name, style: t.style }, ...formatOps(t, f.snap.rows.length, header));
    // Nothing is written over hidden rows (merge-table.ts); the formulas wait until all rows show.
    const formulas = f.snap.hiddenRows ? { ops: [], notes: [] } : missingFormulas(f, ctx);
    first.push(...formulas.ops);
    const merged = mergeTable(f, ctx.headerOf, messages, ctx.order);
    later.push(...merged.steps);
    out.notes.push(...formulas.notes, ...merged.notes);
    out.added += merged.added;
    out.updated += merged.updated;
    out.conflicts += merged.conflicts;
    if (merged.record) out.records[t.name] = merged.record;
  }
  if (sheet.freezeRows > 0) first.push({ kind: "freezeRows", sheet: name, rows: sheet.freezeRows });
  const charts = snapshot.sheets.find((s) => lower(s.name) === lower(name))?.charts ?? [];
  const planned = new Set(sheet.charts.map((c) => c.name));
  const missing = sheet.charts.filter((c) => !charts.includes(c.name));
  // A chart the cut left under Excel's default name: the only unplanned chart on a sheet missing exactly one.
  const strays = charts.filter((c) => !planned.has(c));
  for (const ch of sheet.charts) {
    const reuse = charts.includes(ch.name) ? ch.name : missing.length === 1 && strays.length === 1 ? strays[0] : undefined;
    // No chart over a table that could not be completed (its place is in use).
    if (!ctx.order.created.has(ch.sourceTable) && !ctx.found.has(ch.sourceTable)) continue;
    first.push(chartOp(ch, name, reuse));
  }
  out.steps = [...(first.length > 0 ? [{ label: name, ops: first }] : []), ...later];
  return out;
}
