import { CellError, plainError } from "../../src/core/errors";
import { explainGrid, explanationOf, parseWeights, potentialGrid, scoreGrid } from "../../src/core/scoring";

const ok = <T, E>(r: { ok: true; values: T[][] } | { ok: false; error: E }) => {
  if (!r.ok) throw new Error(`expected a grid, got ${JSON.stringify(r.error)}`);
  return r.values;
};
const equal = new Float64Array([1, 1, 1, 1]);

describe("potentialGrid", () => {
  test("scalars and labels per language", () => {
    expect(ok(potentialGrid(["hoog", "laag", "hoog", "sterk"], "nl", "nl", plainError))).toEqual([["Hoog"]]);
    expect(ok(potentialGrid(["high", "low", "high", "strong"], "en", "en", plainError))).toEqual([["High"]]);
    expect(ok(potentialGrid([1, 5, 1, 1], "nl", "nl", plainError))).toEqual([["Laag"]]);
    expect(ok(potentialGrid([3, 3, 3, 3], "en", "en", plainError))).toEqual([["Medium"]]);
  });

  test("a 1×1 argument broadcasts to the others' shape", () => {
    const demand = [["hoog"], ["laag"], [4]];
    const r = ok(potentialGrid([demand, [["laag"]], [["hoog"]], [["hoog"]]], "nl", "nl", plainError));
    expect(r).toEqual([["Hoog"], ["Medium"], ["Hoog"]]);
  });

  test("2-D ranges keep their shape", () => {
    const d = [["hoog", "laag"], [5, 1]];
    const r = ok(potentialGrid([d, [["laag", "hoog"], [1, 5]], d, d], "nl", "nl", plainError));
    expect(r).toEqual([["Hoog", "Laag"], ["Hoog", "Laag"]]);
  });

  test("shapes that cannot be matched give one #VALUE! naming both shapes", () => {
    const r = potentialGrid([[["hoog"], ["laag"]], [["laag"], ["laag"], ["laag"]], "hoog", "hoog"], "nl", "en", plainError);
    expect(r.ok).toBe(false);
    const e = (r as { error: CellError }).error;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("demand (2×1)");
    expect(e.message).toContain("investment (3×1)");
  });

  test("a row and a column of the same length are different shapes", () => {
    const r = potentialGrid([[["hoog", "hoog"]], [["laag"], ["laag"]], "hoog", "hoog"], "nl", "nl", plainError);
    expect(r.ok).toBe(false);
    expect((r as { error: CellError }).error.message).toContain("vraag (1×2) en investering (2×1)");
  });

  test("empty or ragged ranges give #VALUE! naming the argument", () => {
    for (const bad of [[], [[]], [["hoog"], []], [["hoog", "laag"], ["hoog"]]]) {
      const r = potentialGrid(["hoog", "laag", bad, "hoog"], "nl", "en", plainError);
      expect(r.ok).toBe(false);
      expect((r as { error: CellError }).error.message).toMatch(/^fit: empty or ragged range/);
    }
  });

  test("one bad cell errs in its own result cell only", () => {
    const d = [["hoog"], ["banaan"], [7], ["hoog"]];
    const r = ok(potentialGrid([d, "laag", "hoog", "hoog"], "nl", "nl", plainError));
    expect(r[0][0]).toBe("Hoog");
    expect(r[1][0]).toBeInstanceOf(CellError);
    expect((r[1][0] as CellError).code).toBe("#VALUE!");
    expect((r[1][0] as CellError).message).toMatch(/^vraag: "banaan" is geen geldige beoordeling\. Aanvaard: hoog: hoog, groot/);
    expect((r[2][0] as CellError).message).toMatch(/^vraag: 7 ligt buiten de schaal 1–5/);
    expect(r[3][0]).toBe("Hoog");
  });

  test("all four empty gives an empty cell, some empty gives #N/A naming them", () => {
    const r = ok(
      potentialGrid(
        [[[null], ["hoog"], [""]], [[""], [null], ["laag"]], [[null], ["hoog"], [" "]], [[undefined], [null], ["hoog"]]],
        "nl",
        "en",
        plainError,
      ),
    );
    expect(r[0][0]).toBe("");
    expect((r[1][0] as CellError).code).toBe("#N/A");
    expect((r[1][0] as CellError).message).toBe("Missing: investment, local. Fill in all four criteria (an empty cell or 0 counts as not filled in; a row with all four criteria empty gives an empty cell).");
    expect((r[2][0] as CellError).message).toContain("Missing: demand, fit.");
  });

  test("an invalid cell wins over a missing one in the same row", () => {
    const r = ok(potentialGrid([null, "x", "hoog", "hoog"], "nl", "en", plainError));
    expect((r[0][0] as CellError).code).toBe("#VALUE!");
    expect((r[0][0] as CellError).message).toMatch(/^investment: "x"/);
  });
});

