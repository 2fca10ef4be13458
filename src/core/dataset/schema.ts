/**
 * The single definition of the dataset's shape. Types are inferred from the schema so the data,
 * the lookups and any import of analyst rows cannot disagree about it.
 *
 * Runtime code that only reads the bundled report (the custom-functions bundle) must use
 * `import type` from this file, so that zod stays out of that bundle.
 */
import { z } from "zod";
import { ratingAmount } from "../rating";
import { hasNonSpace, isIdText, isSectorCode } from "../text-scan";
import { CRITERIA, LEVELS } from "../vocabulary";
import { checkReferences } from "./references";

export { CRITERIA };

/**
 * Limits that match Excel, so nothing the schema accepts is cut or refused by the workbook, and
 * nothing a 5 MB file holds costs more to check than the limits allow. The checks are character
 * scans: no pattern that can backtrack ever sees the text.
 */
/** Excel's maximum length of the text in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** An id or code is typed in a cell and read in formulas; far longer than any real one. */
export const MAX_ID_LENGTH = 64;
/** Rows per list: more than a 5 MB file can hold valid analyst rows (each needs over 100 bytes). */
export const MAX_LIST_ROWS = 50_000;
/** Entries of a list inside one item (points, references, paragraphs, conditions). */
export const MAX_ITEM_ENTRIES = 1_000;

/** Non-empty and not only whitespace: an empty translation is a missing translation. */
const nonBlank = z.string().max(MAX_CELL_TEXT).refine(hasNonSpace, "must not be empty");

/** Every text is a bilingual pair: the report's Dutch and an English rendering. */
export const TextSchema = z.strictObject({ nl: nonBlank, en: nonBlank });

/** The four domains of the full report; the extract covers only "maatschappelijke noden". */
export const DOMAINS = ["maatschappelijke noden", "industriële noden", "hernieuwbare energie", "e-commerce"] as const;
export const DomainSchema = z.enum(DOMAINS);

/** Sector codes are open (analysts add sectors of other domains) but must be declared in `sectors`. */
export const SectorCodeSchema = z.string().max(MAX_ID_LENGTH).refine(isSectorCode, "lower-case sector code, e.g. zorg");

/** Ids are what analysts type in a cell, so no whitespace inside. */
export const IdSchema = z.string().max(MAX_ID_LENGTH).refine(isIdText, "id without spaces");

export const POTENTIAL_LEVELS = LEVELS;
/** Language-neutral level codes; the words Hoog/Medium/Laag and High/Medium/Low are the vocabulary's (POTENTIAL_LABELS). */
export const PotentialLevelSchema = z.enum(POTENTIAL_LEVELS);

export const CriterionSchema = z.enum(CRITERIA);

/**
 * Where a report item comes from: the slide's title and, when a slide has several panels or two
 * slides share a title, the panel heading. Both in Dutch exactly as printed, so an analyst can
 * find them in the report. `note` records a reading decision (see source/READING-NOTES.md).
 */
export const ReportProvenanceSchema = z.strictObject({
  slide: nonBlank,
  section: nonBlank.optional(),
  note: TextSchema.optional(),
});

/** Analyst rows are not in the report; they cite their own source (who, what, when). */
export const AnalystProvenanceSchema = z.strictObject({
  source: nonBlank,
  note: TextSchema.optional(),
});

const itemBase = {
  id: IdSchema,
  domain: DomainSchema,
  sector: SectorCodeSchema,
};

export const CitationSchema = z.strictObject({
  title: TextSchema,
  department: TextSchema,
  division: TextSchema,
  publisher: TextSchema,
  /** The translation of "herbruikbare energie" in the title is a reading; the citation says so. */
  note: TextSchema.optional(),
});

/** A heading as printed (Dutch) with its English rendering; provenance refers to these by Dutch text. */
export const HeadingSchema = z.strictObject({ nl: nonBlank, en: nonBlank });

export const SectorSchema = z.strictObject({
  id: SectorCodeSchema,
  domain: DomainSchema,
  label: TextSchema,
});

export const TrendSchema = z.strictObject({
  ...itemBase,
  title: TextSchema,
  points: z.array(TextSchema).min(1).max(MAX_ITEM_ENTRIES),
  provenance: ReportProvenanceSchema,
});

