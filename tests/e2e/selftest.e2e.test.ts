/**
 * The pane's self-test in a real browser against the fake workbook (the acceptance suite's
 * backend, bundled into the page): the button runs every scenario, the pane shows pass/fail per
 * scenario with Excel's facts and a report to copy, the temporary sheets are gone afterwards and
 * the analyst's workbook is exactly as before. The runner comes with the lazy Excel chunk.
 */
import fs from "fs";
import path from "path";
import { SCENARIOS } from "../../src/taskpane/selftest";
import AxeBuilder from "@axe-core/playwright";
import { useSelfTestFake } from "./fixtures/bundle-fake";
import { distDir, resultsDir, useServedBrowser } from "./harness";

const served = useServedBrowser();
const fake = useSelfTestFake(served);

test("the runner and its scenarios are in the lazy Excel chunk, not in the start-up bundle", () => {
  const read = (file: string) => fs.readFileSync(path.join(distDir, file), "utf8");
  // A text only the scenarios carry.
  const marker = "Buurtwerk (eigen)";
  expect(read("taskpane.js")).not.toContain(marker);
  expect(read("excel.js")).toContain(marker);
});

test.each([
  ["nl-BE", "Zelftest uitvoeren", "geslaagd"],
  ["en-US", "Run the self-test", "passed"],
])("in %s Excel the self-test runs every scenario, reports each, removes its sheets and leaves the workbook as it was", async (language, button, passedWord) => {
  const { page, consoleErrors, requests } = await fake.open(language, { ready: "excel" });
  const before = await page.evaluate(() => (window as unknown as { __seFakeDump: () => string }).__seFakeDump());
  // Every state the pane shows while the self-test runs is recorded: the import must be off in each.
  expect(await page.getAttribute("[data-testid=import-button]", "aria-disabled")).toBeNull();
  await page.evaluate(() => {
    const w = window as unknown as { __seImportOffWhileRunning: boolean[] };
    w.__seImportOffWhileRunning = [];
    new MutationObserver(() => {
      if (document.querySelector("[data-testid=selftest-progress]")) {
        w.__seImportOffWhileRunning.push(document.querySelector("[data-testid=import-button]")?.getAttribute("aria-disabled") === "true");
      }
    }).observe(document.body, { subtree: true, childList: true });
  });

  await page.getByRole("button", { name: button }).click();
  await page.waitForSelector("[data-testid=selftest-result]", { timeout: 30_000 });

  const items = page.locator("[data-testid=selftest-list] li");
  expect(await items.count()).toBe(SCENARIOS.length);
  const oks = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-ok") === "true"));
  const passed = oks.filter(Boolean).length;
  const summary = (await page.locator("[data-testid=selftest-result] .message").first().textContent()) ?? "";
  expect(summary).toContain(`${passed} `);
  expect(summary).toContain(`${SCENARIOS.length} ${passedWord}`);
  // Pass or fail is said in words, not colour alone.
  for (const [i, ok] of oks.entries()) expect(await items.nth(i).textContent()).toMatch(ok ? /✓/ : /✗/);

  // The text area's value, as the analyst copies it.
  const text = await page.evaluate(() => (document.querySelector("[data-testid=selftest-text]") as HTMLTextAreaElement).value);
  expect(text).toContain(`${passed}/${SCENARIOS.length}`);
  expect(text).toContain(`${language === "nl-BE" ? "taal" : "UI language"} ${language}`);
  expect(text).toMatch(/ExcelApi 1\.20/);
  for (const s of SCENARIOS) expect(text).toMatch(new RegExp(`^(PASS|FAIL) ${s.id} `, "m"));
  expect(await page.locator("[data-testid=selftest-environment]").textContent()).toContain("fake");
  // One busy lock: no import while the self-test ran, and the import is back once it is done.
  const whileRunning = await page.evaluate(() => (window as unknown as { __seImportOffWhileRunning: boolean[] }).__seImportOffWhileRunning);
  expect(whileRunning.length).toBeGreaterThan(0);
  expect(whileRunning.every(Boolean)).toBe(true);
  expect(await page.getAttribute("[data-testid=import-button]", "aria-disabled")).toBeNull();

  // The report's view passes axe (WCAG 2.1 A and AA) like every other state of the pane.
  const axe = await new AxeBuilder({ page }).include("[data-testid=selftest-section]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.locator("[data-testid=selftest-section]").screenshot({ path: path.join(resultsDir(), `selftest-${language}.png`) });

  // The runner came with the lazy Excel chunk, and only once.
  expect(requests.filter((r) => r.endsWith("/excel.js"))).toHaveLength(1);
  const after = await page.evaluate(() => (window as unknown as { __seFakeDump: () => string }).__seFakeDump());
  expect(after).toBe(before);
  expect(after).not.toContain("SE-test-");
  expect(consoleErrors).toEqual([]);
  await page.context().close();
});

test("in English Excel the scenarios that hold today pass in the pane as they do in jest", async () => {
  const { page } = await fake.open("en-US", { ready: "excel" });
  await page.getByRole("button", { name: "Run the self-test" }).click();
  await page.waitForSelector("[data-testid=selftest-result]", { timeout: 30_000 });
  for (const id of ["import-nl", "import-en", "validate", "json", "functions-en"]) {
    expect([id, await page.locator(`[data-testid=selftest-scenario-${id}]`).getAttribute("data-ok")]).toEqual([id, "true"]);
  }
  await page.context().close();
});

test("opened by npm run test:excel (?se-acceptance=1) the pane runs the self-test by itself and posts the report to its own origin", async () => {
  const posted: { url: string; body: { report: { results: unknown[]; failed: number }; text: string } }[] = [];
  const { page } = await fake.open("en-US", {
    path: "taskpane.html?se-acceptance=1",
    beforeGoto: (p) =>
      p.route("**/se-acceptance/results", async (route) => {
        posted.push({ url: route.request().url(), body: JSON.parse(route.request().postData() ?? "null") });
        await route.fulfill({ status: 200, body: "ok" });
      }),
  });
  await page.waitForSelector("[data-testid=selftest-result]", { timeout: 30_000 });
  // The post is sent before the result is shown.
  expect(posted).toHaveLength(1);
  expect(posted[0].url).toBe(`${served.url}se-acceptance/results`);
  expect(posted[0].body.report.results).toHaveLength(SCENARIOS.length);
  expect(posted[0].body.text).toMatch(/^SE Trends self-test — \d+\/\d+ passed/);
  await page.context().close();
});
