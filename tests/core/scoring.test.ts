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
    expect((r[1][0] as CellError).message).toBe("Missing: investment, local. Fill in all four criteria (a row with all four criteria empty gives an empty cell).");
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
