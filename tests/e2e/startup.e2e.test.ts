/**
 * Start-up path of the pane: taskpane.js stays small and free of zod, the writer and the
 * dataset; the writer chunk is fetched only in Excel, and a writer that fails to load is reported
 * in the pane in plain words instead of breaking it.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { REPORT } from "../../src/core/dataset/report";
import { OFFICE_CDN, distDir, idleWorkbook, useServedBrowser } from "./harness";

const served = useServedBrowser();

test("taskpane.js carries no zod, no writer and no dataset; it and the page's scripts as a whole stay within budget", () => {
  const js = fs.readFileSync(path.join(distDir, "taskpane.js"), "utf8");
  expect(js).not.toMatch(/ZodError|safeParse/);
  expect(js).not.toContain(REPORT.trends[0].title.nl);
  expect(js).not.toContain(REPORT.opportunities[0].description.nl);
  // The pane's controls are in it (native elements, a few hundred bytes of code where Fluent's
  // components were a 164 KB chunk of their own): 42 KB for it, 150 KB for every script the page
  // itself loads (functions.js, the chunk both views share, taskpane.js; 309 KB with Fluent).
  expect(Buffer.byteLength(js)).toBeLessThan(42 * 1024);
  const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  const pageScripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith("https:"));
  expect(pageScripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
  const total = pageScripts.reduce((sum, file) => sum + fs.statSync(path.join(distDir, file)).size, 0);
  expect(total).toBeLessThan(150 * 1024);
  // The lazy chunks are named, so the network log and this check can tell them apart.
  expect(fs.existsSync(path.join(distDir, "excel.js"))).toBe(true);
  expect(fs.existsSync(path.join(distDir, "preview.js"))).toBe(true);
  // The dataset comes with the preview: in preview.js itself or a chunk it shares with the writer.
  const lazy = fs.readdirSync(distDir).filter((f) => f.endsWith(".js") && !["taskpane.js", "functions.js"].includes(f));
  expect(lazy.some((f) => fs.readFileSync(path.join(distDir, f), "utf8").includes(REPORT.trends[0].title.nl))).toBe(true);
});

test("in Excel the writer chunk is loaded lazily; if it fails, the pane says so and locks the actions", async () => {
  let writerRequested = 0;
  const opened = await served.openPane({
    hooks: { host: "excel" },
    // The writer's chunk fails to load (a server error), whatever the writer is by now.
    beforeGoto: (page) =>
      page.route(/\/excel\.js$/, (route) => {
        writerRequested++;
        return route.fulfill({ status: 500, body: "" });
      }),
  });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=excel]");
  const alert = page.locator("#main [role=alert]");
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/^De werkmapfuncties konden niet geladen worden: .+/);
  expect(writerRequested).toBe(1);
  expect(opened.requests.some((u) => u.endsWith("/preview.js"))).toBe(false);
  expect(await page.isDisabled("[data-testid=import-button]")).toBe(true);
  expect(await page.isDisabled("[data-testid=validate-button]")).toBe(true);
  // The browser itself logs the failed load (HTTP 500); nothing else may be in the console.
  expect(opened.consoleErrors.filter((e) => !/500/.test(e))).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
  await page.context().close();
});

test("in a plain browser tab the preview's chunk is requested before Office.onReady, once, at high priority", async () => {
  // Chromium's own view of each request's priority (DevTools protocol), not what the page asked for.
  const priorities = new Map<string, string>();
  const opened = await served.open("taskpane.html", {
    beforeGoto: async (page) => {
      const cdp = await page.context().newCDPSession(page);
      cdp.on("Network.requestWillBeSent", (e: { request: { url: string; initialPriority: string } }) => priorities.set(e.request.url.split("/").pop()!, e.request.initialPriority));
      await cdp.send("Network.enable");
    },
  });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=preview]");
  expect(opened.requests.filter((u) => u.endsWith("/preview.js"))).toHaveLength(1);
  expect(priorities.get("preview.js")).toBe("High");
  const deferred = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>("script[defer]")].map((s) => s.src.split("/").pop()!));
  expect(deferred.length).toBeGreaterThan(2);
  for (const file of deferred) expect({ file, priority: priorities.get(file) }).toEqual({ file, priority: "High" });
  // The preview may be drawn before Office.onReady has called back.
  await page.waitForFunction(() => performance.getEntriesByName("se:office-ready").length > 0);
  const at = await page.evaluate(() => ({
    preview: performance.getEntriesByType("resource").find((e) => e.name.endsWith("/preview.js"))?.startTime ?? null,
    officeReady: performance.getEntriesByName("se:office-ready")[0]?.startTime ?? null,
  }));
  expect(at.preview).not.toBeNull();
  expect(at.officeReady).not.toBeNull();
  expect(at.preview!).toBeLessThan(at.officeReady!);
  await page.context().close();
});

test("with a sign of an Office host (WebView2's bridge) the preview's chunk waits for Office.onReady", async () => {
  // No test hook: the page's own reading of the host's signs decides. Outside Excel, office.js
  // still finds no host, so the preview shows, but its chunk is requested only once onReady says so.
  const opened = await served.open("taskpane.html", {
    init: {
      script: () => {
        const w = window as unknown as { chrome?: Record<string, unknown> };
        w.chrome = { ...w.chrome, webview: {} };
      },
    },
  });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=preview]");
  expect(opened.requests.filter((u) => u.endsWith("/preview.js"))).toHaveLength(1);
  const at = await page.evaluate(() => ({
    preview: performance.getEntriesByType("resource").find((e) => e.name.endsWith("/preview.js"))?.startTime ?? null,
    officeReady: performance.getEntriesByName("se:office-ready")[0]?.startTime ?? null,
  }));
  expect(at.preview).not.toBeNull();
  expect(at.preview!).toBeGreaterThanOrEqual(at.officeReady!);
  await page.context().close();
});

/**
 * Runs in the page: an office.js that never calls Office.onReady back by itself; the test does,
 * with the host it chooses, through window.__officeReady. Where office.js hangs (a host script that
 * never answers) or answers late, the pane meets the same two orders as with the real one.
 */
