/**
 * Fuzzing SE.POTENTIAL, SE.SCORE and SE.EXPLAIN as Excel calls them, with arguments Excel sends
 * (numbers, text, booleans, empties, 2-D arrays) and some it never sends (ragged or empty arrays,
 * objects), to hold the promise: a function never throws anything but a CustomFunctions.Error
 * with #VALUE! or #N/A and a message, and every error cell in a spill is the same.
 *
 * "Linear time" is checked without clocks: the criterion ranges are wrapped in Proxies that count
 * element reads, and the reads must stay within c · cells + k from 1 to 10,000 cells.
 *
 * A failure prints fast-check's seed and path; rerun with FC_SEED=<seed> to reproduce it.
 */
import fc from "fast-check";
import { explain, potential, score } from "../../src/functions/functions";
import { FUZZ_RUNS, LINEAR_SIZES } from "../support/reliability-figures";

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

type Fn = (d: unknown, i: unknown, f: unknown, l: unknown, opt?: unknown) => unknown;
const FUNCTIONS: Record<keyof typeof FUZZ_RUNS, Fn> = {
  potential: potential as unknown as Fn,
  score: score as unknown as Fn,
  explain: explain as unknown as Fn,
};
const CODES = new Set(["#VALUE!", "#N/A"]);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LABELS = new Set(["Hoog", "Medium", "Laag", "High", "Low"]);

// ---- Cell values -------------------------------------------------------------------------------

const specialNumbers = fc.constantFrom(
  0, -0, 1, 2, 3, 4, 5, 0.9999999999999999, 1 + 2 ** -52, 2 - 2 ** -52, 2 + 2 ** -51, 2.0001, 3.9999, 4 - 2 ** -51,
  4 + 2 ** -50, 5 - 2 ** -50, 5 + 2 ** -50, 6, -1, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324,
  Number.EPSILON, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity,
);
const LONG = 10_000;
const longStrings = fc.constantFrom(
  "x".repeat(LONG),
  "h".repeat(LONG),
  " ".repeat(LONG) + "hoog",
  "hoog" + "\u00a0".repeat(LONG),
  "4".repeat(LONG),
  "1." + "1".repeat(LONG) + "x",
  "1," + "9".repeat(LONG),
  "😀".repeat(LONG / 2),
  "a".repeat(39) + "😀".repeat(LONG / 2),
  "\u0301".repeat(LONG),
  "1,".repeat(LONG / 2) + "x",
  "\u200b".repeat(LONG) + "hoog",
  "#N/A".repeat(LONG / 4),
);
const oddStrings = fc.constantFrom(
  "", " ", "\t", "\r\n", "\u00a0", "\u200b", "\ufeff", "\u200bhoog", "ho\u0301og", "\u202ehoog", "\u202bגבוה\u202c",
  "هوج", "ｈｏｏｇ", "HOOG", "İ", "ß", "ﬁt", "😀", "👩‍👩‍👧", "🇧🇪", "\u0000", "\ud800", "\udfff",
  "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
  "=1+1", "=HYPERLINK(\"http://example.com\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "=cmd|'/c calc'!A1",
  "TRUE", "FALSE", "true", "Waar", "Onwaar", "1e0", "0x4", "4.", ".4", "3,5", "3.5", "3,5,5", "1 000", "+4", "-4", "٤", "４",
  "verzadigd", "saturated", "null", "undefined", "NaN", "Infinity", "__proto__", "constructor", "toString",
  "4.000", "1.234,5", "1,234.5", "0", "00", "0,5", "h\u00adoog", "ho\u2060og", "\u200b\u200b",
);
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("hoog", "medium", "laag", "High", " sterk ", "M", "L", "nee", 1, 2.5, 4, 5) },
  { weight: 3, arbitrary: specialNumbers },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 3, arbitrary: oddStrings },
  { weight: 1, arbitrary: longStrings },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  // Sent by Excel (src/core/cell-value.ts): error cells as runtime errors, data types as their JSON.
  {
    weight: 1,
    arbitrary: fc.constantFrom<() => unknown>(
      () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable),
      () => new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero),
      () => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference),
      () => ({ type: "Error", basicValue: "#SPILL!", errorType: "Spill" }),
      () => ({ type: "Entity", text: "hoog", properties: {} }),
      () => ({ type: "Entity", text: 4 }),
      () => ({ type: "FormattedNumber", basicValue: 4, numberFormat: "0.0" }),
      () => ({ type: "Double", primitive: 2 }),
      () => ({ type: "WebImage", address: "https://example.com/x.png", basicValue: "#VALUE!" }),
    ).map((make) => make()),
  },
  // Never sent by Excel, yet must not escape as an exception either.
  { weight: 1, arbitrary: fc.constantFrom({}, [], [[]], [["hoog"]], new Date(0), Symbol("s"), 4n, () => 4, Object.create(null), new Map()) },
);

