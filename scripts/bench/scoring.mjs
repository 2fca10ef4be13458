// Range scoring throughput of SE.POTENTIAL and SE.SCORE as Excel calls them (2-D arrays, one
// call per range), against a bare loop doing only the threshold comparisons on the same arrays.
import { measure, measurePaired } from "./measure.mjs";

export const ROWS = 100_000;

/** Deterministic, so every run and machine scores the same cells. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = [1, 1.5, 2, 2.25, 2.5, 3, 3.5, 3.75, 4, 4.5, 5];
// A spread of the accepted spellings of every level (see src/core/rating.ts), not only the short ones.
const SPELLINGS = ["hoog", "groot", "sterk", "veel", "high", "strong", "medium", "gemiddeld", "matig", "average", "laag", "klein", "zwak", "geen", "low", "weak"];
const INVALID = ["x", "onbekend", "n.v.t.", 0, 7, -1];

function textVariant(rand) {
  const s = SPELLINGS[Math.floor(rand() * SPELLINGS.length)];
  const v = rand();
  // Mostly the casings people type; a few need the normalising path (stray spaces, odd case).
  if (v < 0.4) return s;
  if (v < 0.7) return s[0].toUpperCase() + s.slice(1);
  if (v < 0.98) return s.toUpperCase();
  return v < 0.99 ? ` ${s} ` : s[0] + s.slice(1).toUpperCase();
}

const GENERATORS = {
  numeric: (rand) => NUMBERS[Math.floor(rand() * NUMBERS.length)],
  text: textVariant,
  mixed: (rand) => (rand() < 0.01 ? INVALID[Math.floor(rand() * INVALID.length)] : rand() < 0.5 ? NUMBERS[Math.floor(rand() * NUMBERS.length)] : textVariant(rand)),
};

/**
 * Four ROWS×1 arguments. They go through JSON like the values Excel hands to the runtime, so
 * strings are fresh heap strings rather than the script's interned literals.
 */
export function makeArgs(kind, rows = ROWS) {
  const rand = prng(0x5e + kind.length);
  const cols = [0, 1, 2, 3].map(() => Array.from({ length: rows }, () => [GENERATORS[kind](rand)]));
  return JSON.parse(JSON.stringify(cols));
}

/**
 * The floor any implementation pays: read the four values of a row, compare them against the
 * scale's thresholds (investment reversed) and produce a level. No validation, no result grid.
 */
export function bareLoop(d, inv, fit, loc, out) {
  const n = d.length;
  for (let r = 0; r < n; r++) {
    const a = d[r][0];
    const b = inv[r][0];
    const c = fit[r][0];
    const e = loc[r][0];
    let fav = 0;
    let unf = 0;
    if (a >= 4) fav++;
    else if (a <= 2) unf++;
    if (b <= 2) fav++;
    else if (b >= 4) unf++;
    if (c >= 4) fav++;
    else if (c <= 2) unf++;
    if (e >= 4) fav++;
    else if (e <= 2) unf++;
    out[r] = fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1;
  }
  return out;
}

/**
 * The same comparisons without branches (as the core now counts): about 2.5× faster than the
 * plain loop on random ratings, which mispredict half the branches. The tightest floor; reported
 * for context, not checked.
 */
export function tightLoop(d, inv, fit, loc, out) {
  const n = d.length;
  for (let r = 0; r < n; r++) {
    const a = d[r][0];
    const b = inv[r][0];
    const c = fit[r][0];
    const e = loc[r][0];
    const fav = +(a >= 4) + +(b <= 2) + +(c >= 4) + +(e >= 4);
    const unf = +(a <= 2) + +(b >= 4) + +(c <= 2) + +(e <= 2);
    out[r] = fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1;
  }
  return out;
}

const LABELS = ["Laag", "Medium", "Hoog"];

