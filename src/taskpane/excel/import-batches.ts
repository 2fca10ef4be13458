/**
 * Turns a merge into batches and runs them: one context.sync per batch, calculation and screen
 * updating suspended while writing, a recalculation queued with the last batch.
 */
import type { Batch } from "../../core/requests/batches";
import type { Language } from "../../core/language";
import { t } from "../i18n";
import type { Features } from "./features";
import { queueOp } from "./execute-ops";

export interface BatchRun {
  written: number;
  total: number;
  error?: unknown;
}

export async function writeBatches(
  context: Excel.RequestContext,
  batches: readonly Batch[],
  features: Features,
  language: Language,
  onProgress: (p: { done: number; total: number; label: string }) => void,
  /** Queues reads that should come back with the last batch (what the writes created). */
  withLastBatch?: () => void,
): Promise<BatchRun> {
  const total = batches.length;
  const app = context.workbook.application;
  for (let i = 0; i < total; i++) {
    onProgress({ done: i, total, label: t(language, "writingPart", { part: i + 1, total }) });
    // Both suspensions last until the next sync only, so each batch asks again (once, not per op).
    if (features.calculationSuspend) app.suspendApiCalculationUntilNextSync();
    if (features.screenUpdatingSuspend) app.suspendScreenUpdatingUntilNextSync();
    for (const step of batches[i].steps) for (const op of step.ops) queueOp(context, op, features);
    // With API calculation suspended, recalculating is ours to ask for: once, with the last batch.
    if (i === total - 1) {
      app.calculate("Recalculate");
      withLastBatch?.();
    }
    try {
      await context.sync();
    } catch (error) {
      return { written: i, total, error };
    }
  }
  onProgress({ done: total, total, label: t(language, "writingDone") });
  return { written: total, total };
}
