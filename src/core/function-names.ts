/**
 * The custom functions' names per language, from the one translation table (translations/nl.json)
 * that the build also turns into functions.nl.json. Every function is registered under both its
 * English and its Dutch name in every Excel language (scripts/localize-metadata.js, bilingual
 * metadata; src/functions/aliases.ts), so either name resolves anywhere; a display language shows
 * and offers its own.
 */
import nl from "./translations/nl.json";
import type { Language } from "./language";

/** The ids of the custom functions, fixed forever (functions.json). */
export type FunctionId = "POTENTIAL" | "SCORE" | "EXPLAIN" | "TREND" | "OPPORTUNITY" | "THREAT" | "FIGURE" | "VERSION";

export const NAMESPACE = "SE";

const DUTCH = nl.functions as Readonly<Record<string, { name: string }>>;

/** The ids are the English names; a Dutch name falls back to the id where the table has none. */
const LOCAL_NAMES: Record<Language, (fn: FunctionId) => string> = {
  nl: (fn) => DUTCH[fn]?.name ?? fn,
  en: (fn) => fn,
};

/** The function's name without namespace in that language ("POTENTIEEL" in Dutch). */
export function localName(fn: FunctionId, language: Language): string {
  return LOCAL_NAMES[language](fn);
}

/** The function's name as Excel shows it in that display language, with the namespace. */
export function functionName(fn: FunctionId, language: Language): string {
  return `${NAMESPACE}.${localName(fn, language)}`;
}
