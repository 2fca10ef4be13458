/** What sharing says: checking a colleague's JSON, and rows the export cannot take as they are. */
import { speaker, type Catalogue } from "../catalogue";

export const SHARE_TEXTS = {
  tooLarge: {
    nl: "Het bestand is {mb} MB; het maximum is 5 MB. Er is niets gewijzigd.",
    en: "The file is {mb} MB; the maximum is 5 MB. Nothing was changed.",
  },
  tooDeep: {
    nl: "Geen geldig JSON-bestand voor SE Trends: het is dieper genest dan {limit} niveaus. Er is niets gewijzigd.",
    en: "Not a valid JSON file for SE Trends: it is nested deeper than {limit} levels. Nothing was changed.",
  },
  tooManyEntries: {
    nl: "Het bestand volgt het schema niet: {where}meer dan {limit} items in één lijst of object (een lijst heeft hoogstens {rows} rijen). Er is niets gewijzigd.",
    en: "The file does not follow the schema: {where}more than {limit} entries in one list or object (a list holds at most {rows} rows). Nothing was changed.",
  },
  notJson: { nl: "Geen geldig JSON-bestand ({detail}). Er is niets gewijzigd.", en: "Not a valid JSON file ({detail}). Nothing was changed." },
  forbiddenKey: {
    nl: 'Het bestand bevat de verboden sleutel "{key}". Er is niets gewijzigd.',
    en: 'The file contains the forbidden key "{key}". Nothing was changed.',
  },
  notSeTrends: {
    nl: "Dit is geen SE Trends-bestand (schemaVersion ontbreekt). Er is niets gewijzigd.",
    en: "This is not an SE Trends file (schemaVersion is missing). Nothing was changed.",
  },
  newerSchema: {
    nl: "Het bestand is gemaakt met een nieuwere versie van de invoegtoepassing (schema {file}; deze versie leest schema {own}). Werk de invoegtoepassing bij. Er is niets gewijzigd.",
    en: "The file was made by a newer version of the add-in (schema {file}; this version reads schema {own}). Update the add-in. Nothing was changed.",
  },
  newerDataset: {
    nl: "Het bestand hoort bij dataset {file}, nieuwer dan de {own} van deze invoegtoepassing. Er is niets gewijzigd.",
    en: "The file belongs to dataset {file}, newer than this add-in's {own}. Nothing was changed.",
  },
  notSchema: {
    nl: "Het bestand volgt het schema niet: {problems}. Er is niets gewijzigd.",
    en: "The file does not follow the schema: {problems}. Nothing was changed.",
  },
  firstProblemsOnly: { nl: " (de eerste problemen, er kunnen er meer zijn)", en: " (the first problems, there may be more)" },
  analystIdsOfReport: {
    nl: "Rijen van de analist gebruiken ids van het rapport ({ids}); geef ze een eigen id, bv. A1. Er is niets gewijzigd.",
    en: "Analyst rows use ids of the report ({ids}); give them their own ids, e.g. A1. Nothing was changed.",
  },
  notThisReport: {
    nl: "Het bestand past niet bij dit rapport: {problems}. Er is niets gewijzigd.",
    en: "The file does not fit this report: {problems}. Nothing was changed.",
  },

  exportNoId: { nl: "heeft geen id", en: "has no id" },
  exportBadId: {
    nl: "id {id} bevat tekens die een id niet mag hebben (alleen letters, cijfers, _ . -)",
    en: "id {id} has characters an id may not have (letters, digits, _ . - only)",
  },
  exportDuplicateId: { nl: "id {id} staat al op een eerdere rij", en: "id {id} is already on an earlier row" },
  exportReportIdOnAnalystRow: { nl: "id {id} is een id van het rapport, op een rij van de analist", en: "id {id} is a report id, on an analyst row" },
  exportInvalid: { nl: "past niet in het gedeelde bestand ({detail})", en: "does not fit the shared file ({detail})" },
  exportSuggestion: { nl: ' — bv. id "{id}"', en: ' — e.g. id "{id}"' },
  exportMoreRows: { nl: "… en nog {count} rij(en).", en: "… and {count} more row(s)." },
  exportHead: {
    nl: "Niet geëxporteerd: {count} rij(en) van de analist kunnen niet mee zoals ze zijn, en geen rij wordt weggelaten. Er is niets opgeslagen.",
    en: "Not exported: {count} analyst row(s) cannot be taken as they are, and no row is left out. Nothing was saved.",
  },
  exportTail: {
    nl: "Geef die rijen in het werkboek een eigen id (de voorgestelde zijn vrij) of pas de genoemde cel aan, en exporteer opnieuw.",
    en: "Give those rows their own id in the workbook (the suggested ones are free) or fix the cell named, then export again.",
  },
} as const satisfies Catalogue;

export const sayShare = speaker(SHARE_TEXTS);
