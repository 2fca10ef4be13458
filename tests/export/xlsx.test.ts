import ExcelJS from "exceljs";
import { CRITERIA } from "../../src/core/criteria";
import { REPORT } from "../../src/core/dataset";
import { CellError, plainError } from "../../src/core/errors";
import type { Language } from "../../src/core/language";
import { LOOKUP_SHEET } from "../../src/core/native";
import { buildPlan, needsTextGuard, TABLE_NAMES, type PlanRow, type WorkbookPlan } from "../../src/core/plan";
import { potentialGrid, scoreGrid, type CriteriaArgs } from "../../src/core/scoring";
import { dataCell } from "../../src/export/cells";
import { buildWorkbook, pointsToChars, writeXlsx, type WriteOptions } from "../../src/export/xlsx";
import { readXlsx } from "./read-xlsx";

const DATE = "2025-05-01";

async function roundTrip(plan: WorkbookPlan, options: WriteOptions): Promise<ExcelJS.Workbook> {
  const buffer = await buildWorkbook(plan, options).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  return wb;
}

const cases = [
  ["nl", "native"],
  ["en", "native"],
  ["nl", "addin"],
  ["en", "addin"],
] as const;

describe.each(cases)("the .xlsx (%s, %s formulas) read back with exceljs", (language: Language, formulas) => {
  const plan = buildPlan(REPORT, { language, importDate: DATE });
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(plan, { formulas });
  });

  it("has every sheet of the plan in order, and the hidden lookup sheet only for native formulas", () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, plan.sheets.length)).toEqual(plan.sheets.map((s) => s.name));
    const lookup = wb.getWorksheet(LOOKUP_SHEET);
    if (formulas === "native") expect(lookup?.state).toBe("hidden");
    else expect(lookup).toBeUndefined();
  });

  it("has every table with its stable name, place, headers and all report rows", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect(ws.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name).sort()).toEqual(sheet.tables.map((t) => t.name).sort());
      for (const table of sheet.tables) {
        const header = ws.getRow(table.row + 1);
        table.columns.forEach((c, j) => expect(header.getCell(table.col + j + 1).value).toBe(c.header));
        table.rows.forEach((row, r) => {
          for (const column of table.columns) {
            const cell = ws.getCell(dataCell(table, r, column.key));
            if (column.kind === "formula") {
              expect(cell.formula).toBeTruthy();
            } else {
              expect([table.name, row.id, column.key, cell.value ?? null]).toEqual([table.name, row.id, column.key, row.cells[column.key] ?? null]);
            }
          }
        });
      }
    }
  });

  it("keeps formats: frozen header rows, widths, wrap, number formats, validation, text fills", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      if (sheet.freezeRows > 0) expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: sheet.freezeRows });
      for (const table of sheet.tables) {
        table.columns.forEach((c, j) => {
          expect(ws.getColumn(table.col + j + 1).width).toBeGreaterThanOrEqual(pointsToChars(c.width));
          if (table.rows.length === 0) return;
          const cell = ws.getCell(dataCell(table, 0, c.key));
          if (c.wrap) expect(cell.alignment?.wrapText).toBe(true);
          if (c.numberFormat) expect(cell.numFmt).toBe(c.numberFormat);
          if (c.validation) expect(cell.dataValidation).toMatchObject({ type: "list", errorStyle: "warning", formulae: [`"${c.validation.list.join(",")}"`] });
        });
      }
      const fills = sheet.tables.flatMap((t) => t.columns.filter((c) => c.fills?.length));
      // exceljs keeps read conditional formats on the sheet but does not type the property.
      const formats = (ws as unknown as { conditionalFormattings: { rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
      const rules = formats.flatMap((cf) => cf.rules);
      const searched = rules.filter((r) => r.type === "containsText").flatMap((r) => r.formulae ?? []);
      for (const c of fills) for (const f of c.fills!) expect(searched.some((x) => x.startsWith(`NOT(ISERROR(SEARCH("${f.text}",`))).toBe(true);
    }
  });

  it("puts a chart stand-in (bars of █ over the counts) where the plan puts the chart", () => {
    const overview = plan.sheets.find((s) => s.charts.length > 0)!;
    const chart = overview.charts[0];
    const ws = wb.getWorksheet(overview.name)!;
    expect(ws.getCell(chart.from).value).toBe(chart.title);
    const bars: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cell.formula?.startsWith('REPT("█"') && bars.push(cell.formula)));
    expect(bars.length).toBe(6);
  });

  it(formulas === "native" ? "uses no add-in function anywhere" : "calls SE.POTENTIAL and SE.SCORE with the core's results cached", () => {
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.opportunities)!;
    const sheet = plan.sheets.find((s) => s.tables.includes(table))!;
    const ws = wb.getWorksheet(sheet.name)!;
    const all: string[] = [];
    wb.worksheets.forEach((w) => w.eachRow((row) => row.eachCell((cell) => cell.formula && all.push(cell.formula))));
    if (formulas === "native") {
      expect(all.filter((f) => /\bSE\.[A-Z]+\(/.test(f))).toEqual([]);
      return;
    }
    table.rows.forEach((row, r) => {
      for (const column of table.columns) {
        const call = column.formula;
        if (call?.kind !== "potential" && call?.kind !== "score") continue;
        const cell = ws.getCell(dataCell(table, r, column.key));
        expect(cell.formula).toMatch(new RegExp(`^SE\\.${call.kind.toUpperCase()}\\(`));
        const args = CRITERIA.map((c) => [[row.cells[call.criteria[c]] ?? null]]) as unknown as CriteriaArgs;
        const grid = call.kind === "potential" ? potentialGrid(args, call.language, "en", plainError) : scoreGrid(args, new Float64Array([1, 1, 1, 1]), "en", plainError);
        const v = grid.ok ? grid.values[0][0] : grid.error;
        const want = v instanceof CellError ? { error: v.code } : v === "" ? undefined : v;
        expect([row.id, column.key, cell.result]).toEqual([row.id, column.key, want]);
      }
    });
  });
});

