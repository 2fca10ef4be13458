/**
 * Plans Potential and Score columns (optionally Explanation) beside an analyst's own table or
 * range, as data: which cells get which live formula. Pure: the adapter reads the block, this
 * decides, the adapter writes. The analyst's cells are never part of the plan: the target columns
 * are chosen among columns that are empty from the header row to the last data row, and the plan
 * is refused (never bent) when headers are merged, criteria are missing or there is no room.
 */
import { CRITERIA, type Criterion } from "../vocabulary";
import { invariantFormula, type Call, type FunctionId } from "../formula-text";
import type { Language } from "../language";
import { cellAddress, qualified, rangeAddress } from "../plan/address";
import { thisRowRef } from "../plan/formula";
import { mappedCount, recogniseRow, type Mapping } from "./headers";

export interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** What the adapter read, in one block: the analyst's area and candidate columns to its right. */
export interface OwnTableRead {
  sheet: string;
  /** 0-based sheet position of the block's top-left cell. */
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
  /** How many of the block's columns (from the left) are the analyst's area. */
  areaCols: number;
  /** Merged areas on the sheet near the block; null when this Excel cannot tell (before ExcelApi 1.13). */
  merged: readonly Box[] | null;
  /** The Excel table the area is (its header row is the block's first row), or null for a plain range. */
  table: string | null;
  /** The table shows a totals row: the block's last row, which is not data and gets no formula. */
  totals?: boolean;
}

export interface OwnTableOptions {
  /** Language of the new headers, the labels and the explanation. */
  language: Language;
  explanation: boolean;
  /** Columns chosen by the analyst (0-based within the area); they win over recognition. */
  mapping?: Mapping;
}

export type Problem =
  | { code: "empty" }
  | { code: "merged"; address: string }
  | { code: "missing"; criteria: Criterion[] }
  | { code: "duplicate"; criteria: Criterion[] }
  | { code: "noRows" }
  | { code: "tooManyRows"; rows: number; limit: number }
  | { code: "noRoom"; columns: number };

export interface NewColumn {
  header: string;
  /** One formula per data row. In a table they are all the same (a calculated column). */
  formulas: string[];
}

export interface OwnTablePlan {
  mode: "table" | "range";
  sheet: string;
  table: string | null;
  /** Sheet position of the new columns, header row included. */
  target: Box;
  /** "'Blad1'!F3:H20", for the pane and the confirmation. */
  address: string;
  columns: NewColumn[];
  /** Number of data rows that get formulas. */
  rows: number;
  /** A table's totals row under those rows: its cells in the new columns stay empty. */
  totals: boolean;
}

export interface OwnTableAnalysis {
  /** 0-based sheet column of the area's first column, to name columns by letter. */
  left: number;
  /** Block row of the headers, or null when no row has any content. */
  headerRow: number | null;
  /** The area's header texts in that row, for the pane's column choice. */
  headers: string[];
  detected: Mapping;
  mapping: Mapping;
  plan: OwnTablePlan | null;
  problem: Problem | null;
}

/** The rows a header row is looked for in; a title block above a table is rarely longer. */
export const HEADER_SEARCH_ROWS = 50;
/** Rows one write may carry: three formulas a row stay well under Excel's 5 MB request limit. */
export const MAX_ROWS = 15_000;

export const NEW_HEADERS: Record<Language, { potential: string; score: string; explanation: string }> = {
  nl: { potential: "Potentieel", score: "Score", explanation: "Uitleg" },
  en: { potential: "Potential", score: "Score", explanation: "Explanation" },
};

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function cellEmpty(read: OwnTableRead, r: number, c: number): boolean {
  const v = read.values[r]?.[c];
  const f = read.formulas[r]?.[c];
  return (v === null || v === undefined || v === "") && (f === null || f === undefined || f === "");
}

function rowBlank(read: OwnTableRead, r: number): boolean {
  for (let c = 0; c < read.areaCols; c++) if (!isBlank(read.values[r]?.[c]) || !isBlank(read.formulas[r]?.[c])) return false;
  return true;
}

function findHeaderRow(read: OwnTableRead): { row: number | null; detected: Mapping } {
  if (read.table !== null) return { row: 0, detected: recogniseRow(read.values[0]?.slice(0, read.areaCols) ?? []) };
  let best: { row: number; detected: Mapping; count: number } | null = null;
  let firstFilled: number | null = null;
  const limit = Math.min(read.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (rowBlank(read, r)) continue;
    if (firstFilled === null) firstFilled = r;
    const detected = recogniseRow(read.values[r].slice(0, read.areaCols));
    const count = mappedCount(detected);
    if (count > (best?.count ?? 0)) best = { row: r, detected, count };
    if (count === CRITERIA.length) break;
  }
  return best ? { row: best.row, detected: best.detected } : { row: firstFilled, detected: {} };
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.cols && b.left < a.left + a.cols && a.top < b.top + b.rows && b.top < a.top + a.rows;
}