describe("score", () => {
  test("levels map to 0, 0.5, 1 with investment reversed", () => {
    expect(ok(scoreGrid(["hoog", "laag", "hoog", "hoog"], equal, "nl", plainError))).toEqual([[100]]);
    expect(ok(scoreGrid(["laag", "hoog", "laag", "laag"], equal, "nl", plainError))).toEqual([[0]]);
    expect(ok(scoreGrid(["medium", "medium", "medium", "medium"], equal, "nl", plainError))).toEqual([[50]]);
    expect(ok(scoreGrid(["hoog", "hoog", "hoog", "hoog"], equal, "nl", plainError))).toEqual([[75]]);
  });
  test("numbers count as (x − 1) / 4", () => {
    const [[s]] = ok(scoreGrid([5, 2, 3, 4], equal, "nl", plainError)) as number[][];
    expect(s).toBeCloseTo(((1 + 0.75 + 0.5 + 0.75) / 4) * 100, 10);
  });
  test("weights", () => {
    const w = parseWeights([[2, 0, 0, 0]]) as Float64Array;
    expect(ok(scoreGrid(["hoog", "hoog", "laag", "laag"], w, "nl", plainError))).toEqual([[100]]);
    const col = parseWeights([[1], [1], [2], [0]]) as Float64Array;
    const [[s]] = ok(scoreGrid(["hoog", "hoog", "medium", "laag"], col, "nl", plainError)) as number[][];
    expect(s).toBeCloseTo(((1 * 1 + 0 * 1 + 0.5 * 2 + 0) / 4) * 100, 10);
  });
  test("weights: omitted or one empty cell is equal; bad weights say why", () => {
    expect(parseWeights(null)).toEqual(equal);
    expect(parseWeights(undefined)).toEqual(equal);
    expect(parseWeights([[null]])).toEqual(equal);
    expect(parseWeights([[1, 2, 3]])).toEqual({ problem: "count", value: "3 (1×3)" });
    expect(parseWeights([[1, 2], [3, 4]])).toEqual({ problem: "count", value: "4 (2×2)" });
    expect(parseWeights([[1, -1, 1, 1]])).toEqual({ problem: "negative", value: -1 });
    expect(parseWeights([[0, 0, 0, 0]])).toEqual({ problem: "zero" });
    expect(parseWeights([[1, "x", 1, 1]])).toEqual({ problem: "type", value: "x" });
    expect(parseWeights([[1, NaN, 1, 1]])).toEqual({ problem: "type", value: NaN });
    expect(parseWeights([])).toEqual({ problem: "count", value: 0 });
  });
});

describe("explain", () => {
  test("Dutch: stance groups and what is needed for Hoog", () => {
    expect(explanationOf([1, 0, 0.5, 0], "nl")).toBe(
      "Medium — gunstig: tewerkstellingsvraag (hoog); neutraal: fit met competenties (medium); ongunstig: investering (hoog), lokale verbondenheid (laag). Nodig voor Hoog: investering laag (≤ 2), fit met competenties hoog (≥ 4), lokale verbondenheid hoog (≥ 4).",
    );
  });
  test("English, all favourable", () => {
    expect(explanationOf([1, 1, 1, 1], "en")).toBe(
      "High — favourable: employment demand (high), investment (low), fit with competences (high), local connectedness (high). All four criteria are favourable.",
    );
  });
  test("grid form agrees with the row form", () => {
    expect(ok(explainGrid(["laag", "hoog", "laag", "laag"], "en", "en", plainError))[0][0]).toBe(explanationOf([0, 0, 0, 0], "en"));
    expect(ok(explainGrid(["laag", "hoog", "laag", "laag"], "en", "en", plainError))[0][0]).toMatch(/^Low — unfavourable:/);
  });
});

