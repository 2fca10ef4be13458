import { explain, potential, score, type LanguageChoice } from "../../src/functions/functions";

type ExcelError = Error & { code: string };

/** Excel passes whatever text the user typed; the enum only feeds AutoComplete. */
const typed = (text: unknown) => text as LanguageChoice;

/** Calls a function as Excel does and returns its result, or the error it threw. */
function call<T>(fn: () => T): T | ExcelError {
  try {
    return fn();
  } catch (e) {
    return e as ExcelError;
  }
}

const isExcelError = (v: unknown): v is ExcelError => v instanceof CustomFunctions.Error;

describe("SE.POTENTIAL as Excel calls it", () => {
  test("scalars arrive as 1×1 matrices", () => {
    expect(potential([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]])).toEqual([["Hoog"]]);
    expect(potential([[5]], [[1]], [[4]], [[4]], typed("en"))).toEqual([["High"]]);
    expect(potential([["laag"]], [["hoog"]], [["zwak"]], [["geen"]], typed(null))).toEqual([["Laag"]]);
  });

  test("a range spills with per-cell errors", () => {
    const r = potential([["hoog"], ["x"], [null], [3]], [["laag"]], [["hoog"]], [["hoog"]]);
    expect(r[0][0]).toBe("Hoog");
    expect(isExcelError(r[1][0]) && r[1][0].code).toBe("#VALUE!");
    expect(isExcelError(r[2][0]) && r[2][0].code).toBe("#N/A");
    expect(r[3][0]).toBe("Medium");
  });

  test("an error cell in a range (a VLOOKUP's #N/A) is that row's result only, as Excel's own functions pass it on", () => {
    // With allowErrorForDataTypeAny in the metadata, Excel calls the function and the runtime
    // hands the error over as a CustomFunctions.Error; without it one error cell replaced the
    // whole spill (custom-functions-errors, "Errors as custom function inputs").
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const ref = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
    const r = potential([["hoog"], [na], ["hoog"]], [["laag"], ["laag"], [ref]], [["hoog"]], [["hoog"]]);
    expect(r[0][0]).toBe("Hoog");
    expect(r[1][0]).toBe(na);
    // #REF! cannot be a result (same page): #VALUE! that says which criterion held it.
    expect(isExcelError(r[2][0]) && [r[2][0].code, r[2][0].message]).toEqual(["#VALUE!", "investering: de cel bevat de fout #VERW!."]);
  });

  test("an error among SE.SCORE's weights is the whole result", () => {
    const div0 = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    expect(call(() => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[1, div0, 1, 1]]))).toBe(div0);
    // One that cannot be passed on as it came: #N/A stays #N/A, with a message naming it.
    const na = call(() => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], [[{ type: "Error", basicValue: "#N/A" }]])) as ExcelError;
    expect([na.code, na.message]).toEqual(["#N/A", expect.stringMatching(/^gewichten: de cel bevat de fout #N\/B\./)]);
  });

  test("mismatched shapes: one #VALUE! thrown for the whole call", () => {
    const e = call(() => potential([["hoog"], ["hoog"]], [["laag"], ["laag"], ["laag"]], [["hoog"]], [["hoog"]]));
    expect(isExcelError(e)).toBe(true);
    expect((e as ExcelError).code).toBe("#VALUE!");
    expect((e as ExcelError).message).toContain("2×1");
    expect((e as ExcelError).message).toContain("3×1");
  });

  test("a bad language is #VALUE! naming the argument and the accepted values", () => {
    const e = call(() => potential([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], typed("fr"))) as ExcelError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"fr"/);
    expect(e.message).toMatch(/"nl".*"en"/);
  });

  test("messages follow the language argument", () => {
    const [[nl]] = potential([["x"]], [["laag"]], [["hoog"]], [["hoog"]], typed("nl")) as ExcelError[][];
    const [[en]] = potential([["x"]], [["laag"]], [["hoog"]], [["hoog"]], typed("en")) as ExcelError[][];
    expect(nl.message).toMatch(/^vraag: "x" is geen geldige beoordeling/);
    expect(en.message).toMatch(/^demand: "x" is not a valid rating/);
  });
});

