/** The words of the self-test's report: they come with its lazy chunk (i18n.ts has the rules). */
import { withWords } from "./i18n";

export const SELFTEST_STRINGS = {
  selfTestPassed: { nl: "geslaagd", en: "passed" },
  selfTestFailedItem: { nl: "mislukt", en: "failed" },
  selfTestEnvironment: {
    nl: "Excel: platform {platform}, versie {version}, taal {language}.",
    en: "Excel: platform {platform}, version {version}, UI language {language}.",
  },
  selfTestLeftBehind: {
    nl: "Deze tijdelijke bladen konden niet verwijderd worden; u mag ze zelf verwijderen: {sheets}.",
    en: "These temporary sheets could not be removed; you may delete them yourself: {sheets}.",
  },
  selfTestReport: { nl: "Verslag voor ondersteuning (tekst om te kopiëren)", en: "Report for support (text to copy)" },
} as const satisfies Record<string, { nl: string; en: string }>;

export const t = withWords(SELFTEST_STRINGS);
