/**
 * The opportunities sheet: the report's rows with the analyst's criteria next to them, the live
 * SE.POTENTIAL and SE.SCORE, and a check against the report's own potential.
 */
import { CRITERIA, type Criterion } from "../criteria";
import type { AnalystRow, Dataset, Opportunity, OpportunityRating } from "../dataset/schema";
import type { Language } from "../language";
import { makeTexts } from "../lookup-text";
import { ratingAmount, type Level } from "../rating";
import { favourability, type Potential } from "../rule";
import { column, row } from "./columns";
import type { CriteriaKeys } from "./formula";
import { CHECK_WORDS, IMPLIED_WORDS, NOTES, ORIGIN_WORDS, TABLE_NAMES, VALIDATION_MESSAGE, levelWord, levelWords } from "./labels";
import type { Cell, PlanColumn, PlanRow, PlanTable, TextFill } from "./types";

const FILLS: Record<Potential, { fill: string; font: string }> = {
  high: { fill: "#C6EFCE", font: "#006100" },
  medium: { fill: "#FFEB9C", font: "#9C5700" },
  low: { fill: "#FFC7CE", font: "#9C0006" },
};

export function potentialFills(): TextFill[] {
  return (["high", "medium", "low"] as const).flatMap((level) => levelWords(level).map((text) => ({ text, ...FILLS[level] })));
}

/** The dropdown: the plan language's words first, then the other language's, then 1–5. */
export function ratingList(language: Language): string[] {
  const other: Language = language === "nl" ? "en" : "nl";
  const words = (["high", "medium", "low"] as const).map((l) => levelWord(l, language));
  const others = (["high", "medium", "low"] as const).map((l) => levelWord(l, other));
  return [...new Set([...words, ...others]), "1", "2", "3", "4", "5"];
}

/**
 * The levels the report's result implies for each criterion, or null when it implies none.
 * Only Hoog does: by the rule it needs all four criteria favourable, and "favourable" is one level
 * per criterion (low for investment). Medium and Laag allow many combinations.
 */
export function impliedLevels(potential: Potential): Record<Criterion, Level> | null {
  if (potential !== "high") return null;
  const levels = {} as Record<Criterion, Level>;
  for (const c of CRITERIA) levels[c] = favourability(1, c) === 1 ? "high" : "low";
  return levels;
}

export function opportunityColumns(language: Language): PlanColumn[] {
  const validation = { list: ratingList(language), alert: "warning" as const, message: VALIDATION_MESSAGE[language] };
  const criteria = Object.fromEntries(CRITERIA.map((c) => [c, c])) as unknown as CriteriaKeys;
  const check = CHECK_WORDS;
  return [
    column("id", language, "report", "text", 30),
    column("title", language, "report", "text", 150, { wrap: true }),
    column("description", language, "report", "text", 220, { wrap: true }),
    column("activities", language, "report", "text", 170, { wrap: true }),
    column("sector", language, "report", "text", 80),
    ...CRITERIA.map((c) => column(c, language, "analyst", "text", 65, { validation })),
    // Whose criteria these are: "afgeleid"/"implied" where the project worked them back from the
    // report's potential. The analyst's to clear when rating the row themselves.
    column("basis", language, "analyst", "text", 70),
    column("potential", language, "report", "formula", 70, {
      formula: { kind: "potential", criteria, language },
      fills: potentialFills(),
    }),
    column("score", language, "report", "formula", 45, { formula: { kind: "score", criteria, potential: "potential" }, numberFormat: "0" }),
    column("reportPotential", language, "report", "text", 75, { fills: potentialFills() }),
    column("check", language, "report", "formula", 75, {
      formula: {
        kind: "comparison",
        left: "potential",
        right: "reportPotential",
        words: { same: check.same[language], differs: check.differs[language], none: check.none[language] },
        basis: { key: "basis", impliedWhen: [IMPLIED_WORDS.nl, IMPLIED_WORDS.en], implied: check.implied[language] },
      },
    }),
    column("origin", language, "report", "text", 60),
    column("notes", language, "analyst", "text", 170, { wrap: true }),
  ];
}

/** A rating cell as the plan writes it: an accepted word or number, or empty when it is not one. */
function ratingCell(value: unknown, criterion: Criterion): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && value.trim() === "") return null;
  if (typeof value !== "string" && typeof value !== "number") return null;
  return ratingAmount(value, criterion) >= 0 ? value : null;
}

function reportRow(o: Opportunity, rating: OpportunityRating | undefined, language: Language, texts: ReturnType<typeof makeTexts>): PlanRow {
  const cells: Record<string, Cell> = {
    id: o.id,
    title: o.title[language],
    description: o.description[language],
    activities: o.activities[language],
    sector: texts.sectorLabel(o.sector, language),
    reportPotential: o.origin === "report" ? levelWord(o.potential, language) : null,
    origin: ORIGIN_WORDS[o.origin][language],
  };
  const implied = o.origin === "report" ? impliedLevels(o.potential) : null;
  for (const c of CRITERIA) {
    const own = rating?.[c];
    cells[c] = own !== undefined ? ratingCell(own, c) : implied ? levelWord(implied[c], language) : null;
  }
  // Marked wherever a criterion came from the inference: agreement then proves nothing.
  const inferred = implied !== null && CRITERIA.some((c) => rating?.[c] === undefined);
  cells.basis = inferred ? IMPLIED_WORDS[language] : null;
  if (rating?.notes !== undefined) cells.notes = rating.notes ?? null;
  else if (o.origin === "report") cells.notes = implied ? NOTES.implied(language) : NOTES.undetermined(o.potential, language);
  else cells.notes = `${o.provenance.source}`;
  return row(o.id, o.origin, cells);
}

function analystRow(a: AnalystRow, rating: OpportunityRating | undefined, language: Language, texts: ReturnType<typeof makeTexts>): PlanRow {
  const cells: Record<string, Cell> = {
    id: a.id,
    title: a.title[language],
    description: a.description?.[language] ?? null,
    activities: a.activities?.[language] ?? null,
    sector: texts.sectorLabel(a.sector, language),
    reportPotential: null,
    origin: ORIGIN_WORDS.analyst[language],
    notes: rating?.notes ?? null,
  };
  for (const c of CRITERIA) cells[c] = ratingCell(rating?.[c], c);
  return row(a.id, "analyst", cells);
}

export function opportunitiesTable(dataset: Dataset, language: Language): PlanTable {
  const texts = makeTexts(dataset);
  const ratings = new Map((dataset.opportunityRatings ?? []).map((r) => [r.id.toLowerCase(), r]));
  const rows = [
    ...dataset.opportunities.map((o) => reportRow(o, ratings.get(o.id.toLowerCase()), language, texts)),
    ...(dataset.analystOpportunities ?? []).map((a) => analystRow(a, ratings.get(a.id.toLowerCase()), language, texts)),
  ];
  return { name: TABLE_NAMES.opportunities, row: 0, col: 0, columns: opportunityColumns(language), rows, style: "TableStyleMedium2" };
}
