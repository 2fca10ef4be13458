/**
 * The add-in's words, defined once: the four criteria, the three levels, the potential labels,
 * the stances and the fields of an item, per language. The dataset schema, the rule and its
 * messages, the functions' arguments, the plan's headers and the pane read them from here, so a
 * word changed here changes everywhere and nowhere else needs it typed again.
 * Pure data: no package, no zod (the functions bundle imports it).
 */
import type { Texts } from "./catalogue";
import type { Language } from "./language";

/** The report's four criteria, in the order of the function arguments. */
export const CRITERIA = ["demand", "investment", "fit", "local"] as const;

export type Criterion = (typeof CRITERIA)[number];

/** Investment is the one criterion where less is better. */
export function isReversed(criterion: Criterion): boolean {
  return criterion === "investment";
}

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

/**
 * The three levels, in the report's order (it prints Hoog first). A criterion's rating and an
 * opportunity's potential take the same three; the dataset stores these codes, never the words.
 */
export const LEVELS = ["high", "medium", "low"] as const;

export type Level = (typeof LEVELS)[number];

/** A level as a word inside a sentence ("vraag hoog", "investment low"). */
export const LEVEL_WORDS: Record<Language, Record<Level, string>> = {
  nl: { high: "hoog", medium: "medium", low: "laag" },
  en: { high: "high", medium: "medium", low: "low" },
};

const capital = (word: string) => word[0].toUpperCase() + word.slice(1);

/** A potential as SE.POTENTIAL writes it and the report prints it: the level word, capitalised. */
export const POTENTIAL_LABELS: Record<Language, Record<Level, string>> = {
  nl: { high: capital(LEVEL_WORDS.nl.high), medium: capital(LEVEL_WORDS.nl.medium), low: capital(LEVEL_WORDS.nl.low) },
  en: { high: capital(LEVEL_WORDS.en.high), medium: capital(LEVEL_WORDS.en.medium), low: capital(LEVEL_WORDS.en.low) },
};

/** How a criterion's level bears on the potential. */
export type Stance = "favourable" | "neutral" | "unfavourable";

export const STANCE_WORDS: Record<Language, Record<Stance, string>> = {
  nl: { favourable: "gunstig", neutral: "neutraal", unfavourable: "ongunstig" },
  en: { favourable: "favourable", neutral: "neutral", unfavourable: "unfavourable" },
};

/** The decimal mark of numbers written in text and in formulas an analyst reads (Dutch Excel: 3,5). */
export const DECIMAL_MARK: Record<Language, string> = { nl: ",", en: "." };

/** A number's shortest exact form with the language's decimal mark. */
export function decimalText(x: number, language: Language): string {
  return String(x).replace(".", DECIMAL_MARK[language]);
}

/** The fields of the report's items that the lookups return and the workbook shows as columns. */
export type Field = "title" | "description" | "activities" | "potential" | "sector" | "source" | "points" | "value" | "unit";

/** A field's name as a header or a card shows it; the lookups accept its Dutch name in lower case. */
export const FIELD_NAMES: Readonly<Record<Field, Texts>> = {
  title: { nl: "Titel", en: "Title" },
  description: { nl: "Omschrijving", en: "Description" },
  activities: { nl: "Activiteiten", en: "Activities" },
  potential: { nl: "Potentieel", en: "Potential" },
  sector: { nl: "Sector", en: "Sector" },
  source: { nl: "Bron", en: "Source" },
  points: { nl: "Punten", en: "Points" },
  value: { nl: "Waarde", en: "Value" },
  unit: { nl: "Eenheid", en: "Unit" },
};

/** Other Dutch words a field argument accepts, offered before the field's own name. */
export const FIELD_SYNONYMS_NL: Readonly<Partial<Record<Field, readonly string[]>>> = {
  description: ["beschrijving"],
};

/** The Dutch words a field argument accepts for a field, besides the English field name itself. */
export function dutchFieldWords(field: Field): string[] {
  const words = [...(FIELD_SYNONYMS_NL[field] ?? []), FIELD_NAMES[field].nl.toLowerCase()];
  return words.filter((word) => word !== field);
}
