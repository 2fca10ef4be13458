/**
 * Accessibility, proven in the browser: axe-core (WCAG 2.1 A and AA rules) finds nothing on any
 * state of the pane — preview, Excel mode on a fake workbook (idle, dialog, progress, messages,
 * the list of invalid ratings, the export), the companion parts — in both languages and in the
 * light, dark and high-contrast themes, nor on the help pages. Screenshots of each state at
 * 350 px go to test-results/ for a person to look at.
 *
 * Every state is also checked in Chromium's own accessibility tree, which is what a screen
 * reader gets: no button, checkbox, combobox, tab or text field without a name.
 */
import path from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { resultsDir, useServedBrowser } from "./harness";

const results = resultsDir("a11y");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const served = useServedBrowser();

type Theme = "light" | "dark" | "contrast";
const THEMES: readonly Theme[] = ["light", "dark", "contrast"];
const LANGUAGES = ["nl", "en"] as const;

/** Runs in the page: Office's theme and language, and (in Excel mode) a fake workbook whose import waits for the test. */
function installHooks(arg: { host: "excel" | "preview"; language: string; dark: boolean }): void {
  const w = window as unknown as Record<string, unknown>;
  let release: () => void = () => {};
  w.__release = () => release();
  const summary = { updated: 3, added: 2, conflicts: 1, sheetsCreated: ["Overzicht"], sheetsRenamed: [{ wanted: "Bron", used: "Bron (2)" }], details: ["Opportuniteit 4: titel bijgewerkt"] };
  type Progress = { done: number; total: number; label: string };
  const analysis = {
    left: 0,
    headerRow: 0,
    headers: ["Activiteit", "Vraag", "Investering", "Fit", "Lokaal"],
    detected: { demand: 1, investment: 2, fit: 3, local: 4 },
    mapping: { demand: 1, investment: 2, fit: 3, local: 4 },
    plan: { mode: "range", sheet: "Blad1", table: null, target: { top: 0, left: 5, rows: 3, cols: 2 }, address: "'Blad1'!F1:G3", columns: [{ header: "Potentieel", formulas: ["=SE.POTENTIAL(B2,C2,D2,E2)"] }, { header: "Score", formulas: ["=SE.SCORE(B2,C2,D2,E2)"] }], rows: 2 },
    problem: null,
  };
  w.__seTestHooks = {
    host: arg.host,
    displayLanguage: arg.language,
    officeTheme: { isDarkTheme: arg.dark },
    actions:
      arg.host === "excel"
        ? {
            previewImport: async () => summary,
            runImport: async (_o: unknown, onProgress: (p: Progress) => void) => {
              onProgress({ done: 1, total: 3, label: "Trends" });
              await new Promise<void>((r) => (release = r));
              return { ok: true, batchesWritten: 3, batchesTotal: 3, summary };
            },
            validate: async () => [{ address: "'Opportuniteiten'!F7", column: "vraag", value: "hgo", message: 'vraag: "hgo" is geen geldige beoordeling.' }],
            select: async () => {},
            exportJson: async () => JSON.stringify({ schemaVersion: 1, opportunities: [] }, null, 2),
            checkJson: async () => ({ ok: false, message: "Schemaversie 9 wordt niet ondersteund." }),
            importJson: async () => ({ ok: true, batchesWritten: 1, batchesTotal: 1, summary }),
            companion: {
              analyseSelection: async () => analysis,
              scoreSelection: async () => ({ ok: true, plan: analysis.plan }),
              insertAtSelection: async () => ({ ok: true, address: "Blad1!B2" }),
            },
          }
        : undefined,
  };
}

async function open(host: "excel" | "preview", language: string, theme: Theme): Promise<{ page: Page; errors: string[] }> {
  const opened = await served.openPane({
    init: { script: installHooks as (arg: never) => unknown, arg: { host, language, dark: theme === "dark" } },
    context: { viewport: { width: 350, height: 800 }, forcedColors: theme === "contrast" ? "active" : "none" },
    ready: host,
    readyTimeout: 20_000,
  });
  return { page: opened.page, errors: opened.consoleErrors };
}

