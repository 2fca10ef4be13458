/**
 * Error cells and data types as Excel hands them to an `any` argument. The shapes are those of
 * office.js's custom-functions runtime (@microsoft/office-js/dist, e.g. excel-win32-16.01.debug.js,
 * CustomFunctionProxy._transferCustomFunctionError: `new CustomFunctionError(value.code)`, an object
 * with code, type "Error" and basicValue; _transferCustomFunctionRichData: the data type's JSON).
 */
import { basicValueOf, errorCodeOf, isReturnableError } from "../../src/core/cell-value";
import { CellError, plainError, showValue } from "../../src/core/errors";
import { mapGrid } from "../../src/core/map-grid";
import { scoringMessages } from "../../src/core/messages";
import { parseWeights, potentialGrid, scoreGrid, explainGrid } from "../../src/core/scoring";

/** An error value as the runtime builds it for an error cell. */
const runtimeError = (code: string) => ({ code, type: "Error", basicValue: code, message: "" });
const NA = runtimeError("#N/A");
const DIV0 = runtimeError("#DIV/0!");
const REF = runtimeError("#REF!");

describe("reading the value", () => {
  test("an error value gives its code; text that looks like one does not", () => {
    expect(errorCodeOf(NA)).toBe("#N/A");
    expect(errorCodeOf({ type: "Error", basicValue: "#SPILL!", errorType: "Spill" })).toBe("#SPILL!");
    // As data-type JSON: Excel.ErrorCellValue's basicValue, or the runtime reader's primitive.
    expect(errorCodeOf({ type: "Error", primitive: "#DIV/0!", errorSubCode: 0 })).toBe("#DIV/0!");
    for (const v of ["#N/A", 0, null, undefined, true, { type: "Entity", text: "#N/A", basicValue: "#VALUE!" }, { code: 7 }, { code: `#${"x".repeat(40)}` }]) {
      expect(errorCodeOf(v)).toBeNull();
    }
  });

  test("only a runtime error of a code Excel accepts in a result is passed on as it is", () => {
    for (const code of ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!"]) expect(isReturnableError(runtimeError(code))).toBe(true);
    for (const v of [REF, runtimeError("#NAME?"), runtimeError("#SPILL!"), { type: "Error", basicValue: "#N/A" }, "#N/A"]) {
      expect(isReturnableError(v)).toBe(false);
    }
  });

  test("a data type stands for its number, text or boolean; an entity for its text", () => {
    expect(basicValueOf({ type: "FormattedNumber", basicValue: 4, numberFormat: "0.0" })).toBe(4);
    expect(basicValueOf({ type: "Double", primitive: 2 })).toBe(2);
    expect(basicValueOf({ type: "String", basicValue: "hoog" })).toBe("hoog");
    expect(basicValueOf({ type: "Entity", text: "Hoog", basicValue: "#VALUE!", properties: {} })).toBe("Hoog");
    expect(basicValueOf({ type: "WebImage", address: "https://example.com/x.png" })).toBeUndefined();
    // An image or an array carries the text "#VALUE!" as its basic value: it stands for nothing.
    expect(basicValueOf({ type: "WebImage", basicValue: "#VALUE!", basicType: "Error" })).toBeUndefined();
    expect(basicValueOf({ type: "Array", basicValue: "#VALUE!", basicType: "Error", elements: [[1]] })).toBeUndefined();
    expect(basicValueOf({})).toBeUndefined();
  });

  test("messages show an error by its code and a data type by what it stands for, never [object Object]", () => {
    expect(showValue(NA)).toBe("#N/A");
    expect(showValue({ type: "Entity", text: "Zorg" })).toBe('"Zorg"');
    expect(showValue({ type: "FormattedNumber", basicValue: 7 })).toBe("7");
    expect(showValue({ type: "WebImage", address: "x", basicValue: "#VALUE!", basicType: "Error" })).toBe("(WebImage)");
    expect(showValue({})).toBe("(Object)");
    expect(showValue(new Date(0))).toBe("(Date)");
  });
});

describe("error cells in the criteria: the row's result is the error, the other rows are rated", () => {
  const col = (values: unknown[]) => values.map((v) => [v]);

  test("the error comes back as it came, in its own row only", () => {
    const r = potentialGrid([col(["hoog", NA, "hoog", DIV0]), col(["laag", "laag", NA, "laag"]), [["hoog"]], [["hoog"]]], "nl", "nl", plainError);
    if (!r.ok) throw new Error("whole-call error");
    expect(r.values.map((row) => row[0])).toEqual(["Hoog", NA, NA, DIV0]);
    expect(r.values[1][0]).toBe(NA);
    expect(r.values[3][0]).toBe(DIV0);
    // One cell each, as a formula filled down row by row calls it.
    expect(potentialGrid([[[NA]], [["laag"]], [["hoog"]], [["hoog"]]], "nl", "nl", plainError)).toEqual({ ok: true, values: [[NA]] });
    const one = scoreGrid([[["hoog"]], [["laag"]], [[DIV0]], [["hoog"]]], new Float64Array([1, 1, 1, 1]), "nl", plainError);
    expect(one.ok && one.values[0][0]).toBe(DIV0);
  });

  test("the first criterion in argument order decides, an invalid rating as much as an error", () => {
    const r = potentialGrid([col(["x", NA]), col([DIV0, "x"]), [["hoog"]], [["hoog"]]], "en", "en", plainError);
    if (!r.ok) throw new Error("whole-call error");
    expect((r.values[0][0] as CellError).message).toMatch(/^demand: "x" is not a valid rating/);
    expect(r.values[1][0]).toBe(NA);
  });

  test("an error a result may not hold is #VALUE! naming the criterion and the error", () => {
    const r = scoreGrid([[["hoog"]], [[REF]], [["hoog"]], [["hoog"]]], new Float64Array([1, 1, 1, 1]), "nl", plainError);
    if (!r.ok) throw new Error("whole-call error");
    const e = r.values[0][0] as CellError;
    expect(e).toBeInstanceOf(CellError);
    expect(e.code).toBe("#VALUE!");
    // Named as Dutch Excel shows it, since the message is in Dutch.
    expect(e.message).toBe("investering: de cel bevat de fout #VERW!.");
    const en = scoreGrid([[["hoog"]], [[REF]], [["hoog"]], [["hoog"]]], new Float64Array([1, 1, 1, 1]), "en", plainError);
    expect(en.ok && (en.values[0][0] as CellError).message).toBe("investment: the cell holds the error #REF!.");
  });

  test("an error that is not a runtime error object gets an error of our own: #N/A stays #N/A", () => {
    const asJson = { type: "Error", primitive: "#N/A", errorSubCode: 0 };
    const r = potentialGrid([[[asJson]], [["laag"]], [["hoog"]], [["hoog"]]], "nl", "nl", plainError);
    expect(r.ok && r.values[0][0]).toEqual(new CellError("#N/A", "vraag: de cel bevat de fout #N/B."));
    const div = scoreGrid([[[{ type: "Error", basicValue: "#DIV/0!" }]], [["laag"]], [["hoog"]], [["hoog"]]], new Float64Array([1, 1, 1, 1]), "en", plainError);
    expect(div.ok && div.values[0][0]).toEqual(new CellError("#VALUE!", "demand: the cell holds the error #DIV/0!."));
  });

  test("SE.EXPLAIN and wider grids pass it on too", () => {
    const r = explainGrid([[["hoog", NA]], [["laag", "laag"]], [["hoog", "hoog"]], [["hoog", "hoog"]]], "en", "en", plainError);
    if (!r.ok) throw new Error("whole-call error");
    expect(r.values[0][1]).toBe(NA);
    expect(typeof r.values[0][0]).toBe("string");
  });

  test("a data type is rated by what it stands for", () => {
    const entity = { type: "Entity", text: "Hoog", properties: {} };
    const formatted = { type: "FormattedNumber", basicValue: 5, numberFormat: "0" };
    expect(potentialGrid([[[entity]], [[{ type: "Double", primitive: 1 }]], [[formatted]], [["hoog"]]], "nl", "nl", plainError)).toEqual({ ok: true, values: [["Hoog"]] });
    const r = potentialGrid([[[{ type: "WebImage", address: "x" }]], [["laag"]], [["hoog"]], [["hoog"]]], "en", "en", plainError);
    expect(r.ok && (r.values[0][0] as CellError).message).toMatch(/^demand: \(WebImage\) is not a valid rating/);
  });
});

describe("error cells elsewhere", () => {
  test("a lookup passes an error id on, and names the argument for one it may not return", () => {
    const r = mapGrid([[1], [NA], [REF]], "id", "en", plainError, (id) => `item ${String(id)}`);
    if (!r.ok) throw new Error("whole-call error");
    expect(r.values[0][0]).toBe("item 1");
    expect(r.values[1][0]).toBe(NA);
    expect((r.values[2][0] as CellError).message).toBe("id: the cell holds the error #REF!.");
    // One error of our own per code, however many cells hold it.
    const many = mapGrid([[REF], [runtimeError("#REF!")], [{ type: "Error", basicValue: "#N/A" }]], "id", "nl", plainError, () => "x");
    if (!many.ok) throw new Error("whole-call error");
    expect(many.values[1][0]).toBe(many.values[0][0]);
    expect(many.values[2][0]).toEqual(new CellError("#N/A", "id: de cel bevat de fout #N/B."));
  });

  test("an error among the weights is the weights' problem, with the error value", () => {
    expect(parseWeights([[1, NA, 1, 1]])).toEqual({ problem: "error", value: NA });
    expect(parseWeights([[DIV0]])).toEqual({ problem: "error", value: DIV0 });
    // Named in the message's language, as Dutch Excel shows #REF!.
    expect(scoringMessages.invalidWeights("nl", "error", REF)).toMatch(/^gewichten: de cel bevat de fout #VERW!\./);
    expect(scoringMessages.invalidWeights("en", "error", REF)).toMatch(/^weights: the cell holds the error #REF!\./);
    expect(Array.from(parseWeights([[{ type: "FormattedNumber", basicValue: 2 }, 1, 1, 1]]) as Float64Array)).toEqual([2, 1, 1, 1]);
  });
});
