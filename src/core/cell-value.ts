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
  const { code, type, basicValue, primitive } = value as { code?: unknown; type?: unknown; basicValue?: unknown; primitive?: unknown };
  if (isCode(code)) return code;
  // An error as data-type JSON: { type: "Error", basicValue } as Excel.ErrorCellValue writes it,
  // { type: "Error", primitive } as the runtime's own reader of that JSON expects it.
  if (type === "Error") return isCode(basicValue) ? basicValue : isCode(primitive) ? primitive : null;
  return null;
}

/** Excel's error codes are short ("#GETTING_DATA" is the longest): anything else is not one. */
function isCode(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("#") && value.length <= 20;
}

/**
 * Whether a result cell may hold this error value as it came in: a runtime error object (it has
 * a `code`) of a code Excel accepts in a result (not #REF!, #NAME? or the newer ones). Any other
 * error value is answered with an error of our own (errorForInput).
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
  const { type, basicType, basicValue, primitive, text } = value as { type?: unknown; basicType?: unknown; basicValue?: unknown; primitive?: unknown; text?: unknown };
  if (type === "Entity" || type === "LinkedEntity") return typeof text === "string" ? text : undefined;
  // An image, an array or an error stands for no value: its basic value is the text "#VALUE!".
  if (type === "Error" || basicType === "Error") return undefined;
  if (isBasic(basicValue)) return basicValue;
  if (isBasic(primitive)) return primitive;
  return undefined;
}

function isBasic(value: unknown): value is number | string | boolean {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}

/**
 * The error our own result gives for an error value that cannot be passed on as it came: #N/A
 * stays #N/A, any other code is #VALUE!; both say which argument held which error.
 */
export function errorForInput(code: string): "#N/A" | "#VALUE!" {
  return code === "#N/A" ? "#N/A" : "#VALUE!";
}
