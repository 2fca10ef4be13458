/**
 * Preview mode in a real browser: the report browsable, the calculator answering as the core
 * does, operable with the keyboard only, in Dutch and English, with no errors and no requests
 * beyond the add-in's origin and office.js.
 */
import path from "path";
import type { Page } from "playwright-core";
import { REPORT } from "../../src/core/dataset/report";
import { CRITERIA } from "../../src/core/criteria";
import { CellError, plainError } from "../../src/core/errors";
import { ERROR_NAMES } from "../../src/core/error-names";
import type { Language } from "../../src/core/language";
import { explainGrid, potentialGrid, scoreGrid } from "../../src/core/scoring";
import { OFFICE_CDN, OFFICE_TELEMETRY, resultsDir, useServedBrowser, type OpenedPage } from "./harness";

const results = resultsDir();
const served = useServedBrowser();
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  opened = await served.openPane({ ready: "preview", readyTimeout: 20_000 });
  page = opened.page;
});

/** What the core says for one row, as the pane should show it. */
function core(values: readonly string[], language: Language) {
  const args = values.map((v) => [[v]]) as unknown as readonly [unknown, unknown, unknown, unknown];
  const p = potentialGrid(args, language, language, plainError);
  const s = scoreGrid(args, new Float64Array([1, 1, 1, 1]), language, plainError);
  const e = explainGrid(args, language, language, plainError);
  if (!p.ok || !s.ok || !e.ok) throw new Error("whole-call error for one cell");
  return { potential: p.values[0][0], score: s.values[0][0], explanation: e.values[0][0] };
}

async function fill(values: readonly string[]): Promise<void> {
  for (const [k, criterion] of CRITERIA.entries()) {
    await page.fill(`input[data-criterion=${criterion}]`, values[k]);
  }
}

/** The text of every part of the report browser, each tab shown in turn, ending on the first. */
async function everyPart(): Promise<string> {
  let text = "";
  for (const tab of ["opportunities", "threats", "figures", "impact", "source", "trends"]) {
    await page.click(`[role=tab][data-key=tab-${tab}]`);
    text += (await page.textContent("[role=tabpanel]:not([hidden])")) ?? "";
  }
  return text;
}

async function uiLanguage(): Promise<string | null> {
  return page.getAttribute("html", "lang");
}

test("preview mode: banner, mark, Dutch by default (Office gives no display language)", async () => {
  expect(await uiLanguage()).toBe("nl");
  expect(await page.textContent("[data-testid=preview-banner]")).toMatch(/README/);
  expect(await page.evaluate(() => performance.getEntriesByName("se:pane-interactive").length)).toBe(1);
  await page.screenshot({ path: path.join(results, "pane-preview-nl.png"), fullPage: true });
});

test("every trend, opportunity and threat title of the report is in the browser", async () => {
  // A part is built when its tab is first shown: only the first tab's is there from the start.
  expect(await page.locator("[data-testid=opportunity]").count()).toBe(0);
  const text = await everyPart();
  for (const item of [...REPORT.trends, ...REPORT.opportunities, ...REPORT.threats]) expect(text).toContain(`${item.id}. ${item.title.nl}`);
  for (const trend of REPORT.trends) for (const point of trend.points) expect(text).toContain(point.nl);
  expect(text).toContain(REPORT.report.title.nl);
  expect(await page.locator("[data-testid=trend]").count()).toBe(REPORT.trends.length);
  expect(await page.locator("[data-testid=opportunity]").count()).toBe(REPORT.opportunities.length);
  expect(await page.locator("[data-testid=threat]").count()).toBe(REPORT.threats.length);
});

test("tabs show one part at a time, with the report's potential and figures per language", async () => {
  await page.click("[role=tab][data-key=tab-opportunities]");
  const first = page.locator("[data-testid=opportunity]").first();
  expect(await first.isVisible()).toBe(true);
  expect(await page.locator("[data-testid=trend]").first().isVisible()).toBe(false);
  expect(await first.textContent()).toContain("Hoog");
  await page.click("[role=tab][data-key=tab-figures]");
  const figures = (await page.textContent("[role=tabpanel]:not([hidden])")) ?? "";
  expect(figures).toContain("14,7%");
  expect(figures).toContain("46.000 jobs");
  await page.click("[role=tab][data-key=tab-source]");
  expect(await page.locator("[data-testid=citation]").isVisible()).toBe(true);
  await page.click("[role=tab][data-key=tab-trends]");
});

const CASES: readonly (readonly string[])[] = [
  ["hoog", "laag", "hoog", "hoog"],
  ["High", "Low", "strong", "yes"],
  ["4", "2", "5", "4"],
  ["3,5", "3", "2", "1"],
  ["laag", "hoog", "zwak", "geen"],
  ["medium", "medium", "medium", "medium"],
  ["verzadigd", "1", "ja", "nee"],
];