describe("weights: empty means equal, numbers typed as text count", () => {
  const equal = new Float64Array([1, 1, 1, 1]);
  // An empty optional cell arrives as 0 on some desktop builds, null on others and the web
  // (OfficeDev/office-js #4702, #5262, #1951).
  test.each([[[[0]]], [[[null]]], [[[""]]], [[["  "]]]])("%j means equal weights (office-js #4702, #5262, #1951)", (w) => {
    expect(parseWeights(w)).toEqual(equal);
  });
  test("an empty cell among four weights weighs 0 whether it arrives as 0, null or text (office-js #4702, #5262)", () => {
    const asZero = Array.from(parseWeights([[2, 0, 1, 1]]) as Float64Array);
    for (const blank of [null, undefined, "", "  ", "\u00a0"]) {
      expect(Array.from(parseWeights([[2, blank, 1, 1]]) as Float64Array)).toEqual(asZero);
      expect(Array.from(parseWeights([[2], [blank], [1], [1]]) as Float64Array)).toEqual(asZero);
    }
    // Four empty cells are four zeros on every build: no weight at all, the same message.
    expect(parseWeights([[null, null, null, null]])).toEqual({ problem: "zero" });
    expect(parseWeights([[0, "", null, 0]])).toEqual({ problem: "zero" });
  });
  test("text numbers like ratings, decimal comma or point", () => {
    expect(Array.from(parseWeights([["2", "0,5", " 1 ", "0.25"]]) as Float64Array)).toEqual([2, 0.5, 1, 0.25]);
    expect(Array.from(parseWeights([[1], ["3"], [1], [1]]) as Float64Array)).toEqual([1, 3, 1, 1]);
  });
  test("ambiguous, negative and junk text are refused with their reason", () => {
    expect(parseWeights([[1, "1.000", 1, 1]])).toEqual({ problem: "ambiguous", value: "1.000" });
    expect(parseWeights([[1, "-1", 1, 1]])).toEqual({ problem: "negative", value: "-1" });
    expect(parseWeights([[1, "twee", 1, 1]])).toEqual({ problem: "type", value: "twee" });
    expect(parseWeights([["0", "0", "0", "0"]])).toEqual({ problem: "zero" });
  });
});

describe("empty cells arriving as 0 (office-js #4702, #5262, #1951)", () => {
  test("a row of four 0s is blank, a row with some 0s names them as missing", () => {
    const r = potentialGrid([[[0], [4]], [[0], [0]], [[0], [4]], [[0], [4]]], "nl", "en", plainError);
    if (!r.ok) throw new Error("whole-call error");
    expect(r.values[0][0]).toBe("");
    expect((r.values[1][0] as CellError).code).toBe("#N/A");
    expect((r.values[1][0] as CellError).message).toMatch(/^Missing: investment\./);
  });
  test("a score over a row of 0s is blank too", () => {
    const r = scoreGrid([0, 0, 0, 0], new Float64Array([1, 1, 1, 1]), "nl", plainError);
    expect(r.ok && r.values[0][0]).toBe("");
  });
});

describe("identical problems share one error value", () => {
  const col = (values: unknown[]) => values.map((v) => [v]);
  test("same invalid value, same criterion: one object; another value or criterion: another", () => {
    const r = potentialGrid([col(["x", "x", "y", 3, 3]), col([3, 3, 3, "x", 3]), col([3, 3, 3, 3, 3]), col([3, 3, 3, 3, 3])], "nl", "nl", plainError);
    if (!r.ok) throw new Error("whole-call error");
    const v = r.values.map((row) => row[0]);
    expect(v[0]).toBe(v[1]);
    expect(v[2]).not.toBe(v[0]);
    expect(v[3]).not.toBe(v[0]);
    expect((v[3] as CellError).message).toMatch(/^investering: "x"/);
  });
  test("same missing criteria: one object; blank rows share one frozen row", () => {
    const r = scoreGrid([col([null, null, 2, null]), col([3, 3, 3, null]), col([3, 3, null, null]), col([3, 3, 3, null])], new Float64Array([1, 1, 1, 1]), "en", plainError);
    if (!r.ok) throw new Error("whole-call error");
    expect(r.values[0][0]).toBe(r.values[1][0]);
    expect(r.values[0]).toBe(r.values[1]);
    expect(r.values[3]).toEqual([""]);
    expect(Object.isFrozen(r.values[3])).toBe(true);
    expect(r.values[2][0]).not.toBe(r.values[0][0]);
  });
  test("the shared values are equal to separately built ones", () => {
    const many = potentialGrid([col(Array(50).fill("x")), 3, 3, 3], "en", "en", plainError);
    const one = potentialGrid([[["x"]], 3, 3, 3], "en", "en", plainError);
    if (!many.ok || !one.ok) throw new Error("whole-call error");
    for (const row of many.values) expect(row).toEqual(one.values[0]);
  });
});
