/**
 * Re-import knows the report's columns and rows by what it recorded when it wrote them, never by
 * what a header or an origin cell looks like. Each scenario below overwrote analyst cells before
 * identity was recorded (the merge matched columns by header in either language, and took any
 * row whose origin was not "analist" for the report's).
 */
import fc from "fast-check";
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
  return en.map((c) => c.header).filter((h, i) => h !== nl[i].header);
})();

describe("re-import by recorded identity", () => {
  it.each([
    ["left of", 0],
    ["right of", 1],
  ])("never writes a column the analyst added under the other language's name of a report column (Title %s Titel)", async (_side, offset) => {
    const { fake, again } = await imported();
    const titel = col(fake, O, "Titel");
    const translations = ["Care", "Green", "Local", "Digital", "Other"];
    insertColumn(fake, O, titel + offset, "Title", (r) => translations[r]);
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

describe("no analyst cell is lost after random column and row edits (property)", () => {
  const planned = buildPlan(REPORT, { language: "nl", importDate: TODAY, parts: ["opportunities"] }).sheets[0].tables[0].columns;
  const plannedEn = buildPlan(REPORT, { language: "en", importDate: TODAY, parts: ["opportunities"] }).sheets[0].tables[0].columns;
  // Excel numbers a new table's columns 1…n; the record binds them right after the first import.
  const idOf = (key: string) => planned.findIndex((c) => c.key === key) + 1;
  const writable = new Set(planned.flatMap((c, i) => (c.owner === "report" && c.kind !== "formula" ? [i + 1] : [])));
  const formulaIds = new Set(planned.flatMap((c, i) => (c.kind === "formula" ? [i + 1] : [])));
  const anyHeader = fc.oneof(fc.constantFrom(...planned.map((c) => c.header), ...plannedEn.map((c) => c.header), "Mijn kolom", "id", " Titel "), fc.string({ maxLength: 8 }));
  const value = fc.oneof(fc.constantFrom("hoog", "laag", "rapport", "analist", "", "x", "=1+1"), fc.integer({ min: 0, max: 9 }));
  const edit = fc.oneof(
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat(20), header: anyHeader, fill: value }),
    fc.record({ kind: fc.constant("rename" as const), at: fc.nat(20), header: anyHeader }),
    fc.record({ kind: fc.constant("move" as const), from: fc.nat(20), to: fc.nat(20) }),
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat(20) }),
    fc.record({ kind: fc.constant("row" as const), id: fc.constantFrom("1", "3", "5", "A1", "a1"), origin: fc.constantFrom("analist", "rapport", "", "eigen"), title: fc.string({ maxLength: 6 }) }),
    fc.record({ kind: fc.constant("type" as const), row: fc.nat(8), at: fc.nat(20), value }),
  );

  it("writes only report cells of recorded report rows, in columns the add-in wrote, whatever the headers say", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 10 }), fc.constantFrom("nl" as const, "en" as const), async (edits, language) => {
        const { fake, again } = await imported();
        const t = fake.state.table(O);
        for (const e of edits) {
          const at = (n: number, extra = 0) => n % (t.width + extra);
          if (e.kind === "insert") insertColumn(fake, O, at(e.at, 1), e.header, () => e.fill);
          else if (e.kind === "rename") renameColumn(fake, O, at(e.at), e.header);
          else if (e.kind === "move") moveColumn(fake, O, at(e.from), at(e.to));
          else if (e.kind === "delete" && t.width > 1) deleteColumn(fake, O, at(e.at));
          else if (e.kind === "row") {
            const cells: Record<string, string> = {};
            const headers = t.headers();
            const idAt = t.columnIds.indexOf(idOf("id"));
            const originAt = t.columnIds.indexOf(idOf("origin"));
            if (idAt >= 0) cells[headers[idAt]] = e.id;
            if (originAt >= 0) cells[headers[originAt]] = e.origin;
            addAnalystRow(fake, cells);
          } else if (e.kind === "type" && e.row < t.bodyRows) type(fake, O, e.row, at(e.at), e.value);
        }
        const before = fake.state.body(O);
        const idsBefore = [...t.columnIds];
        const idAt = idsBefore.indexOf(idOf("id"));
        const originAt = idsBefore.indexOf(idOf("origin"));
        const rowIds = before.map((r) => (idAt < 0 ? "" : String(r[idAt]).trim().toLowerCase()));
        const ownRow = (r: number) =>
          idAt >= 0 && originAt >= 0 && ["1", "2", "3", "4", "5"].includes(rowIds[r]) && rowIds.filter((x) => x === rowIds[r]).length === 1 && ["rapport", "report"].includes(String(before[r][originAt]).trim().toLowerCase());

        const formulasBefore = fake.state.formulas(O);
        await again.runImport({ language }, noProgress);
        const after = fake.state.body(O);
        const formulasAfter = fake.state.formulas(O);
        expect(t.columnIds).toEqual(idsBefore);
        expect(after.length).toBeGreaterThanOrEqual(before.length);
        before.forEach((row, r) => {
          row.forEach((cell, c) => {
            if (ownRow(r) && writable.has(idsBefore[c])) return;
            // Excel itself fills an empty cell of a calculated column when formulas are written
            // into that column (office-js #5909, #2093): only the column's own formula, never over content.
            const filledByExcel = formulasBefore[r][c] === "" && formulaIds.has(idsBefore[c]) && formulasAfter[r][c] === t.calculated.get(c);
            if (!filledByExcel) expect([r, c, after[r][c]]).toEqual([r, c, cell]);
          });
        });
        // Appended rows are report rows that were missing, never a second copy of an id.
        const present = new Set(rowIds.filter((x) => x !== ""));
        for (const row of after.slice(before.length)) {
          const id = String(row[idAt]).toLowerCase();
          expect(present.has(id)).toBe(false);
          present.add(id);
          // Columns the add-in did not write are blank in appended rows.
          row.forEach((cell, c) => {
            if (idsBefore[c] > planned.length) expect(cell).toBe("");
          });
        }
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});