/**
 * A key figure. `value` is the number as a spreadsheet number (27% is 0.27); a figure the report
 * states without a number (a trend) has value null and says its content in `label`.
 * `printed` is the number exactly as the source prints it ("14,7%"), kept to prove fidelity.
 * A `label` made of several source lines joins them with "; ".
 */
export const KeyFigureSchema = z
  .strictObject({
    ...itemBase,
    kind: z.enum(["share", "count", "qualitative"]),
    value: z.number().finite().nullable(),
    printed: nonBlank.nullable(),
    unit: TextSchema.nullable(),
    label: TextSchema,
    provenance: ReportProvenanceSchema,
  })
  .superRefine((f, ctx) => {
    const qualitative = f.kind === "qualitative";
    if (qualitative !== (f.value === null)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "value is null exactly when kind is qualitative" });
    }
    if (qualitative !== (f.printed === null)) {
      ctx.addIssue({ code: "custom", path: ["printed"], message: "printed is null exactly when kind is qualitative" });
    }
    if (f.kind === "share" && f.value !== null && (f.value < 0 || f.value > 1)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "a share is a fraction between 0 and 1 (27% is 0.27)" });
    }
    if (f.kind === "count" && f.value !== null && !Number.isInteger(f.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "a count is a whole number" });
    }
  });

/** The report's impact of the trends on sustainable employment, per sector. */
export const ImpactSchema = z.strictObject({
  ...itemBase,
  points: z.array(TextSchema).min(1).max(MAX_ITEM_ENTRIES),
  /** Named references (examples of practice) the report lists for the sector. */
  references: z.array(TextSchema).max(MAX_ITEM_ENTRIES),
  /** A slide's graphic statement, e.g. "Groeiende sector ≠ gelijke groei in tewerkstelling". */
  headline: TextSchema.optional(),
  provenance: ReportProvenanceSchema,
});

/** The report's overall assessment of a domain (paragraphs of running text). */
export const AssessmentSchema = z.strictObject({
  id: IdSchema,
  domain: DomainSchema,
  paragraphs: z.array(TextSchema).min(1).max(MAX_ITEM_ENTRIES),
  provenance: ReportProvenanceSchema,
});

export const ThreatSchema = z.strictObject({
  ...itemBase,
  title: TextSchema,
  description: TextSchema,
  provenance: ReportProvenanceSchema,
});

export const CriterionDefinitionSchema = z.strictObject({
  id: CriterionSchema,
  name: TextSchema,
});

export const PotentialConditionSchema = z.strictObject({
  criterion: CriterionSchema,
  text: TextSchema,
});

/** One level of the report's potential rule: its defining sentence and its per-criterion conditions. */
export const PotentialLevelDefinitionSchema = z.strictObject({
  level: PotentialLevelSchema,
  definition: TextSchema,
  conditions: z.array(PotentialConditionSchema).max(MAX_ITEM_ENTRIES),
});

export const PotentialRuleSchema = z.strictObject({
  criteria: z.array(CriterionDefinitionSchema).length(CRITERIA.length),
  levels: z.array(PotentialLevelDefinitionSchema).length(POTENTIAL_LEVELS.length),
  remark: TextSchema.optional(),
  provenance: ReportProvenanceSchema,
});

const opportunityFields = {
  ...itemBase,
  title: TextSchema,
  description: TextSchema,
  activities: TextSchema,
  /** The level the row's origin states: for report rows the report's own potential, never a score. */
  potential: PotentialLevelSchema,
};

export const ReportOpportunitySchema = z.strictObject({
  ...opportunityFields,
  origin: z.literal("report"),
  provenance: ReportProvenanceSchema,
});

export const AnalystOpportunitySchema = z.strictObject({
  ...opportunityFields,
  origin: z.literal("analyst"),
  provenance: AnalystProvenanceSchema,
});

export const OpportunitySchema = z.discriminatedUnion("origin", [ReportOpportunitySchema, AnalystOpportunitySchema]);

/**
 * An analyst's own opportunity, as typed in the workbook and shared as JSON. Unlike the report's
 * rows it states no potential of its own: the analyst's ratings (in `opportunityRatings`) give it.
 * Kept apart from `opportunities` so the report's rows, and every reader of them, keep their
 * guaranteed potential.
 */
