/**
 * The companion parts in Excel mode (own table, calculator, report browser, insert at the
 * selected cell) against a fake workbook injected through window.__seTestHooks, at 350 px, in
 * Dutch Excel and English Excel. The chunk loads only when the analyst opens it.
 */
import path from "path";
import type { Page } from "playwright-core";
import { resultsDir, usePage, useServedBrowser, type OpenedPage } from "./harness";

const results = resultsDir();
const served = useServedBrowser();

type Call = { name: string; args: unknown[] };

/** Runs in the page: workbook actions whose companion part answers like the Excel adapter does. */
function installFake(display: string): void {
  const w = window as unknown as Record<string, unknown>;
  const calls: { name: string; args: unknown[] }[] = [];
  w.__calls = calls;
  let occupiedOnce = true;
  const headers = ["Activiteit", "Beoordeling markt", "Investering", "Fit", "Lokaal"];
  const plan = (explanation: boolean) => ({
    mode: "range",
    sheet: "Kandidaten",
    table: null,
    target: { top: 3, left: 5, rows: 4, cols: explanation ? 3 : 2 },
    address: explanation ? "'Kandidaten'!F4:H7" : "'Kandidaten'!F4:G7",
    columns: [
      { header: "Potentieel", formulas: ["=SE.POTENTIAL(B5,C5,D5,E5)", "=SE.POTENTIAL(B6,C6,D6,E6)", "=SE.POTENTIAL(B7,C7,D7,E7)"] },
      { header: "Score", formulas: ["=SE.SCORE(B5,C5,D5,E5)", "=SE.SCORE(B6,C6,D6,E6)", "=SE.SCORE(B7,C7,D7,E7)"] },
      ...(explanation ? [{ header: "Uitleg", formulas: ["=SE.EXPLAIN(B5,C5,D5,E5)", "", ""] }] : []),
    ],
    rows: 3,
  });
  const analysis = (options: { explanation: boolean; mapping?: Record<string, number> }) => {
    const mapping = { investment: 2, fit: 3, local: 4, ...options.mapping };
    const complete = (mapping as Record<string, number>).demand !== undefined;
    return {
      left: 0,
      headerRow: 2,
      headers,
      detected: { investment: 2, fit: 3, local: 4 },
      mapping,
      plan: complete ? plan(options.explanation) : null,
      problem: complete ? null : { code: "missing", criteria: ["demand"] },
    };
  };
  const noop = async () => {
    throw new Error("not used here");
  };
  w.__seTestHooks = {
    host: "excel",
    displayLanguage: display,
    actions: {
      previewImport: noop,
      runImport: noop,
      validate: async () => [],
      select: noop,
      exportJson: noop,
      checkJson: noop,
      importJson: noop,
      companion: {
        async analyseSelection(options: { explanation: boolean; mapping?: Record<string, number> }) {
          calls.push({ name: "analyseSelection", args: [options] });
          return analysis(options);
        },
        async scoreSelection(options: { explanation: boolean; mapping?: Record<string, number> }, expected: string) {
          calls.push({ name: "scoreSelection", args: [options, expected] });
          return { ok: true, plan: plan(options.explanation) };
        },
        async insertAtSelection(content: unknown, overwrite: boolean) {
          calls.push({ name: "insertAtSelection", args: [content, overwrite] });
          if (!overwrite && occupiedOnce && (content as { kind: string }).kind === "formula" && JSON.stringify(content).includes("OPPORTUNITY")) {
            occupiedOnce = false;
            return { ok: false, occupied: true, address: "Kandidaten!B2", current: "mijn notitie" };
          }
          return { ok: true, address: "Kandidaten!B2" };
        },
      },
    },
  };
}

function open(display: string): Promise<OpenedPage> {
  return served.openPane({
    init: { script: installFake as (arg: never) => unknown, arg: display },
    context: { viewport: { width: 350, height: 900 } },
    ready: "excel",
    readyTimeout: 20_000,
  });
}

const callsOf = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls.slice());

