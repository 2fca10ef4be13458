/**
 * Text with markup from the dataset or from an imported file is shown as text
 * (no element created, no script run), and the page's Content Security Policy refuses inline
 * script. The crafted data comes in through the test hook (window.__seTestHooks).
 */
import type { Page } from "playwright-core";
import { REPORT } from "../../src/core/dataset/report";
import type { Dataset } from "../../src/core/dataset/schema";
import { INJECTION_PAYLOADS } from "../support/reliability-figures";
import { OFFICE_CDN, OFFICE_TELEMETRY, useServedBrowser, type OpenedPage } from "./harness";

const PAYLOADS = [
  '<img src="/x-img" onerror="window.__pwned=1">',
  "<script>window.__pwned=2</script>",
  '<svg onload="window.__pwned=3"></svg>',
  '<iframe src="javascript:window.parent.__pwned=4"></iframe>',
  '"><a href="javascript:window.__pwned=5">x</a>',
];
const EVIL = PAYLOADS.join(" ");

const served = useServedBrowser();

/** The report with markup in every kind of text the preview shows. */
function craftedDataset(): Dataset {
  const d: Dataset = JSON.parse(JSON.stringify(REPORT));
  const evil = (s: { nl: string; en: string }) => ({ nl: `${s.nl} ${EVIL}`, en: `${s.en} ${EVIL}` });
  d.trends[0].title = evil(d.trends[0].title);
  d.trends[0].points[0] = evil(d.trends[0].points[0]);
  d.opportunities[0].description = evil(d.opportunities[0].description);
  d.opportunities[0].activities = evil(d.opportunities[0].activities);
  d.threats[0].title = evil(d.threats[0].title);
  d.keyFigures[0].label = evil(d.keyFigures[0].label);
  d.report.title = evil(d.report.title);
  d.trends[1].provenance = { ...d.trends[1].provenance, note: { nl: EVIL, en: EVIL } };
  d.potentialRule.levels[0].definition = evil(d.potentialRule.levels[0].definition);
  d.version = EVIL;
  return d;
}

const MARKUP_ELEMENTS = "img, script, svg, iframe, a, object, embed";
/**
 * Markup in the pane and its dialog, outside the add-in's own About links, and any shadow root: the
 * pane has none (its controls are native elements), so every text it shows is in the document.
 */
const PANE_MARKUP = `:is(#main, dialog) :is(${MARKUP_ELEMENTS}):not([data-testid=about] *)`;
const paneMarkup = (page: Page) =>
  page.evaluate((selector) => document.querySelectorAll(selector).length + [...document.querySelectorAll("*")].filter((el) => el.shadowRoot).length, PANE_MARKUP);

/**
 * After a moment for anything injected to fire: no payload ran (none sets window.__pwned), none
 * fetched its /x-… URL, nothing in the console, no request to another host.
 */
async function expectNothingRan(opened: OpenedPage): Promise<void> {
  await opened.page.waitForTimeout(200);
  expect(await opened.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(opened.requests.filter((u) => u.includes("/x-"))).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
}

test("preview: markup in the dataset is shown as text, and runs nothing", async () => {
  const dataset = craftedDataset();
  const opened = await served.openPane({ hooks: { dataset } });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=preview]");
  // Open every tab and every details element so all text is rendered visibly.
  for (const tab of await page.locator("[role=tab]").all()) await tab.click();
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  expect(await page.locator("[data-content]").count()).toBeGreaterThan(0);
  expect(await page.locator(`[data-content] :is(${MARKUP_ELEMENTS})`).count()).toBe(0);
  const text = await page.evaluate(() => document.body.textContent ?? "");
  for (const p of PAYLOADS) expect(text).toContain(p);
  expect(text).toContain(dataset.trends[0].title.nl);
  // Parts built only when their tab was first shown are in the text too.
  for (const later of [dataset.opportunities[0].title.nl, dataset.threats[0].title.nl, dataset.keyFigures[0].label.nl, dataset.report.title.nl]) expect(text).toContain(later);
  // The calculator passes typed markup to the core as a value, and shows the message as text.
  await page.fill("input[data-criterion=demand]", "<img src=/x-calc onerror=window.__pwned=6>");
  expect(await page.textContent("[data-testid=calc-error]")).toContain("<img src=/x-calc");
  expect(await page.locator(`[data-testid=calculator] :is(${MARKUP_ELEMENTS})`).count()).toBe(0);
  await expectNothingRan(opened);
  await page.context().close();
});