/** The tight loop returning what Excel needs (one row array per cell): the floor for any implementation. */
export function tightRows(d, inv, fit, loc) {
  const n = d.length;
  const out = new Array(n);
  for (let r = 0; r < n; r++) {
    const a = d[r][0];
    const b = inv[r][0];
    const c = fit[r][0];
    const e = loc[r][0];
    const fav = +(a >= 4) + +(b <= 2) + +(c >= 4) + +(e >= 4);
    const unf = +(a <= 2) + +(b >= 4) + +(c <= 2) + +(e <= 2);
    out[r] = [LABELS[fav === 4 ? 2 : fav === 0 && unf > 0 ? 0 : 1]];
  }
  return out;
}

/** Rows with an error result, to show the invalid share really reaches the functions. */
function errorRows(result) {
  let n = 0;
  for (const row of result) if (typeof row[0] === "object" && row[0] !== null) n++;
  return n;
}

/**
 * Times both functions over one kind of input, each run paired with the bare loop over the
 * numeric arrays. `after` lists kinds the runtime has to see first: V8 specialises the walk to
 * the value types it has met, so numbers after text measure a workbook that holds both.
 */
export function benchScoring(fns, kind, { runs, warmup }, after = []) {
  const results = {};
  const numeric = makeArgs("numeric");
  const args = kind === "numeric" ? numeric : makeArgs(kind);
  const levels = new Uint8Array(ROWS);
  const bare = () => bareLoop(...numeric, levels);
  // The shared runtime lives as long as the workbook: let the heap and the JIT settle first
  // (V8 grows the young generation with use), so that no case pays for it in its timings.
  for (const k of [...after, kind]) {
    const warm = k === kind ? args : makeArgs(k);
    for (let i = 0; i < 5; i++) for (const name of ["potential", "score"]) fns[name](...warm);
  }
  if (kind === "numeric" && after.length === 0) {
    // Context for the ratio: how far below the plain loop the floors are.
    for (const [name, fn] of [
      ["tightLoop", () => tightLoop(...numeric, levels)],
      ["tightRows", () => tightRows(...numeric)],
    ]) {
      const m = measurePaired(fn, bare, { runs, warmup });
      results[name] = { medianMs: m.median, rowsPerSec: ROWS / (m.median / 1000), ratioToBareLoop: m.ratio };
    }
  }
  for (const name of ["potential", "score"]) {
    const fn = fns[name];
    const sample = fn(...args);
    if (sample.length !== ROWS) throw new Error(`${name}/${kind}: expected ${ROWS} rows, got ${sample.length}`);
    const m = measurePaired(() => fn(...args), bare, { runs, warmup });
    results[name] = {
      medianMs: m.median,
      rowsPerSec: ROWS / (m.median / 1000),
      bareLoopMs: m.baselineMedian,
      bareLoopRowsPerSec: ROWS / (m.baselineMedian / 1000),
      // Against the bare loop over the numeric arrays, timed alternately with this case.
      ratioToBareLoop: m.ratio,
      errorRows: errorRows(sample),
    };
  }
  return results;
}

/** Per-call cost of 1×1 calls, as when a formula is filled down one cell per row. */
export function benchScalar(fns, { runs, warmup }) {
  const CALLS = 100_000;
  const pool = JSON.parse(
    JSON.stringify(
      Array.from({ length: 1024 }, (_, i) => {
        const rand = prng(i + 1);
        const gen = i % 2 ? GENERATORS.numeric : GENERATORS.text;
        return [0, 1, 2, 3].map(() => [[gen(rand)]]);
      }),
    ),
  );
  const out = {};
  for (const name of ["potential", "score"]) {
    const fn = fns[name];
    let sink = 0;
    const m = measure(
      () => {
        for (let i = 0; i < CALLS; i++) {
          const a = pool[i & 1023];
          sink += fn(a[0], a[1], a[2], a[3]).length;
        }
      },
      { runs, warmup },
    );
    if (sink === 0) throw new Error("scalar calls returned nothing");
    out[name] = { nsPerCall: (m.median * 1e6) / CALLS };
  }
  return out;
}
