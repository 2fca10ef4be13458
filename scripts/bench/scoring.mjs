// Range scoring throughput of SE.POTENTIAL and SE.SCORE as Excel calls them (2-D arrays, one
// call per range), against a same-shape floor over the same input (FLOORS: what any
// implementation must do to return Excel's shape), with the old bare loop kept as context.
import { measure, measurePaired } from "./measure.mjs";
import { COLUMN_CASES, COLUMN_ROWS, FLOORS, GENERATORS, ROWS, bareLoop, columnArgs, makeArgs, prng, tightLoop, tightRows } from "./scoring-inputs.mjs";

/** Rows with an error result, to show the invalid share really reaches the functions. */
function errorRows(result) {
  let n = 0;
  for (const row of result) if (typeof row[0] === "object" && row[0] !== null) n++;
  return n;
}

/**
 * Times both functions over one kind of input. Each run is paired with the same-shape floor
 * over the same input (the ratio CI checks) and with the old bare loop over the numeric arrays
 * (context). `after` lists kinds the runtime has to see first: V8 specialises code to the value
 * types it has met, so numbers after text measure a workbook that holds both. The floor itself
 * never sees another kind than the one it is timed against.
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
  for (const name of ["potential", "score"]) {
    const floor = FLOORS[name][kind];
    for (let i = 0; i < 5; i++) floor(...args);
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
    const floor = FLOORS[name][kind];
    const sample = fn(...args);
    if (sample.length !== ROWS) throw new Error(`${name}/${kind}: expected ${ROWS} rows, got ${sample.length}`);
    const m = measurePaired(() => fn(...args), () => floor(...args), { runs, warmup });
    const old = measurePaired(() => fn(...args), bare, { runs: Math.max(3, runs >> 1), warmup: 1 });
    results[name] = {
      medianMs: m.median,
      rowsPerSec: ROWS / (m.median / 1000),
      floorMs: m.baselineMedian,
      floorRowsPerSec: ROWS / (m.baselineMedian / 1000),
      // Against the same-shape floor over the same input, timed alternately with this case.
      ratioToFloor: m.ratio,
      pairRatios: m.ratios,
      bareLoopMs: old.baselineMedian,
      bareLoopRowsPerSec: ROWS / (old.baselineMedian / 1000),
      // Against the old bare loop (numeric arrays, Uint8Array out): context only.
      ratioToBareLoop: old.ratio,
      errorRows: errorRows(sample),
    };
  }
  return results;
}

/**
 * Per-call cost of 1×1 calls, as when a formula is filled down one cell per row: numeric and
 * text ratings apart (each in a pool of 1,024 argument sets, so no call repeats the last).
 */
export function benchScalar(fns, { runs, warmup }) {
  const CALLS = 100_000;
  const pool = (gen, seed) =>
    JSON.parse(JSON.stringify(Array.from({ length: 1024 }, (_, i) => {
      const rand = prng(seed + i);
      return [0, 1, 2, 3].map(() => [[gen(rand)]]);
    })));
  const pools = { numeric: pool(GENERATORS.numeric, 1), text: pool(GENERATORS.text, 5000) };
  const out = {};
  // A shared runtime has met both kinds: warm both before timing either.
  for (const p of [pools.text, pools.numeric]) for (let i = 0; i < 3 * 1024; i++) for (const name of ["potential", "score"]) fns[name](...p[i & 1023]);
  for (const kind of ["numeric", "text"]) {
    for (const name of ["potential", "score"]) {
      const fn = fns[name];
      const p = pools[kind];
      let sink = 0;
      const m = measure(
        () => {
          for (let i = 0; i < CALLS; i++) {
            const a = p[i & 1023];
            sink += fn(a[0], a[1], a[2], a[3]).length;
          }
        },
        { runs, warmup },
      );
      if (sink === 0) throw new Error("scalar calls returned nothing");
      out[`${name}_${kind}`] = { nsPerCall: (m.median * 1e6) / CALLS };
    }
  }
  return out;
}

/**
 * 1,048,576-row arguments (whole columns), one case at a time: the median time of a call and
 * the heap its result keeps alive (measured with forced GCs before and after; needs
 * --expose-gc). Cases run in this order in one process, so the runtime has met them all.
 */
export function benchColumns(fns, { runs }) {
  if (typeof globalThis.gc !== "function") throw new Error("benchColumns needs node --expose-gc");
  const out = { potential: {}, score: {} };
  for (const name of Object.keys(COLUMN_CASES)) {
    let args = columnArgs(name);
    for (const fn of ["potential", "score"]) {
      const f = fns[fn];
      f(...args); // warm-up
      globalThis.gc();
      const before = process.memoryUsage().heapUsed;
      let kept = f(...args);
      globalThis.gc();
      const heapBytes = process.memoryUsage().heapUsed - before;
      if (kept.length !== COLUMN_ROWS) throw new Error(`${fn}/${name}: expected ${COLUMN_ROWS} rows`);
      const errors = errorRows(kept);
      kept = null;
      const m = measure(() => f(...args), { runs, warmup: 0 });
      out[fn][name] = { ms: m.median, heapBytes, errorRows: errors };
    }
    args = null;
    globalThis.gc();
  }
  return out;
}
