/**
 * Rows an analyst adds to the written workbook, recalculated by LibreOffice Calc. Excel fills a
 * table's calculatedColumnFormula into each new row; LibreOffice has no calculated columns, so
 * the test does that step itself, from the formula stored in the file (its structured references
 * turned into this row's A1 cells), and lets LibreOffice compute everything. That checks the
 * stored formula itself, and that the overview's counts include rows added below the report's.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CRITERIA } from "../../src/core/criteria";
import { REPORT } from "../../src/core/dataset";
import { CellError, plainError } from "../../src/core/errors";
import { buildPlan, columnLetters, TABLE_NAMES, type PlanTable } from "../../src/core/plan";
import { potentialGrid, scoreGrid, type CriteriaArgs } from "../../src/core/scoring";
import { buildWorkbook, writeXlsx } from "../../src/export/xlsx";
import { cleanup, recalculate } from "./libreoffice";

/** The calculatedColumnFormula of each column of a table in the file, by header. */
async function storedFormulas(file: Buffer, table: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    if (!xml.includes(` name="${table}"`)) continue;
    const out = new Map<string, string>();
    for (const m of xml.matchAll(/<tableColumn id="\d+" name="([^"]+)"[^>]*><calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/g)) {
      out.set(m[1], m[2].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
    }
    return out;
  }
  throw new Error(`no table ${table} in the file`);
}

/** What Excel's fill does for row `row` (1-based sheet row): this row's cells for [#This Row]. */
function forRow(formula: string, t: PlanTable, row: number): string {
  const letter = (header: string) => {
    const i = t.columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`no column ${header}`);
    return columnLetters(t.col + i);
  };
  return formula
    .replace(new RegExp(`${t.name}\\[\\[#This Row\\],\\[([^\\]]+)\\]\\]`, "g"), (_m, h: string) => `${letter(h)}${row}`)
    .replace(new RegExp(`${t.name}\\[([^\\][]+)\\]`, "g"), (_m, h: string) => `$${letter(h)}:$${letter(h)}`);
}

const ADDED = Array.from({ length: 15 }, (_, i) => {
  const high = i % 4 === 0;
  return { id: `A${i + 1}`, cells: high ? ["hoog", "laag", "hoog", "hoog"] : i % 4 === 1 ? ["laag", "hoog", "laag", "laag"] : ["medium", 3, "medium", "4"] };
});

describe("rows an analyst adds to the .xlsx, recalculated by LibreOffice", () => {
  it("compute potential and score with the stored formula, and the overview counts them", async () => {
    const plan = buildPlan(REPORT, { language: "nl", importDate: "2025-05-01" });
    const sheet = plan.sheets.find((s) => s.key === "opportunities")!;
    const t = sheet.tables[0];
    const file = await writeXlsx(plan, { formulas: "native", cachedValues: false });
    const stored = await storedFormulas(file, TABLE_NAMES.opportunities);
    expect([...stored.keys()]).toEqual(["Potentieel", "Score", "Vergelijking"]);

    // exceljs cannot read a table column with a calculatedColumnFormula: the rows are added to
    // the same workbook as exceljs writes it before that step (LibreOffice ignores the formula).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(plan, { formulas: "native", cachedValues: false }).xlsx.writeBuffer()) as ArrayBuffer);
    const ws = wb.getWorksheet(sheet.name)!;
    const first = t.row + 2 + t.rows.length; // the sheet row right under the report's rows
    const at = (key: string) => t.col + t.columns.findIndex((c) => c.key === key) + 1;
    ADDED.forEach((a, i) => {
      const r = first + i;
      ws.getCell(r, at("id")).value = a.id;
      ws.getCell(r, at("origin")).value = "analist";
      CRITERIA.forEach((c, j) => (ws.getCell(r, at(c)).value = a.cells[j]));
      for (const [header, formula] of stored) {
        const key = t.columns.find((c) => c.header === header)!.key;
        ws.getCell(r, at(key)).value = { formula: forRow(formula, t, r), date1904: false };
      }
    });
    const dir = mkdtempSync(path.join(tmpdir(), "se-added-"));
    const input = path.join(dir, "added.xlsx");
    try {
      writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
      const output = recalculate(input);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(output);
      cleanup(output);
      const result = (sheetName: string, row: number, col: number) => {
        const r = book.getWorksheet(sheetName)!.getCell(row, col).result as unknown;
        return typeof r === "object" && r !== null && "error" in r ? { error: (r as { error: string }).error } : r;
      };
      ADDED.forEach((a, i) => {
        const args = CRITERIA.map((_c, j) => [[a.cells[j]]]) as unknown as CriteriaArgs;
        const p = potentialGrid(args, "nl", "en", plainError);
        const s = scoreGrid(args, new Float64Array([1, 1, 1, 1]), "en", plainError);
        const v = (g: { ok: boolean; values?: unknown[][] }): unknown => {
          const x = g.ok ? g.values![0][0] : "whole";
          return x instanceof CellError ? { error: x.code } : x;
        };
        expect([a.id, result(sheet.name, first + i, at("potential"))]).toEqual([a.id, v(p)]);
        expect(result(sheet.name, first + i, at("score"))).toBeCloseTo(v(s) as number, 9);
        expect(result(sheet.name, first + i, at("check"))).toBe("—");
      });
      // The analyst's counts: the report's three Hoog rows (implied) plus the four added ones.
      const overview = plan.sheets.find((s) => s.key === "overview")!;
      const potential = overview.tables.find((x) => x.name === TABLE_NAMES.overviewPotential)!;
      const count = (r: number) => result(overview.name, potential.row + 2 + r, potential.col + 3);
      expect([count(0), count(1), count(2)]).toEqual([3 + 4, 7, 4]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
