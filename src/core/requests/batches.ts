/**
 * Splitting the writes into requests. Excel on the web refuses a request over 5 MB; every batch
 * is one context.sync, so fewer, fuller batches are faster. Sizes are estimated from the JSON the
 * operations serialize to plus a fixed overhead per Office.js action.
 */
import type { Step, WriteOp } from "../merge/ops";

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Margin for Office.js's own request framing, which is not part of our estimate. */
export const BATCH_LIMIT = 4 * 1024 * 1024;
/** Rows per step are cut so one step stays well below a batch. */
export const ROWS_CHUNK_BYTES = 1024 * 1024;
const ACTION_OVERHEAD = 400;

/** Actions Office.js queues for an operation (a formatted column is several). */
function actions(op: WriteOp): number {
  switch (op.kind) {
    case "formatColumn":
      return 3 + (op.numberFormat ? 1 : 0) + (op.validation ? 2 : 0) + (op.fills ? op.fills.length * 3 : 0);
    case "addTable":
    case "addChart":
    case "writeBlock":
      return 4;
    default:
      return 2;
  }
}

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

export function estimateOpBytes(op: WriteOp): number {
  return utf8Length(JSON.stringify(op)) + ACTION_OVERHEAD * actions(op);
}

export function estimateStepBytes(step: Step): number {
  return step.ops.reduce((sum, op) => sum + estimateOpBytes(op), 0);
}

export interface Batch {
  steps: Step[];
  bytes: number;
}

/**
 * Packs steps in order into batches of at most `limit` bytes; a step is never split. A single
 * step over the limit gets a batch of its own (the merge cuts rows so that does not happen).
 */
export function packBatches(steps: readonly Step[], limit = BATCH_LIMIT): Batch[] {
  const batches: Batch[] = [];
  let current: Batch = { steps: [], bytes: 0 };
  for (const step of steps) {
    const bytes = estimateStepBytes(step);
    if (current.steps.length > 0 && current.bytes + bytes > limit) {
      batches.push(current);
      current = { steps: [], bytes: 0 };
    }
    current.steps.push(step);
    current.bytes += bytes;
  }
  if (current.steps.length > 0) batches.push(current);
  return batches;
}

/** Cuts rows into chunks of about `limit` bytes each, keeping their order. */
export function chunkRows<T>(rows: readonly T[], limit = ROWS_CHUNK_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const r of rows) {
    const b = utf8Length(JSON.stringify(r)) + 8;
    if (current.length > 0 && bytes + b > limit) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(r);
    bytes += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