const HELD_OFFICE_JS = `const callbacks = [];
window.__officeReady = (info) => callbacks.forEach((callback) => callback(info));
window.Office = {
  HostType: { Excel: "Excel" },
  onReady(callback) {
    callbacks.push(callback);
    return new Promise(() => {});
  },
};`;

async function holdOfficeReady(page: Page): Promise<void> {
  await page.route(`${OFFICE_CDN}office.js`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: HELD_OFFICE_JS }));
}

test("in a plain browser tab the preview is drawn without waiting for Office.onReady, even if it never comes", async () => {
  const opened = await served.open("taskpane.html", { beforeGoto: holdOfficeReady });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=preview]");
  expect(await page.locator("[data-testid=preview-banner]").count()).toBe(1);
  expect(await page.locator("[data-testid=calc-result]").count()).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName("se:office-ready").length)).toBe(0);
  expect(opened.consoleErrors).toEqual([]);
  await page.context().close();
});

test("if Office.onReady then says no host, the preview drawn before it stays as the analyst left it", async () => {
  const opened = await served.open("taskpane.html", { beforeGoto: holdOfficeReady });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=preview]");
  await page.fill("input[data-criterion=demand]", "hoog");
  await page.evaluate(() => (window as unknown as { __officeReady: (info: unknown) => void }).__officeReady({ host: null, platform: null }));
  await page.waitForFunction(() => performance.getEntriesByName("se:office-ready").length > 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  expect(await page.inputValue("input[data-criterion=demand]")).toBe("hoog");
  expect(await page.evaluate(() => performance.getEntriesByName("se:pane-interactive").length)).toBe(1);
  expect(await page.getAttribute("body", "data-ready")).toBe("preview");
  expect(opened.consoleErrors).toEqual([]);
  await page.context().close();
});

