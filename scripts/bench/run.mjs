#!/usr/bin/env node
// npm run bench [-- --ci] [-- --install] [-- --only=scoring,bundle,startup,lookups,parsers,import,install] [-- --strict]
//
// Builds the current sources for production into a temporary folder, measures them,
// prints a table and writes bench/results.json. Exit code 1 when a deterministic budget is
// exceeded (bundle, import) or a ratio to the in-run baseline is (scoring). Absolute
// throughputs and timings depend on the machine: printed against their targets, never failed
// on, unless --strict.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildProduction, root } from "./build.mjs";
import { BEFORE_ASSOCIATION_BUDGET, benchBundle } from "./bundle.mjs";
import { benchImport, IMPORT_BUDGETS, importRuns, printImportTable } from "./import.mjs";
import { benchInstall } from "./install.mjs";
import { benchLookups, LOOKUP_RATIO_BUDGET } from "./lookups.mjs";
import { benchParsers, PARSER_BUDGETS } from "./parsers.mjs";
import { kB, M, machine, printChecks } from "./report.mjs";

const argv = process.argv.slice(2);
const ci = argv.includes("--ci") || process.env.CI_BENCH === "1";
const strict = argv.includes("--strict");
const install = argv.includes("--install") || process.env.BENCH_INSTALL === "1";
const only = argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const wanted = (section) => (only ? only.includes(section) : section !== "install" || install);

// The scoring pairs are cheap (a few ms each): CI takes as many as the full run, so the median
// pair ratio it checks is as steady as the one reported.
const REPS = ci
  ? { scoring: { runs: 15, warmup: 5 }, scalar: { runs: 5, warmup: 1 }, columns: { runs: 3 }, startup: { loads: 10, warmup: 1 } }
  : { scoring: { runs: 15, warmup: 5 }, scalar: { runs: 7, warmup: 2 }, columns: { runs: 5 }, startup: { loads: 10, warmup: 2 } };

/** Forbidden in functions.js: the page would wait for them before Excel can calculate. */
const HEAVY_PACKAGES = ["zod", "exceljs", "core-js", "core-js-pure", "regenerator-runtime", "office-addin-mock", "fast-check", "xml2js"];
const TARGETS = { numericRowsPerSec: 10e6, textRowsPerSec: 3e6, startupMs: 300 };
/**
 * Ratios to the same-shape floor over the same input (FLOORS in scripts/bench/scoring-inputs.mjs), all
 * enforced (a miss is measured again in a fresh process first). The scalar time is absolute and
 * only reported; see docs/PERFORMANCE.md for what CI enforces and why.
 */
const FLOOR_RATIOS = { numeric: 1.5, numericAfterText: 1.5, text: 2, mixed: 3 };
const SCALAR_NUMERIC_NS = 150;
/** Start-up over the blank page that loads office.js alone, same run, median of 10 pairs. */
const STARTUP_OVER_BLANK = { associatedMs: 50, interactiveMs: 120 };
/** A whole column (1,048,576 rows) mostly empty, all invalid or half missing, against valid ratings. */
const COLUMN_RATIO = 2;

/**
 * V8 flags of the scoring children. Both sides of every timed pair allocate one row per cell
 * (100,000 rows, ≈ 6 MB), so what the pair compares can drown in two GC effects that have
 * nothing to do with the code: where a scavenge falls (measure.mjs runs a minor GC before each
 * timed run, and a 64 MB young generation lets no run be interrupted), and allocation-site
 * pretenuring, which V8 decides per site from survival statistics and which flips a whole
 * process between two speeds for either loop independently (measured here: 0.44×–2.7× for the
 * same code). With these flags five processes in a row agree within ±0.05.
 */
const SCORING_FLAGS = ["--expose-gc", "--min-semi-space-size=64", "--max-semi-space-size=64", "--no-allocation-site-pretenuring"];

/** One case of the scoring section, in a fresh Node process (see scoring-child.mjs). */
function runScoring(outDir, task, nodeFlags = SCORING_FLAGS) {
  const child = path.join(path.dirname(new URL(import.meta.url).pathname), "scoring-child.mjs");
  const out = execFileSync(process.execPath, [...nodeFlags, child, outDir, JSON.stringify(task)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 << 20,
  });
  return JSON.parse(out);
}

