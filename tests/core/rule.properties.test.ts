/**
 * Properties of the report's rule, checked on generated inputs (fast-check) rather than on the
 * hand-picked cases of rule.test.ts and scoring.test.ts. The oracle for "more favourable" is
 * written from the rule's specification (levels 0 / 0.5 / 1, numbers (x − 1) / 4, investment
 * reversed), not taken from src/, so a change to the rule's reading shows up here.
 *
 * A failure prints fast-check's seed and path; rerun with FC_SEED=<seed> to reproduce it.
 */
import fc from "fast-check";
import { CellError, plainError } from "../../src/core/errors";
import type { Language } from "../../src/core/language";
import { explainGrid, parseWeights, potentialGrid, scoreGrid, type CriteriaArgs, type Weights } from "../../src/core/scoring";
import { LanguageChoice, potential } from "../../src/functions/functions";
import { PROPERTY_RUNS } from "../support/reliability-figures";

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

type Level = "low" | "medium" | "high";
type Rating = { kind: "level"; level: Level } | { kind: "number"; x: number };

const LEVELS: readonly Level[] = ["low", "medium", "high"];
const WORD: Record<Level, string> = { low: "laag", medium: "medium", high: "hoog" };
const RANK: Record<string, number> = { Laag: 0, Medium: 1, Hoog: 2, Low: 0, High: 2 };
const EQUAL: Weights = new Float64Array([1, 1, 1, 1]);
const INVESTMENT = 1;

/** The specified accepted spellings, written out here rather than imported from src/. */
const SPECIFIED_SPELLINGS: Record<Level, readonly string[]> = {
  high: ["hoog", "groot", "sterk", "veel", "ja", "high", "large", "strong", "yes", "H", "TRUE"],
  medium: ["medium", "gemiddeld", "matig", "moderate", "average", "M"],
  low: ["laag", "klein", "zwak", "weinig", "geen", "nee", "low", "small", "weak", "little", "none", "no", "L", "FALSE"],
};
const DEMAND_ONLY_LOW = ["verzadigd", "saturated"];

/** Numbers just below, on and just above each threshold of the 1–5 scale, besides random ones. */
const EDGE_NUMBERS = [1, 1 + 2 ** -52, 2 - 2 ** -52, 2, 2 + 2 ** -51, 2.0001, 3, 3.9999, 4 - 2 ** -51, 4, 4 + 2 ** -50, 5 - 2 ** -50, 5];

const scaleNumber = fc.oneof(
  fc.double({ min: 1, max: 5, noNaN: true }),
  fc.constantFrom(...EDGE_NUMBERS),
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 4, max: 20 }).map((k) => k / 4),
);
const rating: fc.Arbitrary<Rating> = fc.oneof(
  fc.constantFrom(...LEVELS).map((level) => ({ kind: "level" as const, level })),
  scaleNumber.map((x) => ({ kind: "number" as const, x })),
);
const fourRatings = fc.tuple(rating, rating, rating, rating);

/** Weights ≥ 0, not all zero, including zeros and a wide range of magnitudes. */
const weights: fc.Arbitrary<Weights> = fc
  .tuple(...[0, 1, 2, 3].map(() => fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 1e6, noNaN: true }))))
  .filter((w) => w.some((x) => x > 0))
  .map((w) => {
    const parsed = parseWeights([w]);
    if (!(parsed instanceof Float64Array)) throw new Error(`valid weights rejected: ${JSON.stringify(w)}`);
    return parsed;
  });

const cellOf = (r: Rating): string | number => (r.kind === "level" ? WORD[r.level] : r.x);
const argsOf = (rs: readonly Rating[]): CriteriaArgs => rs.map(cellOf) as unknown as CriteriaArgs;

/** How much of the thing a rating says there is, as the specification defines it. */
const amountOf = (r: Rating): number => (r.kind === "level" ? { low: 0, medium: 0.5, high: 1 }[r.level] : (r.x - 1) / 4);
const favourOf = (r: Rating, k: number): number => (k === INVESTMENT ? 1 - amountOf(r) : amountOf(r));
/** The mirror of a rating: reversed level, or 6 − x on the scale. */
const mirror = (r: Rating): Rating =>
  r.kind === "level" ? { kind: "level", level: ({ low: "high", medium: "medium", high: "low" } as const)[r.level] } : { kind: "number", x: 6 - r.x };