test("if Office.onReady then says Excel, the Excel view replaces the preview, at its top", async () => {
  const opened = await served.open("taskpane.html", {
    beforeGoto: holdOfficeReady,
    init: { script: idleWorkbook as (arg: never) => unknown },
    // Low enough for the Excel view to scroll too.
    context: { viewport: { width: 360, height: 320 } },
  });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=preview]");
  await page.evaluate(() => window.scrollTo(0, 400));
  expect(await page.evaluate(() => window.scrollY)).toBe(400);
  await page.evaluate(() => (window as unknown as { __officeReady: (info: unknown) => void }).__officeReady({ host: "Excel", platform: "PC" }));
  await page.waitForSelector("body[data-ready=excel]");
  expect(await page.locator("[data-testid=import-section]").count()).toBe(1);
  expect(await page.locator("[data-testid=preview-banner]").count()).toBe(0);
  expect(await page.locator("[data-testid=calculator]").count()).toBe(0);
  // One pane: the shell was drawn anew, not a second one beside the first.
  expect(await page.locator("header.app-header").count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeGreaterThan(400);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(opened.consoleErrors).toEqual([]);
  await page.context().close();
});

test("a preview chunk that arrives after Office.onReady has said Excel draws nothing", async () => {
  const opened = await served.open("taskpane.html", {
    init: { script: idleWorkbook as (arg: never) => unknown },
    beforeGoto: async (page) => {
      await holdOfficeReady(page);
      // The chunk is held until Office.onReady has said Excel and the Excel view is drawn.
      await page.route(/\/preview\.js$/, async (route) => {
        await page.waitForFunction(() => typeof (window as unknown as { __officeReady?: unknown }).__officeReady === "function");
        await page.evaluate(() => (window as unknown as { __officeReady: (info: unknown) => void }).__officeReady({ host: "Excel", platform: "PC" }));
        await page.waitForSelector("body[data-ready=excel]");
        return route.fallback();
      });
    },
  });
  const { page } = opened;
  // page.goto has waited for the load event, which waits for the chunk to have run.
  expect(opened.requests.filter((u) => u.endsWith("/preview.js"))).toHaveLength(1);
  expect(await page.getAttribute("body", "data-ready")).toBe("excel");
  expect(await page.locator("[data-testid=preview-banner]").count()).toBe(0);
  expect(await page.locator("[data-testid=import-section]").count()).toBe(1);
  expect(opened.consoleErrors).toEqual([]);
  await page.context().close();
});

test("the interactive mark comes after the functions are associated", async () => {
  const opened = await served.open();
  const { page } = opened;
  await page.waitForSelector("body[data-ready=preview]");
  // The chunk both views share is requested by the page itself, alongside functions.js (not a
  // round trip after taskpane.js has run), and only once: the import() in taskpane.js finds it in place.
  const shared = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>("script[defer]")].map((s) => s.src).filter((u) => !/\/(functions|taskpane)\.js$/.test(u)),
  );
  expect(shared.length).toBeGreaterThan(0);
  for (const url of shared) expect(opened.requests.filter((u) => u === url)).toHaveLength(1);
  const requestedAt = await page.evaluate(
    (urls) => ({
      shared: Math.max(...urls.map((u) => performance.getEntriesByName(u)[0]?.startTime ?? Infinity)),
      associated: performance.getEntriesByName("se:functions-associated")[0]?.startTime ?? null,
    }),
    shared,
  );
  expect(requestedAt.shared).toBeLessThan(requestedAt.associated!);
  const marks = await page.evaluate(() => ({
    functions: performance.getEntriesByName("se:functions-associated")[0]?.startTime,
    pane: performance.getEntriesByName("se:pane-interactive")[0]?.startTime,
  }));
  expect(marks.functions).toBeGreaterThan(0);
  expect(marks.pane).toBeGreaterThanOrEqual(marks.functions);
  await page.context().close();
});
