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
import { sayShare } from "./messages";
import { jsonBytes, MAX_JSON_BYTES, megabytes } from "./size";

export { MAX_JSON_BYTES };
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type JsonResult = { ok: true; dataset: Dataset; analystRows: number } | { ok: false; message: string };

const fail = (message: string): JsonResult => ({ ok: false, message });

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
    return fail(sayShare(language, "tooLarge", { mb }));
  }
  const limit = scanJsonLimits(text);
  if (limit !== null && limit.kind === "depth") {
    return fail(sayShare(language, "tooDeep", { limit: limit.limit }));
  }
  if (limit !== null) {
    const where = limit.key === null ? "" : `${limit.key}: `;
    return fail(sayShare(language, "tooManyEntries", { where, limit: limit.limit, rows: MAX_LIST_ROWS }));
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
    return fail(sayShare(language, "notJson", { detail }));
  }
  if (forbidden !== "") {
    return fail(sayShare(language, "forbiddenKey", { key: forbidden }));
  }
  if (typeof data !== "object" || data === null || Array.isArray(data) || !("schemaVersion" in data)) {
    return fail(sayShare(language, "notSeTrends"));
  }
  const record = data as Record<string, unknown>;
  if (typeof record.schemaVersion === "number" && record.schemaVersion > base.schemaVersion) {
    return fail(sayShare(language, "newerSchema", { file: record.schemaVersion, own: base.schemaVersion }));
  }
  if (typeof record.version === "string" && major(record.version) > major(base.version)) {
    return fail(sayShare(language, "newerDataset", { file: record.version, own: base.version }));
  }
  const rowProblems = firstRowProblems(record);
  if (rowProblems.length > 0) {
    const shown = rowProblems.join("; ");
    const capped = rowProblems.length >= SHOWN_PROBLEMS;
    return fail(sayShare(language, "notSchema", { problems: shown + (capped ? sayShare(language, "firstProblemsOnly") : "") }));
  }
  const parsed = parseDataset(data);
  if (!parsed.ok) {
    const shown = parsed.issues.slice(0, 5).join("; ");
    const more = parsed.issues.length > 5 ? ` (+${parsed.issues.length - 5})` : "";
    return fail(sayShare(language, "notSchema", { problems: shown + more }));
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
    return fail(sayShare(language, "analystIdsOfReport", { ids: clash.join(", ") }));
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
    return fail(sayShare(language, "notThisReport", { problems: again.issues.slice(0, 5).join("; ") }));
  }
  return { ok: true, dataset: again.dataset, analystRows: analyst.length };
}
