/**
 * Every main flow of the pane in Excel by keyboard alone, on a fake workbook (and the self-test
 * on the acceptance suite's fake): the language switch, the import with its dialog (cancel,
 * Escape, confirm), the validation, the export, the companion (report tabs, the calculator and
 * inserting a formula with the overwrite dialog) and the self-test. After every action the
 * focus is on a control of the pane (never dropped to the page) and visibly marked.
 */
import type { Page } from "playwright-core";
import { useSelfTestFake } from "./fixtures/bundle-fake";
import { useServedBrowser } from "./harness";

const fake = useSelfTestFake(useServedBrowser());

/** Runs in the page after the fake workbook: fake actions for the import, validation, export and companion. */
function fakeActions(): void {
  const w = window as unknown as Record<string, unknown> & { __seTestHooks: Record<string, unknown>; __seCalls: string[] };
  w.__seCalls = [];
  let release: () => void = () => {};
  w.__release = () => release();
  const summary = { updated: 1, added: 0, conflicts: 0, sheetsCreated: [], sheetsRenamed: [], details: [] };
  w.__seTestHooks.actions = {
    previewImport: async () => summary,
    runImport: async (_o: unknown, onProgress: (p: { done: number; total: number; label: string }) => void) => {
      w.__seCalls.push("import");
      onProgress({ done: 1, total: 2, label: "Trends" });
      await new Promise<void>((r) => (release = r));
      return { ok: true, batchesWritten: 2, batchesTotal: 2, summary };
    },
    validate: async () => [{ address: "'Opportuniteiten'!F7", column: "vraag", value: "hgo", message: 'vraag: "hgo" is geen geldige beoordeling.' }],
    select: async (address: string) => void w.__seCalls.push(`select ${address}`),
    exportJson: async () => JSON.stringify({ schemaVersion: 1, opportunities: [] }),
    checkJson: async () => ({ ok: false, message: "-" }),
    importJson: async () => ({ ok: true, batchesWritten: 1, batchesTotal: 1, summary }),
    companion: {
      analyseSelection: async () => ({ left: 0, headerRow: 0, headers: [], detected: {}, mapping: {}, plan: null, problem: { code: "empty" } }),
      scoreSelection: async () => ({ ok: false, analysis: null }),
      // The selected cell holds something until the analyst agrees to overwrite it.
      insertAtSelection: async (content: { formula?: string }, overwrite: boolean) => {
        w.__seCalls.push(`insert ${content.formula ?? ""} ${overwrite}`);
        return overwrite ? { ok: true, address: "Blad1!B2" } : { ok: false, occupied: true, address: "Blad1!B2", current: "oud" };
      },
    },
  };
}

interface Focus {
  key: string | null;
  testid: string | null;
  onPage: boolean;
  ring: boolean;
}

/** Where the focus is, and whether it is marked: :focus-visible with an outline drawn. */
function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const style = a ? getComputedStyle(a) : null;
    const ring = !!a && a.matches(":focus-visible") && style!.outlineStyle !== "none" && parseFloat(style!.outlineWidth) > 0;
    return { key: a?.dataset.key ?? null, testid: a?.dataset.testid ?? null, onPage: !a || a === document.body || a === document.documentElement, ring };
  });
}

/** The focus is on the control `key` (a data-key, or a data-testid), visibly. */
async function expectFocus(page: Page, key: string): Promise<void> {
  const f = await focus(page);
  expect({ expected: key, focusedOnPage: f.onPage, ring: f.ring, key: f.key === key || f.testid === key ? key : `${f.key}/${f.testid}` }).toEqual({ expected: key, focusedOnPage: false, ring: true, key });
}

