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
    expect(row0.get("check")).toBe("✓ gelijk");
    // Row 2 has no criteria: "" potential, nothing to compare.
    expect(results.get(TABLE_NAMES.opportunities)!.get(1)!.get("check")).toBe("—");
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
