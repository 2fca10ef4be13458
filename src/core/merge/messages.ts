/** The merge's plain-language lines, in the UI language (texts: ./messages.json). */
import { speaker } from "../catalogue";
import { showValue } from "../errors";
import type { Language } from "../language";
import type { MergeSummary } from "./merge";
import MERGE_TEXTS from "./messages.json";

const MAX_NOTES = 30;

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
  tableFiltered: (l: Language, table: string, sheet: string, updated: number, added: number) => say(l, "tableFiltered", { table, sheet, updated, added }),
  sheetResumed: (l: Language, sheet: string) => say(l, "sheetResumed", { sheet }),
  placeInUse: (l: Language, sheet: string, address: string) => say(l, "placeInUse", { sheet, address }),
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
