/** The overview: title and citation, the key figures, and opportunities by potential with a chart. */
import type { Dataset } from "../dataset/schema";
import type { Language } from "../language";
import { makeTexts } from "../lookup-text";
import type { Potential } from "../rule";
import { column, row } from "./columns";
import { quoted } from "./formula";
import { TABLE_NAMES, TITLES, levelWord, levelWords } from "./labels";
import { potentialFills } from "./opportunities";
import type { PlanBlock, PlanChart, PlanTable } from "./types";

export const OVERVIEW_TABLE_ROW = 4;
const POTENTIAL_COL = 4;

export function overviewBlock(dataset: Dataset, language: Language): PlanBlock {
  const texts = makeTexts(dataset);
  return { row: 0, col: 0, lines: [TITLES.overview[language], texts.citation(language), texts.versionText(language)], headings: [0] };
}

export function overviewFiguresTable(dataset: Dataset, language: Language): PlanTable {
  return {
    name: TABLE_NAMES.overviewFigures,
    row: OVERVIEW_TABLE_ROW,
    col: 0,
    style: "TableStyleLight9",
    columns: [
      { ...column("key", language, "report", "text", 150), key: "id" },
      column("label", language, "report", "text", 300, { wrap: true }),
      column("printed", language, "report", "text", 80),
    ],
    rows: dataset.keyFigures.map((f) => row(f.id, "report", { id: f.id, label: f.label[language], printed: f.printed })),
  };
}

/**
 * Counts per level: the report's (values) and the analyst's (COUNTIF over the live potential
 * column). Both languages' words are counted, so a table written in the other language still counts.
 */
export function overviewPotentialTable(dataset: Dataset, language: Language): PlanTable {
  const levels: Potential[] = ["high", "medium", "low"];
  const column_ = `{${TABLE_NAMES.opportunities}[potential]}`;
  return {
    name: TABLE_NAMES.overviewPotential,
    row: OVERVIEW_TABLE_ROW,
    col: POTENTIAL_COL,
    style: "TableStyleLight9",
    columns: [
      { ...column("level", language, "report", "text", 90, { fills: potentialFills() }), key: "id" },
      column("reportCount", language, "report", "number", 70),
      column("analystCount", language, "report", "formula", 70, { formula: "" }),
    ],
    rows: levels.map((level) =>
      row(
        levelWord(level, language),
        "report",
        { id: levelWord(level, language), reportCount: dataset.opportunities.filter((o) => o.origin === "report" && o.potential === level).length },
        { analystCount: "=" + levelWords(level).map((w) => `COUNTIF(${column_},${quoted(w)})`).join("+") },
      ),
    ),
  };
}

export function overviewChart(language: Language): PlanChart {
  return {
    name: "SE_Chart_Potential",
    sourceTable: TABLE_NAMES.overviewPotential,
    type: "ColumnClustered",
    title: TITLES.chart[language],
    from: "E10",
    to: "L26",
  };
}
