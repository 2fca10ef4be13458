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

/** Shows a cell value in a message the way an analyst would recognise it. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "(leeg/empty)";
  if (typeof value === "string") {
    // Cut before a high surrogate rather than after: half an emoji shows as � in Excel.
    const end = value.length > 40 && value.charCodeAt(39) >= 0xd800 && value.charCodeAt(39) <= 0xdbff ? 39 : 40;
    const shown = value.length > 40 ? `${value.slice(0, end)}…` : value;
    return `"${shown}"`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value).toUpperCase();
  return Object.prototype.toString.call(value);
}
