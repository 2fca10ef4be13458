/**
 * Pure lookups behind SE.TREND, SE.OPPORTUNITY, SE.THREAT, SE.FIGURE and SE.VERSION: one scalar id
 * per call, a value or a CellError back, never a throw. Adapters spill ranges and turn CellErrors
 * into Excel errors. No Office.js, no DOM, no zod: this is imported by the functions bundle.
 */
import type { Dataset, Opportunity } from "./dataset/schema";
import { REPORT } from "./dataset/report";
import { CellError } from "./errors";
import type { Language } from "./language";
import { fieldSpec, indexById, readField, readFigure, readItem, readLanguage, type FieldSpec, type ItemKind } from "./lookup-args";
import { makeTexts, potentialLabel, sayLookup } from "./lookup-text";
import { FIELD_NAMES } from "./vocabulary";

export type LookupValue = string | number | CellError;

// Field names in English; the Dutch aliases are the vocabulary's field words (fieldSpec).
export const TREND_FIELDS: FieldSpec<"title" | "sector" | "points" | "source"> = fieldSpec(["title", "sector", "points", "source"], "title");

export const OPPORTUNITY_FIELDS: FieldSpec<"title" | "description" | "activities" | "potential" | "sector" | "source"> = fieldSpec(
  ["title", "description", "activities", "potential", "sector", "source"],
  "title",
);

export const THREAT_FIELDS: FieldSpec<"title" | "description" | "sector" | "source"> = fieldSpec(["title", "description", "sector", "source"], "title");

export const FIGURE_FIELDS: FieldSpec<"value" | "label" | "unit" | "sector" | "source"> = fieldSpec(["value", "label", "unit", "sector", "source"], "value");

export const TREND_KIND: ItemKind = { nl: "trend", en: "trend", prefixes: ["T"] };
// K for "kans", B for "bedreiging": the Dutch initials analysts use in their own sheets.
export const OPPORTUNITY_KIND: ItemKind = { nl: "opportuniteit", en: "opportunity", prefixes: ["O", "K"] };
export const THREAT_KIND: ItemKind = { nl: "bedreiging", en: "threat", prefixes: ["B", "TH"] };

/** A card for an Excel entity value: plain data, the adapter builds the Excel.EntityCellValue. */
export interface OpportunityCard {
  title: string;
  properties: Array<{ name: string; value: string }>;
  attribution: string;
}

/** A lookup prepared for one call: field and language are read once, then each cell is one call. */
export type PreparedLookup = (id: unknown) => LookupValue;

/** One kind of item: how a cell names it, its fields, and a field's value in a language. */
interface Table<I, F extends string> {
  readonly ids: readonly string[];
  readonly find: (value: unknown, language: Language) => I | CellError;
  readonly fields: FieldSpec<F>;
  readonly value: (item: I, field: F, language: Language) => LookupValue;
}

/** Distinct failing cell values remembered per call, so a column of the same bad id builds one message. */
const ERROR_MEMO = 64;

/**
 * Field and language are read once; the answers for the ids as the dataset spells them (the
 * number 3, "3", "care_budget_share") are built once per field and language and kept, so a range
 * of ids costs one map read per cell. Anything else goes through the full reading of `find`,
 * which gives the same answer for those ids by construction: each shortcut is added only after
 * `find` resolved it to that item.
 */
function makePrepare<I, F extends string>(table: Table<I, F>) {
  const direct = new Map<string, Map<unknown, LookupValue>>();

  function directAnswers(field: F, language: Language): Map<unknown, LookupValue> {
    const key = `${field}|${language}`;
    let answers = direct.get(key);
    if (answers !== undefined) return answers;
    answers = new Map();
    for (const id of table.ids) {
      const item = table.find(id, language);
      if (item instanceof CellError) continue;
      const answer = table.value(item, field, language);
      const number = Number(id);
      for (const shortcut of [id, id.toLowerCase(), number]) {
        if (answers.has(shortcut) || (typeof shortcut === "number" && !Number.isInteger(shortcut))) continue;
        if (table.find(shortcut, language) === item) answers.set(shortcut, answer);
      }
    }
    direct.set(key, answers);
    return answers;
  }

  return function prepare(field: unknown, language: unknown): PreparedLookup {
    const lang = readLanguage(language);
    if (lang instanceof CellError) return () => lang;
    const f = readField(field, table.fields, lang);
    const answers = f instanceof CellError ? null : directAnswers(f, lang);
    const errors = new Map<unknown, CellError>();
    return (id) => {
      if (answers !== null) {
        const answer = answers.get(id);
        if (answer !== undefined) return answer;
      }
      const known = errors.get(id);
      if (known !== undefined) return known;
      const item = table.find(id, lang);
      // A bad field is reported only for ids that exist, as the per-cell reading always did.
      const result = item instanceof CellError ? item : f instanceof CellError ? f : table.value(item, f, lang);
      if (result instanceof CellError && errors.size < ERROR_MEMO && (typeof id !== "object" || id === null)) errors.set(id, result);
      return result;
    };
  };
}

