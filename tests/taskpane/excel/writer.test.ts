import fc from "fast-check";
import { REPORT } from "../../../src/core/dataset";
import { TABLE_NAMES } from "../../../src/core/plan";
import { WEB_PAYLOAD_LIMIT } from "../../../src/core/merge";
import { batchSizes, createExcelActions, prepareImport } from "../../../src/taskpane/excel";
import type { Dataset } from "../../../src/core/dataset";
import type { ImportOutcome } from "../../../src/taskpane/workbook-actions";
import { buildPlan } from "../../../src/core/plan";
import { INJECTION_PAYLOADS, SECURITY_CASES } from "../../support/reliability-figures";
import { READ_LIMIT } from "../../../src/core/requests/read-chunks";
import { readSnapshot } from "../../../src/taskpane/excel/read-snapshot";
import { FAKE_PAYLOAD_LIMIT, FakeExcel } from "./fake-excel";
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
    // One formula for the whole column (a calculated column), reading each row's level word.
    expect(overview[0][2]).toMatch(/^=SUMPRODUCT\(--ISNUMBER\(MATCH\(SE_Opportunities\[Potentieel\],.*\[@Potentieel\]/);
    expect(new Set(overview.map((r) => r[2])).size).toBe(1);
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
    const responses = fake.responseBytes.length;
    const reimport = await actions.runImport(NL, noProgress);
    expect(reimport.ok).toBe(true);
    expect(fake.syncs - again).toBeLessThanOrEqual(5);
    expect(ids(fake, O)).toHaveLength(10_005);
    // Names, our tables with their first rows, then the rest in chunks: 1.9 MB in one more sync.
    expect(fake.syncs - again).toBe(3);
    expect(Math.max(...fake.responseBytes.slice(responses))).toBeLessThan(WEB_PAYLOAD_LIMIT);
  }, 60_000);

  /** Analyst rows typed or pasted straight into the opportunities table (not through the writer). */
  function pasteRows(fake: FakeExcel, rows: number, notes: (i: number) => string): void {
    for (let i = 0; i < rows; i++) {
      addAnalystRow(fake, {
        Id: `P${i + 1}`,
        Titel: `Eigen opportuniteit ${i + 1}`,
        Omschrijving: `Activiteiten voor doelgroepmedewerkers in de zorg (${i + 1}).`,
        Herkomst: "analist",
        Notities: notes(i),
      });
    }
  }

  it("re-imports 40,000 rows, ~7.8 MB to read, in responses under 5 MB without losing a row", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    pasteRows(fake, 40_000, (i) => `Notitie ${i + 1}: te bespreken met de sectorconsulent.`);
    const before = fake.state.dump();
    const syncs = fake.syncs;
    const responses = fake.responseBytes.length;
    const outcome = await actions.runImport(NL, noProgress);
    // Excel on the web (as the fake) refuses a response over 5 MB: one read of the table would fail.
    expect(outcome).toMatchObject({ ok: true, batchesTotal: 0, summary: { added: 0, updated: 0 } });
    const read = fake.responseBytes.slice(responses);
    expect(read.reduce((a, b) => a + b, 0)).toBeGreaterThan(FAKE_PAYLOAD_LIMIT);
    for (const bytes of read) expect(bytes).toBeLessThanOrEqual(READ_LIMIT);
    // Size-driven groups, not a sync per chunk or per row: 2 + ceil(7.8 MB × 1.5 / 4 MiB) at most.
    expect(fake.syncs - syncs).toBeGreaterThan(2);
    expect(fake.syncs - syncs).toBeLessThanOrEqual(6);
    expect(fake.state.dump()).toEqual(before);
  }, 60_000);

  it("reads rows far larger than the first ones suggested: a refused response is read again in halves", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    // Short rows first (the sample the estimate comes from), then 1,500 rows with 4,000-character notes.
    pasteRows(fake, 3_500, (i) => (i < 2_000 ? "kort" : `${"lange notitie ".repeat(285)}${i}`));
    const responses = fake.responseBytes.length;
    const snapshot = await fake.run((context) => readSnapshot(context, new Set([O])));
    const read = fake.responseBytes.slice(responses);
    expect(read.some((bytes) => bytes > FAKE_PAYLOAD_LIMIT)).toBe(true);
    expect(snapshot.tables[0].rows).toEqual(fake.state.body(O));
    expect(snapshot.tables[0].rows).toHaveLength(3_505);
  }, 60_000);

  it("reads the metadata alone when the first rows are too large to come with it", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    pasteRows(fake, 300, (i) => `${"x".repeat(25_000)}${i}`);
    const syncs = fake.syncs;
    const responses = fake.responseBytes.length;
    const snapshot = await fake.run((context) => readSnapshot(context, new Set([O])));
    // Names; metadata with the first rows, refused (6.4 MB); metadata alone; then the rows.
    expect(fake.responseBytes[responses + 1]).toBeGreaterThan(FAKE_PAYLOAD_LIMIT);
    expect(fake.responseBytes[responses + 2]).toBeLessThan(10_000);
    expect(fake.syncs - syncs).toBeGreaterThan(3);
    expect(snapshot.tables[0].rows).toEqual(fake.state.body(O));
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
    expect(outcome.message).toMatch(which === 1 ? /Er is niets geschreven/ : which === 3 ? /Deel 1 is niet of maar gedeeltelijk geschreven/ : /Geschreven: deel 1(–\d+)? van \d+\./);
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

  /** A report the re-import changes in several tables: updated titles, added trends and threats. */
  function changedReport(): Dataset {
    const report = structuredClone(REPORT);
    report.opportunities.forEach((o) => (o.title = { nl: `${o.title.nl} (herzien)`, en: `${o.title.en} (revised)` }));
    report.keyFigures.forEach((f) => (f.label = { nl: `${f.label.nl} (herzien)`, en: `${f.label.en} (revised)` }));
    for (let i = 0; i < 20; i++) report.trends.push({ ...structuredClone(REPORT.trends[0]), id: `N${i}` });
    for (let i = 0; i < 20; i++) report.threats.push({ ...structuredClone(REPORT.threats[0]), id: `N${i}` });
    return report;
  }

  type Actions = ReturnType<typeof setup>["actions"];
  /** Each import path: what the workbook holds before, and the import that is made to fail. */
  const paths: Record<string, { before: (actions: Actions) => Promise<unknown>; report?: () => Dataset; run: (actions: Actions) => Promise<ImportOutcome> }> = {
    "first import": { before: async () => undefined, run: (a) => a.runImport(NL, noProgress) },
    "re-import": { before: (a) => a.runImport(NL, noProgress), report: changedReport, run: (a) => a.runImport(NL, noProgress) },
    "JSON import": { before: async () => undefined, run: (a) => a.importJson(JSON.stringify(analystDataset(30)), NL, noProgress) },
  };
  const faults = Object.keys(paths).flatMap((path) =>
    (["first", "second", "last"] as const).flatMap((batch) => [
      [path, batch, 0],
      [path, batch, 0.5],
    ]),
  ) as [string, "first" | "second" | "last", number][];

  it("tries as many fault points as docs/RELIABILITY.md reports (3 more at 10,000 rows above)", () => {
    expect(faults.length + 3).toBe(SECURITY_CASES["fault-points"]);
    expect(INJECTION_PAYLOADS).toHaveLength(SECURITY_CASES["injection-payloads"]);
  });

  /** Sheets and rows per table: what an analyst sees was written. */
  const shape = (fake: FakeExcel) => ({ sheets: fake.state.sheets.map((s) => s.name), rows: Object.fromEntries(fake.state.tables.map((t) => [t.name, t.bodyRows])) });

  it.each(faults)("%s: Excel rejects the %s batch (%s of it ran); the pane says what was written, a rerun completes it exactly", async (path, batch, share) => {
    const p = paths[path];
    // The same import without a fault, for comparison: one batch per step, so there are several.
    const clean = setup({ batchLimit: 1 });
    await p.before(clean.actions);
    const cleanActions = createExcelActions({ run: clean.fake.run, isSetSupported: () => true, today: () => TODAY, batchLimit: 1, report: p.report?.() ?? REPORT });
    const expected = await p.run(cleanActions);
    expect(expected.ok).toBe(true);
    const total = expected.batchesTotal;
    expect(total).toBeGreaterThanOrEqual(3);

    const { fake, actions: beforeActions } = setup({ batchLimit: 1 });
    await p.before(beforeActions);
    const actions = createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => TODAY, batchLimit: 1, report: p.report?.() ?? REPORT });
    const failing = batch === "first" ? 1 : batch === "second" ? 2 : total;
    // Every import reads twice (sheet names, then our tables) before its first batch.
    const reads = fake.state.tables.length > 0 ? 2 : 1;
    fake.options = { failOnSync: (n) => n === fake.syncsAtStart + reads + failing, failAfterShare: share };
    fake.syncsAtStart = fake.syncs;
    const outcome = await p.run(actions);
    expect(outcome).toMatchObject({ ok: false, batchesWritten: failing - 1, batchesTotal: total });
    const written = failing - 1;
    expect(outcome.message).toContain(`Schrijven mislukt bij deel ${failing} van ${total} (RichApi.Error: simulated failure`);
    if (written > 0) expect(outcome.message).toContain(`Geschreven: deel 1${written > 1 ? `–${written}` : ""} van ${total}.`);
    // Part of the failing request may have run (Excel does not undo it): the pane never claims "nothing".
    expect(outcome.message).not.toContain("niets geschreven");
    expect(outcome.message).toContain(`Deel ${failing} is niet of maar gedeeltelijk geschreven`);
    if (failing < total) expect(outcome.message).toContain(`Niet geschreven: deel ${failing + 1 === total ? total : `${failing + 1}–${total}`}.`);
    if (share === 0) {
      // Exactly the batches reported as written are in the workbook: compare with a run that stops there.
      const partial = setup({ batchLimit: 1 });
      await p.before(partial.actions);
      partial.fake.options = { failOnSync: (n) => n > partial.fake.syncsAtStart + reads + written };
      partial.fake.syncsAtStart = partial.fake.syncs;
      await p.run(createExcelActions({ run: partial.fake.run, isSetSupported: () => true, today: () => TODAY, batchLimit: 1, report: p.report?.() ?? REPORT }));
      expect(shape(fake)).toEqual(shape(partial.fake));
    }

    fake.options = {};
    const rerun = await p.run(actions);
    expect(rerun.ok).toBe(true);
    // The rerun leaves the workbook exactly as an import without the fault: no duplicate rows,
    // sheets or tables, every formula in place.
    expect(fake.state.dump()).toEqual(clean.fake.state.dump());
    const extras = (f: FakeExcel) =>
      f.state.sheets.map((s) => ({ name: s.name, frozen: s.frozenRows, charts: s.charts, validations: s.validations, fills: s.conditionalFormats, widths: [...s.widths], formats: [...s.numberFormats] }));
    // Formats, lists, fills and the chart too, also of a sheet whose creating request failed halfway.
    expect(extras(fake)).toEqual(extras(clean.fake));
    for (const t of fake.state.tables) {
      const key = t.headers().findIndex((h) => h === "Id" || h === "Sleutel");
      if (key >= 0) expect(new Set(fake.state.body(t.name).map((r) => r[key])).size).toBe(t.bodyRows);
    }
  });

  it("ignores a second click while an import runs", async () => {
    const { fake, actions } = setup();
    const first = actions.runImport(NL, noProgress);
    const second = await actions.runImport(NL, noProgress);
    expect(second).toMatchObject({ ok: false, batchesWritten: 0, message: expect.stringMatching(/loopt al een import/) });
    expect((await first).ok).toBe(true);
    expect(fake.state.tables.filter((t) => t.name === O)).toHaveLength(1);
  });
});

