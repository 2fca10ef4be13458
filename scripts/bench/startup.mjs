// Start-up of the shared-runtime page in headless Chromium on loopback: navigation start to
// "se:functions-associated" and to the pane being interactive, each against a blank page that
// loads office.js alone, timed in the same run (loads alternate: blank, ours, blank, ours …), so
// the figure that counts is what our code adds to what any add-in page pays. Same approach as
// the e2e harness (tests/e2e/harness.ts), through the same scripts/local-pages.js.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { median } from "./measure.mjs";

const require = createRequire(import.meta.url);
const { CHROMIUM_ARGS, OFFICE_CDN, OFFICE_JS_DIR, chromiumPath, officeJsFile, serveDir } = require("../local-pages.js");

// Runs in the page before any of its scripts: the time the pane first reports itself ready,
// for builds that do not set the "se:pane-interactive" mark yet.
function recordReady() {
  const seen = () => {
    if (document.body?.dataset.ready && !window.__seReadyAt) window.__seReadyAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"], childList: true });
}

/**
 * The blank page, what any add-in page pays: office.js in the head (blocking), then one deferred
 * script that marks when it runs (where functions.js would run: every script loaded) and when Office.onReady
 * calls back (the earliest a pane that waits for it can be interactive; our preview, in a plain
 * browser tab, does not wait for it).
 */
const BLANK_HTML = `<!doctype html>
<html><head><meta charset="UTF-8" /><title>blank</title>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<script defer src="blank.js"></script>
</head><body></body></html>
`;
const BLANK_JS = `performance.mark("blank:scripts-run");
Office.onReady(() => performance.mark("blank:office-ready"));
`;

async function loadBlank(browser, baseUrl, cdnFiles, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  try {
    await routeOffice(context, baseUrl, cdnFiles, []);
    const page = await context.newPage();
    await page.goto(baseUrl + "bench-blank.html");
    await page.waitForFunction(() => performance.getEntriesByName("blank:office-ready").length > 0, undefined, { timeout: timeoutMs, polling: 10 });
    return await page.evaluate(() => ({
      scriptsRun: performance.getEntriesByName("blank:scripts-run")[0].startTime,
      officeReady: performance.getEntriesByName("blank:office-ready")[0].startTime,
    }));
  } finally {
    await context.close();
  }
}

async function routeOffice(context, baseUrl, cdnFiles, foreign) {
  // Only non-local requests go through the route, so serving dist/ is not slowed by it.
  await context.route((url) => !url.href.startsWith(baseUrl), async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = officeJsFile(url);
      if (!file) return route.fulfill({ status: 404, body: "" });
      if (!cdnFiles.has(file)) cdnFiles.set(file, fs.readFileSync(file));
      return route.fulfill({ status: 200, contentType: "text/javascript", body: cdnFiles.get(file) });
    }
    foreign.push(url);
    return route.abort();
  });
}

/** The Excel view, opened as the browser tests open it: its real chunk, no workbook behind it. */
function excelHost() {
  window.__seTestHooks = { host: "excel" };
}

async function loadOnce(browser, baseUrl, cdnFiles, timeoutMs, view = "preview") {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  try {
    const foreign = [];
    await routeOffice(context, baseUrl, cdnFiles, foreign);
    await context.addInitScript(recordReady);
    if (view === "excel") await context.addInitScript(excelHost);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(baseUrl + "taskpane.html");
    await page.waitForFunction(
      () => performance.getEntriesByName("se:pane-interactive").length > 0 || window.__seReadyAt !== undefined,
      undefined,
      { timeout: timeoutMs, polling: 10 },
    );
    const m = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return { associated: at("se:functions-associated"), paneMark: at("se:pane-interactive"), readyAt: window.__seReadyAt ?? null };
    });
    if (m.associated === null) throw new Error(`no "se:functions-associated" mark (page errors: ${errors.join("; ") || "none"})`);
    return { associated: m.associated, interactive: m.paneMark ?? m.readyAt, interactiveSource: m.paneMark !== null ? "mark" : "body[data-ready]", foreign };
  } finally {
    await context.close();
  }
}

