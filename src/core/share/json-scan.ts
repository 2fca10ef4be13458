/**
 * One pass over a JSON text before it is parsed, so that what the parse and the schema then do is
 * bounded by the limits below rather than by what 5 MB can hold (1.7 million empty objects, or
 * nesting deep enough to exhaust the stack). Reads each character once; builds nothing.
 */
import { MAX_LIST_ROWS } from "../dataset/schema";

/** Deeper than any dataset (about 6 levels), shallow enough for every engine's stack. */
export const MAX_JSON_DEPTH = 2_048;
/** Entries of a list or keys of an object below the top-level lists (points, a row's fields). */
export const MAX_NESTED_ENTRIES = 1_000;

export type ScanProblem =
  | { kind: "depth"; limit: number }
  | { kind: "entries"; limit: number; key: string | null };

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Null when the text is within the limits (or not JSON at all: the parse then says why), else the
 * first limit it breaks. Top-level lists (the values of the root object) may hold MAX_LIST_ROWS
 * entries; every other list or object MAX_NESTED_ENTRIES.
 */
export function scanJsonLimits(text: string): ScanProblem | null {
  const commas = new Int32Array(MAX_JSON_DEPTH + 1);
  let depth = 0;
  let key: string | null = null;
  let stringStart = -1;
  let lastString = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        // Only a key of the root object is kept (cut short: it is for the message).
        if (depth === 1) lastString = text.slice(stringStart + 1, Math.min(i, stringStart + 41));
        stringStart = -1;
      }
      continue;
    }
    switch (c) {
      case QUOTE:
        stringStart = i;
        break;
      case 58 /* : */:
        if (depth === 1) key = lastString;
        break;
      case 91 /* [ */:
      case 123 /* { */:
        if (depth === MAX_JSON_DEPTH) return { kind: "depth", limit: MAX_JSON_DEPTH };
        depth++;
        commas[depth] = 0;
        break;
      case 93 /* ] */:
      case 125 /* } */:
        if (depth > 0) depth--;
        break;
      case 44 /* , */: {
        const limit = depth === 2 ? MAX_LIST_ROWS : MAX_NESTED_ENTRIES;
        if (++commas[depth] >= limit) return { kind: "entries", limit, key: depth === 2 ? key : null };
        break;
      }
    }
  }
  return null;
}
