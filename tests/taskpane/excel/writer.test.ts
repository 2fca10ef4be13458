import fc from "fast-check";
import { REPORT } from "../../../src/core/dataset";
import { TABLE_NAMES } from "../../../src/core/plan";
import { WEB_PAYLOAD_LIMIT } from "../../../src/core/merge";
import { batchSizes, prepareImport } from "../../../src/taskpane/excel";
import { addAnalystRow, analystDataset, col, ids, NL, noProgress, setup, TODAY, type } from "./helpers";

const O = TABLE_NAMES.opportunities;

describe("first import of the report", () => {
  it("writes the whole workbook in at most 3 syncs", async () => {
    const { fake, actions } = setup();
    const outcome = await actions.runImport(NL, noProgress);
    expect(outcome).toMatchObject({ ok: true, batchesWritten: 1, batchesTotal: 1 });
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Overzicht", "Trends", "Opportuniteiten", "Bedreigingen", "Kerncijfers", "Criteria", "Bron"]);
    expect(fake.state.tables.map((t) => t.name).sort()).toEqual(Object.values(TABLE_NAMES).sort());
    expect(outcome.summary.sheetsCreated).toHaveLength(7);
    expect(ids(fake, O)).toEqual(["1", "2", "3", "4", "5"]);
    expect(ids(fake, TABLE_NAMES.criteria)).toHaveLength(81);
    // Suspended while writing, recalculated at the end.
    expect(fake.state.calcSuspensions).toBe(1);
    expect(fake.state.screenSuspensions).toBe(1);
    expect(fake.state.recalcs).toBe(1);
  });

  it("writes live formulas with structured references and the report's values beside them", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const f = fake.state.formulas(O);
    const row = f[0];
    expect(row[col(fake, O, "Potentieel")]).toBe("=SE.POTENTIAL([@Vraag],[@Investering],[@Fit],[@Lokaal])");
    expect(row[col(fake, O, "Score")]).toBe("=SE.SCORE([@Vraag],[@Investering],[@Fit],[@Lokaal])");
    expect(String(row[col(fake, O, "Vergelijking")])).toMatch(/^=IFERROR\(IF\(OR\(\[@Potentieel\]=""/);
    const body = fake.state.body(O);
    expect(body.map((r) => r[col(fake, O, "Potentieel rapport")])).toEqual(["Hoog", "Medium", "Medium", "Hoog", "Hoog"]);
    expect(body.map((r) => r[col(fake, O, "Vraag")])).toEqual(["Hoog", "", "", "Hoog", "Hoog"]);
    const overview = fake.state.formulas(TABLE_NAMES.overviewPotential);
    expect(overview[0][2]).toBe('=COUNTIF(SE_Opportunities[Potentieel],"Hoog")+COUNTIF(SE_Opportunities[Potentieel],"High")');
  });

  it("formats: frozen headers, validation lists, fills with the word, a chart on the overview", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const sheet = fake.state.sheet("Opportuniteiten");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.validations).toHaveLength(4);
    expect(sheet.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "Hoog,Medium,Laag,High,Low,1,2,3,4,5" } });
    expect(sheet.conditionalFormats.map((c) => c.text)).toEqual(expect.arrayContaining(["Hoog", "High", "Medium", "Laag", "Low"]));
    expect(fake.state.sheet("Overzicht").charts).toEqual([expect.objectContaining({ name: "SE_Chart_Potential", title: "Opportuniteiten per potentieel" })]);
  });

  it("still imports on Excel without the optional requirement sets, without the extras", async () => {
    const { fake, actions } = setup({ isSetSupported: (_n, v) => Number(v.split(".")[1]) <= 2 });
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    const sheet = fake.state.sheet("Opportuniteiten");
    expect([sheet.frozenRows, sheet.validations.length, sheet.conditionalFormats.length, fake.state.calcSuspensions]).toEqual([0, 0, 0, 0]);
    expect(ids(fake, O)).toEqual(["1", "2", "3", "4", "5"]);
  });
});

