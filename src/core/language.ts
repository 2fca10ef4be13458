/** Output language of labels and messages. Results never follow Excel's UI language. */
export type Language = "nl" | "en";

export const LANGUAGES: readonly Language[] = ["nl", "en"];

/**
 * Reads the optional `language` argument: empty means Dutch (the report's language);
 * `nl`, `nl-BE`, `Nederlands`, `en`, `en-US`, `English` … are accepted, case-insensitive.
 * Returns null for anything else so the caller can name the argument in its error.
 */
export function parseLanguage(value: unknown, fallback: Language = "nl"): Language | null {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  if (v === "") return fallback;
  if (v === "nl" || v.startsWith("nl-") || v.startsWith("nl_") || v === "nederlands" || v === "dutch" || v === "vlaams") return "nl";
  if (v === "en" || v.startsWith("en-") || v.startsWith("en_") || v === "english" || v === "engels") return "en";
  return null;
}

/**
 * Picks the Dutch or English one of two values. Texts do not go through here: they live in a
 * catalogue (./catalogue.ts) and words in the vocabulary (./vocabulary.ts), indexed by language.
 */
export function pick<T>(language: Language, nl: T, en: T): T {
  return { nl, en }[language];
}
