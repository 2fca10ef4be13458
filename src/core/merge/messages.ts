/** The merge's plain-language lines, in the UI language. */
import { speaker, type Catalogue } from "../catalogue";
import { showValue } from "../errors";
import type { Language } from "../language";
import type { MergeSummary } from "./merge";

const MAX_NOTES = 30;

export const MERGE_TEXTS = {
  tableMissing: {
    nl: 'Tabel {table} ontbreekt op blad "{sheet}": niet opnieuw aangemaakt, om niets van de analist te overschrijven.',
    en: 'Table {table} is missing from sheet "{sheet}": not recreated, so nothing of the analyst\'s is overwritten.',
  },
  noIdColumn: {
    nl: 'Tabel {table} op blad "{sheet}" heeft geen kolom Id meer: rijen zijn niet te herkennen, de tabel blijft zoals ze is.',
    en: 'Table {table} on sheet "{sheet}" no longer has an Id column: rows cannot be matched, the table is left as it is.',
  },
  duplicateId: {
    nl: 'Tabel {table}: id "{id}" staat er meer dan eens; die rijen blijven zoals ze zijn.',
    en: 'Table {table}: id "{id}" occurs more than once; those rows are left as they are.',
  },
  idOnAnalystRow: {
    nl: 'Tabel {table}: id "{id}" van het rapport staat op een rij van de analist; die rij blijft zoals ze is en de rapportrij wordt niet toegevoegd.',
    en: 'Table {table}: the report\'s id "{id}" is on an analyst row; that row is left as it is and the report row is not added.',
  },
  analystCellKept: {
    nl: "'{sheet}'!{address} ({header}): {have} in het werkboek, {want} in het rapport — blijft {have}.",
    en: "'{sheet}'!{address} ({header}): {have} in the workbook, {want} in the report — stays {have}.",
  },
  formulaSkipped: {
    nl: "Tabel {table}: formule in kolom {column} niet geschreven, want een kolom waarnaar ze verwijst ontbreekt.",
    en: "Table {table}: formula in column {column} not written, because a column it refers to is missing.",
  },
  tableNotRecorded: {
    nl: 'Tabel {table} op blad "{sheet}" is aangemaakt voordat de invoegtoepassing bijhield welke kolommen en rijen van het rapport zijn: bestaande cellen worden niet bijgewerkt{differencesKept}, alleen ontbrekende rijen worden toegevoegd. Wie de cijfers van het rapport wil, importeert in een nieuw werkboek.',
    en: 'Table {table} on sheet "{sheet}" was created before the add-in recorded which columns and rows are the report\'s: existing cells are not updated{differencesKept}, only missing rows are added. For the report\'s figures, import into a new workbook.',
  },
  differencesKept: { nl: " ({cells} verschil(len) met het rapport blijven staan)", en: " ({cells} difference(s) with the report stay)" },
  rowNotRecorded: {
    nl: 'Tabel {table}: rij "{id}" is niet door de invoegtoepassing als rapportrij geschreven; niet zeker dat ze van het rapport is, dus {cells} cel(len) blijven zoals ze zijn.',
    en: 'Table {table}: row "{id}" was not written by the add-in as a report row; not sure it is the report\'s, so {cells} cell(s) are left as they are.',
  },
  rowOriginUnsure: {
    nl: 'Tabel {table}: rij "{id}" heeft als herkomst {origin}, niet "rapport"; niet zeker dat ze van het rapport is, dus {cells} cel(len) blijven zoals ze zijn. Zet de herkomst op "rapport" om ze te laten bijwerken.',
    en: 'Table {table}: row "{id}" has origin {origin}, not "report"; not sure it is the report\'s, so {cells} cell(s) are left as they are. Set its origin to "report" to have them updated.',
  },
  originColumnMissing: { nl: "(kolom Herkomst niet gevonden)", en: "(Origin column not found)" },
  columnsUnsure: {
    nl: "Tabel {table}: niet zeker welke kolom nu de kolom van het rapport is (verplaatst of hernoemd vóór de invoegtoepassing ze kon volgen), daar wordt niets geschreven: {headers}.",
    en: "Table {table}: not sure which column is now the report's (moved or renamed before the add-in could follow it), nothing is written there: {headers}.",
  },
  columnsMissing: {
    nl: "Tabel {table}: kolommen niet gevonden (hernoemd of verwijderd), daar wordt niets geschreven: {headers}.",
    en: "Table {table}: columns not found (renamed or deleted), nothing is written there: {headers}.",
  },
  sheetsCreated: { nl: "Nieuwe bladen: {sheets}.", en: "New sheets: {sheets}." },
  sheetRenamed: {
    nl: 'Er is al een blad "{wanted}"; het blijft onaangeroerd en het nieuwe blad heet "{used}".',
    en: 'A sheet "{wanted}" already exists; it is left alone and the new sheet is called "{used}".',
  },
  rowsAdded: { nl: "{count} rij(en) toegevoegd.", en: "{count} row(s) added." },
  rowsUpdated: { nl: "{count} rij(en) bijgewerkt (alleen cellen van het rapport).", en: "{count} row(s) updated (report cells only)." },
  conflicts: {
    nl: "{count} verschil(len) met werk van de analist: blijven zoals ze zijn.",
    en: "{count} difference(s) with the analyst's work: left as they are.",
  },
  upToDate: { nl: "Het werkboek is al bij; er wordt niets geschreven.", en: "The workbook is up to date; nothing will be written." },
  moreNotes: { nl: "… en nog {count}.", en: "… and {count} more." },
} as const satisfies Catalogue;