/** Presses Tab until `key` has the focus (past the pane's end the browser's own UI takes it, then the pane again). */
async function tabTo(page: Page, key: string, shift = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const f = await focus(page);
    if (f.key === key || f.testid === key) return expectFocus(page, key);
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${key}`);
}

/** Tabs to `key` and presses Enter; once `shown` is on the page, the focus is on `focused`, visibly. */
async function enterOn(page: Page, key: string, shown: string, focused: string): Promise<void> {
  await tabTo(page, key);
  await page.keyboard.press("Enter");
  await page.waitForSelector(shown);
  await expectFocus(page, focused);
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __seCalls: string[] }).__seCalls);

test("every flow of the Excel pane by keyboard alone, the focus kept and visible after each action", async () => {
  const { page, consoleErrors } = await fake.open("nl-BE", {
    context: { viewport: { width: 350, height: 800 } },
    beforeGoto: (p) => p.addInitScript(fakeActions),
    ready: "excel",
  });

  // Language switch: Enter and Space, the focus stays on the switch.
  await tabTo(page, "lang-en");
  await page.keyboard.press("Enter");
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await expectFocus(page, "lang-en");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Space");
  expect(await page.getAttribute("html", "lang")).toBe("nl");
  await expectFocus(page, "lang-nl");

  // Import, cancelled: the dialog opens on Cancel (the safe answer); Enter closes it; focus back on Import.
  await tabTo(page, "import");
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog-cancel]").waitFor();
  await expectFocus(page, "dialog-cancel");
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog]").waitFor({ state: "detached" });
  await page.locator("[data-testid=import-section] .message-info").waitFor();
  await expectFocus(page, "import");
  // Escape is a cancel too.
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog-cancel]").waitFor();
  await page.keyboard.press("Escape");
  await page.locator("[data-testid=dialog]").waitFor({ state: "detached" });
  await expectFocus(page, "import");
  expect(await calls(page)).toEqual([]);
  // Tab and Shift+Tab go round the dialog's two buttons, never out of it (the pane's edge would
  // hand the focus to the browser, or in Excel to the workbook, with the dialog still open).
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog-cancel]").waitFor();
  for (const [keys, next] of [["Tab", "dialog-confirm"], ["Tab", "dialog-cancel"], ["Shift+Tab", "dialog-confirm"], ["Shift+Tab", "dialog-cancel"], ["Tab", "dialog-confirm"]]) {
    await page.keyboard.press(keys);
    await expectFocus(page, next);
  }
  // Confirmed from there.
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-testid=progress]");
  // While it runs the button is unavailable (aria-disabled, clicks refused) but keeps the focus.
  await expectFocus(page, "import");
  expect(await page.getAttribute("[data-testid=import-button]", "aria-disabled")).toBe("true");
  // One busy lock: nothing else that talks to the workbook can start meanwhile, the self-test included.
  for (const id of ["validate-button", "export-button", "selftest-button"]) expect([id, await page.getAttribute(`[data-testid=${id}]`, "aria-disabled")]).toEqual([id, "true"]);
  await page.keyboard.press("Enter");
  expect(await calls(page)).toEqual(["import"]);
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await page.locator("[data-testid=import-section] .message-success").waitFor();
  await expectFocus(page, "import");

  // Validate: the focus goes to the first invalid cell; Enter selects it in Excel.
  await enterOn(page, "validate", "[data-testid=issues]", "issue-0");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (window as unknown as { __seCalls: string[] }).__seCalls.includes("select 'Opportuniteiten'!F7"));
  await expectFocus(page, "issue-0");

  // Export: the focus goes to Copy; copying keeps it in the pane (the text is selected if the clipboard refuses).
  await enterOn(page, "export", "[data-testid=export-text]", "copy");
  await page.keyboard.press("Enter");
  expect((await focus(page)).onPage).toBe(false);

  // The companion: opened by keyboard, the focus lands on its first action.
  await enterOn(page, "companion-open", "[data-testid=own-table]", "own-analyse");
  // The calculator: type the four criteria, insert the formula; the cell is occupied: Cancel, then Overwrite.
  await tabTo(page, "calc-demand");
  for (const [i, v] of ["hoog", "laag", "hoog", "hoog"].entries()) {
    if (i > 0) await page.keyboard.press("Tab");
    await page.keyboard.type(v);
    // The suggestions list may open as one types: Escape closes it without leaving the field.
    await page.keyboard.press("Escape");
  }
  await tabTo(page, "calc-insert");
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog-cancel]").waitFor();
  await expectFocus(page, "dialog-cancel");
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=insert-notice]").waitFor();
  await expectFocus(page, "calc-insert");
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog-cancel]").waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog]").waitFor({ state: "detached" });
  await page.locator("[data-testid=insert-notice] .message-success").waitFor();
  await expectFocus(page, "calc-insert");
  // Tried, cancelled; tried again, overwritten after the analyst agreed.
  const formula = '=SE.POTENTIAL("hoog","laag","hoog","hoog")';
  expect((await calls(page)).filter((c) => c.startsWith("insert"))).toEqual([`insert ${formula} false`, `insert ${formula} false`, `insert ${formula} true`]);

  // The report's tabs: one Tab stop, arrow keys move and show the part; Tab enters the panel.
  await tabTo(page, "tab-trends");
  await page.keyboard.press("ArrowRight");
  await expectFocus(page, "tab-opportunities");
  expect(await page.locator("[data-testid=opportunity]").first().isVisible()).toBe(true);
  await page.keyboard.press("End");
  await expectFocus(page, "tab-source");
  await page.keyboard.press("Home");
  await expectFocus(page, "tab-trends");
  // The arrows wrap around; the list stays one Tab stop (only the selected tab is in the order).
  await page.keyboard.press("ArrowLeft");
  await expectFocus(page, "tab-source");
  expect(await page.locator("[role=tab][tabindex='0']").evaluateAll((els) => els.map((e) => e.getAttribute("data-key")))).toEqual(["tab-source"]);
  expect(await page.getAttribute("[data-key=tab-source]", "aria-selected")).toBe("true");
  await page.keyboard.press("ArrowRight");
  await expectFocus(page, "tab-trends");
  // The part follows the selected tab; with a modifier an arrow is the browser's (Alt+← is "back"), not the tabs'.
  expect(await page.locator("[role=tab][aria-selected=true]").evaluateAll((els) => els.map((e) => e.getAttribute("data-key")))).toEqual(["tab-trends"]);
  expect(await page.locator("[role=tabpanel]:not([hidden])").evaluateAll((els) => els.map((e) => e.getAttribute("aria-labelledby")))).toEqual([await page.getAttribute("[data-key=tab-trends]", "id")]);
  await page.keyboard.press("Control+ArrowRight");
  await expectFocus(page, "tab-trends");

  // The self-test: the button keeps the focus while it runs, then Copy of the report has it.
  await tabTo(page, "selftest");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-testid=selftest-result]", { timeout: 30_000 });
  await expectFocus(page, "selftest-copy");

  expect(consoleErrors).toEqual([]);
  await page.context().close();
}, 90_000);
