import { speaker, type Catalogue } from "../catalogue";
import type { Language } from "../language";
import { ARGUMENT_NAMES, type Criterion } from "../vocabulary";
import type { Problem } from "./plan";

/** Why an analyst's own table cannot be scored, and what to do about it. */
export const OWN_TABLE_TEXTS = {
  empty: {
    nl: "De selectie is leeg. Selecteer uw tabel of bereik, met de kopjes erbij.",
    en: "The selection is empty. Select your table or range, headers included.",
  },
  merged: {
    nl: "Samengevoegde cellen in {address}. Maak de samenvoeging ongedaan (Start > Samenvoegen en centreren) zodat elke kolom een eigen kopje heeft, en probeer opnieuw. Er is niets geschreven.",
    en: "Merged cells in {address}. Unmerge them (Home > Merge & Center) so that each column has its own header, and try again. Nothing was written.",
  },
  missing: {
    nl: "Niet gevonden: {criteria}. Kies hieronder welke kolom bij elk criterium hoort.",
    en: "Not found: {criteria}. Choose below which column holds each criterion.",
  },
  duplicate: {
    nl: "{criteria} staan op dezelfde kolom. Kies voor elk criterium een andere kolom.",
    en: "{criteria} point to the same column. Choose a different column for each criterion.",
  },
  noRows: { nl: "Onder de kopjes staan geen rijen.", en: "There are no rows under the headers." },
  tooManyRows: {
    nl: "{rows} rijen is meer dan de {limit} die in één keer geschreven kunnen worden. Selecteer een deel van de rijen.",
    en: "{rows} rows is more than the {limit} that can be written at once. Select part of the rows.",
  },
  noRoom: {
    nl: "Rechts van de gegevens zijn geen {columns} lege kolommen naast elkaar gevonden. Maak ruimte en probeer opnieuw; er wordt nooit over uw cellen geschreven.",
    en: "No {columns} empty adjacent columns were found to the right of the data. Make room and try again; your cells are never overwritten.",
  },
} as const satisfies Catalogue;

const say = speaker(OWN_TABLE_TEXTS);

/** Why a table cannot be scored, in the analyst's words and with what to do about it. */
export function problemMessage(problem: Problem, language: Language): string {
  const names = (list: readonly Criterion[]) => list.map((c) => ARGUMENT_NAMES[language][c]).join(", ");
  switch (problem.code) {
    case "empty":
    case "noRows":
      return say(language, problem.code);
    case "merged":
      return say(language, "merged", problem);
    case "missing":
    case "duplicate":
      return say(language, problem.code, { criteria: names(problem.criteria) });
    case "tooManyRows":
      return say(language, "tooManyRows", problem);
    case "noRoom":
      return say(language, "noRoom", problem);
  }
}
