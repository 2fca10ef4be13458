/** The pane's export: every analyst row, or a stop that names the rows; its file always imports again. */
import { TABLE_NAMES } from "../../../src/core/plan";
import { offersSuggestedIds } from "../../../src/taskpane/workbook-actions";
import { addAnalystRow, ids, NL, noProgress, setup } from "./helpers";

const O = TABLE_NAMES.opportunities;

/** The report imported, then four analyst rows whose ids cannot go in a file: none, a space, one repeated (case aside). */
async function withUnusableIds() {
  const workbook = setup();
  await workbook.actions.runImport(NL, noProgress);
  addAnalystRow(workbook.fake, { Titel: "zonder id", Herkomst: "analist" });
  addAnalystRow(workbook.fake, { Id: "Zorg 1", Titel: "spatie", Herkomst: "analist" });
  addAnalystRow(workbook.fake, { Id: "B7", Titel: "eerste", Herkomst: "analist" });
  addAnalystRow(workbook.fake, { Id: "b7", Titel: "tweede", Herkomst: "analist" });
  return workbook;
}

describe("exportJson", () => {
  it("stops, saving nothing, when analyst rows have no id, an id with a space, or a repeated id, and names them", async () => {
    const { actions } = await withUnusableIds();
    await expect(actions.exportJson()).rejects.toThrow(
      /Niet geëxporteerd: 3 rij\(en\)[\s\S]*'Opportuniteiten'!A7: heeft geen id — bv\. id "A1"[\s\S]*'Opportuniteiten'!A8: id "Zorg 1"[\s\S]*bv\. id "Zorg_1"[\s\S]*'Opportuniteiten'!A10: id "b7" staat al op een eerdere rij/,
    );
  });

  it.each([
    ["en", /^Not exported: 1 analyst row/],
    ["nl", /^Niet geëxporteerd: 1 rij/],
  ] as const)("the stop is in the pane's language (%s), whatever Excel's display language", async (uiLanguage, message) => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    addAnalystRow(fake, { Titel: "zonder id", Herkomst: "analist" });
    await expect(actions.exportJson({ uiLanguage })).rejects.toThrow(message);
  });

  it("the stop offers the suggested ids; exporting with them keeps every row, under those ids, and imports again", async () => {
    const { fake, actions } = await withUnusableIds();
    const stop = await actions.exportJson().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(offersSuggestedIds(stop)).toBe(true);
    const before = fake.state.dump();
    const text = await actions.exportJson({ useSuggestedIds: true });
    // The workbook keeps its ids: the export reads, never writes.
    expect(fake.state.dump()).toEqual(before);
    const colleague = setup();
    expect((await colleague.actions.importJson(text, NL, noProgress)).ok).toBe(true);
    const titles = colleague.fake.state.body(O).map((r) => r[colleague.fake.state.table(O).headers().indexOf("Titel")]);
    expect(titles.slice(5)).toEqual(["zonder id", "spatie", "eerste", "tweede"]);
    expect(ids(colleague.fake, O).slice(5)).toEqual(["A1", "Zorg_1", "B7", "A2"]);
  });

  it("offers the suggested ids only for a stop that has one for every row", () => {
    // A row the file cannot take under any id ("invalid") has no suggestion (core/share/export-dataset.ts).
    expect(offersSuggestedIds(Object.assign(new Error("stop"), { suggestedIds: false }))).toBe(false);
    expect(offersSuggestedIds(new Error("RichApi.Error: busy"))).toBe(false);
    expect(offersSuggestedIds(undefined)).toBe(false);
  });

  it("exports hostile rows a colleague's workbook imports again: notes of 32,767 characters, odd ids, formula-like text", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const note = "=" + "n".repeat(32_766);
    addAnalystRow(fake, { Id: "'0042", Titel: "'=1+1", Herkomst: "analist", Notities: `'${note}` });
    addAnalystRow(fake, { Id: "a.b-c_1", Titel: "x".repeat(32_767), Herkomst: "analist", Vraag: "hoog" });
    const text = await actions.exportJson();
    const colleague = setup();
    const outcome = await colleague.actions.importJson(text, NL, noProgress);
    expect(outcome.ok).toBe(true);
    expect(ids(colleague.fake, O)).toEqual(["1", "2", "3", "4", "5", "0042", "a.b-c_1"]);
    const body = colleague.fake.state.body(O);
    const headers = colleague.fake.state.table(O).headers();
    expect(body[5][headers.indexOf("Notities")]).toBe(note);
    expect(body[5][headers.indexOf("Titel")]).toBe("=1+1");
    expect(String(body[6][headers.indexOf("Titel")])).toHaveLength(32_767);
  });
});
