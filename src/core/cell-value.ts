/**
 * Cell values Excel passes to an `any` argument that are not a number, text, boolean or empty.
 *
 * - An error cell (#N/A from a VLOOKUP, #DIV/0! …) arrives as a CustomFunctions.Error (`code`
 *   "#N/A", `type` "Error") because the metadata sets allowErrorForDataTypeAny
 *   (scripts/localized-metadata-plugin.js); without it Excel would not call the function at all
 *   and one error cell would replace a whole range's results.
 * - A data type arrives as its JSON, because the metadata generator always sets
 *   allowCustomDataForDataTypeAny: an entity as { type: "Entity", text, properties }, a formatted
 *   number as { type: "FormattedNumber", basicValue, numberFormat }.
 *
 * Both conversions are in office.js's custom-functions runtime (CustomFunctionProxy
 * _transferCustomFunctionError and _transferCustomFunctionRichData, in every host's script of
 * @microsoft/office-js/dist, e.g. excel-win32-16.01.debug.js).
 */

/** The error codes a custom function may return in a result cell; #NAME?, #REF! and newer ones may not. */
const RETURNABLE = new Set(["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!"]);

/** The code ("#N/A") of an Excel error value, or null for anything else. */
export function errorCodeOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const { code, type, basicValue } = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === "string" && code.startsWith("#")) return code;
  if (type === "Error" && typeof basicValue === "string" && basicValue.startsWith("#")) return basicValue;
  return null;
}

/**
 * Whether a result cell may hold this error value as it came in: a runtime error object (it has
 * a `code`) of a code Excel accepts in a result (not #REF!, #NAME? or the newer ones).
 */
export function isReturnableError(value: unknown): boolean {
  const code = typeof value === "object" && value !== null ? (value as { code?: unknown }).code : undefined;
  return typeof code === "string" && RETURNABLE.has(code);
}

/**
 * The number, text or boolean a data type stands for: a formatted number's number, an entity's
 * text; undefined for an object that stands for none (an image, an unknown shape).
 */
export function basicValueOf(value: object): number | string | boolean | undefined {
  const { type, basicValue, primitive, text } = value as { type?: unknown; basicValue?: unknown; primitive?: unknown; text?: unknown };
  if (type === "Entity" || type === "LinkedEntity") return typeof text === "string" ? text : undefined;
  if (isBasic(basicValue)) return basicValue;
  if (isBasic(primitive)) return primitive;
  return undefined;
}

function isBasic(value: unknown): value is number | string | boolean {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}