describe("re-import", () => {
  it("finds everything again and writes nothing new", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const before = fake.state.dump();
    const syncs = fake.syncs;
    const summary = await actions.previewImport(NL);
    expect(summary).toMatchObject({ added: 0, updated: 0, conflicts: 0, sheetsCreated: [] });
    const outcome = await actions.runImport(NL, noProgress);
    expect(outcome.ok).toBe(true);
    expect(fake.syncs - syncs).toBeLessThanOrEqual(2 + 3);
    expect(fake.state.dump()).toEqual(before);
  });

  it("in English on a Dutch workbook keeps each table in its own language", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const before = fake.state.dump();
    const summary = await actions.previewImport({ language: "en" });
    expect(summary).toMatchObject({ added: 0, updated: 0, sheetsCreated: [] });
    await actions.runImport({ language: "en" }, noProgress);
    expect(fake.state.dump()).toEqual(before);
  });

  it("updates report cells the analyst overwrote, adds deleted report rows, keeps analyst cells", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    type(fake, O, 0, col(fake, O, "Titel"), "kapot");
    type(fake, O, 0, col(fake, O, "Vraag"), "laag");
    // Deleting row 5 (as Excel does: the cells go, the table shrinks).
    const t = fake.state.table(O);
    for (let c = 0; c < t.width; c++) t.sheet.set(t.top + 5, t.left + c, undefined);
    t.bodyRows--;
    const outcome = await actions.runImport(NL, noProgress);
    expect(outcome.summary).toMatchObject({ updated: 1, added: 1, conflicts: 1 });
    const body = fake.state.body(O);
    expect(body[0][col(fake, O, "Titel")]).toBe(REPORT.opportunities[0].title.nl);
    expect(body[0][col(fake, O, "Vraag")]).toBe("laag");
    expect(ids(fake, O)).toEqual(["1", "2", "3", "4", "5"]);
    expect(fake.state.formulas(O)[4][col(fake, O, "Potentieel")]).toMatch(/^=SE\.POTENTIAL/);
  });

  it("leaves a foreign sheet with our name alone and finds our renamed sheet", async () => {
    const { fake, actions } = setup();
    await actions.runImport({ language: "nl", parts: ["trends"] }, noProgress);
    fake.state.sheet("Trends").name = "Mijn trends";
    const summary = await actions.previewImport({ language: "nl", parts: ["trends", "threats"] });
    expect(summary.sheetsCreated).toEqual(["Bedreigingen"]);
    const { fake: fake2, actions: actions2 } = setup();
    await actions2.runImport({ language: "nl", parts: ["source"] }, noProgress);
    const foreign = fake2.state.sheets.push(new (fake2.state.sheets[0].constructor as never as new (n: string) => (typeof fake2.state.sheets)[0])("Trends"));
    expect(foreign).toBe(2);
    fake2.state.sheet("Trends").set(0, 0, { value: "van iemand anders" });
    const outcome = await actions2.runImport({ language: "nl", parts: ["trends"] }, noProgress);
    expect(outcome.summary.sheetsRenamed).toEqual([{ wanted: "Trends", used: "Trends (2)" }]);
    expect([...fake2.state.sheet("Trends").cells.values()]).toEqual([{ value: "van iemand anders" }]);
    expect(fake2.state.table(TABLE_NAMES.trends).sheet.name).toBe("Trends (2)");
  });

  it("loses not one analyst cell after random edits (property)", async () => {
    const criteria = ["Vraag", "Investering", "Fit", "Lokaal"];
    const rating = fc.oneof(fc.constantFrom("hoog", "Medium", "laag", "sterk", "", "x", "=1+1"), fc.integer({ min: 0, max: 6 }));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("rate" as const), row: fc.nat(4), column: fc.constantFrom(...criteria), value: rating }),
      fc.record({ kind: fc.constant("note" as const), row: fc.nat(4), value: fc.string({ maxLength: 20 }) }),
      fc.record({ kind: fc.constant("row" as const), id: fc.constantFrom("A1", "A2", "X9", "a1"), title: fc.string({ maxLength: 12 }) }),
      fc.record({ kind: fc.constant("rename" as const), name: fc.constantFrom("Kansen", "Opps 2", "Blad1") }),
      fc.record({ kind: fc.constant("move" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 12 }), fc.constantFrom("nl" as const, "en" as const), async (edits, language) => {
        const { fake, actions } = setup();
        await actions.runImport(NL, noProgress);
        for (const e of edits) {
          if (e.kind === "rate") type(fake, O, e.row, col(fake, O, e.column), e.value);
          else if (e.kind === "note") type(fake, O, e.row, col(fake, O, "Notities"), e.value);
          else if (e.kind === "row") addAnalystRow(fake, { Id: e.id, Titel: e.title, Herkomst: "analist", Vraag: "hoog" });
          else if (e.kind === "rename") fake.state.table(O).sheet.name = e.name;
          else fake.state.sheets.reverse();
        }
        const analystColumns = [...criteria, "Notities"].map((h) => col(fake, O, h));
        const before = fake.state.body(O);
        const rowsBefore = before.length;
        await actions.runImport({ language }, noProgress);
        const after = fake.state.body(O);
        expect(after).toHaveLength(rowsBefore);
        before.forEach((row, r) => {
          for (const c of analystColumns) expect(after[r][c]).toEqual(row[c]);
          if (r >= 5) expect(after[r]).toEqual(row);
        });
        const reportIds = ids(fake, O).slice(0, 5);
        expect(reportIds).toEqual(["1", "2", "3", "4", "5"]);
        expect(fake.state.tables.filter((t) => t.name === O)).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });
});

