/**
 * Plain Excel JavaScript API reads and writes for the scenarios' own checks: they look at the
 * workbook the way an analyst's Excel shows it, not through the product's reader.
 */
import type { Cell } from "../../core/plan/types";
import type { SelfTestHost } from "./host";

/** Excel's error values as range.values returns them. */
const EXCEL_ERRORS = ["#NAME?", "#VALUE!", "#REF!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!", "#FIELD!", "#GETTING_DATA", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!"];

export function isExcelError(value: unknown): value is string {
  return typeof value === "string" && EXCEL_ERRORS.includes(value);
}

/** Custom functions compute asynchronously in Excel: a cell shows #BUSY! until its result arrives. */
const BUSY = "#BUSY!";
const POLL_MS = 250;
const POLL_TRIES = 60;

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads until no cell is #BUSY! (at most POLL_TRIES reads, one sync each): waiting for Excel's
 * calculation is the one place a self-test syncs in a loop, and it is bounded.
 */
export async function settledRead(host: SelfTestHost, read: (context: Excel.RequestContext) => Excel.Range): Promise<Cell[][]> {
  const pause = host.pause ?? timer;
  for (let attempt = 1; ; attempt++) {
    const values = await host.run(async (context) => {
      const range = read(context).load("values");
      await context.sync();
      return range.values as Cell[][];
    });
    if (!values.some((row) => row.includes(BUSY)) || attempt >= POLL_TRIES) return values;
    await pause(POLL_MS);
  }
}

export interface TableRead {
  headers: string[];
  rows: Cell[][];
  /** The values of one body row under a header; throws when the header is missing. */
  cell(row: number, header: string): Cell;
}

export async function readTable(host: SelfTestHost, table: string): Promise<TableRead> {
  const values = await settledRead(host, (context) => context.workbook.tables.getItem(table).getRange());
  const headers = (values[0] ?? []).map(String);
  const rows = values.slice(1);
  return {
    headers,
    rows,
    cell(row, header) {
      const c = headers.indexOf(header);
      if (c < 0) throw new Error(`column "${header}" missing in ${table} (${headers.join(", ")})`);
      return rows[row][c];
    },
  };
}

/** Types into one body cell of a table column, as an analyst would (values, not formulas). */
export function typeInto(context: Excel.RequestContext, table: string, header: string, row: number, value: Cell): void {
  context.workbook.tables.getItem(table).columns.getItem(header).getDataBodyRange().getCell(row, 0).values = [[value]];
}