test.each(CASES)("the calculator gives the core's answer for %s, %s, %s, %s", async (...values) => {
  await fill(values);
  const expected = core(values, "nl");
  expect(expected.potential).not.toBeInstanceOf(CellError);
  expect((await page.textContent("[data-testid=calc-potential]"))?.trim()).toBe(expected.potential);
  expect(Number(await page.getAttribute("[data-testid=calc-score]", "data-value"))).toBeCloseTo(expected.score as number, 10);
  expect(await page.textContent("[data-testid=calc-explanation]")).toBe(expected.explanation);
});

test("an invalid rating and an out-of-scale number show the core's message", async () => {
  for (const values of [
    ["hoog", "banaan", "hoog", "hoog"],
    ["7", "laag", "hoog", "hoog"],
    ["hoog", "", "hoog", "hoog"],
  ]) {
    await fill(values);
    const expected = core(values, "nl").potential as CellError;
    expect(expected).toBeInstanceOf(CellError);
    const shown = (await page.textContent("[data-testid=calc-error]")) ?? "";
    expect(shown).toContain(expected.message);
    // Excel's own name of the error in the pane's language: #WAARDE! and #N/B in Dutch.
    expect(shown).toContain(`(${ERROR_NAMES.nl[expected.code]})`);
    expect(await page.locator("[data-testid=calc-potential]").count()).toBe(0);
  }
});

test("keyboard only, from a fresh page: tab to the calculator, type the four criteria, clear with Enter", async () => {
  const fresh = await served.openPane({ ready: "preview" });
  const kb = fresh.page;
  const focusedKey = () => kb.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? "");
  let focused = "";
  for (let i = 0; i < 12 && focused !== "calc-demand"; i++) {
    await kb.keyboard.press("Tab");
    focused = await focusedKey();
  }
  expect(focused).toBe("calc-demand");
  const values = ["hoog", "2", "sterk", "ja"];
  for (const [i, v] of values.entries()) {
    if (i > 0) await kb.keyboard.press("Tab");
    await kb.keyboard.type(v);
  }
  expect((await kb.textContent("[data-testid=calc-potential]"))?.trim()).toBe(core(values, "nl").potential);
  await kb.keyboard.press("Tab");
  expect(await focusedKey()).toBe("calc-clear");
  const ring = await kb.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(ring).not.toBe("none");
  await kb.keyboard.press("Enter");
  expect(await kb.inputValue("input[data-criterion=demand]")).toBe("");
  expect(await focusedKey()).toBe("calc-demand");
  expect(fresh.consoleErrors).toEqual([]);
  await kb.context().close();
});

test("tabs work with arrow keys", async () => {
  await page.focus("[role=tab][aria-selected=true]");
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe("tab-opportunities");
  expect(await page.locator("[data-testid=opportunity]").first().isVisible()).toBe(true);
  await page.keyboard.press("End");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe("tab-source");
  await page.keyboard.press("Home");
  expect(await page.locator("[data-testid=trend]").first().isVisible()).toBe(true);
});

test("the language switch turns the UI, the data and the results to English and back", async () => {
  const values = ["hoog", "laag", "medium", "hoog"];
  await fill(values);
  await page.focus("[data-testid=lang-en]");
  await page.keyboard.press("Enter");
  expect(await uiLanguage()).toBe("en");
  expect(await page.getAttribute("[data-testid=lang-en]", "aria-pressed")).toBe("true");
  expect(await page.textContent("[data-testid=calculator] h2")).toBe("Score a case");
  // Inputs survive the switch; the result is now in English.
  expect(await page.inputValue("input[data-criterion=fit]")).toBe("medium");
  expect(await page.textContent("[data-testid=calc-explanation]")).toBe(core(values, "en").explanation);
  const text = await everyPart();
  for (const item of [...REPORT.trends, ...REPORT.opportunities, ...REPORT.threats]) expect(text).toContain(item.title.en);
  expect(text).toContain("14.7%");
  expect(text).toContain("46,000 jobs");
  await page.screenshot({ path: path.join(results, "pane-preview-en.png"), fullPage: true });
  await page.click("[data-testid=lang-nl]");
  expect(await uiLanguage()).toBe("nl");
  expect(await page.textContent("[data-testid=calculator] h2")).toBe("Een geval scoren");
});

test("the Content Security Policy is in the page", async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(await page.locator("script:not([src])").count()).toBe(0);
});

test("no console errors, and no request but to the add-in's origin and office.js", async () => {
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
  for (const url of opened.requests) {
    expect(url.startsWith(served.url) || url.startsWith(OFFICE_CDN) || url === OFFICE_TELEMETRY).toBe(true);
  }
  // In preview the writer chunk is never fetched.
  expect(opened.requests.some((u) => u.endsWith("/excel.js"))).toBe(false);
});