// ---- Arguments ---------------------------------------------------------------------------------

const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** A criterion argument: usually the call's shape or a broadcast cell, sometimes malformed. */
const criterion = (rows: number, cols: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: matrix(rows, cols) },
    { weight: 3, arbitrary: matrix(1, 1) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([r, c]) => matrix(r, c)) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom([], [[]], [[], []], [[1, 2], [3]], [[1], [2, 3]], [["hoog"], "laag"], ["hoog", "laag"], null, undefined),
        cellValue, // a bare scalar, as in tests and the pane's preview
        fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 4 }), // possibly ragged or empty
      ),
    },
  );

const language = fc.oneof(
  fc.constantFrom(undefined, null, "", " ", "nl", "en", "EN", "en-US", "nl-BE", "nl_be", "English", "Nederlands", "Vlaams", "fr", "de-DE", "e n"),
  fc.constantFrom(0, 1, NaN, true, false, [["en"]], {}, "x".repeat(LONG), "😀", "\u200ben"),
  fc.string({ maxLength: 8 }),
);

const weightValue = fc.oneof(specialNumbers, fc.double(), fc.integer({ min: -3, max: 10 }), fc.constantFrom(null, undefined, "", "1", true, "x".repeat(LONG)));
const weights = fc.oneof(
  fc.constantFrom(undefined, null, [[null]], [[""]], [[1, 1, 1, 1]], [[1], [1], [1], [1]], [[0, 0, 0, 0]], [[-0, -0, -0, 1]], [], [[]], [[1, 2, 3]], [[1, 2, 3, 4, 5]], [[1, 2], [3, 4]], [[1, 2, 3], [4]], 4, "1,1,1,1"),
  fc.array(weightValue, { minLength: 4, maxLength: 4 }).map((w) => [w]),
  fc.array(weightValue, { minLength: 4, maxLength: 4 }).map((w) => w.map((x) => [x])),
  fc.array(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), { minLength: 4, maxLength: 4 }).map((w) => [w]),
  fc.array(fc.constantFrom(0, 5e-324, 1e-310, Number.MIN_VALUE, Number.MAX_VALUE, 1e308), { minLength: 4, maxLength: 4 }).map((w) => [w]),
);

/** Half the calls are wild; the other half mostly well-formed, so that spills with results and
 * per-cell errors side by side are exercised too, not only whole-call errors. */
