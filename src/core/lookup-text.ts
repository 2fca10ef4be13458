/**
 * The words the lookups produce around the data: potential labels, sector labels, the report
 * citation and the "source" of an item. Kept apart from the lookups so the card, the functions and
 * the pane cite the report in exactly the same words.
 */
import { speaker, type Catalogue } from "./catalogue";
import type { AnalystProvenance, Dataset, PotentialLevel, ReportProvenance } from "./dataset/schema";
import type { Language } from "./language";
import { POTENTIAL_LABELS } from "./vocabulary";

/** The words around the lookups' data, and every message the lookup arguments give. */
export const LOOKUP_TEXTS = {
  // The report exists only in Dutch: the English citation keeps its title and adds the translation.
  citation: { nl: '{department} – {division}, "{title}"', en: '{department} – {division}, "{title}" [{translation}]' },
  heading: { nl: '"{heading}"', en: '"{heading}" ({translation})' },
  slideSource: { nl: "Dia {where}, in: {citation}.", en: "Slide {where}, in: {citation}." },
  analystSource: { nl: "Analist: {source}.", en: "Analyst: {source}." },
  readingNote: { nl: " Leesnotitie: {note}", en: " Reading note: {note}" },
  cardActivities: { nl: "{activities} (best practice)", en: "{activities} (best practice)" },
  idsWithPrefix: { nl: "{ids} (ook met voorvoegsel, bv. {example})", en: "{ids} (also with a prefix, e.g. {example})" },
  or: { nl: " of ", en: " or " },
  idNotWhole: {
    nl: "Argument id: {value} is geen geheel getal. Geldige ids: {valid}.",
    en: "Argument id: {value} is not a whole number. Valid ids: {valid}.",
  },
  idNotId: {
    nl: "Argument id: {value} is geen id; geef een getal of tekst. Geldige ids: {valid}.",
    en: "Argument id: {value} is not an id; give a number or text. Valid ids: {valid}.",
  },
  idEmpty: { nl: "Argument id is leeg. Geldige ids ({kind}): {valid}.", en: "Argument id is empty. Valid ids ({kind}): {valid}." },
  idUnknown: {
    nl: "Argument id: geen {kind} met id {value}. Geldige ids: {valid}.",
    en: "Argument id: no {kind} with id {value}. Valid ids: {valid}.",
  },
  keyEmpty: { nl: "Argument key is leeg. Geldige sleutels: {valid}.", en: "Argument key is empty. Valid keys: {valid}." },
  keyUnknown: {
    nl: "Argument key: geen kerncijfer met sleutel {value}. Geldige sleutels: {valid}.",
    en: "Argument key: no key figure with key {value}. Valid keys: {valid}.",
  },
  keyNotText: {
    nl: "Argument key: {value} is geen sleutel; geef tekst. Geldige sleutels: {valid}.",
    en: "Argument key: {value} is not a key; give text. Valid keys: {valid}.",
  },
  fieldNotName: {
    nl: "Argument field: {value} is geen veldnaam. Geldige velden: {valid}.",
    en: "Argument field: {value} is not a field name. Valid fields: {valid}.",
  },
  fieldUnknown: {
    nl: "Argument field: onbekend veld {value}. Geldige velden: {valid}.",
    en: "Argument field: unknown field {value}. Valid fields: {valid}.",
  },
} as const satisfies Catalogue;

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
