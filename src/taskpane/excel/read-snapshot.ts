/**
 * Reads what a merge needs: sheet names and what the add-in recorded of its tables (workbook
 * settings, core/workbook/identity.ts), then the add-in's tables (found by name, wherever they
 * are) with their headers, Excel's column ids and values. Excel on the web refuses a response over 5 MB, so a table
 * body is not read in one piece when it is large:
 *   sync 1  sheet and table names, the identity record;
 *   (only after an import that did not finish) the sheets it was creating: their tables under any
 *           name, their charts, and the cells where it writes (`probe`), in one more sync;
 *   sync 2  per table of ours: its sheet, header, column ids, body row and column count, and its first
 *           HEAD_ROWS rows (all of a small table: the reference set is read in these two syncs);
 *   then    the remaining rows in row-range chunks, several per sync while their estimated
 *           response stays under READ_LIMIT (core/requests/read-chunks.ts); a response refused as
 *           too large anyway is read again in two halves.
 */
import { HEAD_ROWS, isPayloadLimitError, learnRowBytes, nextReadGroup, READ_LIMIT, rowBytesEstimate, splitReadGroup, type ReadChunk, type ReadCursor } from "../../core/requests/read-chunks";
import { utf8Length } from "../../core/requests/batches";
import { parseTopLeft } from "../../core/plan/address";
import { TABLE_PREFIX } from "../../core/plan/labels";
import type { Cell } from "../../core/plan/types";
import { IDENTITY_KEY, parseIdentity, type PendingSheet } from "../../core/workbook/identity";
import { SyncTimeout } from "./time-limit";
import type { SnapshotProbe, SnapshotSheet, SnapshotTable, WorkbookSnapshot } from "../../core/workbook/snapshot";

export interface ReadOptions {
  /** Estimated bytes per response (tests lower it to force several chunks). */
  limit?: number;
  /** Workbook settings are there to read the identity record (ExcelApi 1.4); without, none is read. */
  settings?: boolean;
  /** Addresses to read on a sheet an unfinished import was creating (core/merge probeAddresses). */
  probe?: (pending: PendingSheet) => readonly string[];
}

interface Pending {
  name: string;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
  columns: Excel.TableColumnCollection;
  head?: Excel.Range;
}

function queueTables(tables: readonly Excel.Table[], withHead: boolean): Pending[] {
  return tables.map((t) => {
    const body = t.getDataBodyRange();
    return {
      name: t.name,
      sheet: t.worksheet.load("name"),
      header: t.getHeaderRowRange().load("values,address"),
      // rowHidden (ExcelApi 1.2): false when no body row is hidden, true or null when some are.
      body: body.load("rowCount,columnCount,rowHidden"),
      columns: t.columns.load("items/id,items/index"),
      // The first rows, and no more than the body has: ExcelApi 1.1 (getIntersection, getRow) and 1.2 (getResizedRange).
      head: withHead ? body.getIntersection(body.getRow(0).getResizedRange(HEAD_ROWS - 1, 0)).load("values") : undefined,
    };
  });
}

interface ChunkRead {
  chunk: ReadChunk;
  values: Cell[][];
}

/** The chunks of one group with their values, in order; a group refused as too large is read in halves. */
async function readGroup(context: Excel.RequestContext, bodies: readonly Excel.Range[], cursors: ReadCursor[], group: readonly ReadChunk[]): Promise<ChunkRead[]> {
  const ranges = group.map((c) => bodies[c.table].getRow(c.start).getResizedRange(c.count - 1, 0).load("values"));
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadLimitError(error) ? splitReadGroup(group) : undefined;
    if (!halves) throw error;
    // The estimate was too low for these rows: raise it for the groups still to come.
    for (const t of new Set(group.map((c) => c.table))) cursors[t].rowBytes *= 2;
    return [...(await readGroup(context, bodies, cursors, halves[0])), ...(await readGroup(context, bodies, cursors, halves[1]))];
  }
  return ranges.map((r, i) => {
    const values = r.values as Cell[][];
    learnRowBytes(cursors[group[i].table], utf8Length(JSON.stringify(values)), values.length);
    return { chunk: group[i], values };
  });
}

