/**
 * The workbook plan written as an .xlsx file with exceljs (Node only; never bundled into the
 * add-in). The task pane writes the same plan through Office.js; this writer adds what a file
 * without the add-in needs: native formulas over a hidden lookup sheet, and a chart stand-in.
 */
import ExcelJS from "exceljs";
import { lookupSheet, LOOKUP_SHEET, type LookupValue } from "../core/native";
import { cellAddress, evaluatePlan, footerSections, wrappedHeight, parseTopLeft, type CachedValue, type PlanChart, type PlanColumn, type PlanSheet, type PlanTable, type Results, type WorkbookPlan } from "../core/plan";
import { calculatedColumns, dataCell, dataRange, fileFormula, locateTables, type FormulaMode, type Located } from "./cells";
import { addCalculatedColumns } from "./table-xml";

export interface WriteOptions {
  formulas: FormulaMode;
  /**
   * Store the core's results as the formulas' cached values (default). The engine test turns this
   * off, so only a real recalculation can produce the values it checks.
   */
  cachedValues?: boolean;
}

/** Excel column widths are in characters of the default font; the plan's are in points. */
export const pointsToChars = (points: number) => Math.round((points / 5.6) * 100) / 100;

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** The bar of the chart stand-in: one block per item, so the longest bar is the largest count. */
export const BAR = "█";

function writeValue(cell: ExcelJS.Cell, value: LookupValue) {
  if (value === null) return;
  cell.value = typeof value === "object" ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
}

function formulaValue(formula: string, cached: CachedValue | undefined): ExcelJS.CellFormulaValue {
  if (cached === undefined) return { formula, date1904: false };
  const result = typeof cached === "object" ? { error: cached.error as ExcelJS.CellErrorValue["error"] } : cached;
  return { formula, result, date1904: false } as ExcelJS.CellFormulaValue;
}

function tableRows(at: Located, tables: Map<string, Located>, mode: FormulaMode, results: Results | null): ExcelJS.CellValue[][] {
  const { table } = at;
  const rows = table.rows.map((row, r) =>
    table.columns.map((column): ExcelJS.CellValue => {
      if (column.kind === "formula") {
        if (!column.formula) return null;
        const formula = fileFormula(column.formula, at, r, tables, mode);
        return formulaValue(formula, results?.get(table.name)?.get(r)?.get(column.key));
      }
      // A string value is stored as a string (shared string), never parsed: text-guarded cells
      // ("=x", "3,5", "TRUE") stay the text they are, with no apostrophe needed.
      return row.cells[column.key] ?? null;
    }),
  );
  // An Excel table needs at least one data row.
  return rows.length > 0 ? rows : [table.columns.map(() => null)];
}

function formatColumn(ws: ExcelJS.Worksheet, table: PlanTable, column: PlanColumn, index: number) {
  const c = table.col + index;
  const first = table.row + 2;
  const last = table.row + 1 + Math.max(table.rows.length, 1);
  const wsColumn = ws.getColumn(c + 1);
  wsColumn.width = Math.max(wsColumn.width ?? 0, pointsToChars(column.width));
  for (let r = first; r <= last; r++) {
    const cell = ws.getCell(r, c + 1);
    if (column.numberFormat) cell.numFmt = column.numberFormat;
    // Top-aligned in every column, so a row's short cells line up with its wrapped text.
    cell.alignment = column.wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" };
    if (column.validation) {
      cell.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${column.validation.list.join(",")}"`],
        showErrorMessage: true,
        errorStyle: column.validation.alert,
        error: column.validation.message,
        showInputMessage: true,
        prompt: column.validation.message,
      };
    }
  }
  if (column.fills && column.fills.length > 0) {
    const range = dataRange(table, column.key).replace(/\$/g, "");
    ws.addConditionalFormatting({
      ref: range,
      rules: column.fills.map((f, i) => ({
        type: "containsText",
        operator: "containsText",
        text: f.text,
        priority: i + 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } }, font: { color: { argb: argb(f.font) } } },
      })),
    });
  }
}

function writeTable(ws: ExcelJS.Worksheet, at: Located, tables: Map<string, Located>, mode: FormulaMode, results: Results | null) {
  const { table } = at;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.row, table.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: tableRows(at, tables, mode, results),
  });
  table.columns.forEach((column, i) => formatColumn(ws, table, column, i));
  // Headers wrap within their column (printed, a long header is never cut by its neighbour).
  table.columns.forEach((_c, i) => (ws.getCell(table.row + 1, table.col + i + 1).alignment = { wrapText: true, vertical: "bottom" }));
  // Rows tall enough for their wrapped text: a file's rows keep the height it states.
  const height = (texts: { text: unknown; width: number }[]) => Math.max(15, ...texts.map((t) => (typeof t.text === "string" ? wrappedHeight(t.text, t.width) : 15)));
  ws.getRow(table.row + 1).height = height(table.columns.map((c) => ({ text: c.header, width: c.width })));
  table.rows.forEach((row, r) => {
    const wrapped = table.columns.filter((c) => c.wrap).map((c) => ({ text: row.cells[c.key], width: c.width }));
    if (wrapped.length > 0) ws.getRow(table.row + 2 + r).height = height(wrapped);
  });
}

/**
 * exceljs cannot draw charts. The stand-in sits where the plan puts the chart: the title and, per
 * row of the chart's source table, its label and one bar of █ per count for each numeric column,
 * as live formulas over that table (so they follow the counts).
 */
