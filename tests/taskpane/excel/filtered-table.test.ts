/**
 * A filtered table (or one with rows hidden by hand). Excel misplaces values written over hidden
 * rows (OfficeDev/office-js #224, product bug) and row operations on a filtered table do not do
 * what they say (office-js #994); the fake refuses both (fake-range.ts refuseHiddenRows). The
 * import writes nothing to such a table, loses nothing, and says what waits for the filter.
 */
import { REPORT, type Dataset } from "../../../src/core/dataset";
import { TABLE_NAMES } from "../../../src/core/plan";
import { createExcelActions } from "../../../src/taskpane/excel";
import { FakeExcel } from "./fake-excel";
import { addAnalystRow, col, filterRows, ids, NL, noProgress, TODAY } from "./helpers";

const O = TABLE_NAMES.opportunities;

/** The report a year later: every title revised, two opportunities more. */
function revised(): Dataset {
  const report = structuredClone(REPORT);
  report.opportunities.forEach((o) => (o.title = { nl: `${o.title.nl} (herzien)`, en: `${o.title.en} (revised)` }));
  for (const id of ["6", "7"]) report.opportunities.push({ ...structuredClone(REPORT.opportunities[0]), id });
  return report;
}

async function filtered() {
  const fake = new FakeExcel();
  const actions = (report: Dataset) => createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => TODAY, report });
  expect((await actions(REPORT).runImport(NL, noProgress)).ok).toBe(true);
  addAnalystRow(fake, { Id: "A1", Titel: "eigen", Herkomst: "analist" });
  // The analyst shows only the rows rated "Hoog" by the report.
  filterRows(fake, O, "Potentieel rapport", (v) => v === "Hoog");
  return { fake, next: actions(revised()) };
}

describe("a filtered table on re-import", () => {
  it("the fake refuses writes over hidden rows, as Excel misplaces them (office-js #224)", async () => {
    const { fake } = await filtered();
    const t = fake.state.table(O);
    const context = fake.context();
    context.workbook.tables.getItem(O).getDataBodyRange().getCell(1, 1).values = [["x"]];
    await expect(context.sync()).rejects.toThrow(/hidden row .* office-js #224/);
    context.workbook.tables.getItem(O).rows.add(undefined, [Array.from({ length: t.width }, () => "")]);
    await expect(context.sync()).rejects.toThrow(/rows\.add on a table over hidden row/);
  });

  it("writes nothing to it, loses nothing, and says in the preview what waits for the filter to be cleared", async () => {
    const { fake, next } = await filtered();
    const before = JSON.stringify(fake.state.formulas(O));
    const preview = await next.previewImport(NL);
    expect(preview.details.join("\n")).toContain(`Tabel ${O} op blad "Opportuniteiten" is gefilterd of heeft verborgen rijen: er wordt niets in geschreven`);
    expect(preview.details.join("\n")).toContain("5 rij(en) zouden bijgewerkt en 2 toegevoegd worden");
    const outcome = await next.runImport(NL, noProgress);
    expect(outcome.ok).toBe(true);
    expect(JSON.stringify(fake.state.formulas(O))).toBe(before);
  });

  it("once every row shows again, the next import updates and appends as usual, under the filter's rows too", async () => {
    const { fake, next } = await filtered();
    await next.runImport(NL, noProgress);
    fake.state.sheet("Opportuniteiten").hiddenRows.clear();
    expect((await next.runImport(NL, noProgress)).ok).toBe(true);
    expect(ids(fake, O)).toEqual(["1", "2", "3", "4", "5", "A1", "6", "7"]);
    const titles = fake.state.body(O).map((r) => String(r[col(fake, O, "Titel")]));
    expect(titles.slice(0, 5).every((t) => t.endsWith("(herzien)"))).toBe(true);
    expect(titles[5]).toBe("eigen");
  });

  it("in English too", async () => {
    const { next } = await filtered();
    const preview = await next.previewImport({ language: "nl", uiLanguage: "en" });
    expect(preview.details.join("\n")).toContain("is filtered or has hidden rows: nothing is written to it");
  });
});
