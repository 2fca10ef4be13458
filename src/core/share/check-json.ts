/**
 * A colleague's JSON, checked before anything touches the workbook: size, syntax, keys that could
 * reach object prototypes, schema version, dataset version, the schema itself, and ids. Text is
 * only ever data: HTML or script inside it is written to cells as text and never interpreted.
 */
import type { z } from "zod";
import { parseDataset } from "../dataset";
import {
  AnalystRowSchema,
  AssessmentSchema,
  HeadingSchema,
  ImpactSchema,
  KeyFigureSchema,
  MAX_LIST_ROWS,
  OpportunityRatingSchema,
  OpportunitySchema,
  SectorSchema,
  ThreatSchema,
  TrendSchema,
  type AnalystRow,
  type Dataset,
} from "../dataset/schema";
import type { Language } from "../language";
import { scanJsonLimits } from "./json-scan";
import { jsonBytes, MAX_JSON_BYTES, megabytes } from "./size";

export { MAX_JSON_BYTES };
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type JsonResult = { ok: true; dataset: Dataset; analystRows: number } | { ok: false; message: string };

const fail = (language: Language, nl: string, en: string): JsonResult => ({ ok: false, message: language === "nl" ? nl : en });

function major(version: string): number {
  // Only the start of the text is read: a version is a few characters, a hostile one need not be.
  return Number(/^(\d{1,15})\./.exec(version.slice(0, 17))?.[1] ?? NaN);
}

/** The problems a message names: the first few, never thousands. */
const SHOWN_PROBLEMS = 5;

/** The schema of one row of each list, to check a list row by row and stop at the first problems. */
const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  headings: HeadingSchema,
  sectors: SectorSchema,
  keyFigures: KeyFigureSchema,
  trends: TrendSchema,
  impacts: ImpactSchema,
  assessments: AssessmentSchema,
  threats: ThreatSchema,
  opportunities: OpportunitySchema,
  analystOpportunities: AnalystRowSchema,
  opportunityRatings: OpportunityRatingSchema,
};

/**
 * The first problems of the file's lists, row by row, stopping once SHOWN_PROBLEMS are found: a
 * file of 50,000 broken rows costs as much as one of a few, and holds no million issue objects.
 * Rows that pass are checked again with the whole schema (ids across lists, sectors, headings).
 */
function firstRowProblems(record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(ROW_SCHEMAS)) {
    const rows = record[key];
    if (!Array.isArray(rows)) continue;
    for (let i = 0; i < rows.length && problems.length < SHOWN_PROBLEMS; i++) {
      const result = schema.safeParse(rows[i]);
      if (result.success) continue;
      for (const issue of result.error.issues.slice(0, SHOWN_PROBLEMS - problems.length)) {
        problems.push(`${[key, i, ...issue.path].map(String).join(".")}: ${issue.message}`);
      }
    }
    if (problems.length >= SHOWN_PROBLEMS) break;
  }
  return problems;
}

