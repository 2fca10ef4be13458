/**
 * The pane at its narrowest (350 px, Excel's default task pane width) in both languages: the
 * report's tab bar stays one line and says when more tabs lie beyond an edge; the calculator's
 * fields suggest the ratings as one types (a native list, named by the field's label) and line
 * up in their rows whatever hint one of them carries.
 */
import type { Page } from "playwright-core";
import { idleWorkbook, usePage, useServedBrowser, type OpenedPage } from "./harness";

const served = useServedBrowser();

async function preview(language: "nl-BE" | "en-US", width = 350): Promise<OpenedPage> {
  const opened = await served.openPane({ hooks: { displayLanguage: language }, context: { viewport: { width, height: 800 } }, ready: "preview" });
  // The bar's arrows follow the tabs' width, measured after layout (a ResizeObserver).
  await opened.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return opened;
}

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;
const arrows = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector("[data-testid=tabbar]")!;
    return { start: bar.hasAttribute("data-more-start"), end: bar.hasAttribute("data-more-end") };
  });

describe.each(["nl-BE", "en-US"] as const)("%s at 350 px", (language) => {
  const pane = usePage(() => preview(language));

  test("the tab bar is one line; an arrow shows more tabs beyond the edge, and takes the pointer there", async () => {
    const { page } = pane;
    const tops = await page.locator("[role=tab]").evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const scroller = await box(page, ".tablist-scroll");
    expect(scroller.x + scroller.width).toBeLessThanOrEqual(350);
    // The tabs are wider than the pane: the end arrow shows, the start one not yet.
    expect(await arrows(page)).toEqual({ start: false, end: true });
    expect(await page.locator("[data-testid=tabs-more-end]").isVisible()).toBe(true);
    expect(await page.locator("[data-testid=tabs-more-start]").isVisible()).toBe(false);
    // Out of the accessibility tree and the tab order: the tablist itself lists every tab.
    expect(await page.getAttribute("[data-testid=tabs-more-end]", "aria-hidden")).toBe("true");
    await page.click("[data-testid=tabs-more-end]");
    await page.waitForFunction(() => document.querySelector("[data-testid=tabbar]")!.hasAttribute("data-more-start"));
    expect(await page.evaluate(() => document.querySelector(".tablist-scroll")!.scrollLeft)).toBeGreaterThan(0);
  });

  test("the last tab chosen by keyboard is scrolled fully into view", async () => {
    const { page } = pane;
    await page.focus("[role=tab][aria-selected=true]");
    await page.keyboard.press("End");
    await page.waitForFunction(() => !document.querySelector("[data-testid=tabbar]")!.hasAttribute("data-more-end"));
    const scroller = await box(page, ".tablist-scroll");
    const last = await box(page, "[role=tab][data-key=tab-source]");
    expect(last.x).toBeGreaterThanOrEqual(scroller.x);
    expect(last.x + last.width).toBeLessThanOrEqual(scroller.x + scroller.width + 0.5);
    expect(await arrows(page)).toEqual({ start: true, end: false });
    await page.keyboard.press("Home");
    await page.waitForFunction(() => !document.querySelector("[data-testid=tabbar]")!.hasAttribute("data-more-start"));
  });

  test("after a re-render (here the language switch) the selected tab is still in view", async () => {
    const { page } = pane;
    await page.focus("[role=tab][aria-selected=true]");
    await page.keyboard.press("End");
    const other = language === "nl-BE" ? "en" : "nl";
    await page.click(`[data-testid=lang-${other}]`);
    await page.waitForFunction((l) => document.documentElement.lang === l, other);
    await page.waitForFunction(() => document.querySelector("[data-testid=tabbar]")!.hasAttribute("data-more-start"));
    const scroller = await box(page, ".tablist-scroll");
    const selected = await box(page, "[role=tab][aria-selected=true]");
    expect(await page.getAttribute("[role=tab][aria-selected=true]", "data-key")).toBe("tab-source");
    expect(selected.x).toBeGreaterThanOrEqual(scroller.x);
    expect(selected.x + selected.width).toBeLessThanOrEqual(scroller.x + scroller.width + 0.5);
    await page.click(`[data-testid=lang-${language.slice(0, 2)}]`);
    await page.focus("[role=tab][aria-selected=true]");
    await page.keyboard.press("Home");
    await page.waitForFunction(() => !document.querySelector("[data-testid=tabbar]")!.hasAttribute("data-more-start"));
  });

  test("each criterion field suggests the report's words and the 1–5 scale, as a named combobox", async () => {
    const { page } = pane;
    const words = language === "nl-BE" ? ["hoog", "medium", "laag"] : ["high", "medium", "low"];
    const lists = await page.locator("input[data-criterion]").evaluateAll((inputs) =>
      inputs.map((i) => [...((i as HTMLInputElement).list?.options ?? [])].map((o) => o.value)),
    );
    expect(lists).toHaveLength(4);
    for (const list of lists) expect(list).toEqual([...words, "1", "2", "3", "4", "5"]);
    const label = language === "nl-BE" ? "Tewerkstellingsvraag" : "Employment demand";
    expect(await page.getByRole("combobox", { name: label }).count()).toBe(1);
  });

  test("the investment hint sits under its field without moving the fields beside it", async () => {
    const { page } = pane;
    const inputs = await page.locator("input[data-criterion]").evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const label = (e as HTMLInputElement).labels![0].getBoundingClientRect();
        return { top: Math.round(r.top), left: Math.round(r.left), height: Math.round(r.height), labelBottom: Math.round(label.bottom) };
      }),
    );
    // Two per row at 350 px: demand | investment, fit | local.
    expect(inputs[0].left).toBeLessThan(inputs[1].left);
    for (const [a, b] of [
      [0, 1],
      [2, 3],
    ]) {
      expect(inputs[a].top).toBe(inputs[b].top);
      // A label of two lines grows upwards: each label sits right on its input.
      expect(inputs[a].labelBottom).toBe(inputs[b].labelBottom);
      expect(inputs[a].height).toBe(inputs[b].height);
    }
    const hint = await box(page, "input[data-criterion=investment] ~ .hint");
    const investment = inputs[1];
    expect(hint.y).toBeGreaterThanOrEqual(investment.top + investment.height);
    // Typing (and the result or error that appears) moves nothing in the grid.
    await page.fill("input[data-criterion=demand]", "banaan");
    const after = await page.locator("input[data-criterion]").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(after).toEqual(inputs.map((i) => i.top));
    await page.fill("input[data-criterion=demand]", "");
  });
});