const calmCell = fc.oneof({ weight: 12, arbitrary: fc.constantFrom("hoog", "medium", "laag", "High", " sterk ", "M", "L", "nee", 1, 2.5, 4, 5, true) }, { weight: 1, arbitrary: cellValue });
const calmMatrix = (rows: number, cols: number) =>
  fc.array(fc.array(calmCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const calmCriterion = (rows: number, cols: number) => fc.oneof({ weight: 3, arbitrary: calmMatrix(rows, cols) }, { weight: 1, arbitrary: calmMatrix(1, 1) });
const calmOptional = {
  potential: fc.constantFrom(undefined, null, "", "nl", "en", "EN-us"),
  score: fc.constantFrom(undefined, null, [[1, 1, 1, 1]], [[1], [2], [0], [1]], [[0.5, 3, 1e-3, 7]], [[1e308, 1e308, 1e308, 1e308]]),
  explain: fc.constantFrom(undefined, null, "", "nl", "en", "English"),
};

const call = (name: keyof typeof FUZZ_RUNS, wild: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.boolean()).chain(([rows, cols, calm]) => {
    const arg = calm ? calmCriterion : criterion;
    return fc.tuple(arg(rows, cols), arg(rows, cols), arg(rows, cols), arg(rows, cols), calm ? calmOptional[name] : wild);
  });

// ---- Oracle ------------------------------------------------------------------------------------

/** The shape Excel's broadcasting gives, written independently of src/core/shape.ts. */
function expectedShape(args: readonly unknown[]): { rows: number; cols: number } | null {
  let target: { rows: number; cols: number } | null = null;
  for (const a of args) {
    const m = Array.isArray(a) ? a : [[a]];
    if (m.length === 0 || !m.every((row) => Array.isArray(row) && row.length === (m[0] as unknown[]).length) || (m[0] as unknown[]).length === 0) return null;
    const s = { rows: m.length, cols: (m[0] as unknown[]).length };
    if (s.rows === 1 && s.cols === 1) continue;
    if (target && (target.rows !== s.rows || target.cols !== s.cols)) return null;
    target = target ?? s;
  }
  return target ?? { rows: 1, cols: 1 };
}

/** Whether any text in the arguments already holds a lone surrogate (which a message may echo). */
function hasLoneSurrogate(v: unknown): boolean {
  if (typeof v === "string") return LONE_SURROGATE.test(v);
  return Array.isArray(v) && v.some(hasLoneSurrogate);
}

/** Why a value is not an acceptable Excel error, or null when it is one. */
function badError(e: unknown, wellFormedInput: boolean): string | null {
  if (!(e instanceof CustomFunctions.Error)) return `not a CustomFunctions.Error: ${String(e)}`;
  if (!CODES.has(e.code)) return `code ${e.code}`;
  if (typeof e.message !== "string" || e.message.trim() === "") return "empty message";
  if (wellFormedInput && LONE_SURROGATE.test(e.message)) return "message with half an emoji";
  return null;
}

/** Why a non-error result cell is wrong for the function, or null. */
function badValue(name: keyof typeof FUNCTIONS, v: unknown): string | null {
  if (v === "") return null;
  if (name === "potential") return LABELS.has(v as string) ? null : `label ${String(v)}`;
  if (name === "score") return typeof v === "number" && v >= 0 && v <= 100 ? null : `score ${String(v)}`;
  return typeof v === "string" && LABELS.has(v.split(" — ")[0]) && v.endsWith(".") ? null : `explanation ${String(v)}`;
}

const stats = { threw: 0, cells: 0, errorCells: 0 };

/** Applies a function to generated arguments and returns what is wrong with the outcome. */
/** Error codes a result cell may hold as they came in (src/core/cell-value.ts). */
const RETURNABLE = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!"];

/** The error values among the arguments (cells of up to two levels of arrays). */
function inputErrors(value: unknown, found = new Set<unknown>(), depth = 0): Set<unknown> {
  if (value instanceof CustomFunctions.Error) found.add(value);
  else if (Array.isArray(value) && depth < 3) for (const v of value) inputErrors(v, found, depth + 1);
  return found;
}

function problems(name: keyof typeof FUNCTIONS, args: readonly unknown[]): string[] {
  const [d, i, f, l, opt] = args;
  const wellFormed = !hasLoneSurrogate(args);
  // An error cell may come back as it is, like Excel's own functions pass it on: in a result cell
  // whose own criteria (after broadcasting) hold an error of that code, or as the whole result of
  // SE.SCORE when it is among the weights; nowhere else.
  const returnable = (v: unknown) => v instanceof CustomFunctions.Error && RETURNABLE.includes(v.code);
  const criterionCell = (a: unknown, r: number, c: number): unknown => {
    if (!Array.isArray(a)) return a;
    const one = a.length === 1 && Array.isArray(a[0]) && a[0].length === 1;
    return one ? a[0][0] : Array.isArray(a[r]) ? a[r][c] : undefined;
  };
  // Identical errors share one value within a call, so the cell may hold another input error
  // object of the same code than its own criteria do.
  const inputs = inputErrors(args);
  const passedOnAt = (v: unknown, r: number, c: number) =>
    returnable(v) &&
    inputs.has(v) &&
    [d, i, f, l].some((a) => {
      const own = criterionCell(a, r, c);
      return returnable(own) && (own as CustomFunctions.Error).code === (v as CustomFunctions.Error).code;
    });
  const thrownOn = (e: unknown) => returnable(e) && name === "score" && inputErrors(opt).has(e);
  let result: unknown;
  try {
    result = FUNCTIONS[name](d, i, f, l, opt);
  } catch (e) {
    stats.threw++;
    const bad = thrownOn(e) ? null : badError(e, wellFormed);
    return bad ? [`threw ${bad}`] : [];
  }
  const shape = expectedShape(args.slice(0, 4));
  if (shape === null) return ["returned a grid for shapes that cannot be matched"];
  if (!Array.isArray(result) || result.length !== shape.rows) return [`rows: expected ${shape.rows}`];
  const out: string[] = [];
  result.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== shape.cols) out.push(`row ${r}: expected ${shape.cols} columns`);
    else
      row.forEach((v, c) => {
        stats.cells++;
        const isError = v instanceof Error || (typeof v === "object" && v !== null);
        if (isError) stats.errorCells++;
        const bad = isError ? (passedOnAt(v, r, c) ? null : badError(v, wellFormed)) : badValue(name, v);
        if (bad) out.push(`cell ${r},${c}: ${bad}`);
      });
  });
  return out;
}

// ---- Fuzzing -----------------------------------------------------------------------------------

const OPTIONAL = { potential: language, score: weights, explain: language };

