/**
 * The pane's own words in Dutch and English. Kept apart from the dataset's texts (which carry
 * their own {nl, en} pairs) and free of DOM code, so completeness is unit-tested in Node.
 * Placeholders are written {name}; both languages must use the same set.
 *
 * This table holds what the pane's first screen needs (it is in taskpane.js), and the few messages
 * the Excel writer reports through the pane's busy and status lines (time-out, import failures:
 * about 1 kB); the larger parts that come in lazy chunks bring their own words with them
 * (i18n-browse.ts, i18n-selftest.ts) and reach these through `withWords`. A key lives in exactly
 * one table.
 */
import { parseLanguage, type Language } from "../core/language";

export type { Language };

export const STRINGS = {
  appTitle: { nl: "SE Trends", en: "SE Trends" },
  version: { nl: "versie {version}", en: "version {version}" },
  headerDataset: { nl: "datasetversie {version}", en: "dataset version {version}" },
  aboutTitle: { nl: "Over SE Trends", en: "About SE Trends" },
  addinVersion: { nl: "Versie van de invoegtoepassing", en: "Add-in version" },
  helpLink: { nl: "Handleiding (opent in de browser)", en: "Help (opens in the browser)" },
  chooseJson: { nl: "JSON-bestand kiezen…", en: "Choose a JSON file…" },
  languageGroup: { nl: "Taal van het venster", en: "Pane language" },
  languageNl: { nl: "Nederlands", en: "Dutch" },
  languageEn: { nl: "Engels", en: "English" },
  loading: { nl: "Laden…", en: "Loading…" },
  importAlreadyRunning: { nl: "Er loopt al een import; wacht tot die klaar is.", en: "An import is already running; wait until it has finished." },
  writingPart: { nl: "Deel {part} van {total} schrijven…", en: "Writing part {part} of {total}…" },
  writingDone: { nl: "Klaar.", en: "Done." },
  // A failed write batch: Excel does not undo a request that fails halfway, so the failing part is
  // "not or only partly" written. {written} and {unwritten} are the two sentences below, or empty.
  writeFailed: {
    nl: "Schrijven mislukt bij deel {failed} van {total} ({error}).{written} Deel {failed} is niet of maar gedeeltelijk geschreven (Excel draait een mislukt deel niet terug).{unwritten} Start de import opnieuw: wat al geschreven is, wordt herkend en niet dubbel toegevoegd.",
    en: "Writing failed at part {failed} of {total} ({error}).{written} Part {failed} was not written, or only partly (Excel does not undo a part that fails halfway).{unwritten} Run the import again: what was written is recognised and not added twice.",
  },
  writeFailedWritten: { nl: "Geschreven: deel {parts} van {total}.", en: "Written: part {parts} of {total}." },
  writeFailedUnwritten: { nl: "Niet geschreven: deel {parts}.", en: "Not written: part {parts}." },
  importNotPrepared: {
    nl: "De import kon niet voorbereid worden ({error}). Er is niets geschreven. Start de import opnieuw.",
    en: "The import could not be prepared ({error}). Nothing was written. Run the import again.",
  },
  syncTimeout: {
    nl: "Excel antwoordde niet binnen {seconds} seconden (misschien is het werkboek nog aan het herberekenen). Wacht even en probeer opnieuw.",
    en: "Excel did not answer within {seconds} seconds (the workbook may still be recalculating). Wait a moment and try again.",
  },
  notCellAddress: { nl: "Geen celadres: {address}", en: "Not a cell address: {address}" },
  unexpectedAddress: { nl: "Excel gaf een onverwacht adres terug: {address}", en: "Excel returned an unexpected address: {address}" },
  textTooLong: {
    nl: "Deze tekst telt {length} tekens; een Excel-cel houdt er hoogstens {limit} als tekst. Er is niets geschreven.",
    en: "This text has {length} characters; an Excel cell holds at most {limit} as text. Nothing was written.",
  },
  connected: { nl: "Verbonden met Excel.", en: "Connected to Excel." },
  previewStatus: { nl: "Voorbeeldmodus: geopend buiten Excel.", en: "Preview mode: opened outside Excel." },
  startFailed: {
    nl: "Het venster kon niet starten: {message}. Laad het venster opnieuw.",
    en: "The pane could not start: {message}. Reload the pane.",
  },

  // The companion's card in Excel, before its own chunk loads; the versions in About
  companionTitle: { nl: "Rapport, calculator en eigen tabellen", en: "Report, calculator and own tables" },
  companionIntro: {
    nl: "Blader door het rapport en zet een item als formule of waarde in de geselecteerde cel, scoor een geval, of voeg Potentieel- en Score-kolommen toe aan uw eigen tabel.",
    en: "Browse the report and put an item into the selected cell as a formula or a value, score a case, or add Potential and Score columns to your own table.",
  },
  companionOpen: { nl: "Openen", en: "Open" },
  companionLoading: { nl: "Laden…", en: "Loading…" },
  companionFailed: { nl: "Dit deel kon niet geladen worden: {message}", en: "This part could not be loaded: {message}" },
  datasetVersion: { nl: "Versie van de dataset", en: "Dataset version" },

  // Excel mode
  importTitle: { nl: "Het rapport importeren", en: "Import the report" },
  importIntro: {
    nl: "Schrijft het rapport als tabellen in deze werkmap. Een nieuwe import wijzigt alleen de cellen van het rapport: uw beoordelingen, notities en eigen rijen blijven zoals ze zijn.",
    en: "Writes the report as tables into this workbook. A new import changes only the report's cells: your ratings, notes and own rows stay as they are.",
  },
  workbookLanguage: { nl: "Taal van de werkmap", en: "Workbook language" },
  partsLegend: { nl: "Welke onderdelen", en: "Which parts" },
  part_overview: { nl: "Overzicht", en: "Overview" },
  part_trends: { nl: "Trends", en: "Trends" },
  part_opportunities: { nl: "Opportuniteiten", en: "Opportunities" },
  part_threats: { nl: "Bedreigingen", en: "Threats" },
  part_figures: { nl: "Kerncijfers", en: "Key figures" },
  part_criteria: { nl: "Criteria (de regel)", en: "Criteria (the rule)" },
  part_source: { nl: "Bron", en: "Source" },
  noPartsChosen: { nl: "Kies minstens één onderdeel.", en: "Choose at least one part." },
  importButton: { nl: "Rapport importeren…", en: "Import the report…" },
  checkingChanges: { nl: "Nagaan wat er zal veranderen…", en: "Checking what will change…" },
  confirmImportTitle: { nl: "Import bevestigen", en: "Confirm the import" },
  confirmJsonTitle: { nl: "JSON-bestand samenvoegen", en: "Merge the JSON file" },
  confirmIntro: {
    nl: "Dit zal er veranderen in de werkmap. Excel kan dit niet ongedaan maken.",
    en: "This is what will change in the workbook. Excel cannot undo it.",
  },
  rowsUpdated: { nl: "Rijen bijgewerkt", en: "Rows updated" },
  rowsAdded: { nl: "Rijen toegevoegd", en: "Rows added" },
  conflicts: { nl: "Conflicten (uw waarde blijft)", en: "Conflicts (your value stays)" },
  sheetsCreated: { nl: "Nieuwe bladen", en: "New sheets" },
  sheetsRenamed: { nl: "Andere naam gekozen", en: "Different name used" },
  sheetRenamed: {
    nl: "‘{wanted}’ bestaat al en is niet van ons: ‘{used}’ gebruikt",
    en: "‘{wanted}’ exists and is not ours: ‘{used}’ used",
  },
  details: { nl: "Details", en: "Details" },
  confirmImport: { nl: "Importeren", en: "Import" },
  confirmMerge: { nl: "Samenvoegen", en: "Merge" },
  cancel: { nl: "Annuleren", en: "Cancel" },
  cancelled: { nl: "Geannuleerd: er is niets geschreven.", en: "Cancelled: nothing was written." },
  progressLabel: { nl: "Voortgang", en: "Progress" },
  progressText: { nl: "{label} ({done} van {total})", en: "{label} ({done} of {total})" },
  importing: { nl: "Bezig met importeren…", en: "Importing…" },
  importDone: { nl: "Import voltooid.", en: "Import complete." },
  importPartial: {
    nl: "De import is niet volledig: {written} van {total} delen geschreven.",
    en: "The import is incomplete: {written} of {total} parts written.",
  },
  importRetry: {
    nl: "Start de import opnieuw om hem te vervolledigen; wat al geschreven is, wordt niet verdubbeld.",
    en: "Run the import again to complete it; what was already written will not be duplicated.",
  },
  importFailed: { nl: "De import is gestopt: {message}", en: "The import stopped: {message}" },
  previewFailed: {
    nl: "Kon niet nagaan wat er zou veranderen: {message}. Er is niets geschreven.",
    en: "Could not check what would change: {message}. Nothing was written.",
  },
  actionsUnavailable: {
    nl: "De werkmapfuncties konden niet geladen worden: {message}",
    en: "The workbook functions could not be loaded: {message}",
  },

  validateTitle: { nl: "Beoordelingen controleren", en: "Check ratings" },
  validateIntro: {
    nl: "Zoekt in de tabel(len) met opportuniteiten elke ongeldige beoordeling. Kies een regel om naar de cel te gaan.",
    en: "Finds every invalid rating in the opportunities table(s). Choose a line to go to the cell.",
  },
  validateButton: { nl: "Controleren", en: "Check" },
  validating: { nl: "Bezig met controleren…", en: "Checking…" },
  validateNone: { nl: "Geen ongeldige beoordelingen gevonden.", en: "No invalid ratings found." },
  validateFound: { nl: "Ongeldige beoordelingen: {count}", en: "Invalid ratings: {count}" },
  validateListLabel: { nl: "Ongeldige beoordelingen", en: "Invalid ratings" },
  validateFailed: { nl: "Controleren lukte niet: {message}", en: "The check failed: {message}" },
  selectFailed: { nl: "Kon cel {address} niet selecteren: {message}", en: "Could not select cell {address}: {message}" },
  issueGoTo: { nl: "Ga naar {address}", en: "Go to {address}" },

  shareTitle: { nl: "Delen met een collega", en: "Share with a colleague" },
  shareIntro: {
    nl: "Exporteer het rapport met uw eigen rijen en beoordelingen als JSON-bestand, of voeg het bestand van een collega samen met deze werkmap.",
    en: "Export the report with your own rows and ratings as a JSON file, or merge a colleague's file into this workbook.",
  },
  exportButton: { nl: "JSON exporteren", en: "Export JSON" },
  exporting: { nl: "Bezig met exporteren…", en: "Exporting…" },
  exportDone: {
    nl: "Het bestand {file} is aangemaakt. Start de download niet? Kopieer dan de tekst hieronder en bewaar hem als .json-bestand.",
    en: "The file {file} was created. If the download did not start, copy the text below and save it as a .json file.",
  },
  exportText: { nl: "Inhoud van het JSON-bestand", en: "Content of the JSON file" },
  copyButton: { nl: "Kopiëren", en: "Copy" },
  copied: { nl: "Gekopieerd naar het klembord.", en: "Copied to the clipboard." },
  copyFailed: {
    nl: "Kopiëren lukte niet; de tekst is geselecteerd: druk op Ctrl+C (Cmd+C op Mac).",
    en: "Copying failed; the text is selected: press Ctrl+C (Cmd+C on Mac).",
  },
  exportTooLarge: {
    nl: "Let op: het bestand is {size} MB, groter dan de {limit} MB die een import aanvaardt. Een collega kan het zo niet samenvoegen. Verdeel de rijen over kleinere werkmappen en exporteer elk afzonderlijk.",
    en: "Note: the file is {size} MB, larger than the {limit} MB an import accepts. A colleague cannot merge it as it is. Split the rows over smaller workbooks and export each one.",
  },
  exportFailed: { nl: "Exporteren lukte niet: {message}", en: "The export failed: {message}" },
  exportSuggestedButton: { nl: "Exporteren met voorgestelde id's", en: "Export with the suggested ids" },
  exportedWithSuggested: {
    nl: "Rijen zonder bruikbare id staan in het bestand onder de voorgestelde id; in het werkboek houden ze hun id. Geef ze die id ook in het werkboek, zodat een volgende export dezelfde rijen herkent.",
    en: "Rows without a usable id are in the file under the suggested id; in the workbook they keep their id. Give them that id in the workbook too, so a later export matches the same rows.",
  },
  importJsonLabel: { nl: "JSON-bestand van een collega samenvoegen", en: "Merge a colleague's JSON file" },
  readingFile: { nl: "Bestand wordt gecontroleerd…", en: "Checking the file…" },
  fileTooLarge: {
    nl: "Het bestand is groter dan 5 MB en wordt niet gelezen. De werkmap is niet gewijzigd.",
    en: "The file is larger than 5 MB and is not read. The workbook was not changed.",
  },
  fileRejected: {
    nl: "Het bestand kan niet samengevoegd worden: {message} De werkmap is niet gewijzigd.",
    en: "The file cannot be merged: {message} The workbook was not changed.",
  },
  fileUnreadable: {
    nl: "Het bestand kon niet gelezen worden: {message}. De werkmap is niet gewijzigd.",
    en: "The file could not be read: {message}. The workbook was not changed.",
  },
  mergeDone: { nl: "Het bestand is samengevoegd.", en: "The file was merged." },
  unknownError: { nl: "onbekende fout", en: "unknown error" },

  // Self-test
  selfTestTitle: { nl: "Zelftest", en: "Self-test" },
  selfTestIntro: {
    nl: "Controleert of SE Trends in deze Excel werkt: importeren in het Nederlands en Engels, opnieuw importeren, valideren, JSON, de functies en tekst. Dat gebeurt op tijdelijke bladen (SE-test-…) die daarna weer verwijderd worden, ook als een test mislukt. Uw eigen bladen en tabellen blijven onaangeroerd.",
    en: "Checks that SE Trends works in this Excel: import in Dutch and English, re-import, validate, JSON, the functions and text. It works on temporary sheets (SE-test-…) that are removed afterwards, also when a test fails. Your own sheets and tables are left untouched.",
  },
  selfTestButton: { nl: "Zelftest uitvoeren", en: "Run the self-test" },
  selfTestRunning: { nl: "Zelftest loopt ({done} van {total})…", en: "Self-test running ({done} of {total})…" },
  selfTestDone: { nl: "Zelftest klaar: {passed} van {total} geslaagd.", en: "Self-test done: {passed} of {total} passed." },
  selfTestFailed: { nl: "De zelftest kon niet lopen: {message}", en: "The self-test could not run: {message}" },
} as const satisfies Record<string, { nl: string; en: string }>;

