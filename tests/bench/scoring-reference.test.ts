/**
 * The optimised scoring walk (src/core/scoring.ts, rating.ts, shape.ts) against the rule as
 * specified (reference-scoring.ts, one cell at a time), on generated grids: same results, same
 * errors, same messages, cell for cell.
 */
import fc from "fast-check";
import { CellError, plainError } from "../../src/core/errors";
import { DEMAND_ONLY_LOW, MISSING, SPELLINGS, ratingAmount } from "../../src/core/rating";
import { explainGrid, potentialGrid, scoreGrid, type CriteriaArgs } from "../../src/core/scoring";
import { CRITERIA } from "../../src/core/criteria";
import { referenceAmount, referencePotential, referenceScore } from "./reference-scoring";

const spellings = [...SPELLINGS.high, ...SPELLINGS.medium, ...SPELLINGS.low, ...DEMAND_ONLY_LOW];

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1, 1.5, 2, 2.0001, 2.25, 3, 3.75, 3.9999, 4, 4.5, 5),
  fc.double({ min: -2, max: 8, noNaN: false }),
  fc.constantFrom(0, -0, 5.0001, NaN, Infinity, -Infinity, 1e308),
  fc.constantFrom(...spellings).chain((s) =>
    fc.constantFrom(s, s.toUpperCase(), s[0].toUpperCase() + s.slice(1), ` ${s} `, `\t${s}\u00a0`, s.split("").join(" "), s[0] + s.slice(1).toUpperCase()),
  ),
  fc.constantFrom("4", " 3,5 ", "2.0", "7", "4e0", "", "   ", "x", "banaan", "#VALUE!", "mid", "hooog", "0", "4.000", "1.234,5", "3,50", "ho\u200Bog", "\u00ADlaag", "\uFEFF2", "\u2060", "5,", ",5"),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, {}, [], 3n),
);

/** Four arguments that usually broadcast (equal shapes or 1×1), sometimes do not, sometimes are ragged or empty. */
const argsArb: fc.Arbitrary<CriteriaArgs> = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, cols }) => {
    const grid = (r: number, c: number) => fc.array(fc.array(cellValue, { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
    const arg = fc.oneof(
      { weight: 6, arbitrary: grid(rows, cols) },
      { weight: 2, arbitrary: grid(1, 1) },
      { weight: 1, arbitrary: cellValue },
      { weight: 1, arbitrary: grid(rows + 1, cols) },
      { weight: 1, arbitrary: grid(rows, cols).map((g) => (g.length > 1 ? [...g.slice(0, -1), g[g.length - 1].slice(1)] : g)) },
      { weight: 1, arbitrary: fc.constantFrom([], [[]], [["hoog"], "laag"]) },
    );
    return fc.tuple(arg, arg, arg, arg) as fc.Arbitrary<CriteriaArgs>;
  });

const language = fc.constantFrom("nl" as const, "en" as const);

/** CellError instances compare by code and message; everything else by value (NaN-safe, -0 aware). */
function normalise(result: unknown): unknown {
  return JSON.parse(JSON.stringify(result, (_k, v) => (v instanceof CellError ? { code: v.code, message: v.message } : Object.is(v, -0) ? "-0" : v)));
}

test("ratingAmount equals the specified reading for any cell and criterion", () => {
  fc.assert(
    fc.property(cellValue, fc.constantFrom(...CRITERIA), (v, c) => {
      const a = ratingAmount(v, c);
      const expected = referenceAmount(v, c);
      return expected === "empty" ? a === MISSING : expected === "invalid" ? a < 0 && a !== MISSING : Object.is(a, expected);
    }),
    { numRuns: 5000 },
  );
});

test("potentialGrid equals the rule as specified, cell for cell", () => {
  fc.assert(
    fc.property(argsArb, language, language, (args, labels, messages) => {
      expect(normalise(potentialGrid(args, labels, messages, plainError))).toEqual(normalise(referencePotential(args, labels, messages, plainError)));
    }),
    { numRuns: 3000 },
  );
});

test("scoreGrid equals the rule as specified, bit for bit", () => {
  const weights = fc.constantFrom([1, 1, 1, 1], [2, 0, 0, 0], [1, 1, 2, 0], [0.1, 0.2, 0.3, 0.4], [3, 1, 1, 1]).map((w) => new Float64Array(w));
  fc.assert(
    fc.property(argsArb, weights, language, (args, w, messages) => {
      const a = scoreGrid(args, w, messages, plainError);
      const b = referenceScore(args, w, messages, plainError);
      expect(normalise(a)).toEqual(normalise(b));
      if (a.ok && b.ok) {
        const expected = b.values.flat();
        a.values.flat().forEach((v, i) => {
          if (typeof v === "number") expect(Object.is(v, expected[i])).toBe(true);
        });
      }
    }),
    { numRuns: 3000 },
  );
});

test("explainGrid still goes through the same walk (one call per valid row)", () => {
  fc.assert(
    fc.property(argsArb, language, (args, lang) => {
      const e = explainGrid(args, lang, lang, plainError);
      const p = referencePotential(args, lang, lang, plainError);
      expect(e.ok).toBe(p.ok);
      if (e.ok && p.ok) {
        e.values.flat().forEach((v, i) => {
          const q = p.values.flat()[i];
          if (typeof q === "string" && q !== "") expect(String(v).startsWith(`${q} — `)).toBe(true);
          else expect(normalise(v)).toEqual(normalise(q));
        });
      } else if (!e.ok && !p.ok) {
        expect(normalise(e.error)).toEqual(normalise(p.error));
      }
    }),
    { numRuns: 1000 },
  );
});

test("a long column scores as specified", () => {
  const values = [1, 2.5, 4, 5, "hoog", "Laag", "MEDIUM", " sterk", "x", null, 7, true, 0, "4.000", "ho\u200Bog"];
  const col = (k: number) => Array.from({ length: 20_000 }, (_, r) => [values[(r * (k + 3) + k) % values.length]]);
  const args: CriteriaArgs = [col(0), col(1), col(2), col(3)];
  expect(normalise(potentialGrid(args, "nl", "en", plainError))).toEqual(normalise(referencePotential(args, "nl", "en", plainError)));
  expect(normalise(scoreGrid(args, new Float64Array([1, 2, 1, 1]), "nl", plainError))).toEqual(
    normalise(referenceScore(args, new Float64Array([1, 2, 1, 1]), "nl", plainError)),
  );
});
