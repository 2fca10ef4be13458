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

const LANGUAGES = ["nl-BE", "en-US"] as const;

/** Formulas are written as =SE.POTENTIAL/=SE.SCORE; Dutch Excel knows only the Dutch names (office-js #891, #6614). */
const ENGLISH_NAMES_IN_DUTCH_EXCEL = "English function names give #NAME? in Dutch Excel (office-js #891)";
const WAITING: Record<(typeof LANGUAGES)[number], Record<string, string>> = {
  "nl-BE": {
    "import-nl": ENGLISH_NAMES_IN_DUTCH_EXCEL,
    "import-en": ENGLISH_NAMES_IN_DUTCH_EXCEL,
    reimport: ENGLISH_NAMES_IN_DUTCH_EXCEL,
    validate: ENGLISH_NAMES_IN_DUTCH_EXCEL,
    json: ENGLISH_NAMES_IN_DUTCH_EXCEL,
    "functions-en": ENGLISH_NAMES_IN_DUTCH_EXCEL,
    text: "a leading apostrophe is Excel's text marker: 's Avonds lands as s Avonds (office-js #6687)",
  },
  "en-US": {
    // The fake does not fill a calculated column into an appended row yet, as Excel does (office-js #5909).
    reimport: "an appended table row gets no formulas in the fake's table (calculated columns, office-js #5909)",
    "functions-nl": "Dutch function names give #NAME? in English Excel (only functions.json's names are registered)",
    text: "a leading apostrophe is Excel's text marker: 's Avonds lands as s Avonds (office-js #6687)",
  },
};

describe.each(LANGUAGES)("in %s Excel", (displayLanguage) => {
  for (const scenario of SCENARIOS) {
    const waiting = WAITING[displayLanguage][scenario.id];
    const name = waiting ? `${scenario.id} (fails until fixed: ${waiting})` : scenario.id;
    (waiting ? test.failing : test)(name, async () => {
      const { host } = fakeHost({ displayLanguage, ...(await functionBackend()) });
      let n = 0;
      const result = await runScenario(host, scenario, { tag: () => `t${n++}`, today: "2025-05-01" });
      expect(result.message ?? "").toBe("");
      expect(result.ok).toBe(true);
      expect(result.leftBehind).toEqual([]);
    });
  }
});
