import { analyseOwnTable, MAX_ROWS, problemMessage, type OwnTableRead } from "../../../src/core/own-table";

type Grid = (string | number)[][];

/** A block as the adapter reads it: `extra` empty columns to the right unless given. */
function read(values: Grid, opts: Partial<OwnTableRead> & { extra?: number } = {}): OwnTableRead {
  const areaCols = opts.areaCols ?? Math.max(...values.map((r) => r.length));
  const extra = opts.extra ?? 5;
  const width = areaCols + extra;
  const pad = (g: Grid) => g.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  return {
    sheet: "Blad1",
    top: opts.top ?? 0,
    left: opts.left ?? 0,
    values: pad(values),
    formulas: opts.formulas ?? pad(values),
    areaCols,
    merged: opts.merged ?? [],
    table: opts.table ?? null,
  };
}

const DUTCH: Grid = [
  ["Lijst kandidaat-activiteiten 2025"],
  [""],
  ["Activiteit", "Marktvraag", "Investering", "Competenties", "Lokale verankering"],
  ["Poetsdienst", "hoog", "laag", 4, "sterk"],
  ["", "", "", "", ""],
  ["Fietsherstel", "medium", 3, "hoog", "zwak"],
];

describe("scoring an analyst's own range", () => {
  test("finds the header row under a title and a blank row, and writes per-row formulas beside the data", () => {
    const a = analyseOwnTable(read(DUTCH, { top: 3, left: 1 }), { language: "nl", explanation: false });
    expect(a.problem).toBeNull();
    expect(a.headerRow).toBe(2);
    expect(a.mapping).toEqual({ demand: 1, investment: 2, fit: 3, local: 4 });
    const plan = a.plan!;
    expect(plan.mode).toBe("range");
    // Header on sheet row 6 (3 + 2, 0-based 5); data in sheet rows 7–9; first free column G.
    expect(plan.address).toBe("'Blad1'!G6:H9");
    expect(plan.columns.map((c) => c.header)).toEqual(["Potentieel", "Score"]);
    expect(plan.columns[0].formulas).toEqual(["=SE.POTENTIAL(C7,D7,E7,F7)", "=SE.POTENTIAL(C8,D8,E8,F8)", "=SE.POTENTIAL(C9,D9,E9,F9)"]);
    expect(plan.columns[1].formulas[2]).toBe("=SE.SCORE(C9,D9,E9,F9)");
  });

  test("English headers and labels, with an explanation column", () => {
    const grid: Grid = [["Activity", "Demand", "Investment", "Fit", "Local"], ["Laundry", "high", "low", "high", "strong"]];
    const plan = analyseOwnTable(read(grid), { language: "en", explanation: true }).plan!;
    expect(plan.columns.map((c) => c.header)).toEqual(["Potential", "Score", "Explanation"]);
    expect(plan.columns[0].formulas).toEqual(['=SE.POTENTIAL(B2,C2,D2,E2,"en")']);
    expect(plan.columns[2].formulas).toEqual(['=SE.EXPLAIN(B2,C2,D2,E2,"en")']);
    expect(plan.address).toBe("'Blad1'!F1:H2");
  });

  test("occupied neighbouring columns are skipped, even when only a formula or one cell deep down is there", () => {
    const grid: Grid = [
      ["Vraag", "Investering", "Fit", "Lokaal", "Notitie", "", "", ""],
      ["hoog", "laag", "hoog", "sterk", "x", "", "", ""],
      ["hoog", "laag", "hoog", "sterk", "", "", "", ""],
    ];
    const formulas = grid.map((r) => [...r, "", "", ""]);
    formulas[2][5] = "=1+1"; // column F: a formula whose value reads empty
    const plan = analyseOwnTable(read(grid, { areaCols: 4, extra: 7, formulas }), { language: "nl", explanation: false }).plan!;
    expect(plan.address).toBe("'Blad1'!G1:H3");
  });

  test("no room within the columns read: refused, nothing planned", () => {
    const grid: Grid = [["Vraag", "Investering", "Fit", "Lokaal", "a", "", "b"], ["hoog", "laag", "hoog", "sterk", "", "", ""]];
    const a = analyseOwnTable(read(grid, { areaCols: 4, extra: 3 }), { language: "nl", explanation: false });
    expect(a.plan).toBeNull();
    expect(a.problem).toEqual({ code: "noRoom", columns: 2 });
    expect(problemMessage(a.problem!, "en")).toMatch(/never overwritten/);
  });

  test("merged header cells are refused with their address", () => {
    const a = analyseOwnTable(read(DUTCH, { merged: [{ top: 2, left: 1, rows: 1, cols: 2 }] }), { language: "nl", explanation: false });
    expect(a.problem).toEqual({ code: "merged", address: "'Blad1'!B3:C3" });
    expect(problemMessage(a.problem!, "nl")).toMatch(/Samengevoegde cellen in 'Blad1'!B3:C3/);
    expect(a.plan).toBeNull();
  });

  test("a merged title above the header row is no reason to refuse", () => {
    const a = analyseOwnTable(read(DUTCH, { merged: [{ top: 0, left: 0, rows: 1, cols: 5 }] }), { language: "nl", explanation: false });
    expect(a.problem).toBeNull();
  });

  test("unrecognised headers: the analyst's mapping completes them; one column for two criteria is refused", () => {
    const grid: Grid = [["Naam", "Kolom A", "Kolom B", "Fit", "Kolom D"], ["x", 4, 2, 4, 5]];
    const first = analyseOwnTable(read(grid), { language: "nl", explanation: false });
    expect(first.problem).toEqual({ code: "missing", criteria: ["demand", "investment", "local"] });
    expect(first.headers).toEqual(["Naam", "Kolom A", "Kolom B", "Fit", "Kolom D"]);
    const mapped = analyseOwnTable(read(grid), { language: "nl", explanation: false, mapping: { demand: 1, investment: 2, local: 4 } });
    expect(mapped.plan!.columns[0].formulas).toEqual(["=SE.POTENTIAL(B2,C2,D2,E2)"]);
    const twice = analyseOwnTable(read(grid), { language: "nl", explanation: false, mapping: { demand: 1, investment: 1, local: 4 } });
    expect(twice.problem).toEqual({ code: "duplicate", criteria: ["demand", "investment"] });
  });

  test("headers without data rows, and an empty selection", () => {
    expect(analyseOwnTable(read([["Vraag", "Investering", "Fit", "Lokaal"]]), { language: "nl", explanation: false }).problem).toEqual({ code: "noRows" });
    expect(analyseOwnTable(read([["", ""], ["", ""]]), { language: "nl", explanation: false }).problem).toEqual({ code: "empty" });
  });

  test("more rows than one write may carry is refused with the count", () => {
    const grid: Grid = [["Vraag", "Investering", "Fit", "Lokaal"], ...Array.from({ length: MAX_ROWS + 1 }, () => ["hoog", "laag", "hoog", "sterk"])];
    expect(analyseOwnTable(read(grid), { language: "nl", explanation: false }).problem).toEqual({ code: "tooManyRows", rows: MAX_ROWS + 1, limit: MAX_ROWS });
  });
});