export const AnalystRowSchema = z.strictObject({
  ...itemBase,
  title: TextSchema,
  description: TextSchema.optional(),
  activities: TextSchema.optional(),
  provenance: AnalystProvenanceSchema,
});

/** One criterion rating as an analyst may type it: an accepted word, a number 1–5, or empty. */
const ratingValue = (criterion: (typeof CRITERIA)[number]) =>
  z
    .union([z.string().max(40), z.number().finite()])
    .nullable()
    // Text over 40 characters is already refused by max(40); it is not read again.
    .refine((v) => v === null || (typeof v === "string" && (v.length > 40 || v.trim() === "")) || ratingAmount(v, criterion) >= 0, {
      message: `not an accepted ${criterion} rating (hoog/medium/laag, high/medium/low or 1–5)`,
    });

/** The analyst's ratings and notes of one opportunity (a report row or an analyst row), by id. */
export const OpportunityRatingSchema = z.strictObject({
  id: IdSchema,
  demand: ratingValue("demand").optional(),
  investment: ratingValue("investment").optional(),
  fit: ratingValue("fit").optional(),
  local: ratingValue("local").optional(),
  // Excel's cell maximum: any note an analyst can type travels in the shared file.
  notes: z.string().max(MAX_CELL_TEXT).nullable().optional(),
});

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The dataset's fields, each checked on its own; DatasetSchema adds the checks across them. */
const DatasetFieldsSchema = z.strictObject({
  schemaVersion: z.literal(1),
  version: z.string().max(MAX_ID_LENGTH).refine((v) => v.length <= MAX_ID_LENGTH && SEMVER.test(v), "semver, e.g. 1.0.0"),
  report: CitationSchema,
  headings: z.array(HeadingSchema).min(1).max(MAX_LIST_ROWS),
  sectors: z.array(SectorSchema).min(1).max(MAX_LIST_ROWS),
  keyFigures: z.array(KeyFigureSchema).max(MAX_LIST_ROWS),
  trends: z.array(TrendSchema).max(MAX_LIST_ROWS),
  impacts: z.array(ImpactSchema).max(MAX_LIST_ROWS),
  assessments: z.array(AssessmentSchema).max(MAX_LIST_ROWS),
  potentialRule: PotentialRuleSchema,
  threats: z.array(ThreatSchema).max(MAX_LIST_ROWS),
  opportunities: z.array(OpportunitySchema).max(MAX_LIST_ROWS),
  /** Analyst work shared between colleagues; absent from the bundled report. */
  analystOpportunities: z.array(AnalystRowSchema).max(MAX_LIST_ROWS).optional(),
  opportunityRatings: z.array(OpportunityRatingSchema).max(MAX_LIST_ROWS).optional(),
});

/**
 * A dataset: the report, and optionally analysts' rows and ratings shared between colleagues.
 * Ids are unique as the lookups read them, every sector, heading and rated id is declared.
 */
export const DatasetSchema = DatasetFieldsSchema.superRefine(checkReferences);

export type DatasetFields = z.infer<typeof DatasetFieldsSchema>;
export type Text = z.infer<typeof TextSchema>;
export type Domain = z.infer<typeof DomainSchema>;
export type PotentialLevel = z.infer<typeof PotentialLevelSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type ReportProvenance = z.infer<typeof ReportProvenanceSchema>;
export type AnalystProvenance = z.infer<typeof AnalystProvenanceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type Trend = z.infer<typeof TrendSchema>;
export type KeyFigure = z.infer<typeof KeyFigureSchema>;
export type Impact = z.infer<typeof ImpactSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type Threat = z.infer<typeof ThreatSchema>;
export type PotentialRule = z.infer<typeof PotentialRuleSchema>;
export type ReportOpportunity = z.infer<typeof ReportOpportunitySchema>;
export type AnalystOpportunity = z.infer<typeof AnalystOpportunitySchema>;
export type Opportunity = z.infer<typeof OpportunitySchema>;
export type AnalystRow = z.infer<typeof AnalystRowSchema>;
export type OpportunityRating = z.infer<typeof OpportunityRatingSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