function only<T>(r: { ok: true; values: T[][] } | { ok: false; error: CellError }): T {
  if (!r.ok) throw new Error(`expected a result, got ${r.error.message}`);
  return r.values[0][0];
}
const potentialOfArgs = (args: CriteriaArgs, lang: Language = "nl") => only(potentialGrid(args, lang, lang, plainError)) as string;
const scoreOfArgs = (args: CriteriaArgs, w: Weights = EQUAL) => only(scoreGrid(args, w, "en", plainError)) as number;
const explainOfArgs = (args: CriteriaArgs) => only(explainGrid(args, "en", "en", plainError)) as string;

const allLevels = (rs: readonly Rating[]) => rs.every((r) => r.kind === "level");
/** Reordering the terms of the weighted mean may move a fractional score by a few ulps, no more. */
const closeScores = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

/** Runs a property with a fixed number of cases and checks that every case ran. */
function check<T>(name: keyof typeof PROPERTY_RUNS, arb: fc.Arbitrary<T>, body: (value: T) => void) {
  let ran = 0;
  fc.assert(
    fc.property(arb, (v) => {
      ran++;
      body(v);
    }),
    { numRuns: PROPERTY_RUNS[name] },
  );
  expect(ran).toBe(PROPERTY_RUNS[name]);
}

describe("raising a criterion towards favourable never lowers the result", () => {
  const raise = fc
    .tuple(fourRatings, fc.integer({ min: 0, max: 3 }), rating, rating)
    .map(([base, k, a, b]) => {
      const [lower, higher] = favourOf(a, k) <= favourOf(b, k) ? [a, b] : [b, a];
      const before = base.slice();
      const after = base.slice();
      before[k] = lower;
      after[k] = higher;
      return { before, after };
    });

  test(`potential: Laag < Medium < Hoog (${PROPERTY_RUNS["monotone-potential"]} cases)`, () => {
    check("monotone-potential", raise, ({ before, after }) => {
      expect(RANK[potentialOfArgs(argsOf(after))]).toBeGreaterThanOrEqual(RANK[potentialOfArgs(argsOf(before))]);
    });
  });

  test(`score, with any weights (${PROPERTY_RUNS["monotone-score"]} cases)`, () => {
    check("monotone-score", fc.tuple(raise, weights), ([{ before, after }, w]) => {
      expect(scoreOfArgs(argsOf(after), w)).toBeGreaterThanOrEqual(scoreOfArgs(argsOf(before), w));
    });
  });
});

test(`demand, fit and local are interchangeable (${PROPERTY_RUNS["interchangeable-demand-fit-local"]} cases)`, () => {
  const permutations = [
    [0, 2, 3],
    [0, 3, 2],
    [2, 0, 3],
    [2, 3, 0],
    [3, 0, 2],
    [3, 2, 0],
  ];
  check("interchangeable-demand-fit-local", fc.tuple(fourRatings, fc.constantFrom(...permutations), weights), ([rs, p, w]) => {
    // Positions 0, 2, 3 (demand, fit, local) take the ratings of positions p; weights move along.
    const moved = [rs[p[0]], rs[1], rs[p[1]], rs[p[2]]];
    const movedWeights = new Float64Array([w[p[0]], w[1], w[p[1]], w[p[2]]]);
    expect(potentialOfArgs(argsOf(moved))).toBe(potentialOfArgs(argsOf(rs)));
    const [s, t] = [scoreOfArgs(argsOf(rs), w), scoreOfArgs(argsOf(moved), movedWeights)];
    if (allLevels(rs) && w.every((x) => x === 1)) expect(t).toBe(s);
    else expect(closeScores(s, t)).toBe(true);
  });
});

test(`investment x behaves like demand 6 − x (numbers) or the reversed level (${PROPERTY_RUNS["investment-mirror"]} cases)`, () => {
  check("investment-mirror", fourRatings, (rs) => {
    const [d, i, f, l] = rs;
    // Investment's mirror takes demand's place and demand's mirror takes investment's: the four
    // favourabilities are the same, so the potential and the equal-weight score must be too.
    const swapped = [mirror(i), mirror(d), f, l];
    expect(potentialOfArgs(argsOf(swapped))).toBe(potentialOfArgs(argsOf(rs)));
    const [s, t] = [scoreOfArgs(argsOf(rs)), scoreOfArgs(argsOf(swapped))];
    if (allLevels(rs)) expect(t).toBe(s);
    else expect(closeScores(s, t)).toBe(true);
  });
});

