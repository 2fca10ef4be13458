/**
 * Pure lookups behind SE.TREND, SE.OPPORTUNITY, SE.THREAT, SE.FIGURE and SE.VERSION: one scalar id
 * per call, a value or a CellError back, never a throw. Adapters spill ranges and turn CellErrors
 * into Excel errors. No Office.js, no DOM, no zod: this is imported by the functions bundle.
 */
import type { Dataset } from "./dataset/schema";
import { REPORT } from "./dataset/report";
import { CellError } from "./errors";
import { pick, type Language } from "./language";
import { indexById, readField, readFigure, readItem, readLanguage, type FieldSpec, type ItemKind } from "./lookup-args";
import { makeTexts, potentialLabel } from "./lookup-text";

export type LookupValue = string | number | CellError;

export const TREND_FIELDS: FieldSpec<"title" | "sector" | "points" | "source"> = {
  fields: ["title", "sector", "points", "source"],
  aliases: { titel: "title", punten: "points", bron: "source" },
  fallback: "title",
};

export const OPPORTUNITY_FIELDS: FieldSpec<"title" | "description" | "activities" | "potential" | "sector" | "source"> = {
  fields: ["title", "description", "activities", "potential", "sector", "source"],
  aliases: {
    titel: "title",
    beschrijving: "description",
    omschrijving: "description",
    activiteiten: "activities",
    potentieel: "potential",
    bron: "source",
  },
  fallback: "title",
};

export const THREAT_FIELDS: FieldSpec<"title" | "description" | "sector" | "source"> = {
  fields: ["title", "description", "sector", "source"],
  aliases: { titel: "title", beschrijving: "description", omschrijving: "description", bron: "source" },
  fallback: "title",
};

export const FIGURE_FIELDS: FieldSpec<"value" | "label" | "unit" | "sector" | "source"> = {
  fields: ["value", "label", "unit", "sector", "source"],
  aliases: { waarde: "value", eenheid: "unit", bron: "source" },
  fallback: "value",
};

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

/** Builds the lookups over one dataset; the exported functions below use the bundled report. */
export function makeLookups(dataset: Dataset) {
  const texts = makeTexts(dataset);
  const trends = indexById(dataset.trends);
  const opportunities = indexById(dataset.opportunities);
  const threats = indexById(dataset.threats);
  const figures = indexById(dataset.keyFigures);

  function lookupTrend(id: unknown, field: unknown, language: unknown): LookupValue {
    const lang = readLanguage(language);
    if (lang instanceof CellError) return lang;
    const trend = readItem(id, trends, TREND_KIND, lang);
    if (trend instanceof CellError) return trend;
    const f = readField(field, TREND_FIELDS, lang);
    if (f instanceof CellError) return f;
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
  }

  function lookupOpportunity(id: unknown, field: unknown, language: unknown): LookupValue {
    const lang = readLanguage(language);
    if (lang instanceof CellError) return lang;
    const opportunity = readItem(id, opportunities, OPPORTUNITY_KIND, lang);
    if (opportunity instanceof CellError) return opportunity;
    const f = readField(field, OPPORTUNITY_FIELDS, lang);
    if (f instanceof CellError) return f;
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
  }

  function lookupThreat(id: unknown, field: unknown, language: unknown): LookupValue {
    const lang = readLanguage(language);
    if (lang instanceof CellError) return lang;
    const threat = readItem(id, threats, THREAT_KIND, lang);
    if (threat instanceof CellError) return threat;
    const f = readField(field, THREAT_FIELDS, lang);
    if (f instanceof CellError) return f;
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
  }

  function lookupFigure(key: unknown, field: unknown, language: unknown): LookupValue {
    const lang = readLanguage(language);
    if (lang instanceof CellError) return lang;
    const figure = readFigure(key, figures, lang);
    if (figure instanceof CellError) return figure;
    const f = readField(field, FIGURE_FIELDS, lang);
    if (f instanceof CellError) return f;
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
  }

  /** SE.VERSION takes no required argument, so an unreadable language falls back to Dutch. */
  function datasetVersion(language: unknown): string {
    const lang = readLanguage(language);
    return texts.versionText(lang instanceof CellError ? "nl" : lang);
  }

  function opportunityCard(id: unknown, language: unknown): OpportunityCard | CellError {
    const lang = readLanguage(language);
    if (lang instanceof CellError) return lang;
    const opportunity = readItem(id, opportunities, OPPORTUNITY_KIND, lang);
    if (opportunity instanceof CellError) return opportunity;
    const l = (nl: string, en: string) => pick(lang as Language, nl, en);
    return {
      title: opportunity.title[lang],
      properties: [
        { name: l("Titel", "Title"), value: opportunity.title[lang] },
        { name: l("Omschrijving", "Description"), value: opportunity.description[lang] },
        { name: l("Activiteiten (best practice)", "Activities (best practice)"), value: opportunity.activities[lang] },
        { name: l("Potentieel", "Potential"), value: potentialLabel(opportunity.potential, lang) },
        { name: l("Sector", "Sector"), value: texts.sectorLabel(opportunity.sector, lang) },
        { name: l("Bron", "Source"), value: texts.source(opportunity.provenance, lang) },
      ],
      attribution: texts.citation(lang),
    };
  }

  return { lookupTrend, lookupOpportunity, lookupThreat, lookupFigure, datasetVersion, opportunityCard };
}

const REPORT_LOOKUPS = makeLookups(REPORT);

export const lookupTrend = REPORT_LOOKUPS.lookupTrend;
export const lookupOpportunity = REPORT_LOOKUPS.lookupOpportunity;
export const lookupThreat = REPORT_LOOKUPS.lookupThreat;
export const lookupFigure = REPORT_LOOKUPS.lookupFigure;
export const datasetVersion = REPORT_LOOKUPS.datasetVersion;
export const opportunityCard = REPORT_LOOKUPS.opportunityCard;
