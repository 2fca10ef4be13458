/** The sheets that show the report as it is: trends, threats, key figures, the source. */
import type { Dataset, ReportProvenance } from "../dataset/schema";
import type { Language } from "../language";
import { makeTexts } from "../lookup-text";
import { column, row } from "./columns";
import { SOURCE_ITEMS, TABLE_NAMES } from "./labels";
import { sayPlan } from "./messages";
import type { Cell, ColumnKind, PlanColumn, PlanRow, PlanTable } from "./types";

const STYLE = "TableStyleMedium2";

/** A report column between the sector and the source: key, kind, width, options, and its cell. */
type Middle<T> = readonly [key: string, kind: ColumnKind, width: number, extra: Partial<PlanColumn>, cell: (item: T) => Cell];

interface ReportItem {
  id: string;
  sector: string;
  provenance: ReportProvenance;
}

/**
 * A table of the report's items as printed: an id column, the sector, the item's own columns and
 * the source, one row per item. The three report tables differ only in their own columns.
 */
function reportTable<T extends ReportItem>(dataset: Dataset, language: Language, name: string, idColumn: PlanColumn, items: readonly T[], middle: readonly Middle<T>[]): PlanTable {
  const texts = makeTexts(dataset);
  return {
    name,
    row: 0,
    col: 0,
    style: STYLE,
    columns: [
      idColumn,
      column("sector", language, "report", "text", 90),
      ...middle.map(([key, kind, width, extra]) => column(key, language, "report", kind, width, extra)),
      column("source", language, "report", "text", 280, { wrap: true }),
    ],
    rows: items.map((item) =>
      row(item.id, "report", {
        id: item.id,
        sector: texts.sectorLabel(item.sector, language),
        ...Object.fromEntries(middle.map(([key, , , , cell]) => [key, cell(item)])),
        source: texts.source(item.provenance, language),
      }),
    ),
  };
}

const WRAP = { wrap: true };
const idColumn = (language: Language) => column("id", language, "report", "text", 40);

export function trendsTable(dataset: Dataset, language: Language): PlanTable {
  return reportTable(dataset, language, TABLE_NAMES.trends, idColumn(language), dataset.trends, [
    ["trend", "text", 240, WRAP, (t) => t.title[language]],
    ["points", "text", 380, WRAP, (t) => t.points.map((p) => `• ${p[language]}`).join("\n")],
  ]);
}

export function threatsTable(dataset: Dataset, language: Language): PlanTable {
  return reportTable(dataset, language, TABLE_NAMES.threats, idColumn(language), dataset.threats, [
    ["threat", "text", 220, WRAP, (t) => t.title[language]],
    ["description", "text", 380, WRAP, (t) => t.description[language]],
  ]);
}

export function figuresTable(dataset: Dataset, language: Language): PlanTable {
  // The key figures' id is their key ("Sleutel"), a wider column.
  const keyColumn = { ...column("key", language, "report", "text", 160), key: "id" };
  return reportTable(dataset, language, TABLE_NAMES.figures, keyColumn, dataset.keyFigures, [
    ["label", "text", 300, WRAP, (f) => f.label[language]],
    // General: shares are fractions (0,27) and counts whole numbers; "as printed" shows 27%.
    ["value", "number", 70, {}, (f) => f.value],
    ["printed", "text", 80, {}, (f) => f.printed],
    ["unit", "text", 120, {}, (f) => f.unit?.[language] ?? null],
  ]);
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