export type StringKey = keyof typeof STRINGS;

export type Words = Record<string, { nl: string; en: string }>;
export type Params = Record<string, string | number>;

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** The text of a key with its {placeholders} filled in; an unknown placeholder stays visible. */
export function t(language: Language, key: StringKey, params: Params = {}): string {
  return fill(STRINGS[key][language], params);
}

/** A `t` for a lazy part: its own words and these, one vocabulary. */
export function withWords<W extends Words>(words: W): (language: Language, key: StringKey | keyof W, params?: Params) => string {
  return (language, key, params = {}) => {
    const entry = Object.prototype.hasOwnProperty.call(words, key) ? words[key as keyof W] : STRINGS[key as StringKey];
    return fill(entry[language], params);
  };
}

/** The placeholders a text uses, for the completeness test. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/**
 * The pane's language from Office's display language: Dutch for nl-*, English for any other
 * known language, Dutch when Office does not say (the report and its readers are Flemish).
 */
export function uiLanguageFor(displayLanguage: unknown): Language {
  if (typeof displayLanguage !== "string" || displayLanguage.trim() === "") return "nl";
  return parseLanguage(displayLanguage) === "nl" ? "nl" : "en";
}

const STORAGE_KEY = "se-trends:ui-language";

/** The analyst's own choice from the switch wins over Office's language on the next start. */
export function storedLanguage(storage: Pick<Storage, "getItem"> | undefined): Language | null {
  try {
    const v = storage?.getItem(STORAGE_KEY);
    return v === "nl" || v === "en" ? v : null;
  } catch {
    // Storage may be blocked (privacy settings, some Office webviews): fall back silently.
    return null;
  }
}

export function storeLanguage(storage: Pick<Storage, "setItem"> | undefined, language: Language): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless.
  }
}
