/**
 * The product's import, validation and export, run under a scope (scope.ts): the same plan, merge,
 * batches and writer as the pane's buttons, so a self-test proves the code analysts use.
 */
import type { Dataset } from "../../core/dataset";
import type { Language } from "../../core/language";
import { mergePlan, packBatches, ratingIssues, type MergeSummary, type RatingIssueData, type SnapshotTable, type Step } from "../../core/merge";
import { TABLE_NAMES } from "../../core/plan";
import { datasetJson, exportDataset } from "../../core/share";
import type { PartKey } from "../workbook-actions";
import { plansFor } from "../excel";
import { detectFeatures, type IsSetSupported } from "../excel/features";
import { writeBatches } from "../excel/import-batches";
import { readSnapshot } from "../excel/read-snapshot";
import { scopedTable, scopePlan, type Scope } from "./scope";

export interface ScopedImport {
  summary: MergeSummary;
  written: number;
  total: number;
  error?: unknown;
}

/**
 * Activating a sheet would change what the analyst sees, and the identity record in the workbook's
 * settings is the analyst's (the next real import follows their tables by it): a self-test touches
 * neither.
 */
function withoutAnalystState(steps: readonly Step[]): Step[] {
  return steps.map((s) => ({ ...s, ops: s.ops.filter((op) => op.kind !== "activate" && op.kind !== "recordIdentity") }));
}

/** The scoped names of every table the plans of this import can hold. */
function scopedNames(scope: Scope): Set<string> {
  return new Set(Object.values(TABLE_NAMES).map((n) => scopedTable(scope, n)));
}

export async function importScoped(
  context: Excel.RequestContext,
  scope: Scope,
  dataset: Dataset,
  options: { language: Language; parts: readonly PartKey[]; uiLanguage?: Language },
  isSetSupported: IsSetSupported,
  importDate: string,
): Promise<ScopedImport> {
  const snapshot = await readSnapshot(context, scopedNames(scope));
  const plans = plansFor(dataset, options, importDate);
  const scoped = { nl: scopePlan(plans.nl, scope), en: scopePlan(plans.en, scope) };
  const merge = mergePlan(scoped, options.language, snapshot, options.uiLanguage ?? options.language);
  const batches = packBatches(withoutAnalystState(merge.steps));
  // Without settings the writer could not record identity even if an op asked it to.
  const run = await writeBatches(context, batches, { ...detectFeatures(isSetSupported), settings: false }, options.uiLanguage ?? options.language, () => {});
  return { summary: merge.summary, written: run.written, total: run.total, error: run.error };
}

/** The scoped opportunities table as the merge reads it; undefined when it is not there. */
export async function readOpportunities(context: Excel.RequestContext, scope: Scope): Promise<SnapshotTable | undefined> {
  const name = scopedTable(scope, TABLE_NAMES.opportunities);
  const snapshot = await readSnapshot(context, new Set([name]));
  return snapshot.tables.find((t) => t.name === name);
}

/** What the Validate button lists, for the scoped table. */
export async function validateScoped(context: Excel.RequestContext, scope: Scope, language: Language): Promise<RatingIssueData[]> {
  const table = await readOpportunities(context, scope);
  return table ? ratingIssues(table, language) : [];
}

/** What Export JSON writes, for the scoped table. */
export async function exportScoped(context: Excel.RequestContext, scope: Scope, base: Dataset, source: string): Promise<string> {
  const result = exportDataset(base, await readOpportunities(context, scope), { source });
  if (!result.ok) throw new Error(`the export stopped: ${result.problems.map((p) => `${p.address} ${p.kind}`).join("; ")}`);
  return datasetJson(result.dataset);
}
