/**
 * The contract between the pane's UI (src/taskpane/ui) and the Office.js side
 * (src/taskpane/excel): the UI only calls these, so it can run against a fake in preview
 * mode and in tests, and the Excel side stays free of DOM code.
 */
import type { Language } from "../core/language";
import type { MergeSummary } from "../core/merge";
import type { CompanionActions } from "./companion-actions";

/** Which parts of the report to write; default all. */
export type PartKey = "overview" | "trends" | "opportunities" | "threats" | "figures" | "criteria" | "source";

export interface ImportOptions {
  /** Language of the sheets and tables the import creates. */
  language: Language;
  parts?: readonly PartKey[];
  /** Language of summaries and messages: the pane's, which may differ from the workbook's. Default: language. */
  uiLanguage?: Language;
}

/** The merge's own summary: the pane shows it as the core computed it. */
export type ChangeSummary = MergeSummary;

export interface Progress {
  done: number;
  total: number;
  label: string;
}

export interface ImportOutcome {
  ok: boolean;
  /** Batches written before a failure (all of them when ok). */
  batchesWritten: number;
  batchesTotal: number;
  summary: ChangeSummary;
  /** When not ok: what failed, in the UI language, and what was and wasn't written. */
  message?: string;
}

export interface RatingIssue {
  /** Sheet-qualified address, e.g. "'Opportuniteiten'!F7". */
  address: string;
  column: string;
  value: unknown;
  message: string;
}

export type JsonCheck = { ok: true; summary: ChangeSummary } | { ok: false; message: string };

export interface WorkbookActions {
  previewImport(options: ImportOptions): Promise<ChangeSummary>;
  runImport(options: ImportOptions, onProgress: (p: Progress) => void): Promise<ImportOutcome>;
  /** Messages in uiLanguage; default Excel's UI language. */
  validate(uiLanguage?: Language): Promise<RatingIssue[]>;
  /** Messages in uiLanguage; default Excel's UI language. */
  select(address: string, uiLanguage?: Language): Promise<void>;
  /**
   * The dataset including analyst rows and ratings, as versioned JSON text. Rows it cannot take
   * as they are stop it with an error naming them (`suggestedIds` on the error: every such row has
   * a suggested id); `useSuggestedIds` then exports them under those ids instead.
   */
  exportJson(options?: ExportOptions): Promise<string>;
  /** Validates a colleague's JSON (schema, version, size) without touching the workbook. */
  checkJson(text: string, options: ImportOptions): Promise<JsonCheck>;
  /** Merges a checked JSON file by id with the same no-loss rules as the report import. */
  importJson(text: string, options: ImportOptions, onProgress: (p: Progress) => void): Promise<ImportOutcome>;
  /** Score an own table, insert from the report at the selected cell; absent where unsupported. */
  companion?: CompanionActions;
}

export interface ExportOptions {
  /** Export rows with a missing, invalid or repeated id under the suggested id (the workbook keeps its ids). */
  useSuggestedIds?: boolean;
  /** Language of the stop's message: the pane's. Default Excel's UI language. */
  uiLanguage?: Language;
}

/** An export stopped by rows that all have a suggested id: the pane offers to export with those. */
export function offersSuggestedIds(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { suggestedIds?: unknown }).suggestedIds === true;
}
