/**
 * The functions inside Excel: messages follow Excel's UI language when the formula names no
 * language, results never do, and SE.OPPORTUNITY chooses entity cards by the requirement set.
 * Office.context is a plain object in every host (no load/sync), so it is stubbed as one;
 * office-addin-mock, which models load/sync, serves the Excel.run code (tests/taskpane/excel).
 */
import { opportunity, potential, score } from "../../src/functions/functions";

type ExcelError = Error & { code: string };
const g = globalThis as Record<string, unknown>;

function officeWith(displayLanguage: string, excelApi116: boolean, runtime14 = excelApi116) {
  g.Office = {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (excelApi116 && name === "ExcelApi" && Number(version) <= 1.16) || (runtime14 && name === "CustomFunctionsRuntime" && Number(version) <= 1.4),
      },
    },
  };
}

afterEach(() => delete g.Office);

test.each([
  ["en-US", /^demand: "x" is not a valid rating/],
  ["nl-BE", /^vraag: "x" is geen geldige beoordeling/],
  ["nl-NL", /^vraag: "x" is geen geldige beoordeling/],
  ["fr-FR", /^demand: "x" is not a valid rating/],
])("in %s Excel, messages without a language argument are in that language", (ui, message) => {
  officeWith(ui, false);
  const [[e]] = potential([["x"]], [["laag"]], [["hoog"]], [["hoog"]]) as ExcelError[][];
  expect(e.code).toBe("#VALUE!");
  expect(e.message).toMatch(message);
  // The result itself is the report's label whatever the UI language.
  expect(potential([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]])).toEqual([["Hoog"]]);
});

test("a runtime whose display language changes follows it at the next call, both ways", () => {
  // The language is kept between calls for the display language it was read from: a new value
  // (or none: no Office at all) must be read again, never answered from the last one.
  const message = () => (potential([["x"]], [["laag"]], [["hoog"]], [["hoog"]]) as ExcelError[][])[0][0].message;
  for (const [ui, start] of [["en-US", "demand:"], ["nl-BE", "vraag:"], ["en-GB", "demand:"], ["fr-FR", "demand:"], ["nl", "vraag:"]] as const) {
    officeWith(ui, false);
    expect(message().startsWith(start)).toBe(true);
    expect(message().startsWith(start)).toBe(true);
  }
  officeWith("en-US", false);
  expect(message()).toMatch(/^demand:/);
  // The same Office object with another display language.
  (g.Office as { context: { displayLanguage: string } }).context.displayLanguage = "nl-NL";
  expect(message()).toMatch(/^vraag:/);
  delete g.Office;
  expect(message()).toMatch(/^vraag:/);
});

test("SE.SCORE's weight errors follow the UI language too", () => {
  officeWith("en-GB", false);
  expect(() => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[1, 2]])).toThrow(/weights: expected 4 weights/);
  officeWith("nl-BE", false);
  expect(() => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[1, 2]])).toThrow(/gewichten: verwacht 4 gewichten/);
});

test("SE.OPPORTUNITY gives an entity card only where ExcelApi 1.16 and CustomFunctionsRuntime 1.4 are both supported (office-js #5794)", () => {
  officeWith("nl-BE", true);
  expect((opportunity([[1]]) as Excel.EntityCellValue[][])[0][0].type).toBe("Entity");
  officeWith("nl-BE", false);
  expect(typeof opportunity([[1]])[0][0]).toBe("string");
  // Office 2024/LTSC: data types in the grid, but not from custom functions.
  officeWith("nl-BE", true, false);
  expect(typeof opportunity([[1]])[0][0]).toBe("string");
  officeWith("nl-BE", false, true);
  expect(typeof opportunity([[1]])[0][0]).toBe("string");
});
