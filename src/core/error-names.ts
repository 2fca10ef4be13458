import type { ErrorCode } from "./errors";
import type { Language } from "./language";

/**
 * Excel's own names of the two errors the core gives, as Excel shows them per display language
 * (Dutch Excel: #WAARDE! and #N/B). The code stays the invariant name; this is only how it reads.
 */
export const ERROR_NAMES: Record<Language, Record<ErrorCode, string>> = {
  nl: { "#VALUE!": "#WAARDE!", "#N/A": "#N/B" },
  en: { "#VALUE!": "#VALUE!", "#N/A": "#N/A" },
};

export function errorName(code: ErrorCode, language: Language): string {
  return ERROR_NAMES[language][code];
}

/** Excel's other errors as Dutch Excel shows them (an error cell a message names: #REF! is #VERW!). */
export const OTHER_ERROR_NAMES_NL: Readonly<Record<string, string>> = {
  "#NAME?": "#NAAM?",
  "#SPILL!": "#OVERLOOP!",
  "#REF!": "#VERW!",
  "#DIV/0!": "#DEEL/0!",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
};

/** Any Excel error code as Excel shows it in a display language; a code not known here as it is. */
export function anyErrorName(code: string, language: Language): string {
  if (code === "#VALUE!" || code === "#N/A") return ERROR_NAMES[language][code];
  return language === "nl" ? (OTHER_ERROR_NAMES_NL[code] ?? code) : code;
}
