/**
 * The self-test in an analyst's own workbook: it runs every scenario on sheets of its own, removes
 * them also when a scenario fails, and leaves everything else exactly as it was.
 */
import { reportText, runScenario, runSelfTest, SCENARIOS, type Scenario, type SelfTestHost } from "../../../src/taskpane/selftest";
import { fakeHost } from "../../acceptance/backend/fake-host";
import { functionBackend } from "../../acceptance/backend/registry";
import { type, col, NL, noProgress } from "../excel/helpers";
import { createExcelActions } from "../../../src/taskpane/excel";
import { TABLE_NAMES } from "../../../src/core/plan";
import { REPORT } from "../../../src/core/dataset";
import { renameColumn } from "../excel/column-edits";

async function analystWorkbook(displayLanguage: string) {
  const { fake, host } = fakeHost({ displayLanguage, ...(await functionBackend()) });
  // The analyst's own import and edits, and a sheet whose name merely looks like a test sheet.
  const own = createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => "2025-04-01" });
  const outcome = await own.runImport(NL, noProgress);
  expect(outcome.ok).toBe(true);
  type(fake, TABLE_NAMES.opportunities, 1, col(fake, TABLE_NAMES.opportunities, "Vraag"), "hoog");
  type(fake, TABLE_NAMES.opportunities, 1, col(fake, TABLE_NAMES.opportunities, "Notities"), "'s Avonds bellen");
  await fake.run(async (context) => {
    context.workbook.worksheets.add("SE-test-t0 mijn blad");
    context.workbook.worksheets.getItem("SE-test-t0 mijn blad").getRange("A1:B1").values = [["eigen", 42]];
    await context.sync();
  });
  fake.state.active = "Opportuniteiten";
  fake.state.selection = { sheet: "Opportuniteiten", address: "F3" };
  return { fake, host };
}

const picture = (fake: Awaited<ReturnType<typeof analystWorkbook>>["fake"]) => JSON.stringify({ dump: fake.state.dump(), active: fake.state.active, selection: fake.state.selection });

test.each(["nl-BE", "en-US"])("in %s Excel the self-test leaves the analyst's workbook exactly as it was, passing scenarios and failing ones alike", async (language) => {
  const { fake, host } = await analystWorkbook(language);
  const before = picture(fake);
  let n = 0;
  // Tag t0 on purpose: the analyst's "SE-test-t0 mijn blad" existed before and must survive.
  const report = await runSelfTest(host, { tag: () => `t${n++}`, today: "2025-05-01" });
  expect(report.results.map((r) => r.id)).toEqual(SCENARIOS.map((s) => s.id));
  expect(report.results.every((r) => r.leftBehind.length === 0)).toBe(true);
  expect(picture(fake)).toBe(before);
});

function scenarioThat(run: Scenario["run"]): Scenario {
  return { id: "probe", title: { nl: "proef", en: "probe" }, run };
}

test("a scenario that fails halfway still has its temporary sheets removed, and the failure is reported", async () => {
  const { fake, host } = await analystWorkbook("en-US");
  const before = picture(fake);
  const result = await runScenario(
    host,
    scenarioThat(async (t) => {
      await t.host.run(async (context) => {
        context.workbook.worksheets.add(`${t.scope.sheetPrefix}A`);
        context.workbook.worksheets.add(`${t.another().sheetPrefix}B`);
        await context.sync();
      });
      throw new Error("Excel said no");
    }),
    { tag: (() => { let n = 0; return () => `x${n++}`; })() },
  );
  expect(result).toMatchObject({ ok: false, message: "Excel said no", leftBehind: [] });
  expect(picture(fake)).toBe(before);
});

test("when the temporary sheets cannot be removed the result says which, and is not a pass", async () => {
  const { fake, host } = await analystWorkbook("en-US");
  const failing: SelfTestHost = {
    ...host,
    run: async (batch) => {
      if (fake.state.sheets.some((s) => s.name === "SE-test-y0 A")) fake.options.failOnSync = () => true;
      return host.run(batch);
    },
  };
  const result = await runScenario(
    failing,
    scenarioThat(async (t) => {
      await t.host.run(async (context) => {
        context.workbook.worksheets.add(`${t.scope.sheetPrefix}A`);
        await context.sync();
      });
    }),
    { tag: () => "y0" },
  );
  expect(result.ok).toBe(false);
  expect(result.message).toMatch(/not removed/);
  expect(result.leftBehind.length).toBeGreaterThan(0);
});

test("the report names Excel's platform, version, UI language and the highest supported requirement sets, and each scenario's outcome", async () => {
  const { host } = await analystWorkbook("nl-BE");
  const limited: SelfTestHost = {
    ...host,
    diagnostics: { platform: "PC", version: "16.0.17928.20114", displayLanguage: "nl-BE" },
    isSetSupported: (name, version) => (name === "ExcelApi" ? Number(version.split(".")[1]) <= 12 : name === "CustomFunctionsRuntime" && version <= "1.3"),
  };
  const pass = scenarioThat(async () => {});
  const fail = { ...scenarioThat(async () => { throw new Error("#NAME? in B2"); }), id: "broken" };
  const report = await runSelfTest(limited, { scenarios: [pass, fail], addinVersion: "1.2.3" });
  expect(report.requirementSets).toEqual([
    { name: "ExcelApi", highest: "1.12" },
    { name: "CustomFunctionsRuntime", highest: "1.3" },
    { name: "SharedRuntime", highest: null },
  ]);
  const text = reportText(report, "en");
  expect(text).toContain("1/2 passed");
  expect(text).toContain("Add-in 1.2.3");
  expect(text).toContain("platform PC, version 16.0.17928.20114, UI language nl-BE");
  expect(text).toContain("ExcelApi 1.12, CustomFunctionsRuntime 1.3, SharedRuntime not supported");
  expect(text).toContain("PASS probe — probe");
  expect(text).toContain("FAIL broken — probe: #NAME? in B2");
  expect(reportText(report, "nl")).toContain("1/2 geslaagd");
});

test("the self-test leaves the identity record alone: after it, a renamed report column is still followed on re-import", async () => {
  const { fake, host } = await analystWorkbook("nl-BE");
  const O = TABLE_NAMES.opportunities;
  const record = JSON.stringify([...fake.state.settings.entries()]);
  expect(fake.state.settings.size).toBeGreaterThan(0);
  let n = 0;
  await runSelfTest(host, { tag: () => `r${n++}`, today: "2025-05-01" });
  expect(JSON.stringify([...fake.state.settings.entries()])).toBe(record);
  renameColumn(fake, O, col(fake, O, "Titel"), "Titel (NL)");
  const report = structuredClone(REPORT);
  for (const o of report.opportunities) o.title = { nl: `${o.title.nl} (herzien)`, en: `${o.title.en} (revised)` };
  const again = createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => "2025-06-01", report });
  await again.runImport(NL, noProgress);
  expect(fake.state.body(O).map((r) => r[col(fake, O, "Titel (NL)")])).toEqual(report.opportunities.map((o) => o.title.nl));
});
