/**
 * The words of the report browser, the calculator, the preview and the companion parts in Excel:
 * they come with those lazy chunks, not with the pane's first screen (i18n.ts has the rules).
 */
import { withWords } from "./i18n";

export const BROWSE_STRINGS = {
  // Preview banner
  previewBannerTitle: { nl: "Voorbeeld buiten Excel", en: "Preview outside Excel" },
  previewBannerText: {
    nl: "U bekijkt SE Trends in een gewone browser. Hier kunt u het rapport doorbladeren en een geval scoren. Om de functies (=SE.POTENTIAL …) en de import in Excel te gebruiken, installeer de invoegtoepassing zoals beschreven in de README, onder ‘Sideloading’ (testen) of ‘Deployment’ (organisatie).",
    en: "You are viewing SE Trends in a plain browser. Here you can browse the report and score a case. To use the functions (=SE.POTENTIAL …) and the import in Excel, install the add-in as described in the README, under ‘Sideloading’ (testing) or ‘Deployment’ (organisation).",
  },

  // Calculator
  calcTitle: { nl: "Een geval scoren", en: "Score a case" },
  calcIntro: {
    nl: "Vul de vier criteria in: hoog, medium of laag (ook sterk, zwak, ja, nee, …) of een getal van 1 tot 5. De berekening gebruikt dezelfde regel als {functions}.",
    en: "Fill in the four criteria: high, medium or low (also strong, weak, yes, no, …) or a number from 1 to 5. The result uses the same rule as {functions}.",
  },
  calcInvestmentHint: { nl: "laag = gunstig", en: "low is favourable" },
  calcPotential: { nl: "Potentieel", en: "Potential" },
  calcScore: { nl: "Score (0–100)", en: "Score (0–100)" },
  calcExplanation: { nl: "Uitleg", en: "Explanation" },
  calcEmpty: { nl: "Vul de vier criteria in om het resultaat te zien.", en: "Fill in the four criteria to see the result." },
  calcProblem: { nl: "Dit kan niet berekend worden", en: "This cannot be calculated" },
  calcClear: { nl: "Wissen", en: "Clear" },
  calcFormula: { nl: "Dezelfde berekening in Excel", en: "The same calculation in Excel" },
  ruleTitle: { nl: "De regel van het rapport", en: "The report's rule" },
  exactRuleTitle: { nl: "De regel zoals de functies hem toepassen", en: "The rule as the functions apply it" },
  exactRuleThresholds: { nl: "Wanneer een criterium gunstig, neutraal of ongunstig is", en: "When a criterion is favourable, neutral or unfavourable" },
  favourable: { nl: "Gunstig", en: "Favourable" },
  neutral: { nl: "Neutraal", en: "Neutral" },
  unfavourable: { nl: "Ongunstig", en: "Unfavourable" },

  // Companion in Excel: the report, the calculator, own tables
  insertField: { nl: "Gegeven", en: "Field" },
  insertFormula: { nl: "Formule invoegen", en: "Insert formula" },
  insertValue: { nl: "Waarde invoegen", en: "Insert value" },
  insertOccupiedTitle: { nl: "De cel is niet leeg", en: "The cell is not empty" },
  insertOccupied: {
    nl: "Cel {address} bevat al iets. Overschrijven? Excel kan dit niet ongedaan maken.",
    en: "Cell {address} already holds something. Overwrite it? Excel cannot undo this.",
  },
  insertOverwrite: { nl: "Overschrijven", en: "Overwrite" },
  insertCancelled: { nl: "Niets ingevoegd: {address} blijft zoals hij was.", en: "Nothing inserted: {address} stays as it was." },
  insertedFormula: { nl: "Formule ingevoegd in {address}:", en: "Formula inserted in {address}:" },
  insertedValue: { nl: "Waarde ingevoegd in {address} (als tekst bewaard):", en: "Value inserted in {address} (kept as text):" },
  insertFailed: { nl: "Invoegen lukte niet: {message}", en: "Inserting failed: {message}" },
  ownTitle: { nl: "Een eigen tabel scoren", en: "Score a table of my own" },
  ownIntro: {
    nl: "Selecteer uw tabel of bereik met de vier criteria (de kopjes erbij; een cel in een Excel-tabel volstaat) en kies Selectie controleren. Potentieel en Score komen in lege kolommen ernaast, als formules; uw gegevens blijven zoals ze zijn.",
    en: "Select your table or range with the four criteria (headers included; one cell of an Excel table is enough) and choose Check selection. Potential and Score go into empty columns beside it, as formulas; your data stays as it is.",
  },
  ownExplanation: { nl: "Ook een kolom Uitleg", en: "Also an Explanation column" },
  ownAnalyse: { nl: "Selectie controleren", en: "Check selection" },
  ownMapping: { nl: "Welke kolom hoort bij welk criterium", en: "Which column holds which criterion" },
  ownChoose: { nl: "(kies een kolom)", en: "(choose a column)" },
  ownNoHeader: { nl: "(geen kopje)", en: "(no header)" },
  ownPlanTable: {
    nl: "Nieuwe tabelkolommen {columns} in {address}, voor {rows} rijen. Rijen die u later toevoegt, krijgen de formules vanzelf.",
    en: "New table columns {columns} in {address}, for {rows} rows. Rows you add later get the formulas automatically.",
  },
  ownPlanRange: {
    nl: "Nieuwe kolommen {columns} in {address}, met een formule per rij ({rows} rijen). Die cellen zijn nu leeg.",
    en: "New columns {columns} in {address}, with a formula per row ({rows} rows). Those cells are empty now.",
  },
  ownFormulaExample: { nl: "Eerste formule:", en: "First formula:" },
  ownWrite: { nl: "Kolommen toevoegen", en: "Add the columns" },
  ownReady: { nl: "Klaar om toe te voegen in {address}.", en: "Ready to add in {address}." },
  ownDone: { nl: "Toegevoegd in {address} ({rows} rijen).", en: "Added in {address} ({rows} rows)." },
  ownChanged: {
    nl: "De werkmap is intussen gewijzigd; er is niets geschreven. Bekijk het nieuwe voorstel en probeer opnieuw.",
    en: "The workbook changed in the meantime; nothing was written. Check the new proposal and try again.",
  },
  ownFailed: { nl: "De selectie kon niet gelezen of geschreven worden: {message}", en: "The selection could not be read or written: {message}" },

  // Dataset browser
  browseTitle: { nl: "Het rapport", en: "The report" },
  tabsLabel: { nl: "Onderdelen van het rapport", en: "Parts of the report" },
  tabTrends: { nl: "Trends", en: "Trends" },
  tabOpportunities: { nl: "Opportuniteiten", en: "Opportunities" },
  tabThreats: { nl: "Bedreigingen", en: "Threats" },
  tabFigures: { nl: "Kerncijfers", en: "Key figures" },
  tabImpact: { nl: "Impact", en: "Impact" },
  tabSource: { nl: "Bron", en: "Source" },
  sector: { nl: "Sector", en: "Sector" },
  description: { nl: "Beschrijving", en: "Description" },
  activities: { nl: "Activiteiten (best practice)", en: "Activities (best practice)" },
  reportPotential: { nl: "Potentieel volgens het rapport", en: "Potential according to the report" },
  provenance: { nl: "Herkomst", en: "Provenance" },
  slide: { nl: "Dia", en: "Slide" },
  section: { nl: "Paneel", en: "Panel" },
  readingNote: { nl: "Leesnotitie", en: "Reading note" },
  references: { nl: "Referenties", en: "References" },
  noFigureValue: { nl: "zonder getal", en: "no number" },
  printedAs: { nl: "afgedrukt als {printed}", en: "printed as {printed}" },
  assessment: { nl: "Beoordeling van het domein", en: "Assessment of the domain" },
  citationTitle: { nl: "Titel", en: "Title" },
  citationDepartment: { nl: "Departement", en: "Department" },
  citationDivision: { nl: "Afdeling", en: "Division" },
  citationPublisher: { nl: "Uitgever", en: "Publisher" },
  citationNote: { nl: "Opmerking", en: "Note" },
  sourceIntro: {
    nl: "De teksten volgen het rapport woordelijk; de Engelse teksten zijn vertalingen. Waar de tekstextractie onduidelijk was, staat bij het item een leesnotitie.",
    en: "The Dutch texts follow the report verbatim; the English texts are translations. Where the text extraction was unclear, the item carries a reading note.",
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type BrowseKey = keyof typeof BROWSE_STRINGS;

export const t = withWords(BROWSE_STRINGS);