export async function benchStartup(outDir, { loads, warmup }) {
  const { chromium } = require("playwright-core");
  // Into the bench's own temporary build, never into dist/.
  fs.writeFileSync(path.join(outDir, "bench-blank.html"), BLANK_HTML);
  fs.writeFileSync(path.join(outDir, "blank.js"), BLANK_JS);
  const server = await serveDir(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  const cdnFiles = new Map();
  try {
    const samples = [];
    const blanks = [];
    const excel = [];
    const excelBlanks = [];
    for (let i = 0; i < warmup + loads; i++) {
      const b = await loadBlank(browser, server.url, cdnFiles, 20_000);
      const s = await loadOnce(browser, server.url, cdnFiles, 20_000);
      const eb = await loadBlank(browser, server.url, cdnFiles, 20_000);
      const e = await loadOnce(browser, server.url, cdnFiles, 20_000, "excel");
      if (i >= warmup) {
        samples.push(s);
        blanks.push(b);
        excel.push(e);
        excelBlanks.push(eb);
      }
    }
    const foreign = [...new Set([...samples, ...excel].flatMap((s) => s.foreign))];
    // Per pair (blank load, our load), then the median: load on the machine weighs on both alike.
    const pairs = (ours, blank, mine = samples, theirs = blanks) => mine.map((s, i) => s[ours] - theirs[i][blank]);
    const over = (ours, blank, mine = samples, theirs = blanks) => median(pairs(ours, blank, mine, theirs));
    return {
      /**
       * The Excel view (what an analyst opens in Excel), with the Excel chunk requested as in
       * Excel; outside Excel only the host is missing. The other figures are the preview's, the
       * view a plain browser gets: it also waits for its chunk and renders the report.
       */
      excel: {
        interactiveOverBlankMs: over("interactive", "officeReady", excel, excelBlanks),
        associatedOverBlankMs: over("associated", "scriptsRun", excel, excelBlanks),
        interactiveMs: { median: median(excel.map((s) => s.interactive)), all: excel.map((s) => round(s.interactive)) },
      },
      loads,
      blank: {
        scriptsRunMs: { median: median(blanks.map((b) => b.scriptsRun)), all: blanks.map((b) => round(b.scriptsRun)) },
        officeReadyMs: { median: median(blanks.map((b) => b.officeReady)), all: blanks.map((b) => round(b.officeReady)) },
      },
      /**
       * Functions associated minus the blank page's scripts having run, median of every pair:
       * up to association both views load the same page, so the Excel view's pairs measure it
       * as well as the preview's (twice the pairs: about 1/√2 the spread of a median of ten).
       */
      associatedOverBlankMs: median([...pairs("associated", "scriptsRun"), ...pairs("associated", "scriptsRun", excel, excelBlanks)]),
      associatedPairs: samples.length + excel.length,
      /** The same in the preview's pairs alone. */
      previewAssociatedOverBlankMs: over("associated", "scriptsRun"),
      /** Pane interactive minus the blank page's Office.onReady, median of the pairs. */
      interactiveOverBlankMs: over("interactive", "officeReady"),
      /** Functions associated, absolute: every load of our page, both views. */
      associatedMs: { median: median([...samples, ...excel].map((s) => s.associated)), all: [...samples, ...excel].map((s) => round(s.associated)) },
      interactiveMs: { median: median(samples.map((s) => s.interactive)), all: samples.map((s) => round(s.interactive)) },
      interactiveSource: samples[0].interactiveSource,
      officeFiles: [...cdnFiles.keys()].map((f) => path.relative(OFFICE_JS_DIR, f)),
      foreignRequests: foreign,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const round = (x) => Math.round(x * 10) / 10;