describe("scoring an Excel table", () => {
  const grid: Grid = [
    ["Activiteit", "Vraag (1-5)", "Investering", "Fit", "Lokaal", "Potentieel"],
    ["Poetsdienst", 4, 2, 4, 5, "oud"],
    ["", "", "", "", "", ""],
  ];

  test("one structured formula per column (a calculated column), headers made unique", () => {
    const a = analyseOwnTable(read(grid, { table: "Kandidaten", top: 4, left: 2 }), { language: "nl", explanation: false });
    const plan = a.plan!;
    expect(plan.mode).toBe("table");
    expect(plan.table).toBe("Kandidaten");
    expect(plan.columns.map((c) => c.header)).toEqual(["Potentieel 2", "Score"]);
    expect(new Set(plan.columns[0].formulas)).toEqual(new Set(["=SE.POTENTIAL([@[Vraag (1-5)]],[@Investering],[@Fit],[@Lokaal])"]));
    expect(plan.columns[0].formulas).toHaveLength(2);
    expect(plan.address).toBe("'Blad1'!I5:J7");
  });

  test("a table whose right neighbour is taken gets the formulas in the next free columns, as a range", () => {
    const formulas = grid.map((r) => [...r, "", "", "", "", ""]);
    const values = formulas.map((r) => [...r]);
    values[1][6] = "bezet";
    formulas[1][6] = "bezet";
    const a = analyseOwnTable({ ...read(grid, { table: "Kandidaten", extra: 5 }), values, formulas }, { language: "nl", explanation: false });
    expect(a.plan!.mode).toBe("range");
    expect(a.plan!.address).toBe("'Blad1'!H1:I3");
    expect(a.plan!.columns[1].formulas).toEqual(["=SE.SCORE(B2,C2,D2,E2)", "=SE.SCORE(B3,C3,D3,E3)"]);
  });
});
