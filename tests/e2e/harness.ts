/**
 * Real-browser harness: serves the built add-in (dist/) on localhost, routes the office.js CDN
 * URL to the local @microsoft/office-js copy (the CDN is not reachable everywhere), blocks and
 * records every other request, and opens pages in Debian's Chromium through playwright-core.
 *
 * A test file calls `useServedBrowser()` once: one server and one browser for all its tests,
 * started before the first and closed after the last. `usePage()` does the same for one page.
 */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, OFFICE_CDN, chromiumPath, officeJsFile, serveDir } from "../../scripts/local-pages";

export { OFFICE_CDN, chromiumPath };

const root = path.resolve(__dirname, "../..");
export const distDir = path.join(root, "dist");
/**
 * office.js itself (its O15 init helper, loaded when no Office host answers) opens Microsoft's
 * ULS telemetry proxy in a hidden iframe 3 s after start; the Excel host scripts carry the same
 * endpoint. It is office.js's traffic, not the pane's: blocked like everything else, but recorded
 * apart so tests can tell the two apart (and assert it is only ever this one URL).
 */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/** Serves dist/ read-only on an ephemeral loopback port. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(distDir, "taskpane.html"))) {
    throw new Error("dist/ is not built: run `npm run build` first (npm run test:e2e does).");
  }
  return serveDir(distDir);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
}

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  /** Requests that went anywhere but the add-in's origin and office.js: blocked and recorded. */
  foreignRequests: string[];
  /** office.js's own telemetry frame (see OFFICE_TELEMETRY): blocked, recorded apart. */
  officeTelemetry: string[];
  /** Every request the page made, in order. */
  requests: string[];
}

export interface OpenOptions {
  /** Runs in the page before any of its scripts (e.g. to set window.__seTestHooks). */
  init?: { script: (arg: never) => unknown; arg?: unknown };
  /** Runs before the page is opened, e.g. to route one of the add-in's own files differently. */
  beforeGoto?: (page: Page) => Promise<unknown>;
  /** Options of the browser context, e.g. the locale. */
  context?: Parameters<Browser["newContext"]>[0];
}

/** Opens a page of the add-in with office.js served locally and all other traffic blocked. */
export async function openPage(browser: Browser, baseUrl: string, pagePath = "taskpane.html", options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, ...options.context });
  const page = await context.newPage();
  if (options.init) await page.addInitScript(options.init.script as (arg: unknown) => unknown, options.init.arg);
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const officeTelemetry: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(baseUrl)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = officeJsFile(url);
      return file ? route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) }) : route.fulfill({ status: 404, body: "" });
    }
    if (url === OFFICE_TELEMETRY) officeTelemetry.push(url);
    else foreignRequests.push(url);
    return route.abort();
  });
  if (options.beforeGoto) await options.beforeGoto(page);
  await page.goto(baseUrl + pagePath);
  return { page, consoleErrors, foreignRequests, officeTelemetry, requests };
}

/** Where tests leave screenshots for a person to look at (created when asked for). */
export function resultsDir(sub = ""): string {
  const dir = path.join(root, "test-results", sub);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export interface PaneOptions extends OpenOptions {
  /** The page to open, under dist/ (default: the task pane). */
  path?: string;
  /**
   * Data set as window.__seTestHooks before the pane starts (display language, host, dataset).
   * Fakes with functions come in through `init` instead; the two are exclusive.
   */
  hooks?: Record<string, unknown>;
  /** Waits for body[data-ready=<mode>] ("any": whatever mode the pane chose) before returning. */
  ready?: "preview" | "excel" | "any";
  /** How long to wait for that (default: Playwright's). */
  readyTimeout?: number;
}

/** One served dist/ and one browser; valid from the file's first beforeAll to its last afterAll. */
export interface ServedBrowser {
  readonly browser: Browser;
  /** Base URL of the served dist/, ending in "/". */
  readonly url: string;
  /** openPage() on this browser and server. */
  open(pagePath?: string, options?: OpenOptions): Promise<OpenedPage>;
  /** Opens the pane (or `path`) with the given hooks, and waits until it is ready if asked. */
  openPane(options?: PaneOptions): Promise<OpenedPage>;
}

/**
 * Registers the beforeAll that serves dist/ and launches Chromium, and the afterAll that closes
 * both, for the file (or describe block) it is called in.
 */
export function useServedBrowser(): ServedBrowser {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !browser) throw new Error("useServedBrowser: used before its beforeAll ran (call it at the top of the file)");
    return { server, browser };
  };
  const served: ServedBrowser = {
    get browser() {
      return started().browser;
    },
    get url() {
      return started().server.url;
    },
    open: (pagePath, options) => openPage(started().browser, started().server.url, pagePath, options),
    async openPane({ path: pagePath = "taskpane.html", hooks, ready, readyTimeout, ...options } = {}) {
      if (hooks && options.init) throw new Error("openPane: give hooks or init, not both");
      const init = hooks ? { script: setTestHooks as (arg: never) => unknown, arg: hooks } : options.init;
      const opened = await served.open(pagePath, { ...options, init });
      if (ready) await opened.page.waitForSelector(ready === "any" ? "body[data-ready]" : `body[data-ready=${ready}]`, { timeout: readyTimeout });
      return opened;
    },
  };
  return served;
}

/** Runs in the page, before its scripts: the test hooks the pane reads at start-up. */
function setTestHooks(hooks: Record<string, unknown>): void {
  (window as unknown as { __seTestHooks: unknown }).__seTestHooks = hooks;
}

/**
 * Runs in the page (an `init` script): a workbook that answers nothing, every action's promise
 * left pending; enough for the Excel view to be drawn. With `host`, the pane opens in that mode
 * whatever Office.onReady says.
 */
export function idleWorkbook(host?: "excel"): void {
  const never = () => new Promise(() => {});
  (window as unknown as { __seTestHooks: unknown }).__seTestHooks = {
    ...(host ? { host } : {}),
    actions: { previewImport: never, runImport: never, validate: never, select: never, exportJson: never, checkJson: never, importJson: never },
  };
}

/** One page shared by the tests of a file or describe block; valid inside its tests. */
export interface SharedPage {
  readonly opened: OpenedPage;
  readonly page: Page;
}

/**
 * Registers a beforeAll that opens a page (with `open`) and an afterAll that closes its context
 * (unless the browser is already closed, which closes it too).
 */
export function usePage(open: () => Promise<OpenedPage>): SharedPage {
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    if (opened && opened.page.context().browser()?.isConnected()) await opened.page.context().close();
  });
  const current = () => {
    if (!opened) throw new Error("usePage: used before its beforeAll ran");
    return opened;
  };
  return {
    get opened() {
      return current();
    },
    get page() {
      return current().page;
    },
  };
}
