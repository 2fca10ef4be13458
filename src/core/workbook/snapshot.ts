/** What the workbook already holds, as far as a merge needs to know: read once, before writing. */
import type { Cell } from "../plan/types";
import type { IdentityRecord } from "./identity";

export interface SnapshotSheet {
  name: string;
  /** Names of the sheet's charts: read only on sheets an unfinished import was creating. */
  charts?: readonly string[];
}

/** Cells read where an unfinished import would write on a sheet it was creating (./identity.ts `pending`). */
export interface SnapshotProbe {
  sheet: string;
  address: string;
  values: readonly (readonly Cell[])[];
}

export interface SnapshotTable {
  /** Our tables by name; on a sheet an unfinished import was creating, any table (e.g. "Table2"). */
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
  /**
   * Some body rows are hidden (a filter, or hidden by hand). Excel misplaces values written over
   * hidden rows (office-js #224), so the merge writes nothing to such a table.
   */
  hiddenRows?: boolean;
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
  /** Planned places on sheets an unfinished import was creating, as they are now. */
  probes?: readonly SnapshotProbe[];
}

export const EMPTY_WORKBOOK: WorkbookSnapshot = { sheets: [], tables: [] };
