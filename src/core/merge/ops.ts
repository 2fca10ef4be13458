/**
 * Write operations: what the merge decided, as plain data the Excel adapter executes one by one.
 * Values are already Excel input: text that Excel would misread carries its leading apostrophe,
 * "" is an empty cell, null leaves a cell as it is (Excel fills a calculated column's formula).
 */
import type { ListValidation, PlanPrint, TextFill } from "../plan/types";

export type CellInput = string | number | boolean | null;

export type WriteOp =
  | { kind: "addSheet"; sheet: string }
  | { kind: "writeBlock"; sheet: string; address: string; values: CellInput[][]; bold: number[]; width?: number }
  /** Writes header and rows as one 2-D array, then makes it a table. */
  | { kind: "addTable"; sheet: string; address: string; name: string; values: CellInput[][]; style: string }
  | { kind: "appendRows"; table: string; values: CellInput[][] }
  /** Formulas into one column of the data body, from startRow (0-based within the body). */
  | { kind: "setFormulas"; table: string; column: string; startRow: number; formulas: string[][] }
  | { kind: "updateCells"; table: string; column: string; startRow: number; values: CellInput[][] }
  | {
      kind: "formatColumn";
      table: string;
      column: string;
      /** Body rows when the table is created (for the 2-D number format array). */
      rows: number;
      width: number;
      wrap: boolean;
      numberFormat?: string;
      validation?: ListValidation;
      fills?: readonly TextFill[];
    }
  | { kind: "freezeRows"; sheet: string; rows: number }
  /**
   * Print setup of a created sheet (plan/print.ts), in the import's last step, after every
   * sheet's content: `footer` carries Excel's codes; `lines` are text lines merged across the
   * printed columns and wrapped, each at its height in points.
   */
  | {
      kind: "pageLayout";
      sheet: string;
      paper: PlanPrint["paper"];
      orientation: PlanPrint["orientation"];
      titleRow: number | null;
      footer: { left: string; right: string };
      lines: readonly { address: string; height?: number }[];
    }
  | { kind: "addChart"; sheet: string; name: string; table: string; chartType: "ColumnClustered"; title: string; from: string; to: string }
  | { kind: "activate"; sheet: string }
  /**
   * Replaces what the add-in records about its tables (core/workbook/identity.ts): `value` is the
   * whole record, serialized. It goes first in the request that creates those tables or rows, so
   * a request that fails halfway never leaves report rows the record does not know.
   */
  | { kind: "recordIdentity"; value: string };

/** Operations that must reach Excel in the same request (e.g. rows and their formulas). */
export interface Step {
  label: string;
  ops: WriteOp[];
}
