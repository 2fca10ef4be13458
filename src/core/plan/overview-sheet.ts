/** The overview: title and citation, the key figures, and opportunities by potential with a chart. */
import type { Dataset } from "../dataset/schema";
import type { Language } from "../language";
import { makeTexts } from "../lookup-text";
import type { Potential } from "../rule";
import { column, row } from "./columns";
import { TABLE_NAMES, TITLES, levelWord } from "./labels";
import { potentialFills } from "./opportunities";
import { wrappedHeight } from "./print";
import type { PlanBlock, PlanChart, PlanTable } from "./types";

export const OVERVIEW_TABLE_ROW = 4;
const POTENTIAL_COL = 4;

/** The columns the overview's title lines span: its two tables, side by side (A–G). */
const BLOCK_SPAN = POTENTIAL_COL + 3;

export function overviewBlock(dataset: Dataset, language: Language): PlanBlock {
  const texts = makeTexts(dataset);
  const lines = [TITLES.overview[language], texts.citation(language), texts.versionText(language)];
  const figures = overviewFiguresTable(dataset, language).columns;
  const potential = overviewPotentialTable(dataset, language).columns;
  // Column D (between the tables) keeps Excel's default width, about 48 points.
  const width = [...figures, ...potential].reduce((w, c) => w + c.width, 48);
  const heights = lines.map((line) => wrappedHeight(line, width));
  return { row: 0, col: 0, lines, headings: [0], span: BLOCK_SPAN, heights };
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

const LEVELS: readonly Potential[] = ["high", "medium", "low"];

/**
 * Counts per level: the report's (values) and the analyst's (a count over the live potential
 * column). One formula for the whole column, reading the row's level word; both languages'
 * words are counted, so a table written in the other language still counts.
 */
export function overviewPotentialTable(dataset: Dataset, language: Language): PlanTable {
  const levels = LEVELS;
  const groups = levels.map((level) => [levelWord(level, "nl"), levelWord(level, "en")]);
  return {
    name: TABLE_NAMES.overviewPotential,
    row: OVERVIEW_TABLE_ROW,
    col: POTENTIAL_COL,
    style: "TableStyleLight9",
    columns: [
      { ...column("level", language, "report", "text", 90, { fills: potentialFills() }), key: "id" },
      column("reportCount", language, "report", "number", 70),
      column("analystCount", language, "report", "formula", 70, {
        formula: { kind: "levelCount", table: TABLE_NAMES.opportunities, column: "potential", level: "id", groups },
      }),
    ],
    rows: levels.map((level) =>
      row(levelWord(level, language), "report", {
        id: levelWord(level, language),
        reportCount: dataset.opportunities.filter((o) => o.origin === "report" && o.potential === level).length,
      }),
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
