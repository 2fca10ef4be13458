/**
 * What the pane writes works in real Dutch and English Excel, as far as the strict fake models
 * Excel (each rule of the fake cites its evidence in fake-excel.test.ts).
 */
import { REPORT } from "../../../src/core/dataset";
import { EMPTY_WORKBOOK } from "../../../src/core/workbook/snapshot";
import { TABLE_NAMES } from "../../../src/core/plan";
import { prepareImport } from "../../../src/taskpane/excel";
import type { FakeExcel } from "./fake-excel";
import { analystDataset, col, ids, NL, noProgress, setup, TODAY } from "./helpers";

const O = TABLE_NAMES.opportunities;

/** Every formula cell of the workbook with the value it shows. */
const formulaCells = (fake: FakeExcel) => fake.state.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.formula !== undefined));

describe("formulas resolve in every Excel language (office-js #891, #6614)", () => {
  it.each([
    ["nl", "nl"],
    ["nl", "en"],
    ["en", "nl"],
    ["en", "en"],
  ] as const)("an import in %s written in %s-language Excel shows no #NAME?", async (language, displayLanguage) => {
    const { fake, actions } = setup();
    fake.options = { displayLanguage };
    expect((await actions.runImport({ language }, noProgress)).ok).toBe(true);
    const cells = formulaCells(fake);
    expect(cells.length).toBe(5 * 3 + 3);
    expect(cells.filter((c) => c.value === "#NAME?")).toEqual([]);
  });

  it("a workbook made in Dutch Excel computes in English Excel, and Dutch names typed by an analyst keep working", async () => {
    const { fake, actions } = setup();
    fake.options = { displayLanguage: "nl" };
    await actions.runImport(NL, noProgress);
    const t = fake.state.table(O);
    t.sheet.set(t.top + 1, t.left + t.width, { value: "#CALC", formula: "=SE.POTENTIEEL(F2,G2,H2,I2)" });
    fake.reopen("en");
    expect(formulaCells(fake).filter((c) => c.value === "#NAME?")).toEqual([]);
    fake.reopen("nl");
    expect(formulaCells(fake).filter((c) => c.value === "#NAME?")).toEqual([]);
  });
});

describe("one formula per table column (AutoCorrect: office-js #5909, #2093, #6745)", () => {
  it("every formula column of every table is a calculated column with one formula for all rows", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    let columns = 0;
    for (const t of fake.state.tables) {
      fake.state.formulas(t.name)[0].forEach((first, c) => {
        if (typeof first !== "string" || !first.startsWith("=")) return;
        columns++;
        expect([t.name, c, t.calculated.get(c)]).toEqual([t.name, c, first]);
        for (const row of fake.state.formulas(t.name)) expect(row[c]).toBe(first);
      });
    }
    // potential, score and check on the opportunities; the analyst count on the overview.
    expect(columns).toBe(4);
  });

  it("an empty table's one blank row holds the column formulas, so rows the analyst adds get them", async () => {
    const { fake, actions } = setup({ report: { ...structuredClone(REPORT), opportunities: [] } });
    expect((await actions.runImport({ language: "nl", parts: ["opportunities"] }, noProgress)).ok).toBe(true);
    const t = fake.state.table(O);
    expect(t.bodyRows).toBe(1);
    expect(t.calculated.get(col(fake, O, "Potentieel"))).toBe("=SE.POTENTIAL([@Vraag],[@Investering],[@Fit],[@Lokaal])");
  });

  it("rows appended by a re-import get their formulas, and no other row's formula changes", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const json = JSON.stringify(analystDataset(3));
    expect((await actions.importJson(json, NL, noProgress)).ok).toBe(true);
    expect(ids(fake, O)).toEqual(["1", "2", "3", "4", "5", "A1", "A2", "A3"]);
    const p = col(fake, O, "Potentieel");
    expect(new Set(fake.state.formulas(O).map((r) => r[p]))).toEqual(new Set(["=SE.POTENTIAL([@Vraag],[@Investering],[@Fit],[@Lokaal])"]));
  });
});

