/**
 * Reads what a merge needs: sheet names, then the add-in's tables (found by name, wherever they
 * are) with their headers and values. Two syncs at most: names first, then only our tables.
 */
import { parseTopLeft } from "../../core/plan/address";
import { TABLE_PREFIX } from "../../core/plan/labels";
import type { Cell } from "../../core/plan/types";
import type { SnapshotTable, WorkbookSnapshot } from "../../core/merge/snapshot";

export async function readSnapshot(context: Excel.RequestContext, only?: ReadonlySet<string>): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();

  const ours = tables.items.filter((t) => t.name.startsWith(TABLE_PREFIX) && (!only || only.has(t.name)));
  const pending = ours.map((t) => ({
    name: t.name,
    sheet: t.worksheet.load("name"),
    header: t.getHeaderRowRange().load("values,address"),
    body: t.getDataBodyRange().load("values"),
  }));
  if (pending.length > 0) await context.sync();

  const found: SnapshotTable[] = pending.map((p) => {
    const at = parseTopLeft(p.header.address) ?? { row: 0, col: 0 };
    return {
      name: p.name,
      sheet: p.sheet.name,
      row: at.row,
      col: at.col,
      headers: (p.header.values[0] ?? []).map((h) => String(h)),
      rows: p.body.values as Cell[][],
    };
  });
  return { sheets: sheets.items.map((s) => ({ name: s.name })), tables: found };
}
