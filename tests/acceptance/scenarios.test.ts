/**
 * The analyst's scenarios (src/taskpane/selftest/scenarios.ts) on the fake workbook, in Dutch and
 * in English Excel. The same definitions run in real Excel through `npm run test:excel` and in
 * the pane's self-test.
 *
 * WAITING lists the scenarios that fail on today's product and fake, with the public evidence of
 * why; they run as `test.failing`, so the day the fix lands they turn red until moved off the list.
 */
import { runScenario, SCENARIOS } from "../../src/taskpane/selftest";
import { fakeHost } from "./backend/fake-host";
import { functionBackend } from "./backend/registry";

/** Excel as the fake plays it: its UI language, and how an empty cell reaches a function. */
const EXCELS = {
  "nl-BE": { displayLanguage: "nl-BE", emptyAs: null },
  "en-US": { displayLanguage: "en-US", emptyAs: null },
  // Some desktop builds pass an empty cell to an `any` matrix parameter as 0 (office-js #4702, #5262, #1951).
  "en-US, empty cells as 0": { displayLanguage: "en-US", emptyAs: 0 },
} as const;
type ExcelName = keyof typeof EXCELS;

const WAITING: Record<ExcelName, Record<string, string>> = {
  "nl-BE": {},
  "en-US": {},
  "en-US, empty cells as 0": {},
};

describe.each(Object.keys(EXCELS) as ExcelName[])("in %s Excel", (excel) => {
  for (const scenario of SCENARIOS) {
    const waiting = WAITING[excel][scenario.id];
    const name = waiting ? `${scenario.id} (fails until fixed: ${waiting})` : scenario.id;
    (waiting ? test.failing : test)(name, async () => {
      const { host } = fakeHost({ ...EXCELS[excel], ...(await functionBackend()) });
      let n = 0;
      const result = await runScenario(host, scenario, { tag: () => `t${n++}`, today: "2025-05-01" });
      expect(result.message ?? "").toBe("");
      expect(result.ok).toBe(true);
      expect(result.leftBehind).toEqual([]);
    });
  }
});
