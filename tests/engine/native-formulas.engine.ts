/**
 * The real-engine check: a workbook written by the exporter, its opportunities table filled with
 * every case of cases.ts, native formulas and NO cached values, recalculated by LibreOffice Calc.
 * Its potential and score cells must equal SE.POTENTIAL / SE.SCORE (the core) cell for cell.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CRITERIA } from "../../src/core/criteria";
import { REPORT } from "../../src/core/dataset";
import { CellError, plainError } from "../../src/core/errors";
import type { Language } from "../../src/core/language";
import { buildPlan, TABLE_NAMES, type PlanRow, type PlanTable, type WorkbookPlan } from "../../src/core/plan";
import { potentialGrid, scoreGrid, type CriteriaArgs } from "../../src/core/scoring";
import { buildWorkbook } from "../../src/export/xlsx";
import { EXOTIC_WHITESPACE_CASES, engineCases, type Case } from "./cases";
import { cleanup, recalculate } from "./libreoffice";

type Value = string | number | boolean | { error: string } | null;

function planWith(language: Language, cases: Case[]): WorkbookPlan {
  const plan = buildPlan(REPORT, { language, importDate: "2025-05-01" });
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((t): PlanTable => {
        if (t.name !== TABLE_NAMES.opportunities) return t;
        const rows: PlanRow[] = cases.map((c, i) => ({
          id: `case-${i + 1}`,
          origin: "analyst",
          cells: { id: `case-${i + 1}`, title: c.label, ...c.cells },
          textGuard: [],
        }));
        return { ...t, rows };
      }),
    })),
  };
}

function expected(c: Case, language: Language): { potential: Value; score: Value } {
  const args = CRITERIA.map((k) => [[c.cells[k]]]) as unknown as CriteriaArgs;
  const p = potentialGrid(args, language, "en", plainError);
  const s = scoreGrid(args, new Float64Array([1, 1, 1, 1]), "en", plainError);
  const one = (g: typeof p | typeof s): Value => {
    if (!g.ok) throw new Error("a one-cell row cannot fail as a whole");
    const v = g.values[0][0];
    return v instanceof CellError ? { error: v.code } : (v as string | number);
  };
  return { potential: one(p), score: one(s) };
}

/** A formula cell's computed value as LibreOffice saved it; an empty text result reads as "". */
function computed(cell: ExcelJS.Cell): Value {
  const v = cell.value as ExcelJS.CellFormulaValue | null;
  if (v === null || typeof v !== "object" || !("formula" in v)) throw new Error(`${cell.address} lost its formula`);
  // cell.result, not value.result: exceljs drops a cached 0 from the latter.
  const r = cell.result as unknown;
  if (r === undefined || r === null) return "";
  if (typeof r === "object" && r !== null && "error" in r) return { error: (r as { error: string }).error };
  return r as Value;
}

interface Outcome {
  total: number;
  mismatches: string[];
  results: { c: Case; potential: Value; score: Value }[];
}

