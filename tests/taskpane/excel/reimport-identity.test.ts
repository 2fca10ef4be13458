/**
 * Re-import knows the report's columns and rows by what it recorded when it wrote them, never by
 * what a header or an origin cell looks like. Each scenario below overwrote analyst cells before
 * identity was recorded (the merge matched columns by header in either language, and took any
 * row whose origin was not "analist" for the report's).
 */
import { REPORT, type Dataset } from "../../../src/core/dataset";
import { buildPlan, TABLE_NAMES } from "../../../src/core/plan";
import { IDENTITY_KEY } from "../../../src/core/workbook";
import { createExcelActions } from "../../../src/taskpane/excel";
import { deleteColumn, insertColumn, moveColumn, renameColumn, sortRows } from "./column-edits";
import type { FakeExcel } from "./fake-excel";
import { addAnalystRow, col, ids, NL, noProgress, setup, TODAY, type } from "./helpers";

const O = TABLE_NAMES.opportunities;

/** The report as a later version gives it: every opportunity's texts revised. */
function revised(): Dataset {
  const report = structuredClone(REPORT);
  for (const o of report.opportunities) {
    o.title = { nl: `${o.title.nl} (herzien)`, en: `${o.title.en} (revised)` };
    if (o.description) o.description = { nl: `${o.description.nl} (herzien)`, en: `${o.description.en} (revised)` };
  }
  return report;
}

async function imported() {
  const { fake, actions } = setup();
  await actions.runImport(NL, noProgress);
  const again = createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => TODAY, report: revised() });
  return { fake, again };
}

const columnValues = (fake: FakeExcel, header: string) => fake.state.body(O).map((r) => r[col(fake, O, header)]);
const revisedTitles = revised().opportunities.map((o) => o.title.nl);

/** Every header of the opportunities table in the other language (those that differ). */
const otherLanguageHeaders = (() => {
  const nl = buildPlan(REPORT, { language: "nl", importDate: TODAY, parts: ["opportunities"] }).sheets[0].tables[0].columns;
  const en = buildPlan(REPORT, { language: "en", importDate: TODAY, parts: ["opportunities"] }).sheets[0].tables[0].columns;
  return en.map((c, i) => c.header).filter((h, i) => h !== nl[i].header);
})();

