import { basicValueOf, errorCodeOf } from "./cell-value";
import { isIgnorable } from "./invisible";

/**
 * Errors as plain data. The core knows nothing of Excel: adapters turn a CellError into a
 * CustomFunctions.Error (functions) or a message in the pane. Only #VALUE! and #N/A carry a
 * message in Excel, so those are the only two codes the core produces.
 */
export type ErrorCode = "#VALUE!" | "#N/A";

export class CellError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/** Builds the error value an adapter wants to place in a result cell. */
export type ErrorFactory<E> = (code: ErrorCode, message: string) => E;

export const plainError: ErrorFactory<CellError> = (code, message) => new CellError(code, message);

/**
 * Invisible and unusual space characters written out as ⟨U+200B⟩, so a message never seems to
 * quote a value that looks valid. Ratings ignore them (rating.ts isIgnorable); other arguments
 * (ids, keys, languages) may not.
 */
function showInvisible(text: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && isIgnorable(code)) {
      out += `${text.slice(start, i)}⟨U+${code.toString(16).toUpperCase().padStart(4, "0")}⟩`;
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

/** Shows a cell value in a message the way an analyst would recognise it. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "(leeg/empty)";
  if (typeof value === "string") {
    // Cut before a high surrogate rather than after: half an emoji shows as � in Excel.
    const end = value.length > 40 && value.charCodeAt(39) >= 0xd800 && value.charCodeAt(39) <= 0xdbff ? 39 : 40;
    const shown = value.length > 40 ? `${value.slice(0, end)}…` : value;
    return `"${showInvisible(shown)}"`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value).toUpperCase();
  if (typeof value === "object") {
    // Error values and data types (./cell-value.ts): by the code or the value they stand for.
    const code = errorCodeOf(value);
    if (code !== null) return code;
    const basic = basicValueOf(value);
    if (basic !== undefined) return showValue(basic);
    const type = (value as { type?: unknown }).type;
    if (typeof type === "string") return `(${showInvisible(type.slice(0, 40))})`;
  }
  // "(Object)", "(Array)", "(Date)": never the "[object Object]" an analyst cannot read.
  return `(${Object.prototype.toString.call(value).slice(8, -1)})`;
}
