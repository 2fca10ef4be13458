/**
 * The size limit of a shared JSON file, without zod or the schema, so the pane can check an export
 * it just made (and refuse a huge file before reading it) without loading the import's code.
 */

/** A colleague's file larger than this is refused by the import (checkDatasetJson). */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;

/**
 * UTF-8 bytes of a text: the size of the file it is saved as. Counted in one pass without
 * encoding, so sizing a large text allocates nothing (a lone surrogate counts as U+FFFD, 3 bytes,
 * as an encoder writes it).
 */
export function jsonBytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 4 bytes for 2 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** An exported file the import would refuse: its size and the limit, for a warning at export time. */
export function importLimitExceeded(text: string): { bytes: number; limit: number } | undefined {
  const bytes = jsonBytes(text);
  return bytes > MAX_JSON_BYTES ? { bytes, limit: MAX_JSON_BYTES } : undefined;
}

/** Megabytes as the import's messages show them (one decimal, MiB). */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