describe("a second click while an import runs", () => {
  const json = () => JSON.stringify(analystDataset(3));
  it.each([
    ["the report import", "a JSON import"],
    ["a JSON import", "the report import"],
    ["a JSON import", "a JSON import"],
  ])("during %s, %s does nothing: no command reaches Excel, and the first completes alone", async (first, second) => {
    const start = (a: ReturnType<typeof setup>["actions"], what: string) => (what === "the report import" ? a.runImport(NL, noProgress) : a.importJson(json(), NL, noProgress));
    const clean = setup();
    await start(clean.actions, first);
    const fake = new FakeExcel();
    // Counts the Excel.run calls: an ignored click must not even open a request context.
    let runs = 0;
    const run: typeof fake.run = (batch) => (runs++, fake.run(batch));
    const actions = createExcelActions({ run, isSetSupported: () => true, today: () => TODAY });
    const running = start(actions, first);
    const ignored = await start(actions, second);
    expect(ignored).toMatchObject({ ok: false, batchesWritten: 0, batchesTotal: 0, message: expect.stringMatching(/loopt al een import/) });
    expect(runs).toBe(1);
    expect((await running).ok).toBe(true);
    expect(fake.state.dump()).toEqual(clean.fake.state.dump());
    // Once it is done, the next click works again, also after a failed import.
    fake.options.failOnSync = () => true;
    expect((await start(actions, second)).ok).toBe(false);
    fake.options.failOnSync = undefined;
    expect((await start(actions, second)).ok).toBe(true);
  });
});

