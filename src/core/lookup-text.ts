/**
 * The words the lookups produce around the data: potential labels, sector labels, the report
 * citation and the "source" of an item. Kept apart from the lookups so the card, the functions and
 * the pane cite the report in exactly the same words.
 */
import type { AnalystProvenance, Dataset, PotentialLevel, ReportProvenance } from "./dataset/schema";
import { pick, type Language } from "./language";

/** The report's own words for its levels (it prints Hoog and Medium). */
const POTENTIAL_LABELS: Readonly<Record<PotentialLevel, { nl: string; en: string }>> = {
  high: { nl: "Hoog", en: "High" },
  medium: { nl: "Medium", en: "Medium" },
  low: { nl: "Laag", en: "Low" },
};

export function potentialLabel(level: PotentialLevel, language: Language): string {
  return POTENTIAL_LABELS[level][language];
}

/** Builds the dataset-bound texts once, so per-cell calls only pick from maps. */
export function makeTexts(dataset: Dataset) {
  const sectors = new Map(dataset.sectors.map((s) => [s.id, s.label]));
  const headings = new Map(dataset.headings.map((h) => [h.nl, h.en]));
  const { report } = dataset;

  const citations: Record<Language, string> = {
    nl: `${report.department.nl} – ${report.division.nl}, "${report.title.nl}"`,
    // The report exists only in Dutch: cite its own title and give the translation in brackets.
    en: `${report.department.en} – ${report.division.en}, "${report.title.nl}" [${report.title.en}]`,
  };

  const heading = (nl: string, language: Language): string => {
    const en = headings.get(nl);
    return language === "en" && en !== undefined ? `"${nl}" (${en})` : `"${nl}"`;
  };

  return {
    citation: (language: Language): string => citations[language],

    versionText: (language: Language): string => `${dataset.version} — ${citations[language]}`,

    sectorLabel: (sector: string, language: Language): string => sectors.get(sector)?.[language] ?? sector,

    source: (provenance: ReportProvenance | AnalystProvenance, language: Language): string => {
      let text: string;
      if ("slide" in provenance) {
        const where = provenance.section === undefined
          ? heading(provenance.slide, language)
          : `${heading(provenance.slide, language)} › ${heading(provenance.section, language)}`;
        text = `${pick(language, "Dia", "Slide")} ${where}, in: ${citations[language]}.`;
      } else {
        text = `${pick(language, "Analist", "Analyst")}: ${provenance.source}.`;
      }
      if (provenance.note !== undefined) {
        text += ` ${pick(language, "Leesnotitie", "Reading note")}: ${provenance.note[language]}`;
      }
      return text;
    },
  };
}

export type Texts = ReturnType<typeof makeTexts>;