/** Runs in the page: a workbook whose every answer carries markup, as a hostile JSON file would. */
function installHostileFake(evil: string): void {
  const summary = {
    updated: 1,
    added: 1,
    conflicts: 0,
    sheetsCreated: [`Blad ${evil}`],
    sheetsRenamed: [{ wanted: evil, used: `${evil} (2)` }],
    details: [`Rij ${evil}`],
  };
  (window as unknown as { __seTestHooks: unknown }).__seTestHooks = {
    host: "excel",
    actions: {
      previewImport: async () => summary,
      runImport: async (_o: unknown, onProgress: (p: unknown) => void) => {
        onProgress({ done: 1, total: 2, label: evil });
        return { ok: false, batchesWritten: 1, batchesTotal: 2, summary, message: evil };
      },
      validate: async () => [{ address: `'${evil}'!A1`, column: evil, value: evil, message: evil }],
      select: async () => undefined,
      exportJson: async () => evil,
      checkJson: async (text: string) => (text.includes("reject") ? { ok: false, message: evil } : { ok: true, summary }),
      importJson: async () => ({ ok: true, batchesWritten: 1, batchesTotal: 1, summary }),
    },
  };
}

test("Excel mode: markup from the workbook or an imported file is shown as text, and runs nothing", async () => {
  const opened = await served.openPane({
    init: { script: installHostileFake as (arg: never) => unknown, arg: EVIL },
  });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=excel]");
  const noMarkup = async () => {
    expect(await paneMarkup(page)).toBe(0);
  };

  await page.click("[data-testid=import-button]");
  await page.locator("[data-testid=dialog-confirm]").waitFor();
  expect(await page.textContent("dialog[data-testid=dialog]")).toContain(PAYLOADS[0]);
  await noMarkup();
  await page.click("[data-testid=dialog-confirm]");
  await page.waitForSelector("[data-testid=import-section] .message-error");
  expect(await page.textContent("[data-testid=import-section] .message-error")).toContain(PAYLOADS[1]);
  await noMarkup();

  await page.click("[data-testid=validate-button]");
  await page.waitForSelector("[data-testid=issues] button");
  expect(await page.textContent("[data-testid=issues]")).toContain(PAYLOADS[2]);
  await noMarkup();

  await page.click("[data-testid=export-button]");
  expect(await page.evaluate(() => (document.querySelector("[data-testid=export-text]") as HTMLTextAreaElement).value)).toBe(EVIL);

  await page.setInputFiles("[data-testid=json-file]", { name: "reject.json", mimeType: "application/json", buffer: Buffer.from("reject") });
  await page.waitForSelector("[data-testid=share-section] .message-error");
  expect(await page.textContent("[data-testid=share-section] .message-error")).toContain(PAYLOADS[3]);
  await noMarkup();

  await expectNothingRan(opened);
  await page.context().close();
});

/**
 * Tries inline script in the page as injected markup would: a <script> element, and an inline
 * handler that fires (a clicked div's onclick, or a missing image's onerror). Returns the CSP
 * violations reported within `settleMs` (violated and effective directives) and whether any ran.
 */
