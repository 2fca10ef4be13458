import type { Language } from "./language";

/** The report's four criteria, in the order of the function arguments. */
export type Criterion = "demand" | "investment" | "fit" | "local";

export const CRITERIA: readonly Criterion[] = ["demand", "investment", "fit", "local"];

/** The argument names as Excel shows them per language (Dutch names match functions.nl.json). */
export const ARGUMENT_NAMES: Record<Language, Record<Criterion, string>> = {
  nl: { demand: "vraag", investment: "investering", fit: "fit", local: "lokaal" },
  en: { demand: "demand", investment: "investment", fit: "fit", local: "local" },
};

/** What each criterion measures, for explanations and headers. */
export const CRITERION_LABELS: Record<Language, Record<Criterion, string>> = {
  nl: {
    demand: "tewerkstellingsvraag",
    investment: "investering",
    fit: "fit met competenties",
    local: "lokale verbondenheid",
  },
  en: {
    demand: "employment demand",
    investment: "investment",
    fit: "fit with competences",
    local: "local connectedness",
  },
};

/** Investment is the one criterion where less is better. */
export function isReversed(criterion: Criterion): boolean {
  return criterion === "investment";
}
