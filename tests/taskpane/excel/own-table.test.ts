/**
 * Scoring an analyst's own table or range on the fake: real-world layouts, and proof that the
 * analyst's cells are left exactly as they were.
 */
import { MAX_ROWS, problemMessage } from "../../../src/core/own-table";
import { createCompanionActions, parseAreas } from "../../../src/taskpane/excel/own-table";
import { FakeExcel, SheetState, TableState } from "./fake-excel";
import { installSelectionSupport, merge, select, showTotals, typeGrid } from "./fake-selection";

installSelectionSupport();

function setup(isSetSupported: (name: string, version: string) => boolean = () => true) {
  const fake = new FakeExcel();
  fake.state.sheets.push(new SheetState("Blad1"));
  return { fake, actions: createCompanionActions(fake.run, isSetSupported) };
}

const NL = { language: "nl" as const, explanation: false };

/** The analyst's cells only (everything outside the given columns), for before/after comparisons. */
function cellsOutside(fake: FakeExcel, fromCol: number, toCol: number): string[] {
  return [...fake.state.sheet("Blad1").cells.entries()]
    .filter(([k]) => {
      const c = Number(k.split(",")[1]);
      return c < fromCol || c > toCol;
    })
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .sort();
}

function formulaAt(fake: FakeExcel, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65;
  const cell = fake.state.sheet("Blad1").get(Number(m[2]) - 1, col);
  return cell?.formula ?? cell?.value ?? null;
}