describe("text the plan guards stays text", () => {
  const risky = ["=1+1", "=HYPERLINK(\"http://x\")", "+31 2", "-3", "@SUM(A1)", "\tTAB", "3,5", "0012", "2025-05-01", "TRUE", "onwaar", "1/2"];

  it("is stored as a string cell, never a formula, number, date or boolean", async () => {
    const plan = buildPlan(REPORT, { language: "nl", importDate: DATE });
    const rows: PlanRow[] = risky.map((text, i) => ({ id: `r${i}`, origin: "analyst", cells: { id: `r${i}`, title: text, notes: text }, textGuard: ["title", "notes"] }));
    for (const text of risky) expect([text, needsTextGuard(text)]).toEqual([text, true]);
    const withRisky: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((s) => ({
        ...s,
        tables: s.tables.map((t) => (t.name === TABLE_NAMES.opportunities ? { ...t, rows: [...t.rows, ...rows] } : t)),
      })),
    };
    const wb = await roundTrip(withRisky, { formulas: "native" });
    const table = withRisky.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.opportunities)!;
    const ws = wb.getWorksheet(withRisky.sheets.find((s) => s.tables.includes(table))!.name)!;
    const offset = table.rows.length - rows.length;
    rows.forEach((row, i) => {
      for (const key of row.textGuard) {
        const cell = ws.getCell(dataCell(table, offset + i, key));
        expect([key, cell.type, cell.value]).toEqual([key, ExcelJS.ValueType.String, row.cells[key]]);
      }
    });
  });
});

describe("native formulas refer to the row they sit in", () => {
  it("uses A1 references of the same row, and the lookup sheet", async () => {
    const plan = buildPlan(REPORT, { language: "nl", importDate: DATE });
    const wb = await roundTrip(plan, { formulas: "native" });
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === TABLE_NAMES.opportunities)!;
    const ws = wb.getWorksheet(plan.sheets.find((s) => s.tables.includes(table))!.name)!;
    table.rows.forEach((_row, r) => {
      const potential = ws.getCell(dataCell(table, r, "potential")).formula;
      for (const c of CRITERIA) expect(potential).toContain(`(${dataCell(table, r, c)})`);
      expect(potential).toContain(`${LOOKUP_SHEET}!`);
      expect(ws.getCell(dataCell(table, r, "score")).formula).toContain(`IF(${dataCell(table, r, "potential")}=""`);
    });
    // exceljs does not read calcPr back; the written model says Excel recomputes on open.
    expect(buildWorkbook(plan, { formulas: "native" }).calcProperties.fullCalcOnLoad).toBe(true);
  });
});

