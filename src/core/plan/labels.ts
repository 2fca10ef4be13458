/** Every word the plan writes around the data, in Dutch and English. */
import type { Texts } from "../catalogue";
import type { Language } from "../language";
import { POTENTIAL_LABELS, type Potential } from "../rule";
import { CRITERION_HEADERS, FIELD_NAMES, ORIGIN_WORDS } from "../vocabulary";
import type { Owner, SheetKey } from "./types";

export const SHEET_NAMES: Record<SheetKey, Texts> = {
  overview: { nl: "Overzicht", en: "Overview" },
  trends: { nl: "Trends", en: "Trends" },
  opportunities: { nl: "Opportuniteiten", en: "Opportunities" },
  threats: { nl: "Bedreigingen", en: "Threats" },
  figures: { nl: "Kerncijfers", en: "Key figures" },
  criteria: { nl: "Criteria", en: "Criteria" },
  source: { nl: "Bron", en: "Source" },
};

/** Table names are part of the workbook's contract with later imports: never rename them. */
export const TABLE_NAMES = {
  overviewFigures: "SE_Overview_Figures",
  overviewPotential: "SE_Overview_Potential",
  trends: "SE_Trends",
  opportunities: "SE_Opportunities",
  threats: "SE_Threats",
  figures: "SE_KeyFigures",
  criteria: "SE_Criteria",
  source: "SE_Source",
} as const;

/** Tables whose names start with this are the add-in's; a sheet holding one is ours. */
export const TABLE_PREFIX = "SE_";

/** Column headers by key. Both languages are known, so a re-import recognises either. */
export const HEADERS: Record<string, Texts> = {
  id: { nl: "Id", en: "Id" },
  key: { nl: "Sleutel", en: "Key" },
  sector: FIELD_NAMES.sector,
  trend: { nl: "Trend", en: "Trend" },
  points: FIELD_NAMES.points,
  source: FIELD_NAMES.source,
  threat: { nl: "Bedreiging", en: "Threat" },
  title: FIELD_NAMES.title,
  description: FIELD_NAMES.description,
  activities: FIELD_NAMES.activities,
  ...CRITERION_HEADERS,
  basis: { nl: "Herkomst criteria", en: "Criteria origin" },
  potential: FIELD_NAMES.potential,
  score: { nl: "Score", en: "Score" },
  reportPotential: { nl: "Potentieel rapport", en: "Report potential" },
  check: { nl: "Vergelijking", en: "Check" },
  origin: { nl: "Herkomst", en: "Origin" },
  notes: { nl: "Notities", en: "Notes" },
  label: { nl: "Kerncijfer", en: "Key figure" },
  value: FIELD_NAMES.value,
  printed: { nl: "Zoals gedrukt", en: "As printed" },
  unit: FIELD_NAMES.unit,
  level: FIELD_NAMES.potential,
  reportCount: { nl: "Rapport", en: "Report" },
  analystCount: { nl: "Analist", en: "Analyst" },
  item: { nl: "Onderwerp", en: "Item" },
  content: { nl: "Inhoud", en: "Content" },
};

export { ORIGIN_WORDS };

/** Reads an origin cell in either language; null when it is neither. */
export function originOf(value: unknown): Owner | null {
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  if (v === ORIGIN_WORDS.report.nl || v === ORIGIN_WORDS.report.en) return "report";
  if (v === ORIGIN_WORDS.analyst.nl || v === ORIGIN_WORDS.analyst.en) return "analyst";
  return null;
}

export function levelWord(level: Potential, language: Language): string {
  return POTENTIAL_LABELS[language][level];
}

/** Each level's words in both languages, once (Medium is the same in both). */
export function levelWords(level: Potential): string[] {
  return [...new Set([POTENTIAL_LABELS.nl[level], POTENTIAL_LABELS.en[level]])];
}

/**
 * What a criteria-origin cell says when the project, not the report, put the criteria there: they
 * are worked back from the report's potential. Both languages' words are read back.
 */
export const IMPLIED_WORDS: Texts = { nl: "afgeleid", en: "implied" };

export const CHECK_WORDS: Record<"same" | "differs" | "none" | "implied", Texts> = {
  same: { nl: "✓ gelijk", en: "✓ same" },
  differs: { nl: "≠ verschilt", en: "≠ differs" },
  none: { nl: "—", en: "—" },
  /** The criteria were worked back from the report's result: agreeing with it proves nothing. */
  implied: IMPLIED_WORDS,
};

export const SOURCE_ITEMS: Record<string, Texts> = {
  citation: { nl: "Rapport", en: "Report" },
  publisher: { nl: "Uitgever", en: "Publisher" },
  citationNote: { nl: "Opmerking bij de titel", en: "Note on the title" },
  version: { nl: "Versie dataset", en: "Dataset version" },
  schemaVersion: { nl: "Schemaversie", en: "Schema version" },
  importDate: { nl: "Geïmporteerd op", en: "Imported on" },
  readingNote: { nl: "Leesnotitie", en: "Reading note" },
};
