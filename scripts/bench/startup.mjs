// Start-up of the shared-runtime page in headless Chromium on loopback: navigation start to
// "se:functions-associated" and to the pane being interactive. Same approach as the e2e harness
// (tests/e2e/harness.ts), through the same scripts/local-pages.js.
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

async function loadOnce(browser, baseUrl, cdnFiles, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  try {
    const foreign = [];
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
    await context.addInitScript(recordReady);
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
  const server = await serveDir(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  const cdnFiles = new Map();
  try {
    const samples = [];
    for (let i = 0; i < warmup + loads; i++) {
      const s = await loadOnce(browser, server.url, cdnFiles, 20_000);
      if (i >= warmup) samples.push(s);
    }
    const foreign = [...new Set(samples.flatMap((s) => s.foreign))];
    return {
      loads,
      associatedMs: { median: median(samples.map((s) => s.associated)), all: samples.map((s) => round(s.associated)) },
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
