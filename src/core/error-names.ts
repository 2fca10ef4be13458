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