test("wide enough for every tab, the bar shows no arrow", async () => {
  const { page } = await preview("nl-BE", 900);
  expect(await arrows(page)).toEqual({ start: false, end: false });
  expect(await page.locator("[data-testid=tabs-more-end]").isVisible()).toBe(false);
  await page.context().close();
});

/** Runs in the page: records each reading of window.scrollY and call of window.scrollTo. */
function recordScrollCalls(): void {
  const w = window as unknown as { __scrollCalls: string[] };
  w.__scrollCalls = [];
  const scrollY = Object.getOwnPropertyDescriptor(window, "scrollY")!;
  Object.defineProperty(window, "scrollY", {
    configurable: true,
    get() {
      w.__scrollCalls.push("scrollY");
      return scrollY.get!.call(window);
    },
  });
  const scrollTo = window.scrollTo.bind(window) as (x: number, y: number) => void;
  window.scrollTo = ((x: number, y: number) => {
    w.__scrollCalls.push("scrollTo");
    scrollTo(x, y);
  }) as typeof window.scrollTo;
}

const scrollCalls = (page: Page) => page.evaluate(() => (window as unknown as { __scrollCalls: string[] }).__scrollCalls.splice(0));

test("the first render does not ask where the page is scrolled", async () => {
  // Asking (scrollY, scrollTo) makes the browser lay the page out on the spot: on the first render
  // that layout was done twice, once there and once for the first frame.
  for (const excel of [false, true]) {
    const { page } = await served.openPane({
      init: excel ? { script: idleWorkbook as (arg: never) => unknown, arg: "excel" } : undefined,
      beforeGoto: (page) => page.addInitScript(recordScrollCalls),
      ready: excel ? "excel" : "preview",
    });
    expect({ excel, calls: await scrollCalls(page) }).toEqual({ excel, calls: [] });
    await page.context().close();
  }
});

test("a re-render keeps the page where the analyst had scrolled it", async () => {
  const { page } = await served.openPane({
    init: { script: idleWorkbook as (arg: never) => unknown, arg: "excel" },
    beforeGoto: (page) => page.addInitScript(recordScrollCalls),
    context: { viewport: { width: 360, height: 320 } },
    ready: "excel",
  });
  const box = "input[type=checkbox][data-part=threats]";
  // The checkbox in view, the page scrolled; clicked in the page (Playwright's click would scroll).
  await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: "end" }), box);
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(50);
  await scrollCalls(page);
  await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.click(), box);
  await page.waitForFunction((selector) => !document.querySelector<HTMLInputElement>(selector)!.checked, box);
  expect(await scrollCalls(page)).toEqual(["scrollY", "scrollTo"]);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await page.context().close();
});
