/**
 * The workbook plan: plain data describing every sheet, table, formula and format the add-in
 * writes. It knows nothing of Office.js, so the Excel writer and a later .xlsx exporter read the
 * same description.
 */
import type { Language } from "../language";
import type { Formula } from "./formula";

/** The report's parts, one sheet each; equal to the pane's PartKey. */
export type SheetKey = "overview" | "trends" | "opportunities" | "threats" | "figures" | "criteria" | "source";

export const SHEET_KEYS: readonly SheetKey[] = ["overview", "trends", "opportunities", "threats", "figures", "criteria", "source"];

/** A cell as Excel reads it back: empty is null. */
export type Cell = string | number | boolean | null;

/** Who owns a column or row: the add-in may rewrite report-owned cells, never analyst-owned ones. */
export type Owner = "report" | "analyst";

export type ColumnKind = "text" | "number" | "formula";

/**
 * Excel list validation takes one list: the localized words of both languages and 1–5, with a
 * warning (not a stop) so the other accepted spellings (sterk, verzadigd, 3,5 …) stay possible;
 * SE.POTENTIAL and Validate remain the authority on what is accepted.
 */
export interface ListValidation {
  list: readonly string[];
  alert: "warning";
  message: string;
}

/** A fill for cells whose text contains a word; the word itself stays visible (never colour alone). */
export interface TextFill {
  text: string;
  fill: string;
  font: string;
}

export interface PlanColumn {
  /** Stable, language-independent key (e.g. "demand"); merges match columns by it. */
  key: string;
  header: string;
  owner: Owner;
  kind: ColumnKind;
  /**
   * For kind "formula": what the column computes, one formula for every row (Excel keeps a table
   * column with one formula as a calculated column; mixed formulas get collapsed by AutoCorrect).
   */
  formula?: Formula;
  numberFormat?: string;
  /** In points, as Excel's columnWidth. */
  width: number;
  wrap?: boolean;
  validation?: ListValidation;
  fills?: readonly TextFill[];
}

export interface PlanRow {
  /** Matches rows across imports; unique within the table. */
  id: string;
  origin: Owner;
  /** By column key; formula columns are absent (their cells hold the column's formula). */
  cells: Readonly<Record<string, Cell>>;
  /** Keys of cells whose text Excel would read as a formula, number or date: written as text. */
  textGuard: readonly string[];
}

export interface PlanTable {
  /** Stable name (SE_…), language-independent, so a renamed or moved sheet is still found. */
  name: string;
  /** Top-left cell of the header row, 0-based. */
  row: number;
  col: number;
  columns: readonly PlanColumn[];
  rows: readonly PlanRow[];
  style: string;
}

/** Text written once above or beside the tables when the sheet is created (titles, the rule). */
export interface PlanBlock {
  row: number;
  col: number;
  lines: readonly string[];
  /** Which of the lines are headings (bold). */
  headings: readonly number[];
  width?: number;
  /**
   * Columns each line spans: the line's cells are merged across them and wrap, so long text
   * (the citation) stays on the page instead of running past the printed columns.
   */
  span?: number;
  /** With `span`: each line's row height in points (Excel does not fit merged cells' height). */
  heights?: readonly number[];
}

/** How a sheet prints (./print.ts); both writers render it. */
export interface PlanPrint {
  /** A3 only where one page of A4 landscape would shrink the text below legibility. */
  paper: "A4" | "A3";
  orientation: "portrait" | "landscape";
  /** Scaled to this many pages wide; as many pages tall as the rows need. */
  fitToPagesWide: 1;
  /** 0-based row repeated at the top of every printed page (a table's header row); null: none. */
  titleRow: number | null;
  /** Plain text; the writers add the page number (in `language`) and escape "&". */
  footer: { left: string; right: string };
  language: Language;
}

export interface PlanChart {
  /** Stable name so a re-import can recognise it. */
  name: string;
  sourceTable: string;
  type: "ColumnClustered";
  title: string;
  /** Cell range the chart covers, e.g. ["E9", "L24"]. */
  from: string;
  to: string;
}

export interface PlanSheet {
  key: SheetKey;
  name: string;
  blocks: readonly PlanBlock[];
  tables: readonly PlanTable[];
  freezeRows: number;
  charts: readonly PlanChart[];
  print: PlanPrint;
}

export interface WorkbookPlan {
  language: Language;
  datasetVersion: string;
  importDate: string;
  sheets: readonly PlanSheet[];
}

export interface PlanOptions {
  language: Language;
  parts?: readonly SheetKey[];
  /** ISO date (YYYY-MM-DD) shown on the source sheet; a parameter so plans are reproducible. */
  importDate: string;
}