describe("every accepted spelling gives the same result as the canonical word", () => {
  const SPACES = ["", "", "", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000"];
  const space = fc.constantFrom(...SPACES);
  const spelling = fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...LEVELS))
    .chain(([k, level]) => {
      const words = k === 0 && level === "low" ? [...SPECIFIED_SPELLINGS.low, ...DEMAND_ONLY_LOW] : SPECIFIED_SPELLINGS[level];
      return fc.tuple(fc.constant(k), fc.constant(level), fc.constantFrom(...words));
    })
    .chain(([k, level, word]) =>
      fc
        .tuple(fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }), fc.array(space, { minLength: word.length + 1, maxLength: word.length + 1 }))
        .map(([upper, gaps]) => {
          // Any case per letter, any whitespace before, between and after the letters.
          const letters = [...word].map((ch, j) => (upper[j] ? ch.toUpperCase() : ch.toLowerCase()));
          const text = gaps[0] + letters.map((ch, j) => ch + gaps[j + 1]).join("");
          return { k, level, word, text };
        }),
    );

  test(`any case, surrounding and inner whitespace (${PROPERTY_RUNS.spellings} cases)`, () => {
    check("spellings", fc.tuple(spelling, fourRatings), ([{ k, level, text }, rs]) => {
      const canonical = argsOf(rs) as unknown as unknown[];
      canonical[k] = WORD[level];
      const spelled = canonical.slice();
      spelled[k] = text;
      const [c, s] = [canonical as unknown as CriteriaArgs, spelled as unknown as CriteriaArgs];
      expect(potentialOfArgs(s)).toBe(potentialOfArgs(c));
      expect(scoreOfArgs(s)).toBe(scoreOfArgs(c));
      expect(explainOfArgs(s)).toBe(explainOfArgs(c));
    });
  });

  test(`a number typed as text (3.5, 3,5, " 4 ") reads as the number (${PROPERTY_RUNS["numbers-as-text"]} cases)`, () => {
    const asText = fc
      .tuple(scaleNumber, fc.boolean(), space, space)
      .filter(([x]) => /^[0-9]+(\.[0-9]+)?$/.test(String(x)))
      .map(([x, comma, before, after]) => ({ x, text: before + (comma ? String(x).replace(".", ",") : String(x)) + after }));
    check("numbers-as-text", fc.tuple(asText, fc.integer({ min: 0, max: 3 }), fourRatings), ([{ x, text }, k, rs]) => {
      const numeric = argsOf(rs) as unknown as unknown[];
      numeric[k] = x;
      const typed = numeric.slice();
      typed[k] = text;
      expect(scoreOfArgs(typed as unknown as CriteriaArgs)).toBe(scoreOfArgs(numeric as unknown as CriteriaArgs));
      expect(potentialOfArgs(typed as unknown as CriteriaArgs)).toBe(potentialOfArgs(numeric as unknown as CriteriaArgs));
    });
  });
});

/** Cell values of every kind a range can hold: ratings, empties, wrong text, out-of-scale numbers. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: rating.map(cellOf) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", "  ") },
  { weight: 1, arbitrary: fc.constantFrom("banaan", "#N/A", "verzadigd", "hoog!", true, false, "3,5", " 4 ") },
  { weight: 1, arbitrary: fc.oneof(fc.double({ noNaN: false }), fc.constantFrom(0, -0, 0.5, 5.5, 6, NaN, Infinity)) },
);

/** Four arguments of one random shape, each either the whole shape or a single broadcast cell. */
const rangeArgs = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, cols]) => {
    const arg = fc.oneof(
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      cell.map((v) => [[v]]),
    );
    return fc.tuple(fc.constant({ rows, cols }), fc.tuple(arg, arg, arg, arg));
  });

