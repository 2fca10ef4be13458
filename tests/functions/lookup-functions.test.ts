import { REPORT } from "../../src/core/dataset/report";
import { CellError } from "../../src/core/errors";
import {
  FIGURE_FIELDS,
  OPPORTUNITY_FIELDS,
  THREAT_FIELDS,
  TREND_FIELDS,
  lookupFigure,
  lookupOpportunity,
  lookupThreat,
  lookupTrend,
} from "../../src/core/lookup";
import { LanguageChoice, figure, opportunity, threat, trend, version } from "../../src/functions/functions";

type ExcelError = Error & { code: string };
const isExcelError = (v: unknown): v is ExcelError => v instanceof CustomFunctions.Error;

/** The core's answer as Excel would show it: the value, or the error's code and message. */
const asExcel = (v: unknown) => (v instanceof CellError ? { code: v.code, message: v.message } : v);
const shown = (v: unknown) => (isExcelError(v) ? { code: v.code, message: v.message } : v);

const cases = [
  { fn: trend, core: lookupTrend, ids: REPORT.trends.map((t) => t.id), fields: TREND_FIELDS },
  { fn: opportunity, core: lookupOpportunity, ids: REPORT.opportunities.map((o) => o.id), fields: OPPORTUNITY_FIELDS },
  { fn: threat, core: lookupThreat, ids: REPORT.threats.map((t) => t.id), fields: THREAT_FIELDS },
  { fn: figure, core: lookupFigure, ids: REPORT.keyFigures.map((k) => k.id), fields: FIGURE_FIELDS },
] as const;

describe.each(cases)("$fn.name over every id, field and language", ({ fn, core, ids, fields }) => {
  const allFields = [...fields.fields, ...Object.keys(fields.aliases), undefined];
  test.each([LanguageChoice.nl, LanguageChoice.en, undefined])("language %p", (language) => {
    for (const field of allFields) {
      // One call over the whole id column spills one answer per id, equal to the core's.
      const result = fn(ids.map((id) => [id]), field, language);
      expect(result).toHaveLength(ids.length);
      ids.forEach((id, i) => {
        const expected = core(id, field, language);
        expect(expected).not.toBeInstanceOf(CellError);
        expect(shown(result[i][0])).toEqual(asExcel(expected));
        // Only a figure stated without a number has an empty unit.
        if (field !== "unit" && field !== "eenheid") expect(result[i][0]).not.toBe("");
      });
    }
  });
});

test("the lookups give the report's values for ids and fields as analysts type them", () => {
  expect(opportunity([[1]], "potential")).toEqual([["Hoog"]]);
  expect(opportunity([["O1"]], "potentieel", LanguageChoice.en)).toEqual([["High"]]);
  expect(opportunity([[2], [3]], "potential")).toEqual([["Medium"], ["Medium"]]);
  expect(figure([["care_budget_share"]])).toEqual([[0.27]]);
  expect(figure([["care_jobs_ten_years"]], "waarde")).toEqual([[46000]]);
  expect(trend([["T6"]], "titel")[0][0]).toMatch(/Minder producenten en meer dienstverleners/);
  expect(threat([["B2"]])[0][0]).toBe("Zorg: Diplomagerichtheid");
  expect(version()).toMatch(/^1\.0\.0/);
  expect(version(LanguageChoice.en)).toMatch(/^1\.0\.0/);
});

test("unknown ids and fields are #N/A in their own cell, listing the valid ones", () => {
  const r = trend([[1], [9], ["x"]], "title");
  expect(typeof r[0][0]).toBe("string");
  for (const bad of [r[1][0], r[2][0]]) {
    expect(isExcelError(bad) && bad.code).toBe("#N/A");
    expect((bad as ExcelError).message).toMatch(/1.*2.*3.*4.*5.*6/);
  }
  const [[f]] = opportunity([[1]], "colour", LanguageChoice.en);
  expect(isExcelError(f) && f.code).toBe("#N/A");
  expect((f as ExcelError).message).toMatch(/title.*description.*activities.*potential/);
});

test("wrong types are #VALUE!", () => {
  const [[t]] = threat([[true]]);
  expect(isExcelError(t) && t.code).toBe("#VALUE!");
  const [[n]] = trend([[1.5]]);
  expect(isExcelError(n) && ["#VALUE!", "#N/A"]).toContain((n as ExcelError).code);
});

test("an empty id range is one #VALUE! naming the argument", () => {
  expect(() => figure([])).toThrow(CustomFunctions.Error);
  try {
    figure([[]]);
  } catch (e) {
    expect((e as ExcelError).code).toBe("#VALUE!");
    expect((e as ExcelError).message).toMatch(/^key:/);
  }
});