function tryInlineScript(page: Page, arg: { handler: "onclick" | "onerror"; settleMs: number }) {
  return page.evaluate(async ({ handler, settleMs }) => {
    const violated: string[] = [];
    const effective: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      violated.push(e.violatedDirective);
      effective.push(e.effectiveDirective);
    });
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.body.appendChild(s);
    if (handler === "onclick") {
      const div = document.createElement("div");
      div.setAttribute("onclick", "window.__inline = 2");
      document.body.appendChild(div);
      div.click();
    } else {
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__inline = 2");
      img.src = "/x-missing.png";
      document.body.appendChild(img);
    }
    await new Promise((r) => setTimeout(r, settleMs));
    return { violated, effective, inline: (window as unknown as { __inline?: number }).__inline };
  }, arg);
}

test("the Content Security Policy refuses inline script even if markup got in", async () => {
  const opened = await served.open();
  const { page } = opened;
  await page.waitForSelector("body[data-ready]");
  const violations = await tryInlineScript(page, { handler: "onclick", settleMs: 100 });
  expect(violations.inline).toBeUndefined();
  expect(violations.violated.length).toBeGreaterThanOrEqual(2);
  expect(violations.violated.every((d) => d.startsWith("script-src"))).toBe(true);
  // The only console errors are the two refusals just provoked.
  expect(opened.consoleErrors.every((e) => /Content Security Policy/.test(e))).toBe(true);
  await page.context().close();
});

/**
 * Runs in the page: a stand-in for Excel.run under the real writer (excel.js). It answers every
 * read with an empty workbook and records every value and formula the writer sets.
 */
function installExcelStub(): void {
  const w = window as unknown as Record<string, unknown>;
  const writes: { path: string; value: unknown }[] = [];
  w.__writes = writes;
  const anything = (path: string): unknown =>
    new Proxy(function () {}, {
      get(_t, prop) {
        if (prop === "then") return undefined;
        if (prop === "items") return [];
        if (prop === "sync") return async () => undefined;
        return anything(`${path}.${String(prop)}`);
      },
      set(_t, prop, value) {
        writes.push({ path: `${path}.${String(prop)}`, value });
        return true;
      },
      apply: () => anything(`${path}()`),
    });
  w.Excel = { run: async (batch: (context: unknown) => Promise<unknown>) => batch(anything("context")) };
  w.__seTestHooks = { host: "excel", displayLanguage: "nl-BE" };
}

