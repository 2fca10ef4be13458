/**
 * The Excel-mode UI against a fake WorkbookActions injected before the pane starts
 * (window.__seTestHooks): confirm dialog with the summary, progress, the import button locked
 * while an import runs, clickable validation entries, export and JSON import.
 */
import path from "path";
import type { Page } from "playwright-core";
import { resultsDir, useServedBrowser, type OpenedPage } from "./harness";

const results = resultsDir();
const served = useServedBrowser();
let opened: OpenedPage;
let page: Page;

type Call = { name: string; args: unknown[] };

/** Runs in the page: a fake workbook whose slow calls wait for the test to release them. */
function installFake(): void {
  type Progress = { done: number; total: number; label: string };
  const w = window as unknown as Record<string, unknown>;
  const calls: { name: string; args: unknown[] }[] = [];
  const gates: Record<string, () => void> = {};
  const gate = (name: string) => new Promise<void>((resolve) => (gates[name] = resolve));
  w.__calls = calls;
  w.__release = (name: string) => gates[name]?.();
  w.__outcome = "ok";
  const summary = {
    updated: 3,
    added: 2,
    conflicts: 1,
    sheetsCreated: ["Overzicht", "Trends"],
    sheetsRenamed: [{ wanted: "Bron", used: "Bron (2)" }],
    details: ["Opportuniteit 4: titel bijgewerkt", "Opportuniteit 6 (analist): blijft zoals hij is"],
  };
  w.__seTestHooks = {
    host: "excel",
    displayLanguage: "nl-BE",
    actions: {
      async previewImport(options: unknown) {
        calls.push({ name: "previewImport", args: [options] });
        return summary;
      },
      async runImport(options: unknown, onProgress: (p: Progress) => void) {
        calls.push({ name: "runImport", args: [options] });
        onProgress({ done: 1, total: 3, label: "Trends" });
        await gate("import");
        onProgress({ done: 3, total: 3, label: "Opportuniteiten" });
        return w.__outcome === "ok"
          ? { ok: true, batchesWritten: 3, batchesTotal: 3, summary }
          : { ok: false, batchesWritten: 1, batchesTotal: 3, summary, message: "Excel weigerde het tweede deel (opportuniteiten)." };
      },
      async validate(uiLanguage?: string) {
        calls.push({ name: "validate", args: [uiLanguage] });
        return [
          { address: "'Opportuniteiten'!F7", column: "vraag", value: "hgo", message: 'vraag: "hgo" is geen geldige beoordeling.' },
          { address: "'Opportuniteiten'!H9", column: "fit", value: 9, message: "fit: 9 ligt buiten de schaal 1–5." },
        ];
      },
      async select(address: string) {
        calls.push({ name: "select", args: [address] });
      },
      async exportJson(options?: { useSuggestedIds?: boolean; uiLanguage?: string }) {
        calls.push({ name: "exportJson", args: options ? [options] : [] });
        // __exportProblems: rows without a usable id stop the export, each with a suggested id.
        if (w.__exportProblems && !options?.useSuggestedIds) {
          throw Object.assign(new Error("Niet geëxporteerd: 1 rij(en) van de analist kunnen niet mee zoals ze zijn. 'Opportuniteiten'!A7: heeft geen id — bv. id \"A1\""), { suggestedIds: true });
        }
        // __exportBytes: a file of that size (compact, one long note), as a workbook too large to share makes.
        const size = w.__exportBytes as number | undefined;
        if (size) return JSON.stringify({ schemaVersion: 1, opportunities: [], note: "x".repeat(size) });
        return JSON.stringify({ schemaVersion: 1, opportunities: [] }, null, 2);
      },
      async checkJson(text: string, options: unknown) {
        calls.push({ name: "checkJson", args: [text.length, options] });
        if (text.includes("bad")) return { ok: false, message: "Schemaversie 9 wordt niet ondersteund." };
        return { ok: true, summary };
      },
      async importJson(text: string, options: unknown, onProgress: (p: Progress) => void) {
        calls.push({ name: "importJson", args: [text.length, options] });
        onProgress({ done: 1, total: 1, label: "Opportuniteiten" });
        return { ok: true, batchesWritten: 1, batchesTotal: 1, summary };
      },
    },
  };
}

const calls = () => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls.slice());
const callNames = async () => (await calls()).map((c) => c.name);

beforeAll(async () => {
  opened = await served.openPane({ init: { script: installFake }, ready: "excel", readyTimeout: 20_000 });
  page = opened.page;
});

test("Excel mode in Dutch (display language nl-BE), no preview chunk, the real writer not loaded", async () => {
  expect(await page.getAttribute("html", "lang")).toBe("nl");
  expect(await page.textContent("[data-testid=import-section] h2")).toBe("Het rapport importeren");
  expect(await page.evaluate(() => performance.getEntriesByName("se:pane-interactive").length)).toBe(1);
  expect(opened.requests.some((u) => u.endsWith("/preview.js") || u.endsWith("/excel.js"))).toBe(false);
});

