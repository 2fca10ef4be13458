/** The merge's plain-language lines, in the UI language. */
import { showValue } from "../errors";
import type { Language } from "../language";
import type { MergeSummary } from "./merge";

const MAX_NOTES = 30;

export const mergeMessages = {
  tableMissing: (l: Language, table: string, sheet: string) =>
    l === "nl"
      ? `Tabel ${table} ontbreekt op blad "${sheet}": niet opnieuw aangemaakt, om niets van de analist te overschrijven.`
      : `Table ${table} is missing from sheet "${sheet}": not recreated, so nothing of the analyst's is overwritten.`,
  noIdColumn: (l: Language, table: string, sheet: string) =>
    l === "nl"
      ? `Tabel ${table} op blad "${sheet}" heeft geen kolom Id meer: rijen zijn niet te herkennen, de tabel blijft zoals ze is.`
      : `Table ${table} on sheet "${sheet}" no longer has an Id column: rows cannot be matched, the table is left as it is.`,
  duplicateId: (l: Language, table: string, id: string) =>
    l === "nl" ? `Tabel ${table}: id "${id}" staat er meer dan eens; die rijen blijven zoals ze zijn.` : `Table ${table}: id "${id}" occurs more than once; those rows are left as they are.`,
  idOnAnalystRow: (l: Language, table: string, id: string) =>
    l === "nl"
      ? `Tabel ${table}: id "${id}" van het rapport staat op een rij van de analist; die rij blijft zoals ze is en de rapportrij wordt niet toegevoegd.`
      : `Table ${table}: the report's id "${id}" is on an analyst row; that row is left as it is and the report row is not added.`,
  analystCellKept: (l: Language, sheet: string, address: string, header: string, have: unknown, want: unknown) =>
    l === "nl"
      ? `'${sheet}'!${address} (${header}): ${showValue(have)} in het werkboek, ${showValue(want)} in het rapport — blijft ${showValue(have)}.`
      : `'${sheet}'!${address} (${header}): ${showValue(have)} in the workbook, ${showValue(want)} in the report — stays ${showValue(have)}.`,
  formulaSkipped: (l: Language, table: string, column: string) =>
    l === "nl"
      ? `Tabel ${table}: formule in kolom ${column} niet geschreven, want een kolom waarnaar ze verwijst ontbreekt.`
      : `Table ${table}: formula in column ${column} not written, because a column it refers to is missing.`,
  tableNotRecorded: (l: Language, table: string, sheet: string, cells: number) =>
    l === "nl"
      ? `Tabel ${table} op blad "${sheet}" is aangemaakt voordat de invoegtoepassing bijhield welke kolommen en rijen van het rapport zijn: bestaande cellen worden niet bijgewerkt${cells > 0 ? ` (${cells} verschil(len) met het rapport blijven staan)` : ""}, alleen ontbrekende rijen worden toegevoegd. Wie de cijfers van het rapport wil, importeert in een nieuw werkboek.`
      : `Table ${table} on sheet "${sheet}" was created before the add-in recorded which columns and rows are the report's: existing cells are not updated${cells > 0 ? ` (${cells} difference(s) with the report stay)` : ""}, only missing rows are added. For the report's figures, import into a new workbook.`,
  rowNotRecorded: (l: Language, table: string, id: string, cells: number) =>
    l === "nl"
      ? `Tabel ${table}: rij "${id}" is niet door de invoegtoepassing als rapportrij geschreven; niet zeker dat ze van het rapport is, dus ${cells} cel(len) blijven zoals ze zijn.`
      : `Table ${table}: row "${id}" was not written by the add-in as a report row; not sure it is the report's, so ${cells} cell(s) are left as they are.`,
  rowOriginUnsure: (l: Language, table: string, id: string, origin: unknown, cells: number) =>
    l === "nl"
      ? `Tabel ${table}: rij "${id}" heeft als herkomst ${origin === undefined ? "(kolom Herkomst niet gevonden)" : showValue(origin === "" ? null : origin)}, niet "rapport"; niet zeker dat ze van het rapport is, dus ${cells} cel(len) blijven zoals ze zijn. Zet de herkomst op "rapport" om ze te laten bijwerken.`
      : `Table ${table}: row "${id}" has origin ${origin === undefined ? "(Origin column not found)" : showValue(origin === "" ? null : origin)}, not "report"; not sure it is the report's, so ${cells} cell(s) are left as they are. Set its origin to "report" to have them updated.`,
  columnsUnsure: (l: Language, table: string, headers: string[]) =>
    l === "nl"
      ? `Tabel ${table}: niet zeker welke kolom nu de kolom van het rapport is (verplaatst of hernoemd vóór de invoegtoepassing ze kon volgen), daar wordt niets geschreven: ${headers.join(", ")}.`
      : `Table ${table}: not sure which column is now the report's (moved or renamed before the add-in could follow it), nothing is written there: ${headers.join(", ")}.`,
  tableFiltered: (l: Language, table: string, sheet: string, updated: number, added: number) =>
    l === "nl"
      ? `Tabel ${table} op blad "${sheet}" is gefilterd of heeft verborgen rijen: er wordt niets in geschreven (Excel zet waarden over verborgen rijen op de verkeerde plaats). ${updated} rij(en) zouden bijgewerkt en ${added} toegevoegd worden; toon alle rijen (filter wissen) en importeer opnieuw.`
      : `Table ${table} on sheet "${sheet}" is filtered or has hidden rows: nothing is written to it (Excel puts values written over hidden rows in the wrong place). ${updated} row(s) would be updated and ${added} added; show all rows (clear the filter) and import again.`,
  sheetResumed: (l: Language, sheet: string) =>
    l === "nl"
      ? `Blad "${sheet}" is door een vorige import maar gedeeltelijk aangemaakt (Excel draait een mislukt deel niet terug): wat ontbreekt, wordt aangevuld.`
      : `Sheet "${sheet}" was only partly created by an earlier import (Excel does not undo a part that fails): what is missing is added.`,
  placeInUse: (l: Language, sheet: string, address: string) =>
    l === "nl"
      ? `'${sheet}'!${address}: daar hoort tekst of een tabel van het rapport, maar er staat iets anders; niets geschreven, de cellen blijven zoals ze zijn.`
      : `'${sheet}'!${address}: text or a table of the report belongs there, but something else is there; nothing written, the cells are left as they are.`,
  columnsMissing: (l: Language, table: string, headers: string[]) =>
    l === "nl"
      ? `Tabel ${table}: kolommen niet gevonden (hernoemd of verwijderd), daar wordt niets geschreven: ${headers.join(", ")}.`
      : `Table ${table}: columns not found (renamed or deleted), nothing is written there: ${headers.join(", ")}.`,

  details(l: Language, s: MergeSummary, notes: readonly string[]): string[] {
    const lines: string[] = [];
    const nl = l === "nl";
    if (s.sheetsCreated.length > 0) lines.push(nl ? `Nieuwe bladen: ${s.sheetsCreated.join(", ")}.` : `New sheets: ${s.sheetsCreated.join(", ")}.`);
    for (const r of s.sheetsRenamed) {
      lines.push(
        nl
          ? `Er is al een blad "${r.wanted}"; het blijft onaangeroerd en het nieuwe blad heet "${r.used}".`
          : `A sheet "${r.wanted}" already exists; it is left alone and the new sheet is called "${r.used}".`,
      );
    }
    lines.push(nl ? `${s.added} rij(en) toegevoegd.` : `${s.added} row(s) added.`);
    lines.push(nl ? `${s.updated} rij(en) bijgewerkt (alleen cellen van het rapport).` : `${s.updated} row(s) updated (report cells only).`);
    lines.push(
      nl
        ? `${s.conflicts} verschil(len) met werk van de analist: blijven zoals ze zijn.`
        : `${s.conflicts} difference(s) with the analyst's work: left as they are.`,
    );
    if (s.added === 0 && s.updated === 0 && s.sheetsCreated.length === 0) {
      lines.push(nl ? "Het werkboek is al bij; er wordt niets geschreven." : "The workbook is up to date; nothing will be written.");
    }
    lines.push(...notes.slice(0, MAX_NOTES));
    if (notes.length > MAX_NOTES) lines.push(nl ? `… en nog ${notes.length - MAX_NOTES}.` : `… and ${notes.length - MAX_NOTES} more.`);
    return lines;
  },
};
