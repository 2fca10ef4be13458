/**
 * The words of the self-test, its report and its scenarios' titles: they come with its lazy chunk
 * (i18n.ts has the rules).
 */
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
  // The report as plain text for support (runner.ts); its Excel line is selfTestEnvironment.
  selfTestReportTitle: { nl: "SE Trends zelftest — {passed}/{total} geslaagd", en: "SE Trends self-test — {passed}/{total} passed" },
  selfTestReportAddin: { nl: "Invoegtoepassing {version}", en: "Add-in {version}" },
  selfTestReportSets: { nl: "Vereistensets (hoogste versie): {sets}", en: "Requirement sets (highest version): {sets}" },
  selfTestNotSupported: { nl: "niet ondersteund", en: "not supported" },
  // A language's name before a noun, which Dutch inflects ("Nederlandse namen"); the bare names
  // are languageNl and languageEn.
  languageNlAttributive: { nl: "Nederlandse", en: "Dutch" },
  languageEnAttributive: { nl: "Engelse", en: "English" },
} as const satisfies Record<string, { nl: string; en: string }>;

export const t = withWords(SELFTEST_STRINGS);