describe("text that looks like a formula lands as text", () => {
  // The real payloads, and text Excel would turn into a number, a date or markup.
  const attacks = [...INJECTION_PAYLOADS, "<script>alert(1)</script>", "1", "2025-05-01"];
  const formulaHeaders = new Set(
    (["nl", "en"] as const).flatMap((language) =>
      buildPlan(REPORT, { language, importDate: TODAY }).sheets.flatMap((s) => s.tables.flatMap((t) => t.columns.filter((c) => c.kind === "formula").map((c) => `${t.name}/${c.header}`))),
    ),
  );

  /** Every formula in the workbook sits in one of the plan's formula columns and is the plan's own. */
  function expectOnlyPlanFormulas(fake: FakeExcel): number {
    let formulas = 0;
    for (const s of fake.state.sheets) {
      for (const [key, cell] of s.cells) {
        if (cell.formula === undefined) continue;
        formulas++;
        const [r, c] = key.split(",").map(Number);
        const table = fake.state.tables.find((t) => t.sheet === s && r > t.top && r <= t.top + t.bodyRows && c >= t.left && c < t.left + t.width);
        expect(table && `${table.name}/${table.headers()[c - table.left]}`).toBeDefined();
        expect(formulaHeaders).toContain(`${table!.name}/${table!.headers()[c - table!.left]}`);
        expect(cell.formula).toMatch(/^=(SE\.POTENTIAL\(|SE\.SCORE\(|IFERROR\(|SUMPRODUCT\()/);
        expect(cell.formula).not.toMatch(/evil|cmd|DDE|HYPERLINK|WEBSERVICE|1\+1/);
      }
    }
    return formulas;
  }

  /** Cells holding exactly `text` as a value (never a formula). */
  const cellsWith = (fake: FakeExcel, text: string) => fake.state.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.value === text && c.formula === undefined));

  function hostileFile(): Dataset {
    const d = analystDataset(attacks.length);
    d.sectors = [...d.sectors, ...attacks.map((a, i) => ({ id: `s${i}`, domain: "maatschappelijke noden" as const, label: { nl: a, en: a } }))];
    d.analystOpportunities!.forEach((a, i) => {
      a.title = { nl: attacks[i], en: attacks[i] };
      a.description = { nl: attacks[i], en: attacks[i] };
      a.activities = { nl: attacks[i], en: attacks[i] };
      a.sector = `s${i}`;
    });
    d.opportunityRatings!.forEach((r, i) => (r.notes = attacks[i]));
    // A rating typed with a leading tab is accepted by the functions, and must stay that text.
    d.opportunityRatings![0].fit = "\t4";
    return d;
  }

  it.each([
    ["appended to a workbook that holds the report", true],
    ["in a new workbook", false],
  ])("lands as text from a colleague's JSON (titles, descriptions, activities, sectors, notes, ratings), %s", async (_where, reportFirst) => {
    const { fake, actions } = setup();
    if (reportFirst) await actions.runImport(NL, noProgress);
    expect((await actions.importJson(JSON.stringify(hostileFile()), NL, noProgress)).ok).toBe(true);
    const t = fake.state.table(O);
    const body = fake.state.body(O).slice(5);
    expect(body).toHaveLength(attacks.length);
    for (const header of ["Titel", "Omschrijving", "Activiteiten", "Sector", "Notities"]) {
      const c = col(fake, O, header);
      expect(body.map((r) => r[c])).toEqual(attacks);
      body.forEach((_r, i) => expect(t.sheet.get(t.top + 6 + i, t.left + c)?.formula).toBeUndefined());
    }
    expect(body[0][col(fake, O, "Fit")]).toBe("\t4");
    // The plan's own formulas are there for every row, and nothing else is a formula.
    expect(expectOnlyPlanFormulas(fake)).toBeGreaterThanOrEqual(fake.state.body(O).length * 3);
  });

  /** The report with a payload in every kind of text the import writes. */
  function hostileReport(): Dataset {
    const report = structuredClone(REPORT);
    attacks.forEach((a, i) => {
      const text = { nl: a, en: a };
      report.trends.push({ ...structuredClone(REPORT.trends[0]), id: `inj${i}`, title: text });
      report.threats.push({ ...structuredClone(REPORT.threats[0]), id: `inj${i}`, description: text });
      report.keyFigures.push({ ...structuredClone(REPORT.keyFigures[0]), id: `inj${i}`, label: text, printed: a, unit: text });
    });
    report.opportunities.forEach((o, i) => {
      const text = { nl: attacks[i], en: attacks[i] };
      Object.assign(o, { title: text, description: text, activities: text });
    });
    report.potentialRule.levels.forEach((l, i) => (l.definition = { nl: attacks[i], en: attacks[i] }));
    report.report.note = { nl: attacks[3], en: attacks[3] };
    return report;
  }

  function expectReportPayloadsAsText(fake: FakeExcel, blocks: boolean): void {
    const trendsIds = ids(fake, TABLE_NAMES.trends);
    const trends = fake.state.body(TABLE_NAMES.trends);
    attacks.forEach((a, i) => {
      expect(trends[trendsIds.indexOf(`inj${i}`)][col(fake, TABLE_NAMES.trends, "Trend")]).toBe(a);
      // Trend title, threat description, key figure label, printed and unit (twice on the overview).
      expect(cellsWith(fake, a).length).toBeGreaterThanOrEqual(5 + (i < 5 ? 3 : 0));
    });
    const opp = fake.state.body(O);
    expect(opp.map((r) => r[col(fake, O, "Titel")])).toEqual(attacks.slice(0, 5));
    if (blocks) for (const a of attacks.slice(0, 3)) expect(fake.state.sheet("Criteria").cells.size && cellsWith(fake, a).length).toBeGreaterThanOrEqual(6);
    expect(cellsWith(fake, attacks[3]).length).toBeGreaterThan(0);
    expectOnlyPlanFormulas(fake);
  }

  it("lands as text from the report on the first import (tables, rule text, source notes)", async () => {
    const { fake, actions } = setup({ report: hostileReport() });
    expect((await actions.runImport(NL, noProgress)).ok).toBe(true);
    expectReportPayloadsAsText(fake, true);
  });

  it("lands as text when a re-import updates report cells and appends report rows", async () => {
    const { fake, actions } = setup();
    await actions.runImport(NL, noProgress);
    const hostile = createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => TODAY, report: hostileReport() });
    const outcome = await hostile.runImport(NL, noProgress);
    expect(outcome.ok).toBe(true);
    expect(outcome.summary.updated).toBeGreaterThan(0);
    // Trends, threats and key figures (on their sheet and on the overview).
    expect(outcome.summary.added).toBe(attacks.length * 4);
    expectReportPayloadsAsText(fake, false);
  });
});