/** Reads, validates and combines: the bundled report stays the report, the file adds analyst work. */
export function checkDatasetJson(text: string, base: Dataset, language: Language): JsonResult {
  const bytes = jsonBytes(text);
  if (bytes > MAX_JSON_BYTES) {
    const mb = megabytes(bytes);
    return fail(language, `Het bestand is ${mb} MB; het maximum is 5 MB. Er is niets gewijzigd.`, `The file is ${mb} MB; the maximum is 5 MB. Nothing was changed.`);
  }
  const limit = scanJsonLimits(text);
  if (limit !== null && limit.kind === "depth") {
    return fail(
      language,
      `Geen geldig JSON-bestand voor SE Trends: het is dieper genest dan ${limit.limit} niveaus. Er is niets gewijzigd.`,
      `Not a valid JSON file for SE Trends: it is nested deeper than ${limit.limit} levels. Nothing was changed.`,
    );
  }
  if (limit !== null) {
    const where = limit.key === null ? "" : `${limit.key}: `;
    return fail(
      language,
      `Het bestand volgt het schema niet: ${where}meer dan ${limit.limit} items in één lijst of object (een lijst heeft hoogstens ${MAX_LIST_ROWS} rijen). Er is niets gewijzigd.`,
      `The file does not follow the schema: ${where}more than ${limit.limit} entries in one list or object (a list holds at most ${MAX_LIST_ROWS} rows). Nothing was changed.`,
    );
  }
  let data: unknown;
  let forbidden = "";
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(language, `Geen geldig JSON-bestand (${detail}). Er is niets gewijzigd.`, `Not a valid JSON file (${detail}). Nothing was changed.`);
  }
  if (forbidden !== "") {
    return fail(language, `Het bestand bevat de verboden sleutel "${forbidden}". Er is niets gewijzigd.`, `The file contains the forbidden key "${forbidden}". Nothing was changed.`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data) || !("schemaVersion" in data)) {
    return fail(language, "Dit is geen SE Trends-bestand (schemaVersion ontbreekt). Er is niets gewijzigd.", "This is not an SE Trends file (schemaVersion is missing). Nothing was changed.");
  }
  const record = data as Record<string, unknown>;
  if (typeof record.schemaVersion === "number" && record.schemaVersion > base.schemaVersion) {
    return fail(
      language,
      `Het bestand is gemaakt met een nieuwere versie van de invoegtoepassing (schema ${record.schemaVersion}; deze versie leest schema ${base.schemaVersion}). Werk de invoegtoepassing bij. Er is niets gewijzigd.`,
      `The file was made by a newer version of the add-in (schema ${record.schemaVersion}; this version reads schema ${base.schemaVersion}). Update the add-in. Nothing was changed.`,
    );
  }
  if (typeof record.version === "string" && major(record.version) > major(base.version)) {
    return fail(
      language,
      `Het bestand hoort bij dataset ${record.version}, nieuwer dan de ${base.version} van deze invoegtoepassing. Er is niets gewijzigd.`,
      `The file belongs to dataset ${record.version}, newer than this add-in's ${base.version}. Nothing was changed.`,
    );
  }
  const rowProblems = firstRowProblems(record);
  if (rowProblems.length > 0) {
    const shown = rowProblems.join("; ");
    const capped = rowProblems.length >= SHOWN_PROBLEMS;
    return fail(
      language,
      `Het bestand volgt het schema niet: ${shown}${capped ? " (de eerste problemen, er kunnen er meer zijn)" : ""}. Er is niets gewijzigd.`,
      `The file does not follow the schema: ${shown}${capped ? " (the first problems, there may be more)" : ""}. Nothing was changed.`,
    );
  }
  const parsed = parseDataset(data);
  if (!parsed.ok) {
    const shown = parsed.issues.slice(0, 5).join("; ");
    const more = parsed.issues.length > 5 ? ` (+${parsed.issues.length - 5})` : "";
    return fail(language, `Het bestand volgt het schema niet: ${shown}${more}. Er is niets gewijzigd.`, `The file does not follow the schema: ${shown}${more}. Nothing was changed.`);
  }
  const file = parsed.dataset;
  const reportIds = new Set(base.opportunities.map((o) => o.id.toLowerCase()));
  // Analyst rows of the older form (in `opportunities`) join the analyst rows.
  const analyst: AnalystRow[] = [
    ...file.opportunities.filter((o) => o.origin === "analyst").map(({ origin: _o, potential: _p, ...rest }) => rest as AnalystRow),
    ...(file.analystOpportunities ?? []),
  ];
  const clash = analyst.filter((a) => reportIds.has(a.id.toLowerCase())).map((a) => a.id);
  if (clash.length > 0) {
    return fail(
      language,
      `Rijen van de analist gebruiken ids van het rapport (${clash.join(", ")}); geef ze een eigen id, bv. A1. Er is niets gewijzigd.`,
      `Analyst rows use ids of the report (${clash.join(", ")}); give them their own ids, e.g. A1. Nothing was changed.`,
    );
  }
  const known = new Set([...reportIds, ...analyst.map((a) => a.id.toLowerCase())]);
  const sectors = [...base.sectors, ...file.sectors.filter((s) => !base.sectors.some((b) => b.id === s.id))];
  const combined = {
    ...structuredClone(base),
    sectors,
    ...(analyst.length > 0 ? { analystOpportunities: analyst } : {}),
    ...(file.opportunityRatings ? { opportunityRatings: file.opportunityRatings.filter((r) => known.has(r.id.toLowerCase())) } : {}),
  };
  const again = parseDataset(combined);
  if (!again.ok) {
    return fail(language, `Het bestand past niet bij dit rapport: ${again.issues.slice(0, 5).join("; ")}. Er is niets gewijzigd.`, `The file does not fit this report: ${again.issues.slice(0, 5).join("; ")}. Nothing was changed.`);
  }
  return { ok: true, dataset: again.dataset, analystRows: analyst.length };
}
