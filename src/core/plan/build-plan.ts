import type { Dataset } from "../dataset/schema";
import { criteriaTable, ruleBlock } from "./criteria-sheet";
import { SHEET_NAMES } from "./labels";
import { opportunitiesTable } from "./opportunities";
import { overviewBlock, overviewChart, overviewFiguresTable, overviewPotentialTable } from "./overview-sheet";
import { figuresTable, sourceTable, threatsTable, trendsTable } from "./report-sheets";
import { printSetup } from "./print";
import { SHEET_KEYS, type PlanOptions, type PlanSheet, type SheetKey, type WorkbookPlan } from "./types";

/**
 * A sheet with its print setup. The repeated header row is that of the sheet's table when the
 * sheet holds one table (the overview's side-by-side tables have no one header row).
 */
function sheet(key: SheetKey, options: PlanOptions, dataset: Dataset, content: Omit<PlanSheet, "key" | "name" | "print">): PlanSheet {
  const titleTable = content.tables.length === 1 ? content.tables[0] : undefined;
  return { key, name: SHEET_NAMES[key][options.language], ...content, print: printSetup(dataset, options.language, content.tables, content.blocks, titleTable) };
}

/**
 * The one description of the workbook for a dataset: which sheets, tables, formulas and formats.
 * Pure and deterministic (the import date is an option), so it can be tested and reused by any
 * writer. Sheets come in SHEET_KEYS order, filtered by `parts`.
 */
export function buildPlan(dataset: Dataset, options: PlanOptions): WorkbookPlan {
  const { language } = options;
  const parts = new Set(options.parts ?? SHEET_KEYS);
  const build: Record<SheetKey, () => PlanSheet> = {
    overview: () =>
      sheet("overview", options, dataset, {
        blocks: [overviewBlock(dataset, language)],
        tables: [overviewFiguresTable(dataset, language), overviewPotentialTable(dataset, language)],
        freezeRows: 0,
        charts: [overviewChart(language)],
      }),
    trends: () => sheet("trends", options, dataset, { blocks: [], tables: [trendsTable(dataset, language)], freezeRows: 1, charts: [] }),
    opportunities: () =>
      sheet("opportunities", options, dataset, { blocks: [], tables: [opportunitiesTable(dataset, language)], freezeRows: 1, charts: [] }),
    threats: () => sheet("threats", options, dataset, { blocks: [], tables: [threatsTable(dataset, language)], freezeRows: 1, charts: [] }),
    figures: () => sheet("figures", options, dataset, { blocks: [], tables: [figuresTable(dataset, language)], freezeRows: 1, charts: [] }),
    criteria: () => {
      const block = ruleBlock(dataset, language);
      return sheet("criteria", options, dataset, {
        blocks: [block],
        tables: [criteriaTable(dataset, language, block.row + block.lines.length + 1)],
        freezeRows: 0,
        charts: [],
      });
    },
    source: () => sheet("source", options, dataset, { blocks: [], tables: [sourceTable(dataset, language, options.importDate)], freezeRows: 1, charts: [] }),
  };
  return {
    language,
    datasetVersion: dataset.version,
    importDate: options.importDate,
    sheets: SHEET_KEYS.filter((k) => parts.has(k)).map((k) => build[k]()),
  };
}
