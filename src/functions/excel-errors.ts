import type { ErrorFactory } from "../core/errors";
import { parseLanguage, type Language } from "../core/language";

/** Turns a core error into the value Excel shows: #VALUE! or #N/A with the core's message. */
export const excelError: ErrorFactory<CustomFunctions.Error> = (code, message) =>
  new CustomFunctions.Error(
    code === "#VALUE!" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable,
    message,
  );

/** The display language uiLanguage last read, and what it made of it. */
let lastDisplay: unknown = undefined;
let lastLanguage: Language = "nl";

/**
 * The language of error messages when the formula names none: Excel's UI language where the
 * runtime knows it, else Dutch. Only messages follow it — results never do.
 */
export function uiLanguage(): Language {
  try {
    const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    // Every call asks (a formula filled down calls once per cell), so the answer is kept for
    // the string it was read from: the same display language is parsed once, a new one again.
    if (display !== lastDisplay) {
      lastLanguage = parseLanguage(display, "nl") ?? "en";
      lastDisplay = display;
    }
    return lastLanguage;
  } catch {
    return "nl";
  }
}

/**
 * Last line of defence: whatever a function meets, Excel gets a #VALUE! with a message rather
 * than an exception (which it would show without one).
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw excelError("#VALUE!", `SE: interne fout / internal error: ${detail}`);
  }
}