/**
 * A measurement run again in a fresh process while its worst ratio misses the limit, up to three
 * attempts: one process's timings depend on its heap state (both loops allocate 100,000 result
 * rows), and a slow outlier should not fail CI. The budget never moves; a real regression misses
 * every attempt.
 */
function untilWithin(label, limit, measureOnce, worstOf, baseline) {
  const attempts = [];
  let best = null;
  for (let i = 0; i < 3; i++) {
    const run = measureOnce();
    const worst = worstOf(run);
    attempts.push(Math.round(worst * 100) / 100);
    if (!best || worst < best.worst) best = { run, worst };
    if (worst <= limit) break;
    if (i < 2) console.log(`  ${label}: ${worst.toFixed(2)}× ${baseline}, over ${limit}×: measuring again in a fresh process`);
  }
  return { ...best.run, attempts };
}

function runFloorCase(outDir, label, kind, after, limit) {
  const worstOf = (run) => Math.max(run.potential.ratioToFloor, run.score.ratioToFloor);
  return untilWithin(label, limit, () => runScoring(outDir, { kind, after, reps: REPS.scoring }), worstOf, "the same-shape floor");
}

const benchDir = path.dirname(new URL(import.meta.url).pathname);

const results = { date: new Date().toISOString(), mode: ci ? "ci" : "full", machine: machine() };
const checks = [];
/** kind: "budget" and "ratio" fail the run; "target" only with --strict; "watch" never (shown as a miss). */
function check(name, kind, value, target, pass, shown, targetText) {
  checks.push({ name, kind, value, target, pass, shown, ...(targetText ? { targetText } : {}) });
}

const ms = (x) => `${x.toFixed(0)} ms`;

