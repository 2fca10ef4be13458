/** A new sheet with its text blocks, tables, formats and charts, and the record of what it holds. */
import type { Language } from "../language";
import { rangeAddress } from "../plan/address";
import type { HeaderLookup } from "../plan/formula";
import { footerSections } from "../plan/print";
import { guardText } from "../plan/text-guard";
import type { PlanBlock, PlanColumn, PlanSheet, PlanTable } from "../plan/types";
import { chunkRows } from "../requests/batches";
import { createdTableRecord, type TableRecord } from "../workbook/identity";
import { appendedInput, input } from "./cells";
import { formulaOps, tableCreated, type FormulaOrder } from "./formula-ops";
import type { CellInput, Step, WriteOp } from "./ops";

export interface CreatedSheet {
  steps: Step[];
  /** The sheet's print setup: written after every sheet's content (merge.ts). */
  print: WriteOp;
  notes: string[];
  added: number;
  records: Record<string, TableRecord>;
}

const ownHeader = (c: PlanColumn) => c.header;

/** Widths, wraps, number formats, lists and fills of a table's columns; `header` is where a column stands now. */
export function formatOps(t: PlanTable, rows: number, header: (c: PlanColumn) => string | undefined = ownHeader): WriteOp[] {
  return t.columns.flatMap((c) => {
    const column = header(c);
    if (column === undefined) return [];
    return [
      {
        kind: "formatColumn" as const,
        table: t.name,
        column,
        rows,
        width: c.width,
        wrap: c.wrap ?? false,
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
        ...(c.validation ? { validation: c.validation } : {}),
        ...(c.fills ? { fills: c.fills } : {}),
      },
    ];
  });
}

/**
 * `mergeLine`: whether line `i` of block `b` may be merged across its span (a merge keeps only
 * the top-left value, so a resumed sheet merges only lines whose span holds nothing of the analyst's).
 */
export function printOp(sheet: PlanSheet, name: string, mergeLine: (b: PlanBlock, i: number) => boolean = () => true): WriteOp {
  const { paper, orientation, titleRow } = sheet.print;
  const lines = sheet.blocks.flatMap((b) =>
    b.span && b.span > 1
      ? b.lines.flatMap((_l, i) => (mergeLine(b, i) ? [{ address: rangeAddress(b.row + i, b.col, 1, b.span!), ...(b.heights?.[i] ? { height: b.heights[i] } : {}) }] : []))
      : [],
  );
  return { kind: "pageLayout", sheet: name, paper, orientation, titleRow, footer: footerSections(sheet.print), lines };
}

export function blockOp(b: PlanBlock, sheet: string): Extract<WriteOp, { kind: "writeBlock" }> {
  return {
    kind: "writeBlock",
    sheet,
    address: rangeAddress(b.row, b.col, b.lines.length, 1),
    values: b.lines.map((l) => [guardText(l)]),
    bold: [...b.headings],
    ...(b.width ? { width: b.width } : {}),
  };
}

export function chartOp(ch: PlanSheet["charts"][number], sheet: string, reuse?: string): WriteOp {
  return { kind: "addChart", sheet, name: ch.name, table: ch.sourceTable, chartType: ch.type, title: ch.title, from: ch.from, to: ch.to, ...(reuse === undefined ? {} : { reuse }) };
}

/** The first 2-D array a table is created with: headers and its first chunk of rows (an empty table gets one blank row). */
export function initialValues(t: PlanTable): CellInput[][] {
  const head = chunkRows(t.rows)[0] ?? [];
  const values: CellInput[][] = [t.columns.map((c) => c.header), ...head.map((r) => t.columns.map((c) => input(r, c.key)))];
  // A table needs one body row; an empty plan table gets one blank row.
  if (values.length === 1) values.push(t.columns.map(() => ""));
  return values;
}

export interface CreatedTable {
  /** Into the sheet's first request: the table with its first rows, their formulas and formats. */
  ops: WriteOp[];
  /** The remaining rows, a step per chunk. */
  later: Step[];
  notes: string[];
  record: TableRecord;
}

/** A new table on `sheet` at its planned place; formulas that waited for it follow its creation. */
export function createTable(t: PlanTable, sheet: string, headerOf: HeaderLookup, messages: Language, order: FormulaOrder): CreatedTable {
  const chunks = chunkRows(t.rows);
  const head = chunks[0] ?? [];
  const values = initialValues(t);
  const ops: WriteOp[] = [{ kind: "addTable", sheet, address: rangeAddress(t.row, t.col, values.length, t.columns.length), name: t.name, values, style: t.style }];
  // An empty table's one blank row gets the formulas too: the column stays a calculated column.
  const headFormulas = formulaOps(t, t.columns, values.length - 1, 0, ownHeader, headerOf, messages, order);
  ops.push(...headFormulas.ops, ...tableCreated(t.name, order), ...formatOps(t, values.length - 1));
  const notes = [...headFormulas.notes];
  const later: Step[] = [];
  let start = head.length;
  for (const chunk of chunks.slice(1)) {
    const f = formulaOps(t, t.columns, chunk.length, start, ownHeader, headerOf, messages, order);
    // null in formula columns: Excel fills the calculated column's formula into the new rows.
    later.push({ label: t.name, ops: [{ kind: "appendRows", table: t.name, values: chunk.map((r) => t.columns.map((c) => appendedInput(r, c))) }, ...f.ops] });
    notes.push(...f.notes);
    start += chunk.length;
  }
  return { ops, later, notes, record: createdTableRecord(t.columns, t.rows.filter((r) => r.origin === "report").map((r) => r.id)) };
}

/**
 * `name`: the free sheet name to use (the planned one, or "… (2)" when it is taken). Formulas
 * that wait for a table of this sheet (`order`) are written right after its creation.
 */
export function createSheet(sheet: PlanSheet, name: string, headerOf: HeaderLookup, messages: Language, order: FormulaOrder): CreatedSheet {
  const first: WriteOp[] = [{ kind: "addSheet", sheet: name }, ...sheet.blocks.map((b) => blockOp(b, name))];
  const later: Step[] = [];
  const notes: string[] = [];
  const records: Record<string, TableRecord> = {};
  let added = 0;
  for (const t of sheet.tables) {
    const created = createTable(t, name, headerOf, messages, order);
    first.push(...created.ops);
    later.push(...created.later);
    notes.push(...created.notes);
    added += t.rows.length;
    records[t.name] = created.record;
  }
  if (sheet.freezeRows > 0) first.push({ kind: "freezeRows", sheet: name, rows: sheet.freezeRows });
  for (const ch of sheet.charts) first.push(chartOp(ch, name));
  return { steps: [{ label: name, ops: first }, ...later], notes, added, records, print: printOp(sheet, name) };
}