const say = speaker(MERGE_TEXTS);

export const mergeMessages = {
  tableMissing: (l: Language, table: string, sheet: string) => say(l, "tableMissing", { table, sheet }),
  noIdColumn: (l: Language, table: string, sheet: string) => say(l, "noIdColumn", { table, sheet }),
  duplicateId: (l: Language, table: string, id: string) => say(l, "duplicateId", { table, id }),
  idOnAnalystRow: (l: Language, table: string, id: string) => say(l, "idOnAnalystRow", { table, id }),
  analystCellKept: (l: Language, sheet: string, address: string, header: string, have: unknown, want: unknown) =>
    say(l, "analystCellKept", { sheet, address, header, have: showValue(have), want: showValue(want) }),
  formulaSkipped: (l: Language, table: string, column: string) => say(l, "formulaSkipped", { table, column }),
  tableNotRecorded: (l: Language, table: string, sheet: string, cells: number) =>
    say(l, "tableNotRecorded", { table, sheet, differencesKept: cells > 0 ? say(l, "differencesKept", { cells }) : "" }),
  rowNotRecorded: (l: Language, table: string, id: string, cells: number) => say(l, "rowNotRecorded", { table, id, cells }),
  rowOriginUnsure: (l: Language, table: string, id: string, origin: unknown, cells: number) =>
    say(l, "rowOriginUnsure", {
      table,
      id,
      origin: origin === undefined ? say(l, "originColumnMissing") : showValue(origin === "" ? null : origin),
      cells,
    }),
  columnsUnsure: (l: Language, table: string, headers: string[]) => say(l, "columnsUnsure", { table, headers: headers.join(", ") }),
  columnsMissing: (l: Language, table: string, headers: string[]) => say(l, "columnsMissing", { table, headers: headers.join(", ") }),

  details(l: Language, s: MergeSummary, notes: readonly string[]): string[] {
    const lines: string[] = [];
    if (s.sheetsCreated.length > 0) lines.push(say(l, "sheetsCreated", { sheets: s.sheetsCreated.join(", ") }));
    for (const r of s.sheetsRenamed) lines.push(say(l, "sheetRenamed", r));
    lines.push(say(l, "rowsAdded", { count: s.added }));
    lines.push(say(l, "rowsUpdated", { count: s.updated }));
    lines.push(say(l, "conflicts", { count: s.conflicts }));
    if (s.added === 0 && s.updated === 0 && s.sheetsCreated.length === 0) lines.push(say(l, "upToDate"));
    lines.push(...notes.slice(0, MAX_NOTES));
    if (notes.length > MAX_NOTES) lines.push(say(l, "moreNotes", { count: notes.length - MAX_NOTES }));
    return lines;
  },
};