describe("re-import by recorded identity", () => {
  it("never writes a column the analyst added under the other language's name of a report column (Title next to Titel)", async () => {
    const { fake, again } = await imported();
    const titel = col(fake, O, "Titel");
    const translations = ["Care", "Green", "Local", "Digital", "Other"];
    insertColumn(fake, O, titel + 1, "Title", (r) => translations[r]);
    const preview = await again.previewImport(NL);
    expect(preview).toMatchObject({ updated: 5, added: 0 });
    await again.runImport(NL, noProgress);
    expect(columnValues(fake, "Title")).toEqual(translations);
    expect(columnValues(fake, "Titel")).toEqual(revisedTitles);
  });

  it.each(otherLanguageHeaders)("never writes an analyst column headed %s, inserted anywhere", async (header) => {
    const { fake, again } = await imported();
    const mine = insertColumn(fake, O, 0, header, (r) => `mijn ${r}`);
    await again.runImport(NL, noProgress);
    expect(columnValues(fake, mine)).toEqual(["mijn 0", "mijn 1", "mijn 2", "mijn 3", "mijn 4"]);
  });

  it("leaves rows whose origin is blank or a custom word alone, and says so", async () => {
    const { fake, again } = await imported();
    const herkomst = col(fake, O, "Herkomst");
    const titel = col(fake, O, "Titel");
    type(fake, O, 1, herkomst, "");
    type(fake, O, 2, herkomst, "eigen");
    type(fake, O, 1, titel, "mijn titel 2");
    type(fake, O, 2, titel, "mijn titel 3");
    const preview = await again.previewImport(NL);
    expect(preview.updated).toBe(3);
    expect(preview.details.join("\n")).toMatch(/rij "2" heeft als herkomst \(leeg\/empty\)/);
    expect(preview.details.join("\n")).toMatch(/rij "3" heeft als herkomst "eigen"/);
    await again.runImport(NL, noProgress);
    const titles = columnValues(fake, "Titel");
    expect(titles.slice(1, 3)).toEqual(["mijn titel 2", "mijn titel 3"]);
    expect([titles[0], titles[3], titles[4]]).toEqual([revisedTitles[0], revisedTitles[3], revisedTitles[4]]);
    const en = await again.previewImport({ language: "nl", uiLanguage: "en" });
    expect(en.details.join("\n")).toMatch(/row "3" has origin "eigen", not "report"/);
  });

  it("follows a renamed and moved report column by Excel's column id", async () => {
    const { fake, again } = await imported();
    renameColumn(fake, O, col(fake, O, "Titel"), "Titel (NL)");
    moveColumn(fake, O, col(fake, O, "Titel (NL)"), 0);
    insertColumn(fake, O, 1, "Title", (r) => `analist ${r}`);
    await again.runImport(NL, noProgress);
    expect(columnValues(fake, "Titel (NL)")).toEqual(revisedTitles);
    expect(columnValues(fake, "Title")).toEqual(["analist 0", "analist 1", "analist 2", "analist 3", "analist 4"]);
  });

  it("is unsure of a renamed report column when a new column took its old name, and writes neither", async () => {
    const { fake, again } = await imported();
    const titles = columnValues(fake, "Titel");
    renameColumn(fake, O, col(fake, O, "Titel"), "Titel (NL)");
    insertColumn(fake, O, 1, "Titel", (r) => `analist ${r}`);
    const preview = await again.previewImport(NL);
    expect(preview.details.join("\n")).toMatch(/niet zeker welke kolom nu de kolom van het rapport is .*: Titel\./);
    await again.runImport(NL, noProgress);
    expect(columnValues(fake, "Titel (NL)")).toEqual(titles);
    expect(columnValues(fake, "Titel")).toEqual(["analist 0", "analist 1", "analist 2", "analist 3", "analist 4"]);
  });

  it("does not recreate a deleted report column, nor take a new column of that name for it", async () => {
    const { fake, again } = await imported();
    deleteColumn(fake, O, col(fake, O, "Titel"));
    insertColumn(fake, O, 1, "Titel", (r) => `eigen ${r}`);
    const preview = await again.previewImport(NL);
    expect(preview.details.join("\n")).toMatch(/kolommen niet gevonden \(hernoemd of verwijderd\), daar wordt niets geschreven: Titel/);
    await again.runImport(NL, noProgress);
    expect(columnValues(fake, "Titel")).toEqual(["eigen 0", "eigen 1", "eigen 2", "eigen 3", "eigen 4"]);
  });

  it("updates sorted rows by id, and never an analyst row that reuses a report id", async () => {
    const { fake, again } = await imported();
    // Row 3 of the report deleted, and an analyst row with id 3 (origin left blank) added.
    const t = fake.state.table(O);
    const three = ids(fake, O).indexOf("3");
    for (let c = 0; c < t.width; c++) t.sheet.set(t.top + 1 + three, t.left + c, undefined);
    sortRows(fake, O, (a, b) => (a[0] === undefined ? 1 : b[0] === undefined ? -1 : String(b[0]).localeCompare(String(a[0]))));
    t.bodyRows--;
    addAnalystRow(fake, { Id: "3", Titel: "mijn eigen drie" });
    await again.runImport(NL, noProgress);
    const byId = Object.fromEntries(fake.state.body(O).map((r) => [String(r[col(fake, O, "Id")]), r[col(fake, O, "Titel")]]));
    expect(byId["3"]).toBe("mijn eigen drie");
    expect(byId["5"]).toBe(revisedTitles[4]);
    expect(byId["1"]).toBe(revisedTitles[0]);
    expect(ids(fake, O)).toHaveLength(5);
  });

  it("overwrites nothing in a workbook from before identity was recorded, says so, and still adds missing rows", async () => {
    const { fake, again } = await imported();
    fake.state.settings.delete(IDENTITY_KEY);
    const t = fake.state.table(O);
    for (let c = 0; c < t.width; c++) t.sheet.set(t.top + 5, t.left + c, undefined);
    t.bodyRows--;
    const before = columnValues(fake, "Titel");
    const preview = await again.previewImport(NL);
    expect(preview).toMatchObject({ updated: 0, added: 1 });
    expect(preview.details.join("\n")).toMatch(/aangemaakt voordat de invoegtoepassing bijhield/);
    await again.runImport(NL, noProgress);
    expect(columnValues(fake, "Titel").slice(0, 4)).toEqual(before);
    expect(ids(fake, O)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("records identity only where workbook settings exist (ExcelApi 1.4); without, it overwrites nothing later", async () => {
    const { fake, actions } = setup({ isSetSupported: (_n, v) => Number(v.split(".")[1]) <= 3 });
    await actions.runImport(NL, noProgress);
    expect(fake.state.settings.size).toBe(0);
    const again = createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => TODAY, report: revised() });
    const before = columnValues(fake, "Titel");
    await again.runImport(NL, noProgress);
    expect(columnValues(fake, "Titel")).toEqual(before);
  });
});