const at = (m: unknown[][], r: number, c: number) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[r][c]);
const comparable = (v: unknown) => (v instanceof CellError ? { code: v.code, message: v.message } : v);
/** Cheap equality for cell results; expect() per cell would dominate the run time. */
function sameCell(actual: unknown, expected: unknown, where: string) {
  const [a, e] = [comparable(actual), comparable(expected)];
  const same = a === e || (typeof a === "object" && typeof e === "object" && JSON.stringify(a) === JSON.stringify(e));
  if (!same) expect({ where, value: a }).toEqual({ where, value: e });
}

test(`the range form gives exactly the per-cell scalar results (${PROPERTY_RUNS["range-equals-cells"]} cases)`, () => {
  check("range-equals-cells", fc.tuple(rangeArgs, weights), ([[shape, ms], w]) => {
    const args = ms as unknown as CriteriaArgs;
    const grids = [potentialGrid(args, "nl", "en", plainError), scoreGrid(args, w, "nl", plainError), explainGrid(args, "en", "nl", plainError)];
    const broadcasts = ms.some((m) => m.length !== 1 || m[0].length !== 1);
    const expectedShape = broadcasts ? shape : { rows: 1, cols: 1 };
    for (const g of grids) {
      if (!g.ok) throw new Error(`unexpected whole-call error: ${g.error.message}`);
      expect([g.values.length, g.values[0].length]).toEqual([expectedShape.rows, expectedShape.cols]);
    }
    for (let r = 0; r < expectedShape.rows; r++) {
      for (let c = 0; c < expectedShape.cols; c++) {
        const one = ms.map((m) => [[at(m, r, c)]]) as unknown as CriteriaArgs;
        const scalar = [potentialGrid(one, "nl", "en", plainError), scoreGrid(one, w, "nl", plainError), explainGrid(one, "en", "nl", plainError)];
        scalar.forEach((s, j) => {
          if (!s.ok || !grids[j].ok) throw new Error("unexpected whole-call error");
          sameCell(grids[j].values[r][c], s.values[0][0], `function ${j}, cell ${r},${c}`);
        });
      }
    }
  });
});

test(`language changes only the label: Hoog↔High, Medium↔Medium, Laag↔Low (${PROPERTY_RUNS["language-only-label"]} cases)`, () => {
  const NL_TO_EN: Record<string, string> = { Hoog: "High", Medium: "Medium", Laag: "Low", "": "" };
  check("language-only-label", rangeArgs, ([, ms]) => {
    const args = ms as unknown as CriteriaArgs;
    // Core: labels in either language, messages fixed — everything but the label is identical.
    const [nl, en] = [potentialGrid(args, "nl", "en", plainError), potentialGrid(args, "en", "en", plainError)];
    if (!nl.ok || !en.ok) throw new Error("unexpected whole-call error");
    nl.values.forEach((row, r) => row.forEach((v, c) => sameCell(en.values[r][c], typeof v === "string" ? NL_TO_EN[v] : v, `cell ${r},${c}`)));
    // As Excel calls it: the language argument also sets the messages' language, so errors keep
    // their code (and cell) while their text may differ.
    const [fnl, fen] = [potential(...(ms as [never, never, never, never]), LanguageChoice.nl), potential(...(ms as [never, never, never, never]), LanguageChoice.en)];
    fnl.forEach((row, r) =>
      row.forEach((v, c) => {
        const w = fen[r][c];
        const ok = v instanceof CustomFunctions.Error ? w instanceof CustomFunctions.Error && w.code === v.code : w === NL_TO_EN[v];
        if (!ok) expect({ cell: [r, c], en: w }).toEqual({ cell: [r, c], en: v instanceof CustomFunctions.Error ? `an error ${v.code}` : NL_TO_EN[v] });
      }),
    );
    // The explanation starts with the same label.
    const [enx, nlx] = [explainGrid(args, "en", "en", plainError), explainGrid(args, "nl", "en", plainError)];
    if (!enx.ok || !nlx.ok) throw new Error("unexpected whole-call error");
    nlx.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string" || v === "") return;
        const head = `${NL_TO_EN[v.split(" — ")[0]]} — `;
        if (!(enx.values[r][c] as string).startsWith(head)) expect(enx.values[r][c]).toMatch(new RegExp(`^${head}`));
      }),
    );
  });
});
