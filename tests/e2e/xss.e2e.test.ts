/**
 * Issue 5, item 6: text with markup from the dataset or from an imported file is shown as text
 * (no element created, no script run), and the page's Content Security Policy refuses inline
 * script. The crafted data comes in through the test hook (window.__seTestHooks).
 */
import type { Browser } from "playwright-core";
import { REPORT } from "../../src/core/dataset/report";
import type { Dataset } from "../../src/core/dataset/schema";
import { launch, openPage, serveDist } from "./harness";

const PAYLOADS = [
  '<img src="/x-img" onerror="window.__pwned=1">',
  "<script>window.__pwned=2</script>",
  '<svg onload="window.__pwned=3"></svg>',
  '<iframe src="javascript:window.parent.__pwned=4"></iframe>',
  '"><a href="javascript:window.__pwned=5">x</a>',
];
const EVIL = PAYLOADS.join(" ");

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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

test("preview: markup in the dataset is shown as text, and runs nothing", async () => {
  const dataset = craftedDataset();
  const opened = await openPage(browser, server.url, "taskpane.html", {
    init: { script: ((d: Dataset) => ((window as unknown as { __seTestHooks: unknown }).__seTestHooks = { dataset: d })) as (arg: never) => unknown, arg: dataset },
  });
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
  // The calculator passes typed markup to the core as a value, and shows the message as text.
  await page.fill("input[data-criterion=demand]", "<img src=/x-calc onerror=window.__pwned=6>");
  expect(await page.textContent("[data-testid=calc-error]")).toContain("<img src=/x-calc");
  expect(await page.locator(`[data-testid=calculator] :is(${MARKUP_ELEMENTS})`).count()).toBe(0);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(opened.requests.filter((u) => u.includes("/x-"))).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
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
  const opened = await openPage(browser, server.url, "taskpane.html", {
    init: { script: installHostileFake as (arg: never) => unknown, arg: EVIL },
  });
  const { page } = opened;
  await page.waitForSelector("body[data-ready=excel]");
  const noMarkup = async () => {
    expect(await page.locator(`#main :is(${MARKUP_ELEMENTS}), dialog :is(${MARKUP_ELEMENTS})`).count()).toBe(0);
  };

  await page.click("[data-testid=import-button]");
  await page.locator("dialog").waitFor();
  expect(await page.textContent("dialog")).toContain(PAYLOADS[0]);
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
  expect(await page.inputValue("[data-testid=export-text]")).toBe(EVIL);

  await page.setInputFiles("[data-testid=json-file]", { name: "reject.json", mimeType: "application/json", buffer: Buffer.from("reject") });
  await page.waitForSelector("[data-testid=share-section] .message-error");
  expect(await page.textContent("[data-testid=share-section] .message-error")).toContain(PAYLOADS[3]);
  await noMarkup();

  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(opened.requests.filter((u) => u.includes("/x-"))).toEqual([]);
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
  await page.context().close();
});

test("the Content Security Policy refuses inline script even if markup got in", async () => {
  const opened = await openPage(browser, server.url);
  const { page } = opened;
  await page.waitForSelector("body[data-ready]");
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.body.appendChild(s);
    const div = document.createElement("div");
    div.setAttribute("onclick", "window.__inline = 2");
    document.body.appendChild(div);
    div.click();
    await new Promise((r) => setTimeout(r, 100));
    return { seen, inline: (window as unknown as { __inline?: number }).__inline };
  });
  expect(violations.inline).toBeUndefined();
  expect(violations.seen.length).toBeGreaterThanOrEqual(2);
  expect(violations.seen.every((d) => d.startsWith("script-src"))).toBe(true);
  // The only console errors are the two refusals just provoked.
  expect(opened.consoleErrors.every((e) => /Content Security Policy/.test(e))).toBe(true);
  await page.context().close();
});