function boxAddress(sheet: string, b: Box): string {
  return qualified(sheet, rangeAddress(b.top, b.left, b.rows, b.cols));
}

/** A header not yet in use in the table (Excel requires unique table headers). */
function uniqueHeader(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export function analyseOwnTable(read: OwnTableRead, options: OwnTableOptions): OwnTableAnalysis {
  const { row: headerRow, detected } = findHeaderRow(read);
  const headers = headerRow === null ? [] : Array.from({ length: read.areaCols }, (_, c) => String(read.values[headerRow][c] ?? "").trim());
  const mapping: Mapping = { ...detected, ...options.mapping };
  const result = (problem: Problem | null, plan: OwnTablePlan | null = null): OwnTableAnalysis => ({ left: read.left, headerRow, headers, detected, mapping, plan, problem });
  if (headerRow === null) return result({ code: "empty" });

  const headerBox: Box = { top: read.top + headerRow, left: read.left, rows: 1, cols: read.areaCols };
  const mergedHeader = read.merged?.find((m) => intersects(m, headerBox));
  if (mergedHeader) return result({ code: "merged", address: boxAddress(read.sheet, mergedHeader) });

  const missing = CRITERIA.filter((c) => mapping[c] === undefined || mapping[c]! < 0 || mapping[c]! >= read.areaCols);
  if (missing.length > 0) return result({ code: "missing", criteria: missing });
  const byColumn = new Map<number, Criterion[]>();
  for (const c of CRITERIA) byColumn.set(mapping[c]!, [...(byColumn.get(mapping[c]!) ?? []), c]);
  const shared = [...byColumn.values()].find((list) => list.length > 1);
  if (shared) return result({ code: "duplicate", criteria: shared });

  // Data rows: under the header down to the last row with anything in the area; blank rows in
  // between get formulas too (they show an empty cell until the analyst fills them).
  let last = read.values.length - 1;
  while (last > headerRow && rowBlank(read, last)) last--;
  const rows = read.table !== null ? read.values.length - 1 - (read.totals ? 1 : 0) : last - headerRow;
  if (rows <= 0 && read.table === null) return result({ code: "noRows" });
  if (rows > MAX_ROWS) return result({ code: "tooManyRows", rows, limit: MAX_ROWS });

  const wanted: FunctionId[] = options.explanation ? ["POTENTIAL", "SCORE", "EXPLAIN"] : ["POTENTIAL", "SCORE"];
  const start = findFreeColumns(read, headerRow, headerRow + rows, wanted.length);
  // A table grows only into the columns right beside it; when those are taken, the formulas go
  // into the next free columns as a plain range that still refers to the table's rows.
  const asTable = read.table !== null && start === read.areaCols;
  if (start === null) return result({ code: "noRoom", columns: wanted.length });
  const target: Box = { top: read.top + headerRow, left: read.left + start, rows: rows + 1, cols: wanted.length };
  const mergedTarget = read.merged?.find((m) => intersects(m, target));
  if (mergedTarget) return result({ code: "merged", address: boxAddress(read.sheet, mergedTarget) });

  const names = NEW_HEADERS[options.language];
  const taken = new Set(asTable ? headers.map((h) => h.toLowerCase()) : []);
  const label = (fn: FunctionId) => (fn === "POTENTIAL" ? names.potential : fn === "SCORE" ? names.score : names.explanation);
  const languageArg = (fn: FunctionId) => (fn !== "SCORE" && options.language !== "nl" ? [options.language] : []);
  const callFor = (fn: FunctionId, ref: (c: Criterion) => string): Call => ({
    fn,
    args: [...CRITERIA.map((c) => ({ ref: ref(c) })), ...languageArg(fn)],
  });
  const columns: NewColumn[] = wanted.map((fn) => {
    const header = asTable ? uniqueHeader(label(fn), taken) : label(fn);
    if (asTable) {
      const formula = invariantFormula(callFor(fn, (c) => thisRowRef(headers[mapping[c]!])));
      return { header, formulas: Array.from({ length: rows }, () => formula) };
    }
    const formulas = Array.from({ length: rows }, (_, i) => {
      const sheetRow = read.top + headerRow + 1 + i;
      return invariantFormula(callFor(fn, (c) => cellAddress(sheetRow, read.left + mapping[c]!)));
    });
    return { header, formulas };
  });
  return result(null, {
    mode: asTable ? "table" : "range",
    sheet: read.sheet,
    table: read.table,
    target,
    address: boxAddress(read.sheet, target),
    columns,
    rows,
    totals: read.table !== null && read.totals === true,
  });
}

/** The first block column right of the area where `count` columns are empty over the rows. */
function findFreeColumns(read: OwnTableRead, fromRow: number, toRow: number, count: number): number | null {
  const width = read.values[0]?.length ?? 0;
  let run = 0;
  for (let c = read.areaCols; c < width; c++) {
    let free = true;
    for (let r = fromRow; r <= toRow && free; r++) free = cellEmpty(read, r, c);
    run = free ? run + 1 : 0;
    if (run === count) return c - count + 1;
  }
  return null;
}