/** Builds the lookups over one dataset; the exported functions below use the bundled report. */
export function makeLookups(dataset: Dataset) {
  const texts = makeTexts(dataset);
  const trends = indexById(dataset.trends);
  const opportunities = indexById(dataset.opportunities);
  const threats = indexById(dataset.threats);
  const figures = indexById(dataset.keyFigures);

  const prepareTrend = makePrepare({
    ids: trends.ids,
    find: (id: unknown, lang: Language) => readItem(id, trends, TREND_KIND, lang),
    fields: TREND_FIELDS,
    value: (trend, f, lang) => {
      switch (f) {
        case "title":
          return trend.title[lang];
        case "sector":
          return texts.sectorLabel(trend.sector, lang);
        case "points":
          return trend.points.map((p) => p[lang]).join("; ");
        case "source":
          return texts.source(trend.provenance, lang);
      }
    },
  });

  const prepareOpportunity = makePrepare({
    ids: opportunities.ids,
    find: (id: unknown, lang: Language) => readItem(id, opportunities, OPPORTUNITY_KIND, lang),
    fields: OPPORTUNITY_FIELDS,
    value: (opportunity, f, lang) => {
      switch (f) {
        case "title":
          return opportunity.title[lang];
        case "description":
          return opportunity.description[lang];
        case "activities":
          return opportunity.activities[lang];
        case "potential":
          return potentialLabel(opportunity.potential, lang);
        case "sector":
          return texts.sectorLabel(opportunity.sector, lang);
        case "source":
          return texts.source(opportunity.provenance, lang);
      }
    },
  });

  const prepareThreat = makePrepare({
    ids: threats.ids,
    find: (id: unknown, lang: Language) => readItem(id, threats, THREAT_KIND, lang),
    fields: THREAT_FIELDS,
    value: (threat, f, lang) => {
      switch (f) {
        case "title":
          return threat.title[lang];
        case "description":
          return threat.description[lang];
        case "sector":
          return texts.sectorLabel(threat.sector, lang);
        case "source":
          return texts.source(threat.provenance, lang);
      }
    },
  });

  const prepareFigure = makePrepare({
    ids: figures.ids,
    find: (key: unknown, lang: Language) => readFigure(key, figures, lang),
    fields: FIGURE_FIELDS,
    value: (figure, f, lang) => {
      switch (f) {
        case "value":
          // A figure the report states without a number is still a figure: give its statement.
          return figure.value ?? figure.label[lang];
        case "label":
          return figure.label[lang];
        case "unit":
          return figure.unit?.[lang] ?? "";
        case "sector":
          return texts.sectorLabel(figure.sector, lang);
        case "source":
          return texts.source(figure.provenance, lang);
      }
    },
  });

  const lookupTrend = (id: unknown, field: unknown, language: unknown): LookupValue => prepareTrend(field, language)(id);
  const lookupOpportunity = (id: unknown, field: unknown, language: unknown): LookupValue => prepareOpportunity(field, language)(id);
  const lookupThreat = (id: unknown, field: unknown, language: unknown): LookupValue => prepareThreat(field, language)(id);
  const lookupFigure = (key: unknown, field: unknown, language: unknown): LookupValue => prepareFigure(field, language)(key);

  /** SE.VERSION takes no required argument, so an unreadable language falls back to Dutch. */
  function datasetVersion(language: unknown): string {
    const lang = readLanguage(language);
    return texts.versionText(lang instanceof CellError ? "nl" : lang);
  }

  function buildCard(opportunity: Opportunity, lang: Language): OpportunityCard {
    const name = (field: keyof typeof FIELD_NAMES) => FIELD_NAMES[field][lang];
    return {
      title: opportunity.title[lang],
      properties: [
        { name: name("title"), value: opportunity.title[lang] },
        { name: name("description"), value: opportunity.description[lang] },
        { name: sayLookup(lang, "cardActivities", { activities: name("activities") }), value: opportunity.activities[lang] },
        { name: name("potential"), value: potentialLabel(opportunity.potential, lang) },
        { name: name("sector"), value: texts.sectorLabel(opportunity.sector, lang) },
        { name: name("source"), value: texts.source(opportunity.provenance, lang) },
      ],
      attribution: texts.citation(lang),
    };
  }

  /** The card reader for one call: the language is read once, each card built once per item. */
  function prepareCard(language: unknown): (id: unknown) => OpportunityCard | CellError {
    const lang = readLanguage(language);
    if (lang instanceof CellError) return () => lang;
    const cards = new Map<Opportunity, OpportunityCard>();
    return (id) => {
      const opportunity = readItem(id, opportunities, OPPORTUNITY_KIND, lang);
      if (opportunity instanceof CellError) return opportunity;
      let card = cards.get(opportunity);
      if (card === undefined) {
        card = buildCard(opportunity, lang);
        cards.set(opportunity, card);
      }
      return card;
    };
  }

  const opportunityCard = (id: unknown, language: unknown): OpportunityCard | CellError => prepareCard(language)(id);

  return {
    lookupTrend,
    lookupOpportunity,
    lookupThreat,
    lookupFigure,
    datasetVersion,
    opportunityCard,
    prepareTrend,
    prepareOpportunity,
    prepareThreat,
    prepareFigure,
    prepareCard,
  };
}

const REPORT_LOOKUPS = makeLookups(REPORT);

export const lookupTrend = REPORT_LOOKUPS.lookupTrend;
export const lookupOpportunity = REPORT_LOOKUPS.lookupOpportunity;
export const lookupThreat = REPORT_LOOKUPS.lookupThreat;
export const lookupFigure = REPORT_LOOKUPS.lookupFigure;
export const datasetVersion = REPORT_LOOKUPS.datasetVersion;
export const opportunityCard = REPORT_LOOKUPS.opportunityCard;
export const prepareTrend = REPORT_LOOKUPS.prepareTrend;
export const prepareOpportunity = REPORT_LOOKUPS.prepareOpportunity;
export const prepareThreat = REPORT_LOOKUPS.prepareThreat;
export const prepareFigure = REPORT_LOOKUPS.prepareFigure;
export const prepareCard = REPORT_LOOKUPS.prepareCard;