function writeChartStandIn(ws: ExcelJS.Worksheet, chart: PlanChart, tables: Map<string, Located>, results: Results | null) {
  const source = tables.get(chart.sourceTable);
  const top = parseTopLeft(chart.from);
  if (!source || !top) return;
  const { table } = source;
  const title = ws.getCell(top.row + 1, top.col + 1);
  title.value = chart.title;
  title.font = { bold: true };
  const [label, ...series] = table.columns;
  const numeric = series.filter((c) => c.kind !== "text");
  numeric.forEach((c, j) => {
    const head = ws.getCell(top.row + 2, top.col + 2 + j);
    head.value = c.header;
    head.font = { bold: true };
  });
  table.rows.forEach((row, r) => {
    const rowNumber = top.row + 3 + r;
    ws.getCell(rowNumber, top.col + 1).value = row.cells[label.key] ?? null;
    numeric.forEach((c, j) => {
      const ref = dataCell(table, r, c.key);
      const count = results?.get(table.name)?.get(r)?.get(c.key) ?? row.cells[c.key];
      const cached = typeof count === "number" ? `${BAR.repeat(count)} ${count}` : undefined;
      ws.getCell(rowNumber, top.col + 2 + j).value = formulaValue(`REPT("${BAR}",${ref})&" "&${ref}`, cached);
    });
  });
  ws.getColumn(top.col + 2).width = Math.max(ws.getColumn(top.col + 2).width ?? 0, 24);
}

/** Paper sizes as the file numbers them. */
const PAPER = { A4: 9, A3: 8 } as const;

/** The footer as the file stores it: &L/&R sections, "&" doubled in text, &P/&N the page numbers. */
export function footerCode(print: PlanSheet["print"]): string {
  const { left, right } = footerSections(print);
  return `&L${left}&R${right}`;
}

function writePrint(ws: ExcelJS.Worksheet, sheet: PlanSheet) {
  const { print } = sheet;
  ws.pageSetup = {
    ...ws.pageSetup,
    // exceljs types list no A3, the file format does (8).
    paperSize: PAPER[print.paper] as unknown as ExcelJS.PaperSize,
    orientation: print.orientation,
    // fitToHeight 0: as many pages tall as needed (Excel's "Automatic").
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    horizontalCentered: false,
    ...(print.titleRow === null ? {} : { printTitlesRow: `${print.titleRow + 1}:${print.titleRow + 1}` }),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: footerCode(print) };
}

function writeSheet(wb: ExcelJS.Workbook, sheet: PlanSheet, tables: Map<string, Located>, mode: FormulaMode, results: Results | null) {
  const ws = wb.addWorksheet(sheet.name, {
    views: sheet.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows }] : [{}],
  });
  for (const block of sheet.blocks) {
    block.lines.forEach((line, i) => {
      const r = block.row + i + 1;
      const cell = ws.getCell(r, block.col + 1);
      cell.value = line;
      if (block.headings.includes(i)) cell.font = { bold: true };
      if (block.span && block.span > 1) {
        ws.mergeCells(r, block.col + 1, r, block.col + block.span);
        cell.alignment = { wrapText: true, vertical: "top" };
        if (block.heights?.[i]) ws.getRow(r).height = block.heights[i];
      }
    });
    if (block.width) ws.getColumn(block.col + 1).width = pointsToChars(block.width);
  }
  writePrint(ws, sheet);
  for (const table of sheet.tables) writeTable(ws, { sheet, table }, tables, mode, results);
  for (const chart of sheet.charts) writeChartStandIn(ws, chart, tables, results);
}

function writeLookupSheet(wb: ExcelJS.Workbook) {
  const lookup = lookupSheet();
  // Hidden, not very hidden: an analyst who wonders where the spellings come from can unhide it.
  const ws = wb.addWorksheet(lookup.name, { state: "hidden" });
  lookup.rows.forEach((row, r) => row.forEach((v, c) => writeValue(ws.getCell(r + 1, c + 1), v)));
}

export function buildWorkbook(plan: WorkbookPlan, options: WriteOptions): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "SE Trends for Excel";
  wb.title = plan.sheets[0]?.name ?? "SE Trends";
  // Dates would make two runs of the same plan differ; the plan carries its import date.
  wb.created = new Date(`${plan.importDate}T00:00:00Z`);
  wb.modified = wb.created;
  const tables = locateTables(plan);
  const results = options.cachedValues === false ? null : evaluatePlan(plan);
  for (const sheet of plan.sheets) writeSheet(wb, sheet, tables, options.formulas, results);
  if (options.formulas === "native") {
    writeLookupSheet(wb);
    // Native formulas are the truth: let Excel recompute them on open instead of trusting caches.
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  }
  return wb;
}

/**
 * The file's bytes: the workbook as exceljs writes it, with each table's calculated-column
 * formulas added (exceljs has no field for them), so rows an analyst adds get every formula.
 */
export async function writeXlsx(plan: WorkbookPlan, options: WriteOptions): Promise<Buffer> {
  const written = (await buildWorkbook(plan, options).xlsx.writeBuffer()) as ArrayBuffer;
  const tables = locateTables(plan);
  const formulas = new Map([...tables.values()].map((at) => [at.table.name, calculatedColumns(at, tables, options.formulas)] as const));
  return addCalculatedColumns(new Uint8Array(written), formulas);
}

export { LOOKUP_SHEET };
