import { ARGUMENT_NAMES } from "../criteria";
import type { Language } from "../language";
import type { Problem } from "./plan";

/** Why a table cannot be scored, in the analyst's words and with what to do about it. */
export function problemMessage(problem: Problem, language: Language): string {
  const nl = language === "nl";
  const names = (list: readonly (keyof (typeof ARGUMENT_NAMES)["nl"])[]) => list.map((c) => ARGUMENT_NAMES[language][c]).join(", ");
  switch (problem.code) {
    case "empty":
      return nl
        ? "De selectie is leeg. Selecteer uw tabel of bereik, met de kopjes erbij."
        : "The selection is empty. Select your table or range, headers included.";
    case "merged":
      return nl
        ? `Samengevoegde cellen in ${problem.address}. Maak de samenvoeging ongedaan (Start > Samenvoegen en centreren) zodat elke kolom een eigen kopje heeft, en probeer opnieuw. Er is niets geschreven.`
        : `Merged cells in ${problem.address}. Unmerge them (Home > Merge & Center) so that each column has its own header, and try again. Nothing was written.`;
    case "missing":
      return nl
        ? `Niet gevonden: ${names(problem.criteria)}. Kies hieronder welke kolom bij elk criterium hoort.`
        : `Not found: ${names(problem.criteria)}. Choose below which column holds each criterion.`;
    case "duplicate":
      return nl
        ? `${names(problem.criteria)} staan op dezelfde kolom. Kies voor elk criterium een andere kolom.`
        : `${names(problem.criteria)} point to the same column. Choose a different column for each criterion.`;
    case "noRows":
      return nl ? "Onder de kopjes staan geen rijen." : "There are no rows under the headers.";
    case "tooManyRows":
      return nl
        ? `${problem.rows} rijen is meer dan de ${problem.limit} die in één keer geschreven kunnen worden. Selecteer een deel van de rijen.`
        : `${problem.rows} rows is more than the ${problem.limit} that can be written at once. Select part of the rows.`;
    case "noRoom":
      return nl
        ? `Rechts van de gegevens zijn geen ${problem.columns} lege kolommen naast elkaar gevonden. Maak ruimte en probeer opnieuw; er wordt nooit over uw cellen geschreven.`
        : `No ${problem.columns} empty adjacent columns were found to the right of the data. Make room and try again; your cells are never overwritten.`;
  }
}
