/**
 * Splitting the reads into responses, as batches.ts splits the writes into requests. Excel on the
 * web refuses a response over 5 MB as it refuses a request, and a table's size is known only as a
 * row and column count until it is read. So each row is given an estimated size (a conservative
 * bound from the rows read so far, or from the column count before any are), body rows are read
 * in row-range chunks, and chunks are packed into one sync while their sum stays under the limit.
 * A response larger than estimated still works: under 5 MB it is simply read, over it the reader
 * splits the group (see splitReadGroup) and raises the estimate.
 */
import { BATCH_LIMIT, ROWS_CHUNK_BYTES } from "./batches";

/** Estimated bytes per response: 1 MiB under Excel on the web's 5 MiB, for framing and surprises. */
export const READ_LIMIT = BATCH_LIMIT;
/** Estimated bytes per row-range chunk, so groups pack finely and a failed group splits well. */
export const READ_CHUNK_BYTES = ROWS_CHUNK_BYTES;
/**
 * Rows read with the table's metadata, before its size is known: all of a table of up to two
 * thousand rows (the reference set, a typical analyst workbook) comes in that one sync, about
 * 0.4 MB at this add-in's ~190 bytes per row. Rows with very long text can make it more; a
 * refused response is then read again without them (read-snapshot.ts).
 */
export const HEAD_ROWS = 2_000;
/** Floor per cell once a sample was read: `"",` alone is 3 bytes, a short word or number ~10. */
export const MIN_CELL_BYTES = 16;
/** Per cell when nothing of the table was read yet: generous for this add-in's tables. */
export const UNSAMPLED_CELL_BYTES = 128;
/** Rows further down may be longer than the sample: estimate half as much again. */
export const SAMPLE_MARGIN = 1.5;

/** Where the reading of one table body stands. */
export interface ReadCursor {
  /** Body rows and columns, as Excel reported them. */
  rows: number;
  columns: number;
  /** First row not yet read. */
  next: number;
  /** Estimated response bytes per row. */
  rowBytes: number;
}

/** Rows [start, start + count) of table `table` (an index into the cursors). */
export interface ReadChunk {
  table: number;
  start: number;
  count: number;
  /** Estimated response bytes. */
  bytes: number;
}

/** A conservative per-row bound: from a sample read (bytes of its values' JSON) or the column count. */
export function rowBytesEstimate(columns: number, sampleBytes = 0, sampleRows = 0): number {
  const width = Math.max(1, columns);
  if (sampleRows <= 0) return width * UNSAMPLED_CELL_BYTES;
  return Math.max(width * MIN_CELL_BYTES, Math.ceil((SAMPLE_MARGIN * sampleBytes) / sampleRows));
}

/** After a chunk was read: the estimate only rises, never falls below what was seen. */
export function learnRowBytes(cursor: ReadCursor, bytes: number, rows: number): void {
  if (rows > 0) cursor.rowBytes = Math.max(cursor.rowBytes, Math.ceil((SAMPLE_MARGIN * bytes) / rows));
}

/**
 * The chunks of the next sync, in table and row order, estimated at most `limit` bytes together
 * (a single chunk may be more only if one row is: it then goes alone). Empty when all is read.
 * Does not advance the cursors: the reader does that once the rows are in.
 */
export function nextReadGroup(cursors: readonly ReadCursor[], limit = READ_LIMIT, chunkBytes = READ_CHUNK_BYTES): ReadChunk[] {
  const group: ReadChunk[] = [];
  let bytes = 0;
  for (let table = 0; table < cursors.length; table++) {
    const c = cursors[table];
    let start = c.next;
    while (start < c.rows) {
      const room = Math.min(chunkBytes, limit - bytes);
      const count = Math.min(c.rows - start, Math.max(0, Math.floor(room / c.rowBytes)));
      if (count === 0) {
        if (group.length > 0) return group;
        // One row over the limit: read it alone and let the host decide.
        group.push({ table, start, count: 1, bytes: c.rowBytes });
        return group;
      }
      group.push({ table, start, count, bytes: count * c.rowBytes });
      bytes += count * c.rowBytes;
      start += count;
      if (bytes >= limit) return group;
    }
  }
  return group;
}

/**
 * A group whose response was refused as too large, in two smaller groups: halves of the chunk
 * list, or of a single chunk's rows. Undefined for a single row (nothing smaller to ask for).
 */
export function splitReadGroup(group: readonly ReadChunk[]): [ReadChunk[], ReadChunk[]] | undefined {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const [only] = group;
  if (!only || only.count <= 1) return undefined;
  const first = Math.ceil(only.count / 2);
  const per = only.bytes / only.count;
  return [
    [{ ...only, count: first, bytes: per * first }],
    [{ ...only, start: only.start + first, count: only.count - first, bytes: per * (only.count - first) }],
  ];
}

/** Office.js's error for a request or response over the host's payload limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") return true;
  return error instanceof Error && /payload size/i.test(error.message);
}