async function runEngine(language: Language, cases: Case[]): Promise<Outcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "se-engine-in-"));
  const input = path.join(dir, `engine-${language}.xlsx`);
  try {
    const plan = planWith(language, cases);
    await buildWorkbook(plan, { formulas: "native", cachedValues: false }).xlsx.writeFile(input);
    const output = recalculate(input);
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(output);
      const sheet = plan.sheets.find((s) => s.tables.some((t) => t.name === TABLE_NAMES.opportunities))!;
      const table = sheet.tables.find((t) => t.name === TABLE_NAMES.opportunities)!;
      const ws = wb.getWorksheet(sheet.name)!;
      const col = (key: string) => table.col + table.columns.findIndex((c) => c.key === key) + 1;
      const mismatches: string[] = [];
      const results = cases.map((c, i) => {
        const row = ws.getRow(table.row + 2 + i);
        const potential = computed(row.getCell(col("potential")));
        const score = computed(row.getCell(col("score")));
        const want = expected(c, language);
        // The engine must have seen the very input the core was given (spaces, tabs, NBSP kept).
        for (const k of CRITERIA) {
          const cell = row.getCell(col(k));
          const seen = cell.formula ? cell.result : cell.value;
          const given = c.cells[k];
          // An empty string is written as an empty cell; the core reads both as missing.
          const norm = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") || null : v ?? null);
          if (norm(seen) !== norm(given)) mismatches.push(`${c.label}: input ${k} ${JSON.stringify(given)} arrived as ${JSON.stringify(seen)}`);
        }
        const scoreOk =
          typeof want.score === "number" && typeof score === "number" ? Math.abs(want.score - score) <= 1e-9 : JSON.stringify(want.score) === JSON.stringify(score);
        if (JSON.stringify(want.potential) !== JSON.stringify(potential) || !scoreOk) {
          mismatches.push(`${c.label}: core ${JSON.stringify(want)} ≠ LibreOffice ${JSON.stringify({ potential, score })}`);
        }
        return { c, potential, score };
      });
      return { total: cases.length, mismatches, results };
    } finally {
      cleanup(output);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("native formulas in LibreOffice Calc equal SE.POTENTIAL and SE.SCORE", () => {
  const cases = engineCases();

  it.each(["nl", "en"] as const)("every case, labels in %s", async (language) => {
    const outcome = await runEngine(language, cases);
    expect(outcome.mismatches).toEqual([]);
    // The cases cover every outcome, so a formula stuck on one value cannot pass.
    const kinds = new Set(outcome.results.map((r) => JSON.stringify(r.potential)));
    // High, Medium, Low, "" (all empty), #N/A (some empty), #VALUE! (invalid).
    expect(kinds.size).toBe(6);
    console.log(`${language}: ${outcome.total} rows (${CRITERIA.length * outcome.total} criterion cells) agree; outcomes ${[...kinds].join(", ")}`);
  });

  it("reads whitespace outside the formula's list as invalid (the documented limit)", async () => {
    const outcome = await runEngine("nl", EXOTIC_WHITESPACE_CASES);
    for (const r of outcome.results) {
      expect(expected(r.c, "nl").potential).toBe("Hoog");
      expect(r.potential).toEqual({ error: "#VALUE!" });
    }
  });
});

describe("the report's workbook in LibreOffice Calc", () => {
  it.each(["nl", "en"] as const)("computes every formula cell (%s) to the value the exporter caches", async (language) => {
    const plan = buildPlan(REPORT, { language, importDate: "2025-05-01" });
    const cachedBook = new ExcelJS.Workbook();
    await cachedBook.xlsx.load((await buildWorkbook(plan, { formulas: "native" }).xlsx.writeBuffer()) as ArrayBuffer);
    const dir = mkdtempSync(path.join(tmpdir(), "se-engine-in-"));
    const input = path.join(dir, `report-${language}.xlsx`);
    try {
      await buildWorkbook(plan, { formulas: "native", cachedValues: false }).xlsx.writeFile(input);
      const output = recalculate(input);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(output);
      cleanup(output);
      let formulas = 0;
      const differences: string[] = [];
      for (const sheet of plan.sheets) {
        cachedBook.getWorksheet(sheet.name)!.eachRow((row) =>
          row.eachCell((cell) => {
            if (!cell.formula) return;
            formulas++;
            const engine = computed(book.getWorksheet(sheet.name)!.getCell(cell.address));
            const cached = cell.result === undefined ? "" : (cell.result as Value);
            if (JSON.stringify(engine) !== JSON.stringify(cached)) differences.push(`${sheet.name}!${cell.address}: cached ${JSON.stringify(cached)}, LibreOffice ${JSON.stringify(engine)}`);
          }),
        );
      }
      expect(differences).toEqual([]);
      expect(formulas).toBeGreaterThan(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
