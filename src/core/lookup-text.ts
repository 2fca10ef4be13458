/**
 * The words the lookups produce around the data: potential labels, sector labels, the report
 * citation and the "source" of an item. Kept apart from the lookups so the card, the functions and
 * the pane cite the report in exactly the same words. The texts, and every message the lookup
 * arguments give, are in ./lookup-texts.json. The report exists only in Dutch: the English
 * citation and slide heading keep the Dutch title and add its translation ({translation}, which the
 * Dutch texts leave out).
 */
import { speaker } from "./catalogue";
import type { AnalystProvenance, Dataset, PotentialLevel, ReportProvenance } from "./dataset/schema";
import type { Language } from "./language";
import { POTENTIAL_LABELS } from "./vocabulary";
import LOOKUP_TEXTS from "./lookup-texts.json";

export const sayLookup = speaker(LOOKUP_TEXTS);

/** The report's own words for its levels (it prints Hoog and Medium). */
export function potentialLabel(level: PotentialLevel, language: Language): string {
  return POTENTIAL_LABELS[language][level];
}

/** Builds the dataset-bound texts once, so per-cell calls only pick from maps. */
export function makeTexts(dataset: Dataset) {
  const sectors = new Map(dataset.sectors.map((s) => [s.id, s.label]));
  const headings = new Map(dataset.headings.map((h) => [h.nl, h.en]));
  const { report } = dataset;

  const citation = (language: Language): string =>
    sayLookup(language, "citation", {
      department: report.department[language],
      division: report.division[language],
      title: report.title.nl,
      translation: report.title.en,
    });
  const citations: Record<Language, string> = { nl: citation("nl"), en: citation("en") };

  const heading = (nl: string, language: Language): string => {
    const en = headings.get(nl);
    return en === undefined ? `"${nl}"` : sayLookup(language, "heading", { heading: nl, translation: en });
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
        text = sayLookup(language, "slideSource", { where, citation: citations[language] });
      } else {
        text = sayLookup(language, "analystSource", { source: provenance.source });
      }
      if (provenance.note !== undefined) {
        text += sayLookup(language, "readingNote", { note: provenance.note[language] });
      }
      return text;
    },
  };
}

export type Texts = ReturnType<typeof makeTexts>;
