/**
 * Office.js side of "score a table of my own" and "insert at the selected cell": reads the
 * selection into plain data for the core (src/core/own-table), writes the core's plan in one
 * batch. Reading takes two syncs: the first learns what the selection covers (its used cells, or
 * the table it touches), the second reads that block with the candidate columns to its right.
 */
import { analyseOwnTable, type Box, type OwnTableAnalysis, type OwnTableOptions, type OwnTablePlan, type OwnTableRead } from "../../core/own-table";
import { parseQualified, parseTopLeft, rangeAddress } from "../../core/plan/address";
import type { CellContent, CompanionActions, InsertOutcome, ScoreOutcome } from "../companion-actions";
import type { Language } from "../../core/language";
import { t } from "../i18n";
import type { IsSetSupported } from "./features";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Columns read to the right of the analyst's area, to find free ones. */
export const EXTRA_COLUMNS = 12;
const SHEET_COLUMNS = 16_384;

/** Every "Sheet!A1:B2" in a RangeAreas address, quoted sheet names (which may hold commas) included. */
export function parseAreas(address: string | null | undefined): Box[] {
  if (!address) return [];
  const out: Box[] = [];
  for (const m of address.matchAll(/(?:'(?:[^']|'')+'|[^',!\s][^',!]*)![A-Z]+\d+(?::[A-Z]+\d+)?/g)) {
    const box = boxOfAddress(m[0]);
    if (box) out.push(box.box);
  }
  return out;
}

function boxOfAddress(text: string): { sheet: string; box: Box } | null {
  const q = parseQualified(text.trim());
  if (!q) return null;
  const [a, b] = q.address.split(":");
  const tl = parseTopLeft(a);
  const br = parseTopLeft(b ?? a);
  if (!tl || !br) return null;
  return { sheet: q.sheet, box: { top: tl.row, left: tl.col, rows: br.row - tl.row + 1, cols: br.col - tl.col + 1 } };
}

const EMPTY_READ = (sheet: string): OwnTableRead => ({ sheet, top: 0, left: 0, values: [], formulas: [], areaCols: 0, merged: [], table: null });

/** `language`: the pane's, for the messages. */
export async function readSelection(context: Excel.RequestContext, isSetSupported: IsSetSupported, language: Language = "en"): Promise<OwnTableRead> {
  const api = (v: string) => isSetSupported("ExcelApi", v);
  // The used range of a selection needs ExcelApi 1.4; without it a whole-column selection could not be narrowed.
  if (!api("1.4")) throw new Error("This Excel is too old to read a selection safely (ExcelApi 1.4 is needed). / Deze Excel is te oud om een selectie veilig te lezen (ExcelApi 1.4 nodig).");
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  // Only the used cells: a whole-column selection is a million rows the pane must never read.
  const used = selection.getUsedRangeOrNullObject(true);
  used.load("isNullObject, address");
  const tables = api("1.9") ? selection.getTables(false) : null;
  tables?.load("items/name");
  await context.sync();

  const tableName = tables && tables.items.length > 0 ? tables.items[0].name : null;
  let area: Excel.Range;
  let table: Excel.Table | null = null;
  if (tableName !== null) {
    table = context.workbook.tables.getItem(tableName);
    // The range includes a shown totals row; the core leaves that row out of the data.
    table.load("showTotals");
    area = table.getRange();
    area.load("address");
  } else {
    if (used.isNullObject) return EMPTY_READ(parseQualified(selection.address)?.sheet ?? "");
    area = used;
  }
  // The area's address is known now only for a plain range; a table's arrives with the block.
  const known = tableName === null ? boxOfAddress(used.address) : null;
  const extra = known ? Math.min(EXTRA_COLUMNS, SHEET_COLUMNS - (known.box.left + known.box.cols)) : EXTRA_COLUMNS;
  const block = extra > 0 ? area.getResizedRange(0, extra) : area;
  block.load("address, values, formulas");
  // Merged areas come back only when their top-left cell is inside the range (OfficeDev/office-js#3611),
  // so the range asked about starts in column A: a merge that begins left of the area is found too.
  let merged: Excel.RangeAreas | null = null;
  if (api("1.13") && known) {
    const width = known.box.left + known.box.cols + extra;
    merged = context.workbook.worksheets.getItem(known.sheet).getRange(rangeAddress(known.box.top, 0, known.box.rows, width)).getMergedAreasOrNullObject();
    merged.load("isNullObject, address");
  } else if (api("1.13")) {
    // Excel does not allow merged cells inside a table; only the columns beside it can hold any.
    merged = block.getMergedAreasOrNullObject();
    merged.load("isNullObject, address");
  }
  await context.sync();

  const where = boxOfAddress(block.address);
  if (!where) throw new Error(t(language, "unexpectedAddress", { address: block.address }));
  const areaCols = where.box.cols - extra;
  return {
    sheet: where.sheet,
    top: where.box.top,
    left: where.box.left,
    values: block.values,
    formulas: block.formulas,
    areaCols,
    merged: merged === null ? null : merged.isNullObject ? [] : parseAreas(merged.address),
    table: tableName,
    totals: table?.showTotals === true,
  };
}

