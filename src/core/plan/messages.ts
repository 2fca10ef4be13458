/**
 * The sentences the plan writes into the workbook: notes on a row, the criteria's validation
 * message, the print footer, the sheets' titles and the source sheet. Words and headers come from
 * the vocabulary and ./labels.ts; checked with every other catalogue by tests/core/catalogue.test.ts.
 */
import { speaker, type Catalogue } from "../catalogue";

export const PLAN_TEXTS = {
  impliedNote: {
    nl: "Criteria afgeleid (door dit project, niet door het rapport): potentieel Hoog betekent volgens de regel dat alle vier criteria gunstig zijn. Wis 'afgeleid' in Herkomst criteria wanneer je ze zelf beoordeelt.",
    en: "Criteria implied (by this project, not stated by the report): by the rule, High potential means all four criteria are favourable. Clear 'implied' in Criteria origin when you rate them yourself.",
  },
  undeterminedNote: {
    nl: "Het rapport geeft potentieel {level} maar bepaalt de vier criteria daarmee niet: vul ze zelf in.",
    en: "The report gives {level} potential but that does not determine the four criteria: fill them in yourself.",
  },
  validation: {
    nl: "Gebruik hoog/medium/laag (high/medium/low) of een getal van 1 tot 5. Andere aanvaarde schrijfwijzen: zie het blad Criteria.",
    en: "Use high/medium/low (hoog/medium/laag) or a number from 1 to 5. Other accepted spellings: see the Criteria sheet.",
  },
  footerVersion: { nl: "Datasetversie {version}", en: "Dataset version {version}" },
  // Excel's footer codes: &P the page number, &N the page count.
  footerPage: { nl: "pagina &P van &N", en: "page &P of &N" },
  ruleNoteItem: { nl: "de regel", en: "the rule" },
  // Titles and lines the overview and criteria sheets write above their tables.
  overviewTitle: { nl: "SE Trends — overzicht van het rapport", en: "SE Trends — overview of the report" },
  chartTitle: { nl: "Opportuniteiten per potentieel", en: "Opportunities by potential" },
  criteriaTitle: { nl: "De regel van het rapport", en: "The report's rule" },
  combinationsLine: {
    nl: "Alle 81 combinaties (berekend met dezelfde regel als SE.POTENTIAL):",
    en: "All 81 combinations (computed with the same rule as SE.POTENTIAL):",
  },
  investmentReversedLine: {
    nl: "Let op: bij investering is laag gunstig (weinig investering nodig).",
    en: "Note: for investment, low is favourable (little investment needed).",
  },
  spellingsTitle: { nl: "Aanvaarde schrijfwijzen", en: "Accepted spellings" },
  exactRuleTitle: { nl: "De exacte regel (zoals SE.POTENTIAL en SE.SCORE rekenen)", en: "The exact rule (as SE.POTENTIAL and SE.SCORE compute)" },
} as const satisfies Catalogue;

export const sayPlan = speaker(PLAN_TEXTS);
