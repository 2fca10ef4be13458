/**
 * The contract for the pane's companion features in Excel (score an own table, insert from the
 * report): plain data both ways, so the UI runs against a fake and the Office.js side has no DOM.
 */
import type { Language } from "../core/language";
import type { OwnTableAnalysis, OwnTableOptions, OwnTablePlan } from "../core/own-table";

/** What goes into the selected cell: a live formula (invariant form), text kept as text, or a number. */
export type CellContent = { kind: "formula"; formula: string } | { kind: "text"; text: string } | { kind: "number"; value: number };

export type InsertOutcome =
  | { ok: true; address: string }
  /** The cell holds something: nothing was written; the pane asks before trying again with overwrite. */
  | { ok: false; occupied: true; address: string; current: string };

export type ScoreOutcome =
  | { ok: true; plan: OwnTablePlan }
  /** The workbook changed since the analysis (or the plan is refused now): nothing was written. */
  | { ok: false; analysis: OwnTableAnalysis };

export interface CompanionActions {
  /** Reads the selected table or range and plans the new columns; writes nothing. */
  analyseSelection(options: OwnTableOptions): Promise<OwnTableAnalysis>;
  /** Reads again, and writes only when the plan still targets `expectedAddress`. */
  scoreSelection(options: OwnTableOptions, expectedAddress: string): Promise<ScoreOutcome>;
  /** Messages in `language` (the pane's); default English. */
  insertAtSelection(content: CellContent, overwrite: boolean, language?: Language): Promise<InsertOutcome>;
}
