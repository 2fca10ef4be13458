import { REPORT } from "../../../src/core/dataset";
import { buildPlan, evaluatePlan, TABLE_NAMES, type WorkbookPlan } from "../../../src/core/plan";

const DATE = "2025-05-01";

/** The plan with the opportunities table's criteria replaced row by row. */
function withRatings(plan: WorkbookPlan, ratings: (string | number | null)[][]): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      tables: s.tables.map((t) =>
        t.name !== TABLE_NAMES.opportunities
          ? t
          : { ...t, rows: t.rows.map((r, i) => ({ ...r, cells: { ...r.cells, demand: ratings[i][0], investment: ratings[i][1], fit: ratings[i][2], local: ratings[i][3] } })) },
      ),
    })),
  };
}

describe("evaluatePlan: cached values from the typed formulas", () => {
  it("computes potential, score and the check per row with the core", () => {
    const results = evaluatePlan(buildPlan(REPORT, { language: "nl", importDate: DATE }));
    const row0 = results.get(TABLE_NAMES.opportunities)!.get(0)!;
    expect(row0.get("potential")).toBe("Hoog");
    expect(row0.get("score")).toBe(100);
    // Row 1's criteria are worked back from the report's Hoog: their agreement is no check.
    expect(row0.get("check")).toBe("afgeleid");
    // Row 2 has no criteria: "" potential, nothing to compare.
    expect(results.get(TABLE_NAMES.opportunities)!.get(1)!.get("check")).toBe("—");
  });

  it("says same or differs once the analyst rates a row and clears its implied origin", () => {
    const base = buildPlan(REPORT, { language: "en", importDate: DATE });
    const rated = withRatings(base, [
      ["high", "low", "high", "high"],
      ["medium", "medium", "medium", "medium"],
      ["low", "high", "low", "low"],
      ["high", "high", "high", "high"],
      ["high", "low", "high", "high"],
    ]);
    const cleared: WorkbookPlan = {
      ...rated,
      sheets: rated.sheets.map((s) => ({
        ...s,
        tables: s.tables.map((t) =>
          t.name !== TABLE_NAMES.opportunities ? t : { ...t, rows: t.rows.map((r) => (r.id === "5" ? r : { ...r, cells: { ...r.cells, basis: null } })) },
        ),
      })),
    };
    const check = (plan: WorkbookPlan) => [0, 1, 2, 3, 4].map((i) => evaluatePlan(plan).get(TABLE_NAMES.opportunities)!.get(i)!.get("check"));
    // Still marked implied: agreement is "implied", a difference the analyst made is still shown.
    expect(check(rated)).toEqual(["implied", "✓ same", "≠ differs", "≠ differs", "implied"]);
    // Cleared (rows 1–4): a real comparison; row 5 keeps the mark in either language's word.
    expect(check(cleared)).toEqual(["✓ same", "✓ same", "≠ differs", "≠ differs", "implied"]);
  });

  it("counts each level's words in both languages once, errors and empties not at all", () => {
    const plan = withRatings(buildPlan(REPORT, { language: "en", importDate: DATE }), [
      ["high", "low", "high", "high"],
      ["medium", "medium", "medium", "medium"],
      ["low", "high", "low", "low"],
      ["high", null, null, null],
      [null, null, null, null],
    ]);
    const counts = evaluatePlan(plan).get(TABLE_NAMES.overviewPotential)!;
    expect([0, 1, 2].map((r) => counts.get(r)!.get("analystCount"))).toEqual([1, 1, 1]);
  });
});
