/** Every word the plan writes around the data, in Dutch and English. */
import { ARGUMENT_NAMES, CRITERIA, type Criterion } from "../criteria";
import type { Language } from "../language";
import { POTENTIAL_LABELS, type Potential } from "../rule";
import type { Owner, SheetKey } from "./types";

type Pair = { nl: string; en: string };

export const SHEET_NAMES: Record<SheetKey, Pair> = {
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

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

const criterionHeaders = Object.fromEntries(
  CRITERIA.map((c) => [c, { nl: capital(ARGUMENT_NAMES.nl[c]), en: capital(ARGUMENT_NAMES.en[c]) }]),
) as Record<Criterion, Pair>;

/** Column headers by key. Both languages are known, so a re-import recognises either. */
export const HEADERS: Record<string, Pair> = {
  id: { nl: "Id", en: "Id" },
  key: { nl: "Sleutel", en: "Key" },
  sector: { nl: "Sector", en: "Sector" },
  trend: { nl: "Trend", en: "Trend" },
  points: { nl: "Punten", en: "Points" },
  source: { nl: "Bron", en: "Source" },
  threat: { nl: "Bedreiging", en: "Threat" },
  title: { nl: "Titel", en: "Title" },
  description: { nl: "Omschrijving", en: "Description" },
  activities: { nl: "Activiteiten", en: "Activities" },
  ...criterionHeaders,
  basis: { nl: "Herkomst criteria", en: "Criteria origin" },
  potential: { nl: "Potentieel", en: "Potential" },
  score: { nl: "Score", en: "Score" },
  reportPotential: { nl: "Potentieel rapport", en: "Report potential" },
  check: { nl: "Vergelijking", en: "Check" },
  origin: { nl: "Herkomst", en: "Origin" },
  notes: { nl: "Notities", en: "Notes" },
  label: { nl: "Kerncijfer", en: "Key figure" },
  value: { nl: "Waarde", en: "Value" },
  printed: { nl: "Zoals gedrukt", en: "As printed" },
  unit: { nl: "Eenheid", en: "Unit" },
  level: { nl: "Potentieel", en: "Potential" },
  reportCount: { nl: "Rapport", en: "Report" },
  analystCount: { nl: "Analist", en: "Analyst" },
  item: { nl: "Onderwerp", en: "Item" },
  content: { nl: "Inhoud", en: "Content" },
};

export const ORIGIN_WORDS: Record<Owner, Pair> = {
  report: { nl: "rapport", en: "report" },
  analyst: { nl: "analist", en: "analyst" },
};

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

export const CHECK_WORDS: Record<"same" | "differs" | "none" | "implied", Pair> = {
  same: { nl: "✓ gelijk", en: "✓ same" },
  differs: { nl: "≠ verschilt", en: "≠ differs" },
  none: { nl: "—", en: "—" },
  /** The criteria were worked back from the report's result: agreeing with it proves nothing. */
  implied: { nl: "afgeleid", en: "implied" },
};

/**
 * What a criteria-origin cell says when the project, not the report, put the criteria there: they
 * are worked back from the report's potential. Both languages' words are read back.
 */
export const IMPLIED_WORDS: Pair = { nl: "afgeleid", en: "implied" };

export const NOTES = {
  implied: (language: Language): string =>
    language === "nl"
      ? "Criteria afgeleid (door dit project, niet door het rapport): potentieel Hoog betekent volgens de regel dat alle vier criteria gunstig zijn. Wis 'afgeleid' in Herkomst criteria wanneer je ze zelf beoordeelt."
      : "Criteria implied (by this project, not stated by the report): by the rule, High potential means all four criteria are favourable. Clear 'implied' in Criteria origin when you rate them yourself.",
  undetermined: (level: Potential, language: Language): string =>
    language === "nl"
      ? `Het rapport geeft potentieel ${levelWord(level, "nl")} maar bepaalt de vier criteria daarmee niet: vul ze zelf in.`
      : `The report gives ${levelWord(level, "en")} potential but that does not determine the four criteria: fill them in yourself.`,
};

export const VALIDATION_MESSAGE: Pair = {
  nl: "Gebruik hoog/medium/laag (high/medium/low) of een getal van 1 tot 5. Andere aanvaarde schrijfwijzen: zie het blad Criteria.",
  en: "Use high/medium/low (hoog/medium/laag) or a number from 1 to 5. Other accepted spellings: see the Criteria sheet.",
};

export const TITLES = {
  overview: { nl: "SE Trends — overzicht van het rapport", en: "SE Trends — overview of the report" },
  chart: { nl: "Opportuniteiten per potentieel", en: "Opportunities by potential" },
  criteria: { nl: "De regel van het rapport", en: "The report's rule" },
  combinations: {
    nl: "Alle 81 combinaties (berekend met dezelfde regel als SE.POTENTIAL):",
    en: "All 81 combinations (computed with the same rule as SE.POTENTIAL):",
  },
  investmentReversed: {
    nl: "Let op: bij investering is laag gunstig (weinig investering nodig).",
    en: "Note: for investment, low is favourable (little investment needed).",
  },
  spellings: { nl: "Aanvaarde schrijfwijzen", en: "Accepted spellings" },
};

export const SOURCE_ITEMS: Record<string, Pair> = {
  citation: { nl: "Rapport", en: "Report" },
  publisher: { nl: "Uitgever", en: "Publisher" },
  citationNote: { nl: "Opmerking bij de titel", en: "Note on the title" },
  version: { nl: "Versie dataset", en: "Dataset version" },
  schemaVersion: { nl: "Schemaversie", en: "Schema version" },
  importDate: { nl: "Geïmporteerd op", en: "Imported on" },
  readingNote: { nl: "Leesnotitie", en: "Reading note" },
};