test("import: the dialog shows the summary; Escape cancels and nothing is written", async () => {
  await page.click("input[type=checkbox][data-part=threats]");
  expect(await page.evaluate(() => (document.querySelector("input[type=checkbox][data-part=threats]") as HTMLInputElement).checked)).toBe(false);
  await page.click("[data-testid=import-button]");
  const dialog = page.locator("dialog[data-testid=dialog]");
  await page.locator("[data-testid=dialog-cancel]").waitFor();
  // A modal dialog named by its title (Chromium's accessibility tree: the native <dialog>, aria-labelledby).
  expect(await page.getByRole("dialog", { name: "Import bevestigen" }).count()).toBe(1);
  expect(await page.textContent("[data-testid=summary-updated]")).toBe("3");
  expect(await page.textContent("[data-testid=summary-added]")).toBe("2");
  expect(await page.textContent("[data-testid=summary-conflicts]")).toBe("1");
  const text = (await dialog.textContent()) ?? "";
  expect(text).toContain("Overzicht");
  expect(text).toContain("Bron (2)");
  expect(text).toContain("Opportuniteit 4: titel bijgewerkt");
  // Focus starts on Cancel (writes cannot be undone) and stays inside the dialog.
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe("dialog-cancel");
  await page.screenshot({ path: path.join(results, "pane-excel-dialog.png"), fullPage: false });
  const preview = (await calls()).find((c) => c.name === "previewImport");
  expect(preview?.args[0]).toEqual({ language: "nl", parts: ["overview", "trends", "opportunities", "figures", "criteria", "source"], uiLanguage: "nl" });
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  expect(await callNames()).not.toContain("runImport");
  expect(await page.textContent("[data-testid=import-section]")).toContain("Geannuleerd");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe("import-button");
});

test("import: confirm, progress shown, the button locked (a second click does nothing), outcome", async () => {
  await page.selectOption("select[data-key=wb-lang]", "en");
  await page.click("[data-testid=import-button]");
  await page.click("[data-testid=dialog-confirm]");
  await page.waitForSelector("[data-testid=progress] progress[value='1'][max='3']");
  expect(await page.textContent("[data-testid=progress]")).toContain("Trends (1 van 3)");
  expect(await page.isDisabled("[data-testid=import-button]")).toBe(true);
  expect(await page.getAttribute("[data-testid=import-section]", "aria-busy")).toBe("true");
  await page.screenshot({ path: path.join(results, "pane-excel-progress.png"), fullPage: true });
  // A second click, by mouse, script or keyboard, starts nothing.
  await page.click("[data-testid=import-button]", { force: true });
  await page.evaluate(() => (document.querySelector("[data-testid=import-button]") as HTMLButtonElement).click());
  await page.evaluate(() => (window as unknown as { __release: (n: string) => void }).__release("import"));
  await page.waitForSelector("[data-testid=import-section] .message-success");
  const names = await callNames();
  expect(names.filter((n) => n === "previewImport")).toHaveLength(2);
  expect(names.filter((n) => n === "runImport")).toHaveLength(1);
  expect((await calls()).find((c) => c.name === "runImport")?.args[0]).toMatchObject({ language: "en" });
  expect(await page.textContent("[data-testid=import-section] .message-success")).toContain("Import voltooid.");
  expect(await page.isDisabled("[data-testid=import-button]")).toBe(false);
  expect(await page.locator("[data-testid=progress]").count()).toBe(0);
});

test("import: a failed batch is reported with what was written and how to finish", async () => {
  await page.evaluate(() => ((window as unknown as { __outcome: string }).__outcome = "fail"));
  await page.click("[data-testid=import-button]");
  await page.click("[data-testid=dialog-confirm]");
  await page.waitForSelector("[data-testid=progress]");
  await page.evaluate(() => (window as unknown as { __release: (n: string) => void }).__release("import"));
  const error = page.locator("[data-testid=import-section] .message-error");
  await error.waitFor();
  const text = (await error.textContent()) ?? "";
  expect(text).toContain("1 van 3");
  expect(text).toContain("Excel weigerde het tweede deel");
  expect(text).toContain("Start de import opnieuw");
  expect(await error.getAttribute("role")).toBe("alert");
});

test("validate: every invalid rating listed; click and Enter select its cell", async () => {
  await page.click("[data-testid=validate-button]");
  const entries = page.locator("[data-testid=issues] button");
  await entries.first().waitFor();
  expect(await entries.count()).toBe(2);
  // Messages are asked for in the pane's language.
  expect((await calls()).find((c) => c.name === "validate")?.args).toEqual(["nl"]);
  expect(await entries.first().textContent()).toContain("'Opportuniteiten'!F7");
  // Focus moves to the first entry, so the keyboard can go on from there.
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.address)).toBe("'Opportuniteiten'!F7");
  await entries.first().click();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (window as unknown as { __calls: Call[] }).__calls.filter((c) => c.name === "select").length === 2);
  const selects = (await calls()).filter((c) => c.name === "select").map((c) => c.args[0]);
  expect(selects).toEqual(["'Opportuniteiten'!F7", "'Opportuniteiten'!H9"]);
});