/** Names of the controls Chromium exposes without one. */
async function unnamedControls(page: Page): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  const { nodes } = (await client.send("Accessibility.getFullAXTree")) as { nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string } }[] };
  await client.detach();
  const controls = new Set(["button", "checkbox", "combobox", "tab", "textbox", "link", "progressbar", "dialog", "listbox", "tablist"]);
  return nodes.filter((n) => !n.ignored && controls.has(n.role?.value ?? "") && !(n.name?.value ?? "").trim()).map((n) => n.role?.value ?? "?");
}

async function check(page: Page, label: string): Promise<void> {
  // Let finite transitions end before axe reads colours (a hover or focus change blends them for
  // a moment); one can start a frame later: wait until two frames in a row have none running.
  await page.evaluate(async () => {
    const running = () =>
      document.getAnimations().filter((a) => a.playState === "running" && Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
    for (let quiet = 0, tries = 0; quiet < 2 && tries < 100; tries++) {
      const now = running();
      quiet = now.length === 0 ? quiet + 1 : 0;
      await Promise.all(now.map((a) => a.finished.catch(() => undefined)));
      await frame();
    }
  });
  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const violations = axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(" ")} ${n.failureSummary ?? ""}`).slice(0, 3).join(" | ")}`);
  expect({ state: label, violations }).toEqual({ state: label, violations: [] });
  expect({ state: label, unnamed: await unnamedControls(page) }).toEqual({ state: label, unnamed: [] });
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(results, `${name}.png`), fullPage: true });

describe.each(THEMES)("theme %s", (theme) => {
  test.each(LANGUAGES)("preview (%s): the page, each tab, an error and a result of the calculator", async (language) => {
    const { page, errors } = await open("preview", language, theme);
    expect(await page.getAttribute("html", "data-theme")).toBe(theme);
    await check(page, `preview ${language} ${theme}`);
    await shot(page, `preview-${language}-${theme}`);
    for (const tab of ["opportunities", "threats", "figures", "impact", "source"]) {
      await page.click(`[role=tab][data-key=tab-${tab}]`);
      await check(page, `preview tab ${tab} ${language} ${theme}`);
    }
    await page.fill("input[data-criterion=demand]", "banaan");
    await check(page, `calculator error ${language} ${theme}`);
    for (const [criterion, value] of [["demand", "hoog"], ["investment", "laag"], ["fit", "hoog"], ["local", "hoog"]]) await page.fill(`input[data-criterion=${criterion}]`, value);
    await page.click("details.details summary");
    await check(page, `calculator result ${language} ${theme}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(LANGUAGES)("Excel mode (%s): idle, dialog, progress, messages, issues, export, companion", async (language) => {
    const { page, errors } = await open("excel", language, theme);
    await check(page, `excel idle ${language} ${theme}`);
    await shot(page, `excel-${language}-${theme}`);
    await page.click("[data-testid=import-button]");
    await page.locator("[data-testid=dialog-confirm]").waitFor();
    await check(page, `excel dialog ${language} ${theme}`);
    await page.screenshot({ path: path.join(results, `dialog-${language}-${theme}.png`) });
    await page.click("[data-testid=dialog-confirm]");
    await page.waitForSelector("[data-testid=progress]");
    await check(page, `excel progress ${language} ${theme}`);
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await page.waitForSelector("[data-testid=import-section] .message-success");
    await page.click("[data-testid=validate-button]");
    await page.waitForSelector("[data-testid=issues]");
    await page.click("[data-testid=export-button]");
    await page.waitForSelector("[data-testid=export-text]");
    await page.setInputFiles("[data-testid=json-file]", { name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{}") });
    await page.waitForSelector("[data-testid=share-section] .message-error");
    await check(page, `excel messages ${language} ${theme}`);
    await shot(page, `excel-messages-${language}-${theme}`);
    await page.click("[data-testid=companion-open]");
    await page.waitForSelector("[data-testid=own-table]");
    await page.click("[data-testid=own-analyse]");
    await page.waitForSelector("[data-testid=own-plan]");
    await check(page, `excel companion ${language} ${theme}`);
    await shot(page, `excel-companion-${language}-${theme}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

test.each(["help.html", "help.nl.html"])("%s: no violations, in light and forced colours", async (file) => {
  for (const forcedColors of ["none", "active"] as const) {
    const opened = await served.open(file, { context: { viewport: { width: 350, height: 800 }, forcedColors } });
    await check(opened.page, `${file} ${forcedColors}`);
    expect(opened.consoleErrors).toEqual([]);
    await opened.page.context().close();
  }
});
