/** What the workbook already holds, as far as a merge needs to know: read once, before writing. */
import type { Cell } from "../plan/types";
import type { IdentityRecord } from "./identity";

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
  /**
   * Excel's TableColumn.id of each column, in column order (same length as headers). An id
   * follows its column through renames and moves; absent when the reader could not load them.
   */
  columnIds?: readonly number[];
  /** The data body's values, row by row. */
  rows: readonly (readonly Cell[])[];
}

export interface WorkbookSnapshot {
  sheets: readonly SnapshotSheet[];
  tables: readonly SnapshotTable[];
  /**
   * What the add-in recorded about its own tables when it wrote them (./identity.ts). Absent or
   * null: nothing recorded (a workbook from before identity was kept, another add-in id, or a
   * host without workbook settings); every existing cell is then treated as the analyst's.
   */
  identity?: IdentityRecord | null;
}

export const EMPTY_WORKBOOK: WorkbookSnapshot = { sheets: [], tables: [] };