describe("SE.OPPORTUNITY entity cards", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => delete g.Office);

  const withExcel = (supported: boolean) => {
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, v: string) => supported && ((set === "ExcelApi" && v === "1.16") || (set === "CustomFunctionsRuntime" && v === "1.4")),
        },
      },
    };
  };

  test("with ExcelApi 1.16, CustomFunctionsRuntime 1.4 and no field: a card with the report's attribution", () => {
    withExcel(true);
    const [[card]] = opportunity([[4]]) as Excel.EntityCellValue[][];
    expect(card.type).toBe("Entity");
    expect(card.text).toBe(lookupOpportunity(4, "title", "nl"));
    expect(card.properties?.Potentieel).toEqual({ type: "String", basicValue: "Hoog" });
    expect(Object.keys(card.properties ?? {})).toHaveLength(6);
    expect(card.provider?.description).toMatch(/WSE/);
  });

  test("without them: the plain title, never a card", () => {
    withExcel(false);
    expect(opportunity([[4]])).toEqual([[lookupOpportunity(4, "title", "nl")]]);
  });

  test("with a field there is no card", () => {
    withExcel(true);
    expect(opportunity([[5]], "potential")).toEqual([["Hoog"]]);
  });

  test("a bad id is still #N/A when cards are on", () => {
    withExcel(true);
    const [[e]] = opportunity([[8]]);
    expect(isExcelError(e) && e.code).toBe("#N/A");
  });
});

describe("a range of ids", () => {
  /** Calls of the string methods every field and language reading makes (trim, toLowerCase). */
  function countReadings(fn: () => unknown): number {
    const trim = String.prototype.trim;
    const lower = String.prototype.toLowerCase;
    let calls = 0;
    String.prototype.trim = function (this: string) {
      calls++;
      return trim.call(this);
    };
    String.prototype.toLowerCase = function (this: string) {
      calls++;
      return lower.call(this);
    };
    try {
      fn();
    } finally {
      String.prototype.trim = trim;
      String.prototype.toLowerCase = lower;
    }
    return calls;
  }

  test.each([
    ["SE.TREND", () => trend(Array.from({ length: 10_000 }, (_, i) => [(i % 6) + 1]), " Titel ", " EN " as never)],
    ["SE.OPPORTUNITY", () => opportunity(Array.from({ length: 10_000 }, (_, i) => [String((i % 5) + 1)]), "Potentieel", "nl-BE" as never)],
    ["SE.THREAT", () => threat(Array.from({ length: 10_000 }, (_, i) => [(i % 5) + 1]), "beschrijving", "English" as never)],
    ["SE.FIGURE", () => figure(Array.from({ length: 10_000 }, () => ["care_budget_share"]), "Waarde", LanguageChoice.nl)],
  ])("%s reads field and language once per call, not once per cell", (_name, call) => {
    // The first call also builds the answers per id for that field and language.
    call();
    expect(countReadings(call)).toBeLessThanOrEqual(8);
  });

  test("a column of the same bad id shares one error value and message", () => {
    const r = trend(Array.from({ length: 1_000 }, () => ["x"]), "title", LanguageChoice.en);
    expect(isExcelError(r[0][0])).toBe(true);
    expect(new Set(r.map((row) => row[0])).size).toBe(1);
  });

  test("ids typed in every accepted form give the same answers in a range as one by one", () => {
    const ids = [1, "1", " 01 ", "T1", "t-1", "1,0", 6, "T6", 7, "x", "", null, 1.5, true, "TH1"];
    for (const [fn, core] of [[trend, lookupTrend], [threat, lookupThreat], [opportunity, lookupOpportunity]] as const) {
      const r = fn(ids.map((id) => [id]), "title", LanguageChoice.en);
      ids.forEach((id, i) => expect(shown(r[i][0])).toEqual(asExcel(core(id, "title", "en"))));
    }
  });
});

describe("error cells and data types among the ids", () => {
  test("an error id comes back as it came (a VLOOKUP's #N/A stays #N/A); the other ids are looked up", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const r = trend([[1], [na], [2]], "title", LanguageChoice.en);
    expect(r[0][0]).toBe(REPORT.trends[0].title.en);
    expect(r[1][0]).toBe(na);
    expect(r[2][0]).toBe(REPORT.trends[1].title.en);
  });

  test("a formatted number or a text data type is read by its value, and named by it in a message", () => {
    const r = figure([[{ type: "String", basicValue: "care_budget_share" }], [{ type: "FormattedNumber", basicValue: 3 }]], "value", LanguageChoice.en);
    expect(r[0][0]).toBe(0.27);
    expect(shown(r[1][0])).toEqual({ code: "#VALUE!", message: expect.stringContaining("Argument key: 3 is not a key") });
    expect(threat([[{ type: "FormattedNumber", basicValue: 3, numberFormat: "0" }]], "title", LanguageChoice.en)[0][0]).toBe(REPORT.threats[2].title.en);
    const card = opportunity([[{ type: "Entity", text: "Zorgboerderij", properties: {} }]], "title", LanguageChoice.en)[0][0];
    expect(shown(card)).toEqual({ code: "#N/A", message: expect.stringContaining('no opportunity with id "Zorgboerderij"') });
  });
});
