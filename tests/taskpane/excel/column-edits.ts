/**
 * Column edits an analyst makes in a table, done to the fake as Excel does them: the cells of the
 * table's rows shift, the table widens or narrows, and each column keeps its TableColumn.id
 * (a new column gets a new one). Excel keeps a table's headers unique, so a header typed twice
 * becomes "Titel2"; these helpers do the same.
 */
import type { FakeExcel, TableState, Value } from "./fake-excel";
import { parseInput } from "./fake-excel";

function uniqueHeader(t: TableState, header: string, except = -1): string {
  const taken = new Set(t.headers().filter((_, i) => i !== except).map((h) => h.toLowerCase()));
  if (header.trim() === "") header = "Kolom";
  if (!taken.has(header.toLowerCase())) return header;
  for (let n = 2; ; n++) if (!taken.has(`${header}${n}`.toLowerCase())) return `${header}${n}`;
}

/** All cells of the table's rows (header and body), column by column. */
function columnsOf(t: TableState) {
  return Array.from({ length: t.width }, (_, c) => Array.from({ length: t.bodyRows + 1 }, (_, r) => t.sheet.get(t.top + r, t.left + c)));
}

function writeColumns(t: TableState, columns: ReturnType<typeof columnsOf>, oldWidth: number): void {
  for (let c = 0; c < Math.max(oldWidth, columns.length); c++) for (let r = 0; r <= t.bodyRows; r++) t.sheet.set(t.top + r, t.left + c, columns[c]?.[r]);
  t.width = columns.length;
}

/**
 * Calculated columns move with their column: `order` lists, per new position, the old index of
 * the column now there (undefined for a new column, which is not calculated).
 */
function remapCalculated(t: TableState, order: readonly (number | undefined)[]): void {
  const before = new Map(t.calculated);
  t.calculated.clear();
  order.forEach((old, now) => {
    const formula = old === undefined ? undefined : before.get(old);
    if (formula !== undefined) t.calculated.set(now, formula);
  });
}

const positions = (n: number): (number | undefined)[] => Array.from({ length: n }, (_, i) => i);

/** Inserts a column at position `at` (0-based) with `header` and body cells from `cell`. */
export function insertColumn(fake: FakeExcel, table: string, at: number, header: string, cell: (row: number) => Value = () => null): string {
  const t = fake.state.table(table);
  const name = uniqueHeader(t, header);
  const columns = columnsOf(t);
  const width = t.width;
  const language = fake.options.displayLanguage ?? "nl";
  columns.splice(at, 0, [{ value: name }, ...Array.from({ length: t.bodyRows }, (_, r) => parseInput(cell(r), language))]);
  t.columnIds.splice(at, 0, t.nextColumnId++);
  const order = positions(width);
  order.splice(at, 0, undefined);
  remapCalculated(t, order);
  writeColumns(t, columns, width);
  return name;
}

export function renameColumn(fake: FakeExcel, table: string, index: number, header: string): string {
  const t = fake.state.table(table);
  const name = uniqueHeader(t, header, index);
  t.sheet.set(t.top, t.left + index, { value: name });
  return name;
}

export function moveColumn(fake: FakeExcel, table: string, from: number, to: number): void {
  const t = fake.state.table(table);
  const columns = columnsOf(t);
  const [moved] = columns.splice(from, 1);
  columns.splice(to, 0, moved);
  const [id] = t.columnIds.splice(from, 1);
  t.columnIds.splice(to, 0, id);
  const order = positions(t.width);
  const [old] = order.splice(from, 1);
  order.splice(to, 0, old);
  remapCalculated(t, order);
  writeColumns(t, columns, t.width);
}

export function deleteColumn(fake: FakeExcel, table: string, index: number): void {
  const t = fake.state.table(table);
  const columns = columnsOf(t);
  const width = t.width;
  columns.splice(index, 1);
  t.columnIds.splice(index, 1);
  const order = positions(width);
  order.splice(index, 1);
  remapCalculated(t, order);
  writeColumns(t, columns, width);
}

/** Sorts the body rows (as Data ▸ Sort does): cells move with their row. */
export function sortRows(fake: FakeExcel, table: string, compare: (a: (Value | undefined)[], b: (Value | undefined)[]) => number): void {
  const t = fake.state.table(table);
  const rows = Array.from({ length: t.bodyRows }, (_, r) => Array.from({ length: t.width }, (_, c) => t.sheet.get(t.top + 1 + r, t.left + c)));
  rows.sort((a, b) => compare(a.map((x) => x?.value), b.map((x) => x?.value)));
  rows.forEach((row, r) => row.forEach((cell, c) => t.sheet.set(t.top + 1 + r, t.left + c, cell)));
}