describe.each(Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[])("SE.%s under random arguments", (name) => {
  test(`${FUZZ_RUNS[name]} calls: only #VALUE!/#N/A with a message or an error cell passed on, in the broadcast shape`, () => {
    let ran = 0;
    Object.assign(stats, { threw: 0, cells: 0, errorCells: 0 });
    fc.assert(
      fc.property(call(name, OPTIONAL[name]), (args) => {
        ran++;
        const found = problems(name, args);
        if (found.length > 0) throw new Error(found.slice(0, 5).join("; "));
      }),
      { numRuns: FUZZ_RUNS[name] },
    );
    expect(ran).toBe(FUZZ_RUNS[name]);
    console.log(`SE.${name}: ${ran} calls, ${stats.threw} whole-call errors, ${stats.cells} result cells of which ${stats.errorCells} error cells`);
    // The generator must reach all outcomes, or the test would prove little.
    expect(stats.threw).toBeGreaterThan(ran / 50);
    expect(ran - stats.threw).toBeGreaterThan(ran / 2);
    expect(stats.errorCells).toBeGreaterThan(ran / 10);
    expect(stats.cells - stats.errorCells).toBeGreaterThan(ran / 10);
  });
});

// ---- Linear reads ------------------------------------------------------------------------------

/** Wraps a 2-D array and each of its rows in Proxies that count every property read. */
function counted(m: unknown[][], counter: { reads: number }): unknown[][] {
  const trap: ProxyHandler<unknown[]> = {
    get(target, key, receiver) {
      counter.reads++;
      return Reflect.get(target, key, receiver);
    },
  };
  return new Proxy(
    m.map((row) => new Proxy(row, trap)),
    trap,
  ) as unknown[][];
}

type Shape = { rows: number; cols: number };
/** Each size as a column, a row and (for squares) a square, so per-row and per-column rescans
 * would both show as more than linear. */
const SHAPES: Shape[] = LINEAR_SIZES.flatMap((n) => {
  const side = Math.sqrt(n);
  const shapes = [{ rows: n, cols: 1 }, { rows: 1, cols: n }];
  return Number.isInteger(side) && side > 1 ? [...shapes, { rows: side, cols: side }] : n === 1 ? shapes.slice(0, 1) : shapes;
});
const fill = ({ rows, cols }: Shape, value: (k: number) => unknown) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => value(r * cols + c)));

/** Input mixes: every row valid, every row invalid, rows with a criterion missing, broadcasting. */
const MIXES: Record<string, (s: Shape) => unknown[][][]> = {
  valid: (s) => [0, 1, 2, 3].map((j) => fill(s, (k) => ["hoog", "laag", 3, 4.5, "Medium"][(k + j) % 5])),
  invalid: (s) => [0, 1, 2, 3].map((j) => fill(s, (k) => (j === 3 ? "x".repeat(1 + (k % 3)) : 9))),
  missing: (s) => [0, 1, 2, 3].map((j) => fill(s, (k) => ((k + j) % 2 === 0 ? null : "hoog"))),
  broadcast: (s) => [fill(s, (k) => (k % 2 ? "hoog" : 2)), [["laag"]], [["hoog"]], [[5]]],
};

describe("reads of the input grow linearly with the number of cells", () => {
  const C = 24; // reads per cell allowed over all four arguments (about 18 measured)
  const K = 64; // fixed reads: lengths, shapes, the broadcast cells
  const rows: string[] = [];
  afterAll(() => console.log(`reads per call (cells → reads):\n${rows.join("\n")}`));

  test.each(Object.keys(FUNCTIONS).flatMap((name) => Object.keys(MIXES).map((mix) => [name, mix] as const)))("SE.%s, %s rows", (name, mix) => {
    const per: string[] = [];
    for (const shape of SHAPES) {
      const n = shape.rows * shape.cols;
      const counter = { reads: 0 };
      const args = MIXES[mix](shape).map((m) => counted(m as unknown[][], counter));
      const out = FUNCTIONS[name as keyof typeof FUNCTIONS](...(args as [unknown, unknown, unknown, unknown]), undefined) as unknown[][];
      expect(out.length * out[0].length).toBe(n);
      expect(counter.reads).toBeLessThanOrEqual(C * n + K);
      per.push(`${shape.rows}×${shape.cols}→${counter.reads}`);
    }
    rows.push(`  ${name} ${mix}: ${per.join(", ")}`);
  });

  test("the counting itself would catch a quadratic walk", () => {
    // A walk that re-reads every row per cell, as a shape check inside the loop would.
    const counter = { reads: 0 };
    const m = counted(fill({ rows: 100, cols: 100 }, () => "hoog"), counter);
    for (let r = 0; r < m.length; r++) for (let c = 0; c < m[r].length; c++) for (let q = 0; q < m.length; q++) void m[q].length;
    expect(counter.reads).toBeGreaterThan(C * 10_000 + K);
  });
});