describe("rows an analyst adds to the file", () => {
  it("get every formula column as the table's calculated column, in the file's structured form", async () => {
    const plan = buildPlan(REPORT, { language: "nl", importDate: DATE });
    const { book, calculated } = await readXlsx(await writeXlsx(plan, { formulas: "addin" }));
    const opp = calculated.get(TABLE_NAMES.opportunities)!;
    const row = (h: string) => `SE_Opportunities[[#This Row],[${h}]]`;
    expect(opp.get("Potentieel")).toBe(`SE.POTENTIAL(${["Vraag", "Investering", "Fit", "Lokaal"].map(row).join(",")})`);
    expect(opp.get("Score")).toBe(`SE.SCORE(${["Vraag", "Investering", "Fit", "Lokaal"].map(row).join(",")})`);
    expect(opp.get("Vergelijking")).toContain(`IF(OR(${row("Herkomst criteria")}="afgeleid",${row("Herkomst criteria")}="implied"),"afgeleid","✓ gelijk")`);
    // Only formula columns: a typed column never gets a formula filled in.
    expect([...opp.keys()]).toEqual(["Potentieel", "Score", "Vergelijking"]);
    expect(calculated.get(TABLE_NAMES.overviewPotential)!.get("Analist")).toMatch(/^SUMPRODUCT\(--ISNUMBER\(MATCH\(SE_Opportunities\[Potentieel\],/);
    for (const t of [TABLE_NAMES.trends, TABLE_NAMES.criteria, TABLE_NAMES.source]) expect(calculated.get(t)!.size).toBe(0);
    // The counts' cells read the whole column, so rows below the report's are counted too.
    const overview = plan.sheets.find((s) => s.key === "overview")!.tables.find((t) => t.name === TABLE_NAMES.overviewPotential)!;
    const count = book.getWorksheet("Overzicht")!.getCell(dataCell(overview, 0, "analystCount"));
    expect(count.formula).toContain("MATCH('Opportuniteiten'!$K:$K,");
  });

  it("escapes the native formulas' & and < in the table XML, and keeps them within Excel's 8,192 characters", async () => {
    const plan = buildPlan(REPORT, { language: "en", importDate: DATE });
    const { calculated } = await readXlsx(await writeXlsx(plan, { formulas: "native" }));
    const potential = calculated.get(TABLE_NAMES.opportunities)!.get("Potential")!;
    expect(potential).toMatch(/^INDEX\(SE_Lookup!.*&""$/);
    for (const f of calculated.get(TABLE_NAMES.opportunities)!.values()) expect(f.length).toBeLessThanOrEqual(8192);
  });
});

describe("printing the file", () => {
  it.each(["nl", "en"] as const)("every sheet prints one page wide with its header row repeated and a footer citing the report (%s)", async (language) => {
    const plan = buildPlan(REPORT, { language, importDate: DATE });
    const { book } = await readXlsx(await writeXlsx(plan, { formulas: "native" }));
    for (const sheet of plan.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      const setup = ws.pageSetup;
      expect([sheet.key, setup.fitToPage, setup.fitToWidth, setup.fitToHeight]).toEqual([sheet.key, true, 1, 0]);
      expect(setup.orientation).toBe(sheet.print.orientation);
      const table = sheet.tables.length === 1 ? sheet.tables[0] : undefined;
      // exceljs reads _xlnm.Print_Titles ('Sheet'!$1:$1) back as "1:1".
      expect(setup.printTitlesRow ?? null).toBe(table ? `${table.row + 1}:${table.row + 1}` : null);
      const footer = ws.headerFooter.oddFooter!;
      expect(footer.length).toBeLessThanOrEqual(255);
      expect(footer).toContain(`${REPORT.report.department[language]}, "Impact van de strategische trends`);
      expect(footer).toContain(REPORT.version);
      expect(footer).toMatch(/&P .* &N$/);
    }
    const byKey = Object.fromEntries(plan.sheets.map((s) => [s.key, s.print]));
    // The wide sheets lie down; the opportunities' 16 columns go on A3 to stay readable.
    expect([byKey.overview.orientation, byKey.opportunities.orientation, byKey.opportunities.paper]).toEqual(["landscape", "landscape", "A3"]);
    expect(book.getWorksheet(plan.sheets[0].name)!.pageSetup.paperSize).toBe(9);
    // The overview's long citation lines are merged across its tables' columns and wrap.
    const overview = book.getWorksheet(plan.sheets.find((s) => s.key === "overview")!.name)!;
    expect(overview.getCell("A2").alignment?.wrapText).toBe(true);
    expect(overview.getCell("G2").isMerged).toBe(true);
    expect(overview.getRow(2).height).toBeGreaterThan(15);
  });
});