let outDir = null;
try {
  if (["scoring", "bundle", "startup", "lookups"].some(wanted)) {
    process.stdout.write("building for production… ");
    const t = performance.now();
    const built = await buildProduction();
    outDir = built.outDir;
    console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
    if (wanted("bundle")) {
      const b = benchBundle(outDir, built.stats);
      results.bundle = b;
      check("before association, gzip (html with its styles + functions.js)", "budget", b.beforeAssociation.gzip, BEFORE_ASSOCIATION_BUDGET, b.beforeAssociation.gzip <= BEFORE_ASSOCIATION_BUDGET, `${kB(b.beforeAssociation.gzip)} (raw ${kB(b.beforeAssociation.raw)})`);
      const heavy = b.functionsPackages.filter((p) => HEAVY_PACKAGES.includes(p));
      check("functions.js: packages bundled", "budget", b.functionsPackages, "no zod, exceljs, polyfills…", heavy.length === 0, b.functionsPackages.join(", ") || "none");
      const sz = (x) => `${kB(x.gzip)} gzip, ${kB(x.raw)} raw`;
      check("functions.js alone", "info", b.functionsJs.gzip, null, true, sz(b.functionsJs));
      check("office.js (Microsoft, not counted)", "info", b.officeJs.gzip, null, true, sz(b.officeJs));
      check("whole pane, loaded up front", "info", b.pane.initialTotal.gzip, null, true, sz(b.pane.initialTotal));
      check(`whole pane, lazy chunks (${b.pane.lazy.length})`, "info", b.pane.lazyTotal.gzip, null, true, b.pane.lazy.length ? sz(b.pane.lazyTotal) : "none yet");
    }
    if (wanted("scoring")) {
      console.log("scoring 100,000-row ranges…");
      const scoring = {
        numeric: runFloorCase(outDir, "numeric", "numeric", [], FLOOR_RATIOS.numeric),
        text: runFloorCase(outDir, "text", "text", [], FLOOR_RATIOS.text),
        mixed: runFloorCase(outDir, "mixed", "mixed", [], FLOOR_RATIOS.mixed),
        // Numbers in a runtime that has met text and invalid cells first, as in a workbook that
        // holds both (the floor it is divided by has met numbers only).
        numericAfterMixed: runFloorCase(outDir, "numeric after text", "numeric", ["text", "mixed"], FLOOR_RATIOS.numericAfterText),
      };
      const sc = runScoring(outDir, { kind: "scalar", reps: REPS.scalar });
      console.log("scoring whole columns (1,048,576 rows)…");
      const columns = runScoring(outDir, { kind: "columns", reps: REPS.columns }, [...SCORING_FLAGS, "--max-old-space-size=4096"]);
      // Context, never checked: the numeric case with V8's default GC behaviour.
      const defaults = runScoring(outDir, { kind: "numeric", after: [], reps: REPS.scoring }, []);
      results.scoring = { rows: 100_000, ...scoring, scalar: sc, columns, numericDefaultFlags: defaults };
      const x = (r) => `${r.toFixed(2)}×`;
      const floorLine = (fn, label, run, target, kind) => {
        const r = run[fn];
        const retried = run.attempts.length > 1 ? `; attempts ${run.attempts.map(x).join(", ")}` : "";
        check(`${fn} ${label} / same-shape floor`, kind, r.ratioToFloor, target, r.ratioToFloor <= target, `${x(r.ratioToFloor)} (${M(r.rowsPerSec)}; floor ${M(r.floorRowsPerSec)}${retried})`);
      };
      for (const fn of ["potential", "score"]) {
        const n = scoring.numeric[fn];
        floorLine(fn, "numeric", scoring.numeric, FLOOR_RATIOS.numeric, "ratio");
        floorLine(fn, "numeric, runtime has seen text", scoring.numericAfterMixed, FLOOR_RATIOS.numericAfterText, "ratio");
        floorLine(fn, "text", scoring.text, FLOOR_RATIOS.text, "ratio");
        floorLine(fn, `mixed, 1% invalid (${scoring.mixed[fn].errorRows} error rows)`, scoring.mixed, FLOOR_RATIOS.mixed, "ratio");
        const ns = sc[`${fn}_numeric`].nsPerCall;
        check(`${fn} scalar 1×1 call, numeric`, "watch", ns, SCALAR_NUMERIC_NS, ns <= SCALAR_NUMERIC_NS, `${ns.toFixed(0)} ns/call`, `≤ ${SCALAR_NUMERIC_NS} ns`);
        check(`${fn} scalar 1×1 call, text`, "info", sc[`${fn}_text`].nsPerCall, null, true, `${sc[`${fn}_text`].nsPerCall.toFixed(0)} ns/call`);
        check(`${fn} numeric (absolute)`, "target", n.rowsPerSec, TARGETS.numericRowsPerSec, n.rowsPerSec >= TARGETS.numericRowsPerSec, M(n.rowsPerSec));
        const tx = scoring.text[fn];
        check(`${fn} text (absolute)`, "target", tx.rowsPerSec, TARGETS.textRowsPerSec, tx.rowsPerSec >= TARGETS.textRowsPerSec, M(tx.rowsPerSec));
        check(`  ${fn} numeric / old bare loop (context)`, "info", n.ratioToBareLoop, null, true, x(n.ratioToBareLoop));
      }
      for (const fn of ["potential", "score"]) {
        const d = defaults[fn];
        check(`  ${fn} numeric / floor, default V8 GC flags (context)`, "info", d.ratioToFloor, null, true, `${x(d.ratioToFloor)} (${M(d.rowsPerSec)}; floor ${M(d.floorRowsPerSec)})`);
      }
      const bare = scoring.numeric.potential.bareLoopRowsPerSec;
      check("  old bare loop (numeric, Uint8Array out)", "info", bare, null, true, M(bare));
      const { tightLoop, tightRows } = scoring.numeric;
      check("  branch-free bare loop", "info", tightLoop.rowsPerSec, null, true, `${M(tightLoop.rowsPerSec)} (${tightLoop.ratioToBareLoop.toFixed(2)}× bare)`);
      check("  same + one result row per cell (Excel's shape)", "info", tightRows.rowsPerSec, null, true, `${M(tightRows.rowsPerSec)} (${tightRows.ratioToBareLoop.toFixed(2)}× bare)`);
      for (const fn of ["potential", "score"]) {
        const base = columns[fn].valid;
        for (const [name, c] of Object.entries(columns[fn])) {
          const t = c.ms / base.ms;
          const h = c.heapBytes / base.heapBytes;
          const shown = `${c.ms.toFixed(0)} ms, ${(c.heapBytes / 1e6).toFixed(1)} MB result heap` + (name === "valid" ? "" : ` (${x(t)} time, ${x(h)} heap)`);
          if (name === "valid") check(`${fn} whole column, ${name}`, "info", c.ms, null, true, shown);
          else check(`${fn} whole column, ${name} / valid`, "ratio", Math.max(t, h), COLUMN_RATIO, t <= COLUMN_RATIO && h <= COLUMN_RATIO, shown, `≤ ${COLUMN_RATIO}× time and heap`);
        }
      }
    }
  }
  if (outDir && wanted("lookups")) {
    console.log("lookups over 100,000-row ranges and 32,767-character cells…");
    // Each call takes about 2 ms, so one scavenge or tier-up landing in it moves the ratio: like the
    // scoring floors, a run over budget is measured again in a fresh process (at most three in all).
    const worstOf = (run) => Math.max(...Object.values(run.ranges).map((r) => r.ratioToMapLoop));
    const lk = untilWithin("lookups", LOOKUP_RATIO_BUDGET, () => benchLookups(outDir, REPS.scoring), worstOf, "the map loop");
    const { attempts } = lk;
    results.lookups = lk;
    const retried = attempts.length > 1 ? `; attempts (worst of four) ${attempts.map((a) => `${a.toFixed(2)}×`).join(", ")}` : "";
    for (const [name, r] of Object.entries(lk.ranges)) {
      check(`SE.${name} range / same-shape map loop`, "ratio", r.ratioToMapLoop, LOOKUP_RATIO_BUDGET, r.ratioToMapLoop <= LOOKUP_RATIO_BUDGET, `${r.ratioToMapLoop.toFixed(2)}×${retried}`);
    }
    check(`lookups: worst of ${lk.adversarial.calls} hostile calls`, "info", lk.adversarial.worstMsPerCall, null, true, `${lk.adversarial.worstMsPerCall.toFixed(2)} ms (${lk.adversarial.worstCall})`);
  }
  if (wanted("parsers")) {
    console.log("JSON check on the reliability suite's hostile files…");
    const ps = benchParsers();
    results.parsers = ps;
    for (const f of ps.files) check(`json check: ${f.name}`, "info", f.ms, null, true, `${f.ms.toFixed(0)} ms, ${f.peakMB.toFixed(0)} MB, ${f.ok ? "accepted" : "refused"}`);
    check("json check: worst file, time (target)", "target", ps.worst.ms, PARSER_BUDGETS.ms, ps.worst.ms <= PARSER_BUDGETS.ms, `${ps.worst.ms.toFixed(0)} ms (${ps.worst.msFile})`, `≤ ${PARSER_BUDGETS.ms} ms`);
    check("json check: worst file, memory", "budget", ps.worst.peakMB, PARSER_BUDGETS.peakMB, ps.worst.peakMB <= PARSER_BUDGETS.peakMB, `${ps.worst.peakMB.toFixed(0)} MB (${ps.worst.peakFile})`, `≤ ${PARSER_BUDGETS.peakMB} MB`);
  }
  if (wanted("import")) {
    console.log(`import: the writer against the fake Excel${ci ? " (--ci: 100,000 rows skipped)" : ""}…`);
    const im = benchImport({ ci });
    results.import = im;
    printImportTable(im);
    const B = IMPORT_BUDGETS;
    const runs = importRuns(im);
    const syncs = (r) => `${r.run.syncs} syncs`;
    for (const r of runs.filter((x) => x.case.name === "reference")) {
      check(`import: ${r.label}`, "budget", r.run.syncs, B.referenceSyncs, r.run.syncs <= B.referenceSyncs, syncs(r), `≤ ${B.referenceSyncs} syncs`);
    }
    for (const r of runs.filter((x) => x.case.rows === 10_000 && x.key !== "first")) {
      check(`import: ${r.label}`, "budget", r.run.syncs, B.reimport10kSyncs, r.run.syncs <= B.reimport10kSyncs, syncs(r), `≤ ${B.reimport10kSyncs} syncs`);
    }
    for (const r of runs.filter((x) => x.case.rows > 0 && !(x.case.rows === 10_000 && x.key !== "first"))) {
      check(`import: ${r.label}`, "info", r.run.syncs, null, true, `${syncs(r)}, ${r.run.batches} batch(es), ${(r.run.totalBytes / 1e6).toFixed(2)} MB`);
    }
    const largest = (field) => runs.reduce((a, b) => (b.run[field] > a.run[field] ? b : a));
    const mb = (x) => `${(x / 1e6).toFixed(2)} MB`;
    const byteTarget = `≤ ${mb(B.batchBytes)}`;
    for (const [field, what] of [
      ["maxRequestBytes", "largest request, measured by the fake"],
      ["maxEstimateBytes", "largest batch, writer's estimate"],
    ]) {
      const r = largest(field);
      check(`import: ${what}`, "budget", r.run[field], B.batchBytes, r.run[field] <= B.batchBytes, `${mb(r.run[field])} (${r.label})`, byteTarget);
    }
    // Not a budget (the budgets bound what is sent), but Excel on the web limits responses
    // to the same 5 MB: the re-import reads large tables in chunks kept under 4 MiB by estimate
    // (and the fake refuses a response over 5 MiB, so a miss here would already have failed the import).
    const resp = largest("maxResponseBytes");
    check("import: largest read response (not budgeted)", "watch", resp.run.maxResponseBytes, B.batchBytes, resp.run.maxResponseBytes <= B.batchBytes, `${mb(resp.run.maxResponseBytes)} (${resp.label})`, byteTarget);
    if (im.skipped.length) check("import: skipped in --ci", "info", im.skipped, null, true, im.skipped.map((n) => `${n.toLocaleString("en")} rows`).join(", "));
  }
  if (wanted("startup")) {
    console.log("start-up in headless Chromium…");
    const st = JSON.parse(
      execFileSync(process.execPath, [path.join(benchDir, "startup-child.mjs"), outDir, JSON.stringify(REPS.startup)], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      }),
    );
    results.startup = st;
    const S = STARTUP_OVER_BLANK;
    check(`start-up → functions associated, over the blank office.js page (median of ${st.associatedPairs} pairs)`, "watch", st.associatedOverBlankMs, S.associatedMs, st.associatedOverBlankMs <= S.associatedMs, `+${ms(st.associatedOverBlankMs)} (the preview's ${st.loads} pairs +${ms(st.previewAssociatedOverBlankMs)}, the Excel view's +${ms(st.excel.associatedOverBlankMs)})`, `≤ blank + ${S.associatedMs} ms`);
    check("start-up → pane interactive, Excel view, over the blank page's Office.onReady", "watch", st.excel.interactiveOverBlankMs, S.interactiveMs, st.excel.interactiveOverBlankMs <= S.interactiveMs, `+${ms(st.excel.interactiveOverBlankMs)} (${ms(st.excel.interactiveMs.median)})`, `≤ blank + ${S.interactiveMs} ms`);
    check(`start-up → pane interactive, preview (${st.interactiveSource}), over the blank page's Office.onReady`, "watch", st.interactiveOverBlankMs, S.interactiveMs, st.interactiveOverBlankMs <= S.interactiveMs, `+${ms(st.interactiveOverBlankMs)} (${ms(st.interactiveMs.median)} vs blank ${ms(st.blank.officeReadyMs.median)})`, `≤ blank + ${S.interactiveMs} ms`);
    check("start-up → functions associated (absolute median)", "target", st.associatedMs.median, TARGETS.startupMs, st.associatedMs.median <= TARGETS.startupMs, ms(st.associatedMs.median));
    check(`start-up → pane interactive, preview (absolute median)`, "target", st.interactiveMs.median, TARGETS.startupMs, st.interactiveMs.median <= TARGETS.startupMs, ms(st.interactiveMs.median));
    check(`start-up → pane interactive, Excel view (absolute median)`, "target", st.excel.interactiveMs.median, TARGETS.startupMs, st.excel.interactiveMs.median <= TARGETS.startupMs, ms(st.excel.interactiveMs.median));
    check("start-up: requests to other hosts", "budget", st.foreignRequests.length, 0, st.foreignRequests.length === 0, String(st.foreignRequests.length));
  }
  if (wanted("install")) {
    console.log("npm ci in a temporary copy (slow)…");
    const ins = benchInstall();
    results.install = ins;
    check("install: npm ci wall time", "info", ins.seconds, null, true, `${ins.seconds.toFixed(1)} s`);
    check("install: node_modules size", "info", ins.diskBytes, null, true, `${(ins.diskBytes / 1e6).toFixed(0)} MB on disk, ${ins.topLevelPackages} top-level packages`);
  }
} finally {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
}

const failed = printChecks(checks, results.machine, strict);
results.checks = checks.map(({ shown: _shown, ...c }) => c);
fs.mkdirSync(path.join(root, "bench"), { recursive: true });
fs.writeFileSync(path.join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(failed.length ? `\nbench: ${failed.length} check(s) failed: ${failed.map((c) => c.name).join("; ")}` : "\nbench: all budgets and ratios within limits");
console.log("results: bench/results.json");
process.exit(failed.length ? 1 : 0);