describe("large analyst tables", () => {
  it("imports 10,000 analyst rows in batches under 5 MB, and re-imports in at most 5 syncs", async () => {
    const dataset = analystDataset(10_000);
    const { fake, actions } = setup({ report: REPORT });
    await actions.runImport(NL, noProgress);
    const json = JSON.stringify(dataset);
    const before = fake.syncs;
    const outcome = await actions.importJson(json, NL, noProgress);
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.summary.added).toBe(10_000);
    expect(outcome.batchesTotal).toBeGreaterThan(1);
    expect(fake.syncs - before).toBe(2 + outcome.batchesTotal);
    for (const bytes of fake.requestBytes) expect(bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(ids(fake, O)).toHaveLength(10_005);
    expect(new Set(ids(fake, O)).size).toBe(10_005);

    const again = fake.syncs;
    const reimport = await actions.runImport(NL, noProgress);
    expect(reimport.ok).toBe(true);
    expect(fake.syncs - again).toBeLessThanOrEqual(5);
    expect(ids(fake, O)).toHaveLength(10_005);
    // The read of the whole table is one response: report its size for the benchmark.
    expect(Math.max(...fake.responseBytes)).toBeLessThan(WEB_PAYLOAD_LIMIT);
  }, 60_000);

  it("reports per-batch byte sizes for a benchmark", () => {
    const prepared = prepareImport(analystDataset(10_000), NL, { sheets: [], tables: [] }, TODAY);
    const sizes = batchSizes(prepared);
    expect(sizes.length).toBeGreaterThan(1);
    for (const s of sizes) expect(s).toBeLessThanOrEqual(4 * 1024 * 1024 + 1024 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(4 * 1024 * 1024);
  });
});

describe("a batch that fails", () => {
  const big = () => JSON.stringify(analystDataset(10_000));

  it.each([
    ["the read", 1],
    ["the first write", 3],
    ["the last write", -1],
  ])("at %s reports what was written, and a second run completes without duplicates", async (_what, which) => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const total = prepareImport(analystDataset(10_000), NL, { sheets: [], tables: [] }, TODAY).batches.length;
    expect(total).toBeGreaterThan(1);
    const start = fake.syncs;
    // Syncs of importJson: 1 names, 2 tables, then one per batch.
    const failing = which === -1 ? start + 2 + total : start + which;
    fake.options.failOnSync = (n) => n === failing;
    const outcome = await actions.importJson(big(), NL, noProgress);
    expect(outcome.ok).toBe(false);
    const expectedWritten = which === 1 ? 0 : which === 3 ? 0 : outcome.batchesTotal - 1;
    expect(outcome.batchesWritten).toBe(expectedWritten);
    expect(outcome.message).toMatch(which === 1 || which === 3 ? /Er is niets geschreven/ : /Geschreven: deel 1(–\d+)? van \d+\./);
    expect(outcome.message).toMatch(/opnieuw/);
    fake.options.failOnSync = undefined;
    const rerun = await actions.importJson(big(), NL, noProgress);
    expect(rerun.ok).toBe(true);
    const all = ids(fake, O);
    expect(all).toHaveLength(10_005);
    expect(new Set(all).size).toBe(all.length);
    // Every row has its formulas, including rows written before the failure.
    const f = fake.state.formulas(O);
    const p = col(fake, O, "Potentieel");
    expect(f.every((r) => String(r[p]).startsWith("=SE.POTENTIAL"))).toBe(true);
  }, 60_000);

  it("ignores a second click while an import runs", async () => {
    const { fake, actions } = setup();
    const first = actions.runImport(NL, noProgress);
    const second = await actions.runImport(NL, noProgress);
    expect(second).toMatchObject({ ok: false, batchesWritten: 0, message: expect.stringMatching(/loopt al een import/) });
    expect((await first).ok).toBe(true);
    expect(fake.state.tables.filter((t) => t.name === O)).toHaveLength(1);
  });
});

describe("text that looks like a formula", () => {
  const attacks = ["=HYPERLINK(\"http://x\",\"klik\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "<script>alert(1)</script>", "1", "2025-05-01"];

  it("lands as text from a colleague's JSON and from the report", async () => {
    const d = analystDataset(attacks.length);
    d.analystOpportunities!.forEach((a, i) => (a.title = { nl: attacks[i], en: attacks[i] }));
    d.opportunityRatings!.forEach((r, i) => (r.notes = attacks[i]));
    const report = structuredClone(REPORT);
    report.trends[0].title = { nl: "=1+1", en: "=1+1" };
    const { fake, actions } = setup({ report });
    await actions.runImport(NL, noProgress);
    expect((await actions.importJson(JSON.stringify(d), NL, noProgress)).ok).toBe(true);
    const body = fake.state.formulas(O).slice(5);
    expect(body.map((r) => r[col(fake, O, "Titel")])).toEqual(attacks);
    expect(body.map((r) => r[col(fake, O, "Notities")])).toEqual(attacks);
    expect(fake.state.formulas(TABLE_NAMES.trends)[0][2]).toBe("=1+1");
    for (const s of fake.state.sheets) {
      for (const cell of s.cells.values()) if (cell.formula) expect(cell.formula).toMatch(/^=(SE\.|IFERROR|COUNTIF)/);
    }
  });
});
