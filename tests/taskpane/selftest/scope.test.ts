import { REPORT } from "../../../src/core/dataset";
import { buildPlan, TABLE_NAMES } from "../../../src/core/plan";
import { makeScope, randomTag, scopePlan } from "../../../src/taskpane/selftest/scope";

test("a scoped plan renames every sheet and table, and the formulas that name another table follow", () => {
  const plan = buildPlan(REPORT, { language: "nl", importDate: "2025-05-01" });
  const scope = makeScope("ab12");
  const scoped = scopePlan(plan, scope);
  const tables = scoped.sheets.flatMap((s) => s.tables);
  expect(scoped.sheets.every((s) => s.name.startsWith("SE-test-ab12 ") && s.name.length <= 31)).toBe(true);
  expect(tables.every((t) => t.name.endsWith("_Tab12") && t.name.startsWith("SE_"))).toBe(true);
  const templates = JSON.stringify(tables.map((t) => t.columns.map((c) => c.formula)));
  expect(templates).toContain(`${TABLE_NAMES.opportunities}_Tab12`);
  expect(templates).not.toMatch(/SE_[A-Za-z]+(?!\w*_Tab12)\b/);
  expect(scoped.sheets.flatMap((s) => s.charts).every((c) => c.sourceTable.endsWith("_Tab12"))).toBe(true);
  // The original plan is untouched.
  expect(plan.sheets[0].name).toBe("Overzicht");
});

test("tags are four characters of a-z0-9", () => {
  expect(randomTag(() => 0)).toBe("aaaa");
  expect(randomTag(() => 0.999)).toMatch(/^[a-z0-9]{4}$/);
});