describe("Dutch Excel (nl-BE)", () => {
  const pane = usePage(() => open("nl-BE"));

  test("the companion chunk loads only when opened, after the functions associated", async () => {
    const { opened, page } = pane;
    expect(opened.requests.some((u) => /\/(companion|preview)\.js$/.test(u))).toBe(false);
    await page.click("[data-testid=companion-open]");
    await page.waitForSelector("[data-testid=own-table]");
    expect(opened.requests.some((u) => u.endsWith("/companion.js"))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("own-analyse");
  });

  test("own table: a criterion not recognised is chosen by the analyst, then the columns are added", async () => {
    const { page } = pane;
    await page.click("[data-testid=own-analyse]");
    await page.waitForSelector("[data-testid=own-mapping]");
    expect(await page.textContent("[data-testid=own-table] .message-warning")).toContain("Niet gevonden: vraag");
    expect(await page.inputValue("select[data-criterion=investment]")).toBe("2");
    await page.locator("[data-testid=own-table]").screenshot({ path: path.join(results, "companion-own-missing-nl.png") });
    await page.selectOption("select[data-criterion=demand]", "1");
    await page.waitForSelector("[data-testid=own-plan]");
    expect(await page.textContent("[data-testid=own-plan]")).toContain("'Kandidaten'!F4:G7");
    // The example follows Dutch Excel: Dutch name, semicolons.
    expect(await page.textContent("[data-testid=own-example]")).toBe("=SE.POTENTIEEL(B5;C5;D5;E5)");
    await page.locator("[data-testid=own-table]").screenshot({ path: path.join(results, "companion-own-plan-nl.png") });
    await page.click("[data-testid=own-write]");
    await page.waitForSelector("[data-testid=own-table] .message-success");
    const calls = await callsOf(page);
    const score = calls.find((c) => c.name === "scoreSelection")!;
    expect(score.args).toEqual([{ language: "nl", explanation: false, mapping: { demand: 1 } }, "'Kandidaten'!F4:G7"]);
    expect(await page.textContent("[data-testid=own-table] .message-success")).toContain("Toegevoegd in 'Kandidaten'!F4:G7 (3 rijen).");
  });

  test("calculator: the formula in Dutch Excel's notation, numbers unquoted, Dutch error names, insert as a live formula", async () => {
    const { page } = pane;
    for (const [criterion, value] of [["demand", "hoog"], ["investment", "3,5"], ["fit", "hoog"], ["local", "sterk"]]) {
      await page.fill(`input[data-criterion=${criterion}]`, value);
    }
    expect(await page.textContent("[data-testid=calc-formula]")).toBe('=SE.POTENTIEEL("hoog";3,5;"hoog";"sterk")');
    await page.click("[data-testid=calc-insert]");
    await page.waitForSelector("[data-testid=insert-notice] .message-success");
    const insert = (await callsOf(page)).filter((c) => c.name === "insertAtSelection").pop()!;
    // Written through range.formulas: English name, commas, a decimal point.
    expect(insert.args).toEqual([{ kind: "formula", formula: '=SE.POTENTIAL("hoog",3.5,"hoog","sterk")' }, false]);
    expect(await page.textContent("[data-testid=insert-notice]")).toContain('=SE.POTENTIEEL("hoog";3,5;"hoog";"sterk")');
    await page.fill("input[data-criterion=fit]", "veel te veel");
    expect(await page.textContent("[data-testid=calc-error]")).toContain("(#WAARDE!)");
    await page.fill("input[data-criterion=fit]", "");
    expect(await page.textContent("[data-testid=calc-error]")).toContain("(#N/B)");
    await page.fill("input[data-criterion=fit]", "hoog");
  });

  test("the exact rule is next to the report's wording: thresholds, investment low = favourable, the score formula", async () => {
    const { page } = pane;
    await page.click("[data-testid=calculator] details > summary");
    const rule = page.locator("[data-testid=exact-rule]");
    await rule.waitFor();
    expect(await rule.locator("dt[data-criterion=investment]").textContent()).toBe("investering (laag = gunstig)");
    expect(await rule.locator("dd[data-criterion=investment] [data-stance=favourable]").textContent()).toBe("Gunstig: laag of x ≤ 2");
    expect(await rule.locator("dd[data-criterion=demand] [data-stance=favourable]").textContent()).toBe("Gunstig: hoog of x ≥ 4");
    expect(await page.textContent("[data-testid=calculator] > p.muted")).toContain("=SE.POTENTIEEL, =SE.SCORE, =SE.UITLEG");
    expect(await rule.textContent()).toContain("Alle vier „hoog” geeft Medium");
    expect(await page.textContent("[data-testid=score-formula]")).toContain("(x − 1) / 4");
    await page.locator("[data-testid=calculator]").screenshot({ path: path.join(results, "companion-calculator-nl.png") });
  });

  test("report browser: insert an opportunity as a formula (asking before overwriting) and as a value", async () => {
    const { page } = pane;
    await page.click("[data-testid=browser] [role=tab][data-key=tab-opportunities]");
    const first = page.locator("[data-testid=opportunity]").first();
    await first.locator("[data-testid=insert-formula]").click();
    const dialog = page.locator("dialog[data-testid=dialog]");
    await page.locator("[data-testid=dialog-cancel]").waitFor();
    expect(await dialog.textContent()).toContain("mijn notitie");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe("dialog-cancel");
    await page.click("[data-testid=dialog-confirm]");
    await page.waitForSelector("[data-testid=insert-notice] :text('Kandidaten!B2')");
    const inserts = (await callsOf(page)).filter((c) => c.name === "insertAtSelection").slice(-2);
    expect(inserts.map((c) => c.args)).toEqual([
      [{ kind: "formula", formula: '=SE.OPPORTUNITY(1,"titel")' }, false],
      [{ kind: "formula", formula: '=SE.OPPORTUNITY(1,"titel")' }, true],
    ]);
    expect(await page.textContent("[data-testid=insert-notice]")).toContain('=SE.OPPORTUNITEIT(1;"titel")');
    await page.locator("[data-testid=opportunity]").first().locator("select").selectOption("description");
    await page.locator("[data-testid=opportunity]").first().locator("[data-testid=insert-value]").click();
    await page.waitForFunction(() => (window as unknown as { __calls: Call[] }).__calls.filter((c) => c.name === "insertAtSelection").length >= 4);
    const value = (await callsOf(page)).filter((c) => c.name === "insertAtSelection").pop()!;
    expect((value.args[0] as { kind: string }).kind).toBe("text");
    const description = await page.locator("[data-testid=opportunity]").first().locator("h4 + p").first().textContent();
    expect((value.args[0] as { text: string }).text).toBe(description);
    await page.locator("[data-testid=browser] [data-testid=opportunity]").first().screenshot({ path: path.join(results, "companion-browser-nl.png") });
    await page.locator("[data-testid=insert-notice]").screenshot({ path: path.join(results, "companion-insert-notice-nl.png") });
  });

  test("nothing overflows the 350 px pane and nothing went wrong in the console", async () => {
    const { opened, page } = pane;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});

describe("English Excel (en-US)", () => {
  const pane = usePage(() => open("en-US"));

  test("English names, commas and a decimal point; the label language is passed; English error names", async () => {
    const { opened, page } = pane;
    await page.click("[data-testid=companion-open]");
    await page.waitForSelector("[data-testid=calculator]");
    expect(await page.textContent("[data-testid=own-table] h2")).toBe("Score a table of my own");
    for (const [criterion, value] of [["demand", "high"], ["investment", "3.5"], ["fit", "high"], ["local", "strong"]]) {
      await page.fill(`input[data-criterion=${criterion}]`, value);
    }
    expect(await page.textContent("[data-testid=calc-formula]")).toBe('=SE.POTENTIAL("high",3.5,"high","strong","en")');
    await page.fill("input[data-criterion=fit]", "way too much");
    expect(await page.textContent("[data-testid=calc-error]")).toContain("(#VALUE!)");
    await page.fill("input[data-criterion=fit]", "high");
    await page.click("[data-testid=calculator] details > summary");
    expect(await page.locator("dt[data-criterion=investment]").textContent()).toContain("low is favourable");
    await page.click("[data-testid=own-analyse]");
    await page.selectOption("select[data-criterion=demand]", "1");
    await page.waitForSelector("[data-testid=own-plan]");
    expect(await page.textContent("[data-testid=own-example]")).toBe("=SE.POTENTIAL(B5,C5,D5,E5)");
    await page.locator("[data-testid=own-table]").screenshot({ path: path.join(results, "companion-own-plan-en.png") });
    await page.locator("[data-testid=calculator]").screenshot({ path: path.join(results, "companion-calculator-en.png") });
    await page.click("[data-testid=browser] [role=tab][data-key=tab-figures]");
    await page.locator("[data-testid=figure]").first().locator("[data-testid=insert-formula]").click();
    await page.waitForSelector("[data-testid=insert-notice] .message-success");
    const insert = (await callsOf(page)).filter((c) => c.name === "insertAtSelection").pop()!;
    expect((insert.args[0] as { formula: string }).formula).toMatch(/^=SE\.FIGURE\("[a-z_]+","value","en"\)$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    expect(opened.consoleErrors).toEqual([]);
  });
});