test("the real writer: markup in an imported file is shown as text, and written as text", async () => {
  const opened = await served.openPane({ init: { script: installExcelStub as (arg: never) => unknown } });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=excel]");
  const noMarkup = async () => expect(await paneMarkup(page)).toBe(0);

  // An invalid file: the parser's message quotes the file, markup included.
  await page.setInputFiles("[data-testid=json-file]", { name: "x.json", mimeType: "application/json", buffer: Buffer.from(`${PAYLOADS[0]} ${PAYLOADS[1]}`) });
  const error = page.locator("[data-testid=share-section] .message-error");
  await error.waitFor();
  expect(await error.textContent()).toContain('"<img src="');
  await noMarkup();

  // A valid file with markup and formulas in every text: summarised, imported, written as values.
  const d: Dataset = JSON.parse(JSON.stringify(REPORT));
  const texts = [...PAYLOADS, ...INJECTION_PAYLOADS];
  d.analystOpportunities = texts.map((t, i) => ({ id: `A${i + 1}`, domain: "maatschappelijke noden", sector: "zorg", title: { nl: t, en: t }, provenance: { source: t } }));
  d.opportunityRatings = texts.map((t, i) => ({ id: `A${i + 1}`, notes: t }));
  await page.setInputFiles("[data-testid=json-file]", { name: "y.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(d)) });
  await page.locator("[data-testid=dialog-confirm]").waitFor();
  await noMarkup();
  await page.click("[data-testid=dialog-confirm]");
  await page.waitForSelector("[data-testid=share-section] .message-success");
  await noMarkup();

  const writes = await page.evaluate(() => (window as unknown as { __writes: { path: string; value: unknown }[] }).__writes);
  const values = writes.filter((x) => x.path.endsWith(".values")).flatMap((x) => (x.value as unknown[][]).flat());
  const formulas = writes.filter((x) => x.path.endsWith(".formulas")).flatMap((x) => (x.value as unknown[][]).flat());
  for (const t of texts) {
    // Each text went in as a value: as written, or behind Excel's text apostrophe when it could start a formula.
    expect(values.filter((v) => v === t || v === `'${t}`).length).toBeGreaterThanOrEqual(2);
  }
  for (const t of INJECTION_PAYLOADS.filter((p) => p !== " =1+1")) expect(values).not.toContain(t);
  expect(formulas.length).toBeGreaterThan(0);
  for (const f of formulas) expect(String(f)).toMatch(/^=(SE\.POTENTIAL|SE\.SCORE|IFERROR|SUMPRODUCT)\(/);

  await expectNothingRan(opened);
  // The real writer was loaded, from the add-in's origin.
  expect(opened.requests.some((u) => u === `${served.url}excel.js`)).toBe(true);
  await page.context().close();
});

/** Directives of a CSP meta, by name. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

test.each([
  ["taskpane.html", { "script-src": ["'self'", OFFICE_CDN.replace(/\/lib\/.*$/, "")], "object-src": ["'none'"], "base-uri": ["'self'"], "form-action": ["'none'"] }],
  ["help.html", { "default-src": ["'self'"], "script-src": ["'none'"], "object-src": ["'none'"], "base-uri": ["'none'"], "form-action": ["'none'"] }],
  ["help.nl.html", { "default-src": ["'self'"], "script-src": ["'none'"], "object-src": ["'none'"], "base-uri": ["'none'"], "form-action": ["'none'"] }],
])("%s carries its Content Security Policy, refuses inline script, and asks no other host", async (pagePath, expected) => {
  const opened = await served.open(pagePath);
  const { page } = opened;
  await page.waitForLoadState("load");
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  expect(directives(csp ?? "")).toEqual(expected);
  expect(csp).not.toMatch(/unsafe-|data:|blob:|\*/);
  // Scripts only from the add-in's origin and office.js's CDN, none inline.
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
  for (const src of scripts) expect(src.startsWith(served.url) || src.startsWith(OFFICE_CDN)).toBe(true);
  const blocked = await tryInlineScript(page, { handler: "onerror", settleMs: 200 });
  expect(blocked.inline).toBeUndefined();
  expect(blocked.effective).toEqual(expect.arrayContaining(["script-src-elem", "script-src-attr"]));
  expect(opened.consoleErrors.every((e) => /Content Security Policy|x-missing|404/.test(e))).toBe(true);
  expect(opened.foreignRequests).toEqual([]);
  expect(opened.officeTelemetry).toEqual([]);
  await page.context().close();
});

test("over 5 seconds the pane asks nothing of any host but its own and office.js; office.js's own telemetry frame is recorded apart", async () => {
  const opened = await served.open();
  await opened.page.waitForSelector("body[data-ready]");
  await opened.page.waitForTimeout(5_000);
  expect(opened.foreignRequests).toEqual([]);
  // office.js, outside Office, opens Microsoft's telemetry proxy in a frame: its traffic, not ours (blocked here).
  expect(opened.officeTelemetry.every((u) => u === OFFICE_TELEMETRY)).toBe(true);
  for (const url of opened.requests) expect(url.startsWith(served.url) || url.startsWith(OFFICE_CDN) || url === OFFICE_TELEMETRY).toBe(true);
  // The pane itself fetched only its own files (office.js's host scripts come from its CDN folder).
  const own = opened.requests.filter((u) => u.startsWith(served.url)).map((u) => u.slice(served.url.length).split("?")[0]);
  for (const file of own) expect(file).toMatch(/^(taskpane\.(html|css)|[\w-]+\.js|assets\/[\w-]+\.png|functions(\.nl)?\.json)$/);
  await opened.page.context().close();
});