describe("SE.SCORE as Excel calls it", () => {
  test("default and explicit weights", () => {
    expect(score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]])).toEqual([[100]]);
    expect(score([["hoog"]], [["hoog"]], [["hoog"]], [["hoog"]], [[1, 1, 1, 1]])).toEqual([[75]]);
    expect(score([["hoog"]], [["hoog"]], [["laag"]], [["laag"]], [[1], [0], [0], [0]])).toEqual([[100]]);
  });
  test.each([
    [[[1, 2, 3]], /4/],
    [[[1, -2, 3, 4]], /-2/],
    [[[0, 0, 0, 0]], /0|nul|zero/],
  ])("bad weights %j give #VALUE!", (w, pattern) => {
    const e = call(() => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], w as number[][])) as ExcelError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/gewichten|weights/);
    expect(e.message).toMatch(pattern);
  });
  test("ranges: empty rows stay empty", () => {
    expect(score([["hoog"], [null]], [["laag"], [null]], [["hoog"], [null]], [["hoog"], [null]])).toEqual([[100], [""]]);
  });
  // Empty cells reach `any` matrix parameters as 0 on some desktop builds and as null elsewhere
  // (OfficeDev/office-js #4702, #5262, #1951).
  test("empty cells as 0: an empty weights cell means equal weights, an empty row stays empty", () => {
    expect(score([["hoog"]], [["laag"]], [["hoog"]], [[3]], [[0]])).toEqual([[87.5]]);
    expect(score([["hoog"]], [["laag"]], [["hoog"]], [[3]], [[null]] as unknown as number[][])).toEqual([[87.5]]);
    expect(score([[4], [0]], [[2], [0]], [[4], [0]], [[4], [0]])).toEqual([[75], [""]]);
  });
  test("weights typed as text count like ratings; ambiguous text is refused with its reason", () => {
    const text = (w: unknown) => w as number[][];
    expect(score([["hoog"]], [["hoog"]], [["laag"]], [["laag"]], text([["2", "0,5", "0", "0"]]))).toEqual([[80]]);
    const e = call(() => score([["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], text([["1.000", 1, 1, 1]]))) as ExcelError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"1\.000" (is dubbelzinnig|is ambiguous)/);
  });
});

describe("SE.EXPLAIN as Excel calls it", () => {
  test("one line per row, in Dutch by default", () => {
    const [[text]] = explain([["hoog"]], [["hoog"]], [["hoog"]], [["hoog"]]) as string[][];
    expect(text).toMatch(/^Medium — gunstig: .*ongunstig: investering \(hoog\)\. Nodig voor Hoog: investering laag \(≤ 2\)\.$/);
    const [[en]] = explain([["hoog"]], [["hoog"]], [["hoog"]], [["hoog"]], typed("en")) as string[][];
    expect(en).toMatch(/^Medium — favourable: .*Needed for High: investment low \(≤ 2\)\.$/);
  });
});

describe("no input makes a function throw anything but a CustomFunctions.Error", () => {
  const odd: unknown[] = [undefined, null, 0, -0, NaN, Infinity, "", "#N/A", "\u0000", {}, [], [[]], [[{}]], 1e308, true, Symbol("x")];
  test.each(odd.map((v) => [v]))("%p in every position", (v) => {
    for (const fn of [potential, score, explain] as ((...a: unknown[]) => unknown)[]) {
      for (let pos = 0; pos < 5; pos++) {
        const args: unknown[] = [[["hoog"]], [["laag"]], [["hoog"]], [["hoog"]], undefined];
        args[pos] = v;
        const r = call(() => fn(...args));
        if (r instanceof Error) {
          expect(isExcelError(r)).toBe(true);
          expect(["#VALUE!", "#N/A"]).toContain((r as ExcelError).code);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }
    }
  });
});
