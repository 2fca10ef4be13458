/**
 * Rows the export cannot take as they are, why, and a way forward: an id the row could have.
 * The export stops before anything is saved and names them all; nothing is dropped silently.
 */
import type { Language } from "../language";
import { showValue } from "../errors";

export type ExportProblemKind = "noId" | "badId" | "duplicateId" | "reportIdOnAnalystRow" | "invalid";

export interface ExportProblem {
  kind: ExportProblemKind;
  /** Sheet-qualified address of the row's id cell (or its first cell), e.g. 'Opportuniteiten'!A7. */
  address: string;
  /** The id as typed ("" when empty). */
  id: string;
  /** A free, valid id the row could take (noId, badId, duplicateId, reportIdOnAnalystRow). */
  suggestion?: string;
  /** What the import's schema says (invalid), e.g. "notes: Too big". */
  detail?: string;
}

/** The id pattern of the dataset schema (IdSchema), tested per row before the whole file is checked. */
export const VALID_ID = /^[A-Za-z0-9_.-]+$/;

/** Suggests ids: the typed one made valid when that is free, else A1, A2 … not yet taken. */
export function idSuggester(taken: Iterable<string>): (typed: string) => string {
  const used = new Set([...taken].map((id) => id.toLowerCase()));
  let n = 0;
  return (typed) => {
    const cleaned = typed.trim().replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 40);
    let id = cleaned !== "" && VALID_ID.test(cleaned) && !used.has(cleaned.toLowerCase()) ? cleaned : "";
    while (id === "") {
      n++;
      if (!used.has(`a${n}`)) id = `A${n}`;
    }
    used.add(id.toLowerCase());
    return id;
  };
}

const MAX_LISTED = 20;

function reason(l: Language, p: ExportProblem): string {
  const nl = l === "nl";
  const typed = showValue(p.id.length > 60 ? `${p.id.slice(0, 60)}…` : p.id);
  switch (p.kind) {
    case "noId":
      return nl ? "heeft geen id" : "has no id";
    case "badId":
      return nl ? `id ${typed} bevat tekens die een id niet mag hebben (alleen letters, cijfers, _ . -)` : `id ${typed} has characters an id may not have (letters, digits, _ . - only)`;
    case "duplicateId":
      return nl ? `id ${typed} staat al op een eerdere rij` : `id ${typed} is already on an earlier row`;
    case "reportIdOnAnalystRow":
      return nl ? `id ${typed} is een id van het rapport, op een rij van de analist` : `id ${typed} is a report id, on an analyst row`;
    case "invalid":
      return nl ? `past niet in het gedeelde bestand (${p.detail})` : `does not fit the shared file (${p.detail})`;
  }
}

/** One message naming every row (up to 20, then a count) and what to do. */
export function exportProblemsMessage(problems: readonly ExportProblem[], l: Language): string {
  const nl = l === "nl";
  const lines = problems.slice(0, MAX_LISTED).map((p) => {
    const fix = p.suggestion ? (nl ? ` — bv. id "${p.suggestion}"` : ` — e.g. id "${p.suggestion}"`) : "";
    return `${p.address}: ${reason(l, p)}${fix}`;
  });
  if (problems.length > MAX_LISTED) lines.push(nl ? `… en nog ${problems.length - MAX_LISTED} rij(en).` : `… and ${problems.length - MAX_LISTED} more row(s).`);
  const head = nl
    ? `Niet geëxporteerd: ${problems.length} rij(en) van de analist kunnen niet mee zoals ze zijn, en geen rij wordt weggelaten. Er is niets opgeslagen.`
    : `Not exported: ${problems.length} analyst row(s) cannot be taken as they are, and no row is left out. Nothing was saved.`;
  const tail = nl
    ? "Geef die rijen in het werkboek een eigen id (de voorgestelde zijn vrij) of pas de genoemde cel aan, en exporteer opnieuw."
    : "Give those rows their own id in the workbook (the suggested ones are free) or fix the cell named, then export again.";
  return [head, ...lines, tail].join("\n");
}
