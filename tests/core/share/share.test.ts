import { parseDataset, REPORT, type Dataset } from "../../../src/core/dataset";
import type { SnapshotTable } from "../../../src/core/merge";
import { buildPlan, TABLE_NAMES } from "../../../src/core/plan";
import { checkDatasetJson, exportDataset, type ExportResult } from "../../../src/core/share";

/** The dataset of an export that took every row (fails the test otherwise). */
function exported(result: ExportResult): Dataset {
  if (!result.ok) throw new Error(`export stopped: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const withAnalyst = (): Dataset => ({
  ...structuredClone(REPORT),
  analystOpportunities: [{ id: "A1", domain: "e-commerce", sector: "zorg", title: { nl: "Pakjes", en: "Parcels" }, provenance: { source: "X" } }],
  opportunityRatings: [
    { id: "A1", demand: "verzadigd", investment: 3.5, fit: "", local: null, notes: "<b>vet</b>" },
    { id: "2", demand: "hoog" },
  ],
});

describe("the schema's analyst work", () => {
  it("accepts analyst rows without a potential and ratings as typed", () => {
    expect(parseDataset(withAnalyst()).ok).toBe(true);
    expect(parseDataset(REPORT).ok).toBe(true);
  });

  it.each([
    ["an unknown rating id", (d: Dataset) => (d.opportunityRatings![0].id = "Z9"), /no opportunity with id "Z9"/],
    ["a rating off the scale", (d: Dataset) => (d.opportunityRatings![0].investment = 6), /not an accepted investment rating/],
    ["saturation as fit", (d: Dataset) => (d.opportunityRatings![0].fit = "verzadigd"), /not an accepted fit rating/],
    ["an analyst id of the report", (d: Dataset) => (d.analystOpportunities![0].id = "4"), /duplicate id "4"/],
    ["an undeclared sector", (d: Dataset) => (d.analystOpportunities![0].sector = "fietsen"), /not declared in sectors/],
    ["two ratings of one row", (d: Dataset) => d.opportunityRatings!.push({ id: "a1" }), /duplicate id "a1"/],
  ])("rejects %s", (_what, change, message) => {
    const d = withAnalyst();
    change(d);
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.join("\n")).toMatch(message);
  });
});

describe("checkDatasetJson", () => {
  it("combines the bundled report with the file's analyst work, text kept as text", () => {
    const r = checkDatasetJson(JSON.stringify(withAnalyst()), REPORT, "nl");
    expect(r).toMatchObject({ ok: true, analystRows: 1 });
    if (!r.ok) return;
    expect(r.dataset.opportunities).toEqual(REPORT.opportunities);
    expect(r.dataset.opportunityRatings![0].notes).toBe("<b>vet</b>");
  });

  it("takes analyst rows of the older form (in opportunities, with a potential) as analyst rows", () => {
    const d = structuredClone(REPORT);
    d.opportunities.push({ ...structuredClone(REPORT.opportunities[0]), id: "B1", origin: "analyst", provenance: { source: "Y" } } as never);
    const r = checkDatasetJson(JSON.stringify(d), REPORT, "en");
    expect(r).toMatchObject({ ok: true, analystRows: 1 });
    if (r.ok) expect(r.dataset.analystOpportunities![0]).not.toHaveProperty("potential");
  });
});

describe("exportDataset", () => {
  it("reads the analyst's rows and ratings back by header, in either language", () => {
    const plan = buildPlan(withAnalyst(), { language: "en", importDate: "2025-05-01" });
    const t = plan.sheets.find((s) => s.key === "opportunities")!.tables[0];
    const table: SnapshotTable = {
      name: TABLE_NAMES.opportunities,
      sheet: "Opportunities",
      row: 0,
      col: 0,
      headers: t.columns.map((c) => c.header).reverse(),
      rows: t.rows.map((r) => t.columns.map((c) => r.cells[c.key] ?? "").reverse()),
    };
    const d = exported(exportDataset(REPORT, table, { source: "test" }));
    expect(parseDataset(d).ok).toBe(true);
    expect(d.analystOpportunities).toEqual([{ id: "A1", domain: "maatschappelijke noden", sector: "zorg", title: { nl: "Parcels", en: "Parcels" }, provenance: { source: "test" } }]);
    const byId = Object.fromEntries(d.opportunityRatings!.map((r) => [r.id, r]));
    expect(byId.A1).toMatchObject({ demand: "verzadigd", investment: 3.5, fit: null, local: null, notes: "<b>vet</b>" });
    expect(byId["2"]).toMatchObject({ demand: "hoog" });
    // Row 1's criteria were worked back from the report ("implied"): not the analyst's rating.
    expect(byId["1"]?.demand).toBeUndefined();
  });

  it("shares implied criteria once the analyst clears the mark, and never the mark's rows otherwise", () => {
    const plan = buildPlan(REPORT, { language: "nl", importDate: "2025-05-01" });
    const t = plan.sheets.find((s) => s.key === "opportunities")!.tables[0];
    const rows = t.rows.map((r) => t.columns.map((c) => (r.id === "4" && c.key === "basis" ? "" : (r.cells[c.key] ?? ""))));
    const table: SnapshotTable = { name: TABLE_NAMES.opportunities, sheet: "Opportuniteiten", row: 0, col: 0, headers: t.columns.map((c) => c.header), rows };
    const byId = Object.fromEntries(exported(exportDataset(REPORT, table, { source: "t" })).opportunityRatings!.map((r) => [r.id, r]));
    expect(byId["4"]).toMatchObject({ demand: "Hoog", investment: "Laag", fit: "Hoog", local: "Hoog" });
    for (const id of ["1", "5"]) expect(byId[id]?.demand).toBeUndefined();
    // Imported again, the unrated rows get the inference and its mark back.
    const again = buildPlan(exported(exportDataset(REPORT, table, { source: "t" })), { language: "nl", importDate: "2025-05-01" });
    const basis = again.sheets.find((s) => s.key === "opportunities")!.tables[0].rows.map((r) => r.cells.basis);
    expect(basis).toEqual(["afgeleid", null, null, null, "afgeleid"]);
  });

  it("leaves invalid ratings out of the shared file (Validate lists them in the workbook)", () => {
    const table: SnapshotTable = { name: "SE_Opportunities", sheet: "S", row: 0, col: 0, headers: ["Id", "Titel", "Vraag", "Herkomst"], rows: [["A7", "x", "enorm", "analist"]] };
    const d = exported(exportDataset(REPORT, table, { source: "t" }));
    expect(d.opportunityRatings).toEqual([{ id: "A7", demand: null, investment: null, fit: null, local: null }]);
    expect(parseDataset(d).ok).toBe(true);
  });
});