test("export: a download is offered, and the text is there to copy", async () => {
  const download = page.waitForEvent("download");
  await page.click("[data-testid=export-button]");
  expect((await download).suggestedFilename()).toMatch(/^se-trends-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(await page.evaluate(() => (document.querySelector("[data-testid=export-text]") as HTMLTextAreaElement).value))).toEqual({ schemaVersion: 1, opportunities: [] });
});

test("export: a file over the import's 5 MB is still offered, with a warning that a colleague cannot import it", async () => {
  await page.evaluate(() => ((window as unknown as { __exportBytes: number }).__exportBytes = 6 * 1024 * 1024));
  const download = page.waitForEvent("download");
  await page.click("[data-testid=export-button]");
  await download;
  const warning = page.locator("[data-testid=share-section] .message-warning");
  await warning.waitFor();
  expect(await warning.textContent()).toContain("Let op: het bestand is 6.0 MB, groter dan de 5 MB die een import aanvaardt.");
  await page.evaluate(() => ((window as unknown as { __exportBytes?: number }).__exportBytes = undefined));
  await page.click("[data-testid=export-button]");
  await page.waitForFunction(() => (window as unknown as { __calls: Call[] }).__calls.filter((c) => c.name === "exportJson").length === 3);
  await warning.waitFor({ state: "detached" });
});

test("export: rows without a usable id stop it; the pane offers the suggested ids, and that export is saved", async () => {
  await page.evaluate(() => ((window as unknown as { __exportProblems: boolean }).__exportProblems = true));
  await page.click("[data-testid=export-button]");
  const error = page.locator("[data-testid=share-section] .message-error");
  await error.waitFor();
  expect(await error.textContent()).toContain("'Opportuniteiten'!A7: heeft geen id");
  const offer = page.locator("[data-testid=export-suggested-button]");
  expect(await offer.textContent()).toContain("Exporteren met voorgestelde id's");
  const download = page.waitForEvent("download");
  await offer.click();
  await download;
  const last = (await calls()).filter((c) => c.name === "exportJson").pop();
  // The pane passes its own language, so the stop message follows the pane, not Excel.
  expect(last?.args).toEqual([{ useSuggestedIds: true, uiLanguage: "nl" }]);
  await page.locator("[data-testid=share-section] .message-info").waitFor();
  // Once exported, the offer is gone; a plain export asks without the option again.
  await offer.waitFor({ state: "detached" });
  await page.evaluate(() => ((window as unknown as { __exportProblems?: boolean }).__exportProblems = undefined));
});

test("import JSON: a rejected file shows the message and is not merged", async () => {
  await page.setInputFiles("[data-testid=json-file]", { name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"bad": true}') });
  const error = page.locator("[data-testid=share-section] .message-error");
  await error.waitFor();
  expect(await error.textContent()).toContain("Schemaversie 9 wordt niet ondersteund.");
  expect(await error.textContent()).toContain("De werkmap is niet gewijzigd.");
  expect(await callNames()).not.toContain("importJson");
});

test("import JSON: a file over 5 MB is refused before it is read", async () => {
  const before = (await callNames()).length;
  await page.setInputFiles("[data-testid=json-file]", { name: "big.json", mimeType: "application/json", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32) });
  await page.waitForFunction(() => document.querySelector("[data-testid=share-section] .message-error")?.textContent?.includes("5 MB"));
  expect((await callNames()).length).toBe(before);
});

test("import JSON: a valid file is summarised, confirmed and merged", async () => {
  await page.setInputFiles("[data-testid=json-file]", { name: "good.json", mimeType: "application/json", buffer: Buffer.from('{"ok": true}') });
  await page.locator("[data-testid=dialog-confirm]").waitFor();
  expect(await page.textContent("[data-testid=summary-added]")).toBe("2");
  await page.click("[data-testid=dialog-confirm]");
  await page.waitForSelector("[data-testid=share-section] .message-success");
  expect(await page.textContent("[data-testid=share-section] .message-success")).toContain("samengevoegd");
  expect(await callNames()).toContain("importJson");
});

test("language switch in Excel mode, no console errors, no foreign requests", async () => {
  await page.click("[data-testid=lang-en]");
  expect(await page.textContent("[data-testid=import-section] h2")).toBe("Import the report");
  // The live region follows the switch too.
  expect(await page.textContent("#status")).toContain("The file was merged.");
  await page.click("[data-testid=lang-nl]");
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
});