describe("text stays text, exactly (office-js #6687)", () => {
  const hostile = ["'s Avonds", "#N/A", "1E5", "(5)", "€ 5", "5 jan", "10:30 AM", "TRUE", "=1+1", "0012", "3,5", "-", "'"];

  it.each(["nl", "en"] as const)("every string of a colleague's JSON reads back as written (%s Excel)", async (displayLanguage) => {
    const { fake, actions } = setup();
    fake.options = { displayLanguage };
    const dataset = analystDataset(hostile.length);
    dataset.analystOpportunities!.forEach((a, i) => (a.title = { nl: hostile[i], en: hostile[i] }));
    dataset.opportunityRatings!.forEach((r, i) => (r.notes = hostile[i]));
    expect((await actions.importJson(JSON.stringify(dataset), NL, noProgress)).ok).toBe(true);
    const body = fake.state.body(O).slice(REPORT.opportunities.length);
    expect(body.map((r) => r[col(fake, O, "Titel")])).toEqual(hostile);
    expect(body.map((r) => r[col(fake, O, "Notities")])).toEqual(hostile);
    const t = fake.state.table(O);
    for (let r = 0; r < t.bodyRows; r++) expect(t.sheet.get(t.top + 1 + r, t.left + col(fake, O, "Titel"))?.error).toBeUndefined();
    // A re-import sees the same text: no false conflict, nothing to write.
    const again = await actions.previewImport(NL);
    expect(again).toMatchObject({ updated: 0, added: 0, conflicts: 0 });
  });
});

describe("write order", () => {
  it("nothing references a table before the request that creates it", () => {
    const { batches } = prepareImport(REPORT, NL, EMPTY_WORKBOOK, TODAY);
    const ops = batches.flatMap((b) => b.steps.flatMap((s) => s.ops));
    const createdAt = ops.findIndex((o) => o.kind === "addTable" && o.name === O);
    const countAt = ops.findIndex((o) => o.kind === "setFormulas" && o.table === TABLE_NAMES.overviewPotential);
    expect(createdAt).toBeGreaterThanOrEqual(0);
    expect(countAt).toBeGreaterThan(createdAt);
  });

  it("an overview written before its opportunities table failed gets its counts when the rerun creates that table", async () => {
    const { fake, actions } = setup({ batchLimit: 1 });
    // Only the overview's sheet is written: the sync of the next part fails.
    const reads = 1;
    fake.options = { failOnSync: (n) => n > reads + 1 };
    expect((await actions.runImport(NL, noProgress)).ok).toBe(false);
    expect(fake.state.tables.map((t) => t.name)).not.toContain(O);
    fake.options = {};
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    const counts = fake.state.formulas(TABLE_NAMES.overviewPotential).map((r) => r[2]);
    expect(counts.every((f) => typeof f === "string" && f.startsWith("=SUMPRODUCT("))).toBe(true);
  });

  it("that repair fills only empty cells: a count the analyst typed meanwhile stays", async () => {
    const { fake, actions } = setup({ batchLimit: 1 });
    fake.options = { failOnSync: (n) => n > 2 };
    expect((await actions.runImport(NL, noProgress)).ok).toBe(false);
    const overview = fake.state.table(TABLE_NAMES.overviewPotential);
    expect(fake.state.formulas(overview.name).map((r) => r[2])).toEqual(["", "", ""]);
    overview.sheet.set(overview.top + 1, overview.left + 2, { value: 7 });
    fake.options = {};
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    const counts = fake.state.formulas(overview.name).map((r) => r[2]);
    expect(counts[0]).toBe(7);
    expect(counts.slice(1).every((f) => typeof f === "string" && f.startsWith("=SUMPRODUCT("))).toBe(true);
  });
});
