/** What the workbook already holds, as far as a merge needs to know: read once, before writing. */
import type { Cell } from "../plan/types";

export interface SnapshotSheet {
  name: string;
}

export interface SnapshotTable {
  name: string;
  sheet: string;
  /** Top-left of the header row, 0-based (for cell addresses in messages). */
  row: number;
  col: number;
  headers: readonly string[];
  /** The data body's values, row by row. */
  rows: readonly (readonly Cell[])[];
}

export interface WorkbookSnapshot {
  sheets: readonly SnapshotSheet[];
  tables: readonly SnapshotTable[];
}

export const EMPTY_WORKBOOK: WorkbookSnapshot = { sheets: [], tables: [] };
