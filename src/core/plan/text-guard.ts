/**
 * Text stays text, exactly. Excel parses every string written to a cell as if typed: "=x" becomes a
 * formula, "1E5" and "(5)" numbers, "€ 5" currency, "5 jan" and "10:30 AM" dates and times,
 * "#N/A" an error, "TRUE" a boolean, and a leading apostrophe is eaten as the text marker
 * (OfficeDev/office-js #6687). Guessing which strings Excel would misread is a list that never
 * ends and differs per locale, so every non-empty string is written with Excel's own text marker:
 * one leading apostrophe, which Excel stores as "this is text" and never as part of the value.
 * `'s Avonds` is written as `''s Avonds` and reads back as `'s Avonds`.
 *
 * Constant work per string (one character test), so a 200,000-character title costs nothing.
 */
export function needsTextGuard(text: string): boolean {
  return text.length > 0;
}

/** The input that makes Excel store `text` verbatim. */
export function guardText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}
