/**
 * Recognises the four criteria in an analyst's own headers, in Dutch or English, by word:
 * case, spacing, punctuation and accents do not matter ("Marktvraag (1–5)", "LOKALE  verankering",
 * "Compétenties"). A header matches a criterion when one of its synonyms appears in it as whole
 * words, so "Profit" is not "fit". A header that names two criteria is ambiguous and matches none.
 */
import { CRITERIA, type Criterion } from "../vocabulary";

export const SYNONYMS: Record<Criterion, readonly string[]> = {
  demand: [
    "vraag", "marktvraag", "tewerkstellingsvraag", "arbeidsvraag", "arbeidsmarktvraag", "vraag naar arbeid",
    "demand", "market demand", "labour demand", "labor demand", "employment demand",
  ],
  investment: ["investering", "investeringen", "investeringsnood", "investeringskost", "investment", "investments", "investment needed"],
  fit: ["fit", "competenties", "competentie", "match", "aansluiting", "competences", "competencies", "skills", "skills match"],
  local: [
    "lokaal", "lokale", "verankering", "lokale verankering", "lokale verbondenheid", "verbondenheid", "inbedding", "lokale inbedding",
    "local", "locally", "local connectedness", "local anchoring", "local roots", "embeddedness",
  ],
};

/** Lower case, no accents, words separated by single spaces. */
export function normaliseHeader(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  return String(value)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const TOKENISED: Record<Criterion, string[][]> = Object.fromEntries(
  CRITERIA.map((c) => [c, SYNONYMS[c].map((s) => normaliseHeader(s).split(" "))]),
) as Record<Criterion, string[][]>;

function containsWords(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** The one criterion a header names, or null (none, or more than one). */
export function criterionOfHeader(value: unknown): Criterion | null {
  const norm = normaliseHeader(value);
  if (norm === "") return null;
  const words = norm.split(" ");
  const found = CRITERIA.filter((c) => TOKENISED[c].some((phrase) => containsWords(words, phrase)));
  return found.length === 1 ? found[0] : null;
}

export type Mapping = Partial<Record<Criterion, number>>;

/** The criteria found in a row of headers: the first column that names each one. */
export function recogniseRow(row: readonly unknown[]): Mapping {
  const mapping: Mapping = {};
  row.forEach((value, col) => {
    const c = criterionOfHeader(value);
    if (c !== null && mapping[c] === undefined) mapping[c] = col;
  });
  return mapping;
}

export function mappedCount(mapping: Mapping): number {
  return CRITERIA.filter((c) => mapping[c] !== undefined).length;
}
