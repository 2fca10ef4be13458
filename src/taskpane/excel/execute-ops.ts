/**
 * Queues one write operation on the request context. No sync here: the caller syncs once per
 * batch. Every operation is a direct translation of plain data decided by the core merge.
 */
import type { WriteOp } from "../../core/merge/ops";
import { IDENTITY_KEY } from "../../core/workbook/identity";
import type { Features } from "./features";

const ALERT_TITLE = "SE Trends";

export function queueOp(context: Excel.RequestContext, op: WriteOp, features: Features): void {
  const wb = context.workbook;
  switch (op.kind) {
    case "addSheet":
      wb.worksheets.add(op.sheet);
      return;
    case "writeBlock": {
      const ws = wb.worksheets.getItem(op.sheet);
      const range = ws.getRange(op.address);
      range.values = op.values;
      const first = range.getCell(0, 0);
      for (const row of op.bold) first.getOffsetRange(row, 0).format.font.bold = true;
      if (op.width) range.format.columnWidth = op.width;
      return;
    }
    case "addTable": {
      const range = wb.worksheets.getItem(op.sheet).getRange(op.address);
      // Values first, then the table over them: Excel keeps the header texts as written.
      range.values = op.values;
      const table = wb.tables.add(range, true);
      table.name = op.name;
      table.style = op.style;
      return;
    }
    case "appendRows":
      // null cells are left to Excel (a calculated column fills its formula); Office.js types omit null.
      wb.tables.getItem(op.table).rows.add(undefined, op.values as (string | number | boolean)[][]);
      return;
    case "setFormulas":
      columnSlice(wb, op.table, op.column, op.startRow, op.formulas.length).formulas = op.formulas;
      return;
    case "updateCells":
      columnSlice(wb, op.table, op.column, op.startRow, op.values.length).values = op.values;
      return;
    case "formatColumn": {
      const column = wb.tables.getItem(op.table).columns.getItem(op.column);
      const body = column.getDataBodyRange();
      column.getRange().format.columnWidth = op.width;
      if (op.wrap) body.format.wrapText = true;
      if (op.numberFormat) body.numberFormat = Array.from({ length: op.rows }, () => [op.numberFormat]);
      if (op.validation && features.dataValidation) {
        body.dataValidation.rule = { list: { inCellDropDown: true, source: op.validation.list.join(",") } };
        body.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: ALERT_TITLE, message: op.validation.message };
      }
      if (op.fills && features.conditionalFormats) {
        for (const fill of op.fills) {
          const cf = body.conditionalFormats.add("ContainsText");
          cf.textComparison.format.fill.color = fill.fill;
          cf.textComparison.format.font.color = fill.font;
          cf.textComparison.rule = { operator: "Contains", text: fill.text };
        }
      }
      return;
    }
    case "freezeRows":
      if (features.freezePanes) wb.worksheets.getItem(op.sheet).freezePanes.freezeRows(op.rows);
      return;
    case "pageLayout": {
      const ws = wb.worksheets.getItem(op.sheet);
      // Each line across the sheet's printed columns, wrapped (ExcelApi 1.2); Excel does not fit
      // a merged row's height, so the plan gives it.
      for (const line of op.lines) {
        const range = ws.getRange(line.address);
        range.merge(false);
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top";
        if (line.height) range.format.rowHeight = line.height;
      }
      if (!features.pageLayout) return;
      const layout = ws.pageLayout;
      layout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = op.paper;
      // verticalFitToPages 0: as tall as needed. Excel for Windows may apply the fit only while
      // the Page Layout tab is shown (office-js #1860); orientation, titles and footer still apply.
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.titleRow !== null) layout.setPrintTitleRows(`$${op.titleRow + 1}:$${op.titleRow + 1}`);
      layout.headersFooters.defaultForAllPages.leftFooter = op.footer.left;
      layout.headersFooters.defaultForAllPages.rightFooter = op.footer.right;
      return;
    }
    case "addChart": {
      const ws = wb.worksheets.getItem(op.sheet);
      const chart = ws.charts.add(op.chartType, wb.tables.getItem(op.table).getRange(), "Columns");
      chart.name = op.name;
      chart.title.text = op.title;
      chart.setPosition(op.from, op.to);
      return;
    }
    case "recordIdentity":
      // Without workbook settings nothing is recorded; the next import then overwrites no cell.
      if (features.settings) wb.settings.add(IDENTITY_KEY, op.value);
      return;
    case "activate":
      wb.worksheets.getItem(op.sheet).activate();
      return;
  }
}

function columnSlice(wb: Excel.Workbook, table: string, column: string, startRow: number, rows: number): Excel.Range {
  return wb.tables.getItem(table).columns.getItem(column).getDataBodyRange().getCell(startRow, 0).getResizedRange(rows - 1, 0);
}