export async function readSnapshot(context: Excel.RequestContext, only?: ReadonlySet<string>, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const limit = options.limit ?? READ_LIMIT;
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const setting = options.settings ? context.workbook.settings.getItemOrNullObject(IDENTITY_KEY).load("value") : undefined;
  await context.sync();
  let sheetNames: SnapshotSheet[] = sheets.items.map((s) => ({ name: s.name }));
  const identity = setting && !setting.isNullObject ? parseIdentity(setting.value) : null;
  const unfinished = only ? undefined : await readUnfinished(context, identity?.pending ?? [], sheetNames, options.probe);
  if (unfinished) sheetNames = unfinished.sheets;
  const extra = new Set(unfinished?.tables ?? []);
  const probes = unfinished ? { probes: unfinished.probes } : {};

  const ours = tables.items.filter((t) => (t.name.startsWith(TABLE_PREFIX) || extra.has(t.name)) && (!only || only.has(t.name)));
  if (ours.length === 0) return { sheets: sheetNames, tables: [], identity, ...probes };

  let pending = queueTables(ours, true);
  try {
    await context.sync();
  } catch (error) {
    // A request Excel did not answer in time is not asked again: that would wait a second limit.
    if (error instanceof SyncTimeout) throw error;
    // The first rows could not be read with the rest (too large a response, or a table at the
    // very bottom of its sheet): read the metadata alone, then every row in chunks.
    pending = queueTables(ours, false);
    await context.sync();
  }

  const rows: Cell[][][] = [];
  const cursors: ReadCursor[] = pending.map((p) => {
    const head = (p.head?.values ?? []) as Cell[][];
    rows.push(head.slice());
    const columns = p.body.columnCount;
    const rowBytes = head.length > 0 ? rowBytesEstimate(columns, utf8Length(JSON.stringify(head)), head.length) : rowBytesEstimate(columns);
    return { rows: p.body.rowCount, columns, next: head.length, rowBytes };
  });
  const bodies = pending.map((p) => p.body);

  // One sync per group of chunks; each group reads at least one row, so this ends.
  for (let group = nextReadGroup(cursors, limit); group.length > 0; group = nextReadGroup(cursors, limit)) {
    for (const { chunk, values } of await readGroup(context, bodies, cursors, group)) {
      const into = rows[chunk.table];
      for (const row of values) into.push(row);
      cursors[chunk.table].next = chunk.start + chunk.count;
    }
  }

  const found: SnapshotTable[] = pending.map((p, i) => {
    const at = parseTopLeft(p.header.address) ?? { row: 0, col: 0 };
    return {
      name: p.name,
      sheet: p.sheet.name,
      row: at.row,
      col: at.col,
      headers: (p.header.values[0] ?? []).map((h) => String(h)),
      columnIds: [...p.columns.items].sort((a, b) => a.index - b.index).map((c) => c.id),
      ...(p.body.rowHidden === false ? {} : { hiddenRows: true }),
      rows: rows[i],
    };
  });
  return { sheets: sheetNames, tables: found, identity, ...probes };
}

/**
 * Sheets an import began to create and did not finish (the identity record's `pending`): every
 * table on them (one may still carry Excel's default name), their charts, and the cells at the
 * places the import writes, so the merge can complete them without touching anything else.
 */
async function readUnfinished(
  context: Excel.RequestContext,
  pending: readonly PendingSheet[],
  sheets: readonly SnapshotSheet[],
  probe: ReadOptions["probe"],
): Promise<{ sheets: SnapshotSheet[]; tables: string[]; probes: SnapshotProbe[] } | undefined> {
  const lower = (s: string) => s.toLowerCase();
  const present = pending.filter((p) => sheets.some((s) => lower(s.name) === lower(p.sheet)));
  if (present.length === 0) return undefined;
  const reads = present.map((p) => {
    const ws = context.workbook.worksheets.getItem(p.sheet);
    return {
      p,
      tables: ws.tables.load("items/name"),
      charts: ws.charts.load("items/name"),
      probes: (probe?.(p) ?? []).map((address) => ({ address, range: ws.getRange(address).load("values") })),
    };
  });
  await context.sync();
  const charts = new Map(reads.map((r) => [lower(r.p.sheet), r.charts.items.map((c) => c.name)]));
  return {
    sheets: sheets.map((s) => (charts.has(lower(s.name)) ? { ...s, charts: charts.get(lower(s.name))! } : s)),
    tables: reads.flatMap((r) => r.tables.items.map((t) => t.name)),
    probes: reads.flatMap((r) => r.probes.map((x) => ({ sheet: r.p.sheet, address: x.address, values: x.range.values as Cell[][] }))),
  };
}
