/**
 * Completing a sheet an import was cut off creating touches only what is provably the import's:
 * what the analyst did in between (typed where a table goes, added a row to a table still under
 * Excel's default name) stays, and the preview says so.
 */
import { TABLE_NAMES } from "../../../src/core/plan";
import { FakeExcel, parseInput } from "./fake-excel";
import { NL, noProgress, setup } from "./helpers";

/** A first import cut in its first write request at the first command after which `left` holds. */
async function cutWhere(left: (fake: FakeExcel) => boolean) {
  for (let ran = 0; ran < 200; ran++) {
    const { fake, actions } = setup({ batchLimit: 1 });
    // The first import of an empty workbook reads once, then writes the first sheet.
    fake.options = { failOnSync: (n) => n === 2, failAfterCommands: ran };
    expect((await actions.runImport(NL, noProgress)).ok).toBe(false);
    fake.options = {};
    if (left(fake)) return { fake, actions };
  }
  throw new Error("no such cut");
}

describe("completing a sheet an import was cut off creating", () => {
  it("a cut between adding the sheet and its tables: the tables are created, except where the analyst typed since", async () => {
    const { fake, actions } = await cutWhere((f) => f.state.sheets.length === 1 && f.state.sheets[0].cells.size > 0 && f.state.tables.length === 0);
    const sheet = fake.state.sheet("Overzicht");
    // The analyst types where the key-figures table goes (A5).
    sheet.set(4, 0, parseInput("mijn notitie"));
    const preview = await actions.previewImport(NL);
    expect(preview.details.join("\n")).toMatch(/'Overzicht'!A5:.*er staat iets anders; niets geschreven/);
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    expect(sheet.get(4, 0)?.value).toBe("mijn notitie");
    expect(fake.state.tables.map((t) => t.name)).not.toContain(TABLE_NAMES.overviewFigures);
    expect(fake.state.tables.map((t) => t.name)).toContain(TABLE_NAMES.overviewPotential);
    expect(fake.state.sheets.map((s) => s.name)).not.toContain("Overzicht (2)");
  });

  it("a cut between tables.add and the naming: the table is named on the rerun, with its formulas, formats and chart", async () => {
    const { fake, actions } = await cutWhere((f) => f.state.tables.some((t) => t.name.startsWith("Table") && t.left === 4));
    expect(fake.state.tables.map((t) => t.name)).not.toContain(TABLE_NAMES.overviewPotential);
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    expect(fake.state.tables.filter((t) => t.name.startsWith("Table"))).toEqual([]);
    const t = fake.state.table(TABLE_NAMES.overviewPotential);
    expect([t.left, t.top]).toEqual([4, 4]);
    expect(fake.state.sheet("Overzicht").charts).toEqual([expect.objectContaining({ name: "SE_Chart_Potential", title: "Opportuniteiten per potentieel" })]);
    expect(t.calculated.size).toBeGreaterThan(0);
  });

  it("a table under Excel's default name that the analyst added a row to is not adopted, nor written over", async () => {
    const { fake, actions } = await cutWhere((f) => f.state.tables.some((t) => t.name.startsWith("Table") && t.left === 4));
    const left = fake.state.tables.find((t) => t.name.startsWith("Table"))!;
    left.sheet.set(left.top + 1 + left.bodyRows, left.left, parseInput("eigen rij"));
    left.bodyRows++;
    const before = JSON.stringify(fake.state.formulas(left.name));
    const outcome = await actions.runImport(NL, noProgress);
    expect(outcome.ok).toBe(true);
    expect(JSON.stringify(fake.state.formulas(left.name))).toBe(before);
    expect(fake.state.tables.map((t) => t.name)).not.toContain(TABLE_NAMES.overviewPotential);
    expect(outcome.summary.details.join("\n")).toMatch(/'Overzicht'!E5:.*niets geschreven/);
    // Its chart has no table to show, so none is added either.
    expect(fake.state.sheet("Overzicht").charts.filter((c) => c.name === "SE_Chart_Potential")).toEqual([]);
  });

  it.each([
    ["beside a title line (D1)", 0, 3],
    ["beside a title line whose text block is refused (A1 typed over too)", 0, 6],
  ])("a cell the analyst typed %s survives: its line is not merged", async (_where, row, column) => {
    const { fake, actions } = await cutWhere((f) => f.state.sheets.length === 1 && f.state.sheets[0].cells.size > 0 && f.state.tables.length === 0);
    const sheet = fake.state.sheet("Overzicht");
    sheet.set(row, column, parseInput("mijn notitie"));
    if (column === 6) sheet.set(0, 0, parseInput("mijn titel"));
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    expect(sheet.get(row, column)?.value).toBe("mijn notitie");
    if (column === 6) expect(sheet.get(0, 0)?.value).toBe("mijn titel");
    expect(sheet.merged.filter((a) => a.startsWith(`${row},0:`))).toEqual([]);
    // A refused block merges nothing; otherwise the lines beside which nothing was typed are still merged.
    if (column === 6) expect(sheet.merged).toEqual([]);
    else expect(sheet.merged.length).toBeGreaterThan(0);
  });
});
