// Lookups over ranges and on hostile cells, as Excel calls them: the production functions.js in a
// fresh Node process (like scoring-child.mjs).
//   - ratio: SE.TREND, SE.OPPORTUNITY, SE.THREAT and SE.FIGURE over a 100,000-row column of ids,
//     each timed alternately with a loop that returns the same shape (one row array per cell)
//     from a Map prepared beforehand with the same answers; budget ≤ 2×.
//   - worst time of one call whose id, field or language is a 32,767-character adversarial text
//     (runs of digits, zeros, spaces, separators, then a wrong last character).
// Usage as a section: benchLookups(outDir, reps). As the child: node lookups.mjs <outDir> '<reps>'.
import { execFileSync } from "node:child_process";
import { loadFunctions } from "./functions-runtime.mjs";
import { measure, measurePaired } from "./measure.mjs";

export const LOOKUP_ROWS = 100_000;
export const LOOKUP_RATIO_BUDGET = 2;
const EXCEL_MAX = 32_767;

const self = new URL(import.meta.url).pathname;

export function benchLookups(outDir, reps) {
  // The scoring children's flags (docs/PERFORMANCE.md, "GC and the children's V8 flags"): a young
  // generation large enough for one call's 100,000 result rows, a collection before every timed
  // call, no pretenuring decided per process: the ratio then compares the two loops, not the GC.
  const flags = ["--expose-gc", "--min-semi-space-size=64", "--max-semi-space-size=64", "--no-allocation-site-pretenuring"];
  const out = execFileSync(process.execPath, [...flags, self, outDir, JSON.stringify(reps)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 << 20,
  });
  return JSON.parse(out);
}

/** The same-shape floor: one Map read per cell from a map prepared before the timing. */
function mapLoop(ids, answers) {
  const n = ids.length;
  const out = new Array(n);
  for (let r = 0; r < n; r++) out[r] = [answers.get(ids[r][0])];
  return out;
}

function adversarial(prefix, run, last) {
  const body = EXCEL_MAX - prefix.length - last.length;
  return prefix + run.repeat(Math.ceil(body / run.length)).slice(0, body) + last;
}

function child(outDir, reps) {
  const fns = loadFunctions(outDir);
  const cases = [
    { name: "TREND", ids: [1, 2, 3, 4, 5, 6], field: "title", language: "en" },
    { name: "OPPORTUNITY", ids: [1, 2, 3, 4, 5], field: "potential", language: "nl" },
    { name: "THREAT", ids: [1, 2, 3, 4, 5], field: "description", language: "en" },
    { name: "FIGURE", ids: ["care_budget_share", "care_jobs_ten_years", "green_departments"], field: "value", language: "nl" },
  ];
  const prepared = cases.map((c) => {
    const fn = fns.get(c.name);
    // Through JSON, like the values Excel hands over: fresh strings, not the script's literals.
    const column = JSON.parse(JSON.stringify(Array.from({ length: LOOKUP_ROWS }, (_, i) => [c.ids[i % c.ids.length]])));
    const answers = new Map(c.ids.map((id) => [id, fn([[id]], c.field, c.language)[0][0]]));
    const sample = fn(column, c.field, c.language);
    if (sample.length !== LOOKUP_ROWS || sample.some((row, i) => row[0] !== answers.get(column[i][0]))) throw new Error(`${c.name}: wrong answers`);
    return { c, run: () => fn(column, c.field, c.language), floor: () => mapLoop(column, answers) };
  });
  // Every function and the floor run before any is timed: the four share their lookup code, so the
  // first one timed would otherwise pay for that code's optimisation (and the others' type feedback).
  for (let i = 0; i < reps.warmup; i++) {
    for (const p of prepared) {
      p.run();
      p.floor();
    }
  }
  const ranges = {};
  for (const { c, run, floor } of prepared) {
    // A full collection before each timed call, not only the minor one measure.mjs makes by default.
    const m = measurePaired(run, floor, { ...reps, before: () => globalThis.gc() });
    ranges[c.name] = { medianMs: m.median, mapLoopMs: m.baselineMedian, ratioToMapLoop: m.ratio };
  }

  const texts = [];
  for (const prefix of ["", "T", "TH-"]) for (const run of ["1", "0", " ", "-", "0.", "1,"]) for (const last of ["x", "!"]) texts.push(adversarial(prefix, run, last));
  const calls = [];
  for (const c of cases) {
    const fn = fns.get(c.name);
    calls.push([`${c.name} id`, (s) => fn([[s]], c.field, c.language)]);
    calls.push([`${c.name} field`, (s) => fn([[c.ids[0]]], s, c.language)]);
    calls.push([`${c.name} language`, (s) => fn([[c.ids[0]]], c.field, s)]);
  }
  let worst = { ms: 0, call: "" };
  for (const [name, call] of calls) {
    for (const s of texts) {
      const t = measure(() => call(s), { runs: 3, warmup: 1 });
      if (t.median > worst.ms) worst = { ms: t.median, call: `${name}: ${JSON.stringify(s.slice(0, 6))}…${JSON.stringify(s.slice(-1))}` };
    }
  }
  return { rows: LOOKUP_ROWS, ranges, adversarial: { calls: calls.length * texts.length, worstMsPerCall: worst.ms, worstCall: worst.call } };
}

if (process.argv[1] === self) {
  const [outDir, reps] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(child(outDir, JSON.parse(reps))));
}