export function queuePlan(context: Excel.RequestContext, plan: OwnTablePlan): void {
  if (plan.mode === "table" && plan.table !== null) {
    const table = context.workbook.tables.getItem(plan.table);
    // Values include the header; one formula repeated down the body makes a calculated column,
    // which Excel then fills into rows the analyst adds.
    // The values span the whole column, so a shown totals row gets an empty cell, never a formula.
    const foot = plan.totals ? [[""]] : [];
    for (const column of plan.columns) table.columns.add(undefined, [[column.header], ...column.formulas.map((f) => [f]), ...foot]);
    return;
  }
  const { top, left, rows, cols } = plan.target;
  const grid: string[][] = [plan.columns.map((c) => c.header)];
  for (let r = 0; r < plan.rows; r++) grid.push(plan.columns.map((c) => c.formulas[r]));
  context.workbook.worksheets.getItem(plan.sheet).getRange(rangeAddress(top, left, rows, cols)).formulas = grid;
}

/** Excel's limit on what a cell takes as input, the text marker included. */
export const CELL_INPUT_LIMIT = 32_767;

function contentInput(content: CellContent): string | number {
  if (content.kind === "formula") return content.formula;
  if (content.kind === "number") return content.value;
  // A leading apostrophe keeps text as text: "=…", "1/2" or "00123" are not read as formula, date or number.
  return `'${content.text}`;
}

export function createCompanionActions(run: Run, isSetSupported: IsSetSupported): CompanionActions {
  const analyse = async (context: Excel.RequestContext, options: OwnTableOptions): Promise<OwnTableAnalysis> =>
    analyseOwnTable(await readSelection(context, isSetSupported, options.language), options);
  return {
    analyseSelection: (options) => run((context) => analyse(context, options)),

    scoreSelection: (options, expectedAddress) =>
      run(async (context): Promise<ScoreOutcome> => {
        const analysis = await analyse(context, options);
        if (!analysis.plan || analysis.plan.address !== expectedAddress) return { ok: false, analysis };
        queuePlan(context, analysis.plan);
        await context.sync();
        return { ok: true, plan: analysis.plan };
      }),

    insertAtSelection: (content, overwrite, language = "en") =>
      run(async (context): Promise<InsertOutcome> => {
        // Checked before anything is read or written: the text marker makes a text one character
        // longer, and Excel refuses an input over its limit.
        const input = contentInput(content);
        if (typeof input === "string" && input.length > CELL_INPUT_LIMIT) {
          const length = content.kind === "text" ? content.text.length : input.length;
          throw new Error(t(language, "textTooLong", { length, limit: CELL_INPUT_LIMIT - (content.kind === "text" ? 1 : 0) }));
        }
        const cell = context.workbook.getSelectedRange().getCell(0, 0);
        cell.load("address, formulas");
        await context.sync();
        const current = cell.formulas[0][0] as unknown;
        if (current !== "" && current !== null && !overwrite) return { ok: false, occupied: true, address: cell.address, current: String(current) };
        cell.formulas = [[input]];
        await context.sync();
        return { ok: true, address: cell.address };
      }),
  };
}
