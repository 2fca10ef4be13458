// Timing helpers shared by the bench sections.

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Before each timed run, when the process has --expose-gc: a minor GC (scavenge), so every run
 * starts with an empty young generation. With a young generation larger than one run allocates
 * (scoring-child runs with --min-semi-space-size), no run is then interrupted by a scavenge whose
 * cost depends on where it happens to fall: the timings compare code, not GC timing. Both sides
 * of a pair allocate the same rows, so leaving the GC out leaves out the same cost from each.
 */
const settle = typeof globalThis.gc === "function" ? () => globalThis.gc({ type: "minor" }) : () => {};

function time(fn, before = settle) {
  before();
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Median wall time (ms) of `fn` over `runs` timed runs after `warmup` untimed ones (JIT, caches). */
export function measure(fn, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(time(fn));
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}

/**
 * `fn` and its baseline timed alternately, so that load from other processes on the machine
 * weighs on both alike; the ratio is the median of the per-pair ratios, which is steadier on a
 * busy CI runner than the ratio of two medians. No forced full GC between runs by default: on a
 * loaded machine the concurrent sweeping it starts slows whatever runs next, the baseline most of
 * all. `before` replaces the minor GC before each timed run (lookups.mjs: a full collection).
 */
export function measurePaired(fn, baseline, { runs, warmup, before = settle }) {
  for (let i = 0; i < warmup; i++) {
    baseline();
    fn();
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first: both allocate, and a scavenge started by one lands in the next.
    if (i % 2 === 0) {
      b.push(time(baseline, before));
      a.push(time(fn, before));
    } else {
      a.push(time(fn, before));
      b.push(time(baseline, before));
    }
  }
  const ratios = a.map((x, i) => x / b[i]);
  return { median: median(a), baselineMedian: median(b), ratio: median(ratios), ratios: ratios.map((r) => Math.round(r * 100) / 100), runs };
}