describe("score a range of my own", () => {
  test("header under a title, a blank row, a whole-column selection: two reads, one write, the data untouched", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "A1", [
      ["Kandidaat-activiteiten, versie mei"],
      [null],
      ["Activiteit", "Vraag", "Investering", "Fit met competenties", "Lokale verankering"],
      ["Poetsdienst", "hoog", "laag", 4, "sterk"],
      [null],
      ["Fietsherstel", "medium", "3,5", "hoog", "zwak"],
    ]);
    select(fake, "Blad1", "A:E");
    const before = cellsOutside(fake, 5, 6);
    fake.syncs = 0;
    const analysis = await actions.analyseSelection(NL);
    expect(fake.syncs).toBe(2);
    // The million-row selection was narrowed before anything was read: a few hundred bytes came back.
    expect(fake.responseBytes.reduce((a, b) => a + b, 0)).toBeLessThan(5_000);
    expect(analysis.problem).toBeNull();
    expect(analysis.plan!.address).toBe("'Blad1'!F3:G6");

    fake.syncs = 0;
    const outcome = await actions.scoreSelection(NL, analysis.plan!.address);
    expect(outcome.ok).toBe(true);
    expect(fake.syncs).toBe(3);
    expect(formulaAt(fake, "F3")).toBe("Potentieel");
    expect(formulaAt(fake, "G3")).toBe("Score");
    expect(formulaAt(fake, "F4")).toBe("=SE.POTENTIAL(B4,C4,D4,E4)");
    expect(formulaAt(fake, "F5")).toBe("=SE.POTENTIAL(B5,C5,D5,E5)");
    expect(formulaAt(fake, "G6")).toBe("=SE.SCORE(B6,C6,D6,E6)");
    expect(formulaAt(fake, "F7")).toBeNull();
    expect(cellsOutside(fake, 5, 6)).toEqual(before);
  });

  test("English headers, occupied neighbouring columns: the next free columns, nothing overwritten", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "B2", [
      ["Activity", "Market demand", "Investment", "Skills match", "Local connectedness", "Notes", null, "Owner"],
      ["Laundry", "high", "low", "high", "strong", "call back", null, "An"],
      ["Catering", "low", "high", "medium", "weak", null, null, null],
    ]);
    select(fake, "Blad1", "B2:F4");
    const before = fake.state.dump();
    const analysis = await actions.analyseSelection({ language: "en", explanation: true });
    // G (Notes) belongs to the analyst, H is free but I (Owner) is not: J, K, L are the first three free.
    expect(analysis.plan!.address).toBe("'Blad1'!J2:L4");
    expect(fake.state.dump()).toEqual(before);
    await actions.scoreSelection({ language: "en", explanation: true }, analysis.plan!.address);
    expect(formulaAt(fake, "J3")).toBe('=SE.POTENTIAL(C3,D3,E3,F3,"en")');
    expect(formulaAt(fake, "L4")).toBe('=SE.EXPLAIN(C4,D4,E4,F4,"en")');
    expect(formulaAt(fake, "G3")).toBe("call back");
    expect(formulaAt(fake, "I3")).toBe("An");
  });

  test("merged header cells are refused with a message and nothing is written", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "A1", [
      ["Activiteit", "Beoordeling", null, "Fit", "Lokaal"],
      ["Poetsdienst", "hoog", "laag", 4, "sterk"],
    ]);
    // "Beoordeling" spans the demand and investment columns: the columns have no header of their own.
    merge(fake, "Blad1", "B1:C1");
    select(fake, "Blad1", "A1:E2");
    const before = fake.state.dump();
    const analysis = await actions.analyseSelection(NL);
    expect(analysis.problem).toEqual({ code: "merged", address: "'Blad1'!B1:C1" });
    expect(problemMessage(analysis.problem!, "nl")).toMatch(/Samengevoegde cellen/);
    const outcome = await actions.scoreSelection(NL, "'Blad1'!F1:G2");
    expect(outcome.ok).toBe(false);
    expect(fake.state.dump()).toEqual(before);
  });

  // OfficeDev/office-js#3611: getMergedAreasOrNullObject returns only areas whose top-left is inside the range.
  test("a merge that starts left of the selection is still found (office-js#3611)", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "A1", [
      ["Groep", null, "Investering", "Fit", "Lokaal"],
      ["x", "hoog", "laag", 4, "sterk"],
    ]);
    merge(fake, "Blad1", "A1:B1");
    select(fake, "Blad1", "B1:E2");
    const analysis = await actions.analyseSelection({ ...NL, mapping: { demand: 0 } });
    expect(analysis.problem).toEqual({ code: "merged", address: "'Blad1'!A1:B1" });
  });

  test("without ExcelApi 1.13 the merge check is skipped, not faked (merged: null)", async () => {
    const { fake, actions } = setup((_n, v) => Number(v.split(".")[1]) < 13);
    typeGrid(fake, "Blad1", "A1", [["Vraag", "Investering", "Fit", "Lokaal"], ["hoog", "laag", "hoog", "sterk"]]);
    select(fake, "Blad1", "A1:D2");
    const analysis = await actions.analyseSelection(NL);
    expect(analysis.problem).toBeNull();
  });

  test("the workbook changed between the check and the click: nothing is written", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "A1", [["Vraag", "Investering", "Fit", "Lokaal"], ["hoog", "laag", "hoog", "sterk"]]);
    select(fake, "Blad1", "A1:D2");
    const analysis = await actions.analyseSelection(NL);
    expect(analysis.plan!.address).toBe("'Blad1'!E1:F2");
    typeGrid(fake, "Blad1", "F2", [["typed meanwhile"]]);
    const before = fake.state.dump();
    const outcome = await actions.scoreSelection(NL, analysis.plan!.address);
    expect(outcome.ok).toBe(false);
    expect(fake.state.dump()).toEqual(before);
  });

  test("an empty selection says so", async () => {
    const { fake, actions } = setup();
    select(fake, "Blad1", "C3:F9");
    const analysis = await actions.analyseSelection(NL);
    expect(analysis.problem).toEqual({ code: "empty" });
  });

  test(`${MAX_ROWS} rows fit in one write under Excel's 5 MB request limit`, async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "A1", [["Vraag", "Investering", "Fit", "Lokaal"], ...Array.from({ length: MAX_ROWS }, () => ["hoog", "laag", "hoog", "sterk"])]);
    select(fake, "Blad1", "A:D");
    const opts = { language: "nl" as const, explanation: true };
    const analysis = await actions.analyseSelection(opts);
    const outcome = await actions.scoreSelection(opts, analysis.plan!.address);
    expect(outcome.ok).toBe(true);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("score an Excel table of my own", () => {
  function withTable(fake: FakeExcel, bodyRows: number) {
    const sheet = fake.state.sheet("Blad1");
    fake.state.tables.push(new TableState("Kandidaten", sheet, 3, 1, 5, bodyRows));
  }

  test("a cell inside the table is enough: calculated columns are added to the table", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "B4", [
      ["Activiteit", "Marktvraag", "Investering", "Competenties", "Lokaal"],
      ["Poetsdienst", "hoog", "laag", 4, "sterk"],
      [null, null, null, null, null],
      ["Fietsherstel", 3, 2, "hoog", "zwak"],
    ]);
    withTable(fake, 3);
    typeGrid(fake, "Blad1", "B1", [["Titel boven de tabel"]]);
    select(fake, "Blad1", "C6");
    const before = cellsOutside(fake, 6, 7);
    const analysis = await actions.analyseSelection(NL);
    expect(analysis.plan!.mode).toBe("table");
    expect(analysis.plan!.address).toBe("'Blad1'!G4:H7");
    const outcome = await actions.scoreSelection(NL, analysis.plan!.address);
    expect(outcome.ok).toBe(true);
    const table = fake.state.table("Kandidaten");
    expect(table.width).toBe(7);
    expect(table.headers().slice(5)).toEqual(["Potentieel", "Score"]);
    const body = fake.state.formulas("Kandidaten");
    expect(new Set(body.map((r) => r[5]))).toEqual(new Set(["=SE.POTENTIAL([@Marktvraag],[@Investering],[@Competenties],[@Lokaal])"]));
    expect(new Set(body.map((r) => r[6]))).toEqual(new Set(["=SE.SCORE([@Marktvraag],[@Investering],[@Competenties],[@Lokaal])"]));
    expect(cellsOutside(fake, 6, 7)).toEqual(before);
  });

  test("a table's totals row is not data: no formula goes there, and the rows scored are the body's", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "B4", [
      ["Activiteit", "Marktvraag", "Investering", "Competenties", "Lokaal"],
      ["Poetsdienst", "hoog", "laag", 4, "sterk"],
      ["Fietsherstel", 3, 2, "hoog", "zwak"],
    ]);
    withTable(fake, 2);
    showTotals(fake, "Kandidaten");
    select(fake, "Blad1", "C5");
    const analysis = await actions.analyseSelection(NL);
    expect(analysis.plan).toMatchObject({ mode: "table", rows: 2, address: "'Blad1'!G4:H6" });
    expect((await actions.scoreSelection(NL, analysis.plan!.address)).ok).toBe(true);
    const sheet = fake.state.sheet("Blad1");
    expect(sheet.get(4, 6)?.formula).toBe("=SE.POTENTIAL([@Marktvraag],[@Investering],[@Competenties],[@Lokaal])");
    expect(sheet.get(5, 6)?.formula).toBe("=SE.POTENTIAL([@Marktvraag],[@Investering],[@Competenties],[@Lokaal])");
    // Row 7 is the totals row: nothing written in the new columns.
    expect([sheet.get(6, 6), sheet.get(6, 7)]).toEqual([undefined, undefined]);
    expect(sheet.get(6, 1)?.value).toBe("Totaal");
  });

  test("a table with a column beside it that is taken: plain formulas in the next free columns, the neighbour untouched", async () => {
    const { fake, actions } = setup();
    typeGrid(fake, "Blad1", "B4", [
      ["Activiteit", "Vraag", "Investering", "Fit", "Lokaal", "Opmerking"],
      ["Poetsdienst", "hoog", "laag", 4, "sterk", "niet van de tabel"],
    ]);
    withTable(fake, 1);
    select(fake, "Blad1", "B4:F5");
    const analysis = await actions.analyseSelection(NL);
    expect(analysis.plan!.mode).toBe("range");
    expect(analysis.plan!.address).toBe("'Blad1'!H4:I5");
    await actions.scoreSelection(NL, analysis.plan!.address);
    expect(formulaAt(fake, "G5")).toBe("niet van de tabel");
    expect(formulaAt(fake, "H5")).toBe("=SE.POTENTIAL(C5,D5,E5,F5)");
    expect(fake.state.table("Kandidaten").width).toBe(5);
  });
});

test("RangeAreas addresses split correctly, quoted sheet names with commas included", () => {
  expect(parseAreas("Blad1!A1:B1, Blad1!C3:D4")).toEqual([
    { top: 0, left: 0, rows: 1, cols: 2 },
    { top: 2, left: 2, rows: 2, cols: 2 },
  ]);
  expect(parseAreas("'Lijst, 2025'!B2:C2")).toEqual([{ top: 1, left: 1, rows: 1, cols: 2 }]);
  expect(parseAreas(null)).toEqual([]);
});

test("an Excel without ExcelApi 1.4 gets a clear message and nothing is read or written", async () => {
  const { fake, actions } = setup((_n, v) => v === "1.1");
  typeGrid(fake, "Blad1", "A1", [["Vraag", "Investering", "Fit", "Lokaal"], ["hoog", "laag", "hoog", "sterk"]]);
  select(fake, "Blad1", "A:D");
  await expect(actions.analyseSelection(NL)).rejects.toThrow(/ExcelApi 1\.4/);
  expect(fake.commands).toBe(0);
});
