/** The sheets that show the report as it is: trends, threats, key figures, the source. */
import type { Dataset } from "../dataset/schema";
import type { Language } from "../language";
import { makeTexts } from "../lookup-text";
import { column, row } from "./columns";
import { SOURCE_ITEMS, TABLE_NAMES } from "./labels";
import { sayPlan } from "./messages";
import type { PlanRow, PlanTable } from "./types";

const STYLE = "TableStyleMedium2";

export function trendsTable(dataset: Dataset, language: Language): PlanTable {
  const texts = makeTexts(dataset);
  return {
    name: TABLE_NAMES.trends,
    row: 0,
    col: 0,
    style: STYLE,
    columns: [
      column("id", language, "report", "text", 40),
      column("sector", language, "report", "text", 90),
      column("trend", language, "report", "text", 240, { wrap: true }),
      column("points", language, "report", "text", 380, { wrap: true }),
      column("source", language, "report", "text", 280, { wrap: true }),
    ],
    rows: dataset.trends.map((t) =>
      row(t.id, "report", {
        id: t.id,
        sector: texts.sectorLabel(t.sector, language),
        trend: t.title[language],
        points: t.points.map((p) => `• ${p[language]}`).join("\n"),
        source: texts.source(t.provenance, language),
      }),
    ),
  };
}

export function threatsTable(dataset: Dataset, language: Language): PlanTable {
  const texts = makeTexts(dataset);
  return {
    name: TABLE_NAMES.threats,
    row: 0,
    col: 0,
    style: STYLE,
    columns: [
      column("id", language, "report", "text", 40),
      column("sector", language, "report", "text", 90),
      column("threat", language, "report", "text", 220, { wrap: true }),
      column("description", language, "report", "text", 380, { wrap: true }),
      column("source", language, "report", "text", 280, { wrap: true }),
    ],
    rows: dataset.threats.map((t) =>
      row(t.id, "report", {
        id: t.id,
        sector: texts.sectorLabel(t.sector, language),
        threat: t.title[language],
        description: t.description[language],
        source: texts.source(t.provenance, language),
      }),
    ),
  };
}

export function figuresTable(dataset: Dataset, language: Language): PlanTable {
  const texts = makeTexts(dataset);
  return {
    name: TABLE_NAMES.figures,
    row: 0,
    col: 0,
    style: STYLE,
    columns: [
      { ...column("key", language, "report", "text", 160), key: "id" },
      column("sector", language, "report", "text", 90),
      column("label", language, "report", "text", 300, { wrap: true }),
      // General: shares are fractions (0,27) and counts whole numbers; "as printed" shows 27%.
      column("value", language, "report", "number", 70),
      column("printed", language, "report", "text", 80),
      column("unit", language, "report", "text", 120),
      column("source", language, "report", "text", 280, { wrap: true }),
    ],
    rows: dataset.keyFigures.map((f) =>
      row(f.id, "report", {
        id: f.id,
        sector: texts.sectorLabel(f.sector, language),
        label: f.label[language],
        value: f.value,
        printed: f.printed,
        unit: f.unit?.[language] ?? null,
        source: texts.source(f.provenance, language),
      }),
    ),
  };
}

/**
 * The dataset's own reading notes, once each, with the items they concern: a short account of
 * how the scrambled slide text was read, instead of bundling READING-NOTES.md.
 */
function readingNotes(dataset: Dataset, language: Language): PlanRow[] {
  const kinds: Record<string, { nl: string; en: string }> = {
    keyFigures: { nl: "kerncijfer", en: "key figure" },
    trends: { nl: "trend", en: "trend" },
    impacts: { nl: "impact", en: "impact" },
    assessments: { nl: "beoordeling", en: "assessment" },
    threats: { nl: "bedreiging", en: "threat" },
    opportunities: { nl: "opportuniteit", en: "opportunity" },
  };
  const groups = new Map<string, { id: string; where: string[] }>();
  const add = (kind: string, id: string, note: { nl: string; en: string } | undefined) => {
    if (note === undefined) return;
    const text = note[language];
    const group = groups.get(text) ?? { id: `note:${kind}.${id}`, where: [] };
    group.where.push(`${kinds[kind][language]} ${id}`);
    groups.set(text, group);
  };
  dataset.keyFigures.forEach((f) => add("keyFigures", f.id, f.provenance.note));
  dataset.trends.forEach((t) => add("trends", t.id, t.provenance.note));
  dataset.impacts.forEach((t) => add("impacts", t.id, t.provenance.note));
  dataset.assessments.forEach((t) => add("assessments", t.id, t.provenance.note));
  dataset.threats.forEach((t) => add("threats", t.id, t.provenance.note));
  dataset.opportunities.forEach((o) => add("opportunities", o.id, o.provenance.note));
  const rule = dataset.potentialRule.provenance.note;
  const out: PlanRow[] = [];
  for (const [text, g] of groups) {
    out.push(row(g.id, "report", { id: g.id, item: `${SOURCE_ITEMS.readingNote[language]} (${g.where.join(", ")})`, content: text }));
  }
  if (rule) {
    const item = sayPlan(language, "ruleNoteItem");
    out.push(row("note:potentialRule", "report", { id: "note:potentialRule", item: `${SOURCE_ITEMS.readingNote[language]} (${item})`, content: rule[language] }));
  }
  return out;
}

export function sourceTable(dataset: Dataset, language: Language, importDate: string): PlanTable {
  const texts = makeTexts(dataset);
  const r = dataset.report;
  const item = (id: keyof typeof SOURCE_ITEMS, content: string) => row(id, "report", { id, item: SOURCE_ITEMS[id][language], content });
  const rows: PlanRow[] = [
    item("citation", texts.citation(language)),
    item("publisher", `${r.publisher[language]} (${r.division[language]})`),
    ...(r.note ? [item("citationNote", r.note[language])] : []),
    item("version", dataset.version),
    item("schemaVersion", String(dataset.schemaVersion)),
    item("importDate", importDate),
    ...readingNotes(dataset, language),
  ];
  return {
    name: TABLE_NAMES.source,
    row: 0,
    col: 0,
    style: "TableStyleLight9",
    columns: [
      { ...column("key", language, "report", "text", 150), key: "id" },
      column("item", language, "report", "text", 220, { wrap: true }),
      column("content", language, "report", "text", 520, { wrap: true }),
    ],
    rows,
  };
}
