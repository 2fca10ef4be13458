/**
 * Excel does not undo a request that fails halfway: the commands before the failing one stay.
 * This cuts every request of an import after every one of its commands (between creating a sheet
 * and its tables, between tables.add and the table's name, inside formats, the chart and the page
 * layout), runs the import again, and requires the workbook a clean import leaves: tables by
 * name, cells, formulas, formats, validation, fills, chart, page layout, identity record. No cell,
 * table or chart of the analyst's changes, at the cut or after the rerun.
 */
import { REPORT, type Dataset } from "../../../src/core/dataset";
import { buildPlan, TABLE_NAMES } from "../../../src/core/plan";
import { createExcelActions } from "../../../src/taskpane/excel";
import type { ImportOutcome } from "../../../src/taskpane/workbook-actions";
import fc from "fast-check";
import { SECURITY_CASES } from "../../support/reliability-figures";
import { FakeExcel, parseInput, SheetState, TableState } from "./fake-excel";
import { analystDataset, NL, noProgress, TODAY } from "./helpers";

type Actions = ReturnType<typeof createExcelActions>;
interface Path {
  before: (fake: FakeExcel, actions: Actions) => Promise<unknown>;
  report?: () => Dataset;
  run: (actions: Actions) => Promise<ImportOutcome>;
  /** Whether the import creates sheets (so every kind of leftover must occur among the cuts). */
  creates?: boolean;
  /** The analyst's sheets: never written. */
  analyst?: string[];
}

const make = (fake: FakeExcel, report: Dataset = REPORT) => createExcelActions({ run: fake.run, isSetSupported: () => true, today: () => TODAY, batchLimit: 1, report });

/** A report the re-import changes: updated titles, added trends and threats. */
function changedReport(): Dataset {
  const report = structuredClone(REPORT);
  report.opportunities.forEach((o) => (o.title = { nl: `${o.title.nl} (herzien)`, en: `${o.title.en} (revised)` }));
  for (let i = 0; i < 3; i++) report.trends.push({ ...structuredClone(REPORT.trends[0]), id: `N${i}` });
  for (let i = 0; i < 3; i++) report.threats.push({ ...structuredClone(REPORT.threats[0]), id: `N${i}` });
  return report;
}

/**
 * The analyst's own sheet "Overzicht" holding, at exactly the place of the report's potential
 * table, a table under Excel's default name with exactly its headers and rows: what a cut leaves
 * behind, but not ours. The import creates "Overzicht (2)" and must never adopt this one.
 */
function lookAlike(fake: FakeExcel): void {
  const plan = buildPlan(REPORT, { language: "nl", importDate: TODAY });
  const t = plan.sheets[0].tables.find((x) => x.name === TABLE_NAMES.overviewPotential)!;
  const sheet = new SheetState(plan.sheets[0].name);
  fake.state.sheets.push(sheet);
  const rows = [t.columns.map((c) => c.header), ...t.rows.map((r) => t.columns.map((c) => r.cells[c.key] ?? ""))];
  rows.forEach((row, r) => row.forEach((v, c) => sheet.set(t.row + r, t.col + c, v === "" ? undefined : parseInput(v as string | number))));
  fake.state.tables.push(new TableState("Table1", sheet, t.row, t.col, t.columns.length, t.rows.length));
  sheet.set(0, 0, parseInput("Mijn eigen overzicht"));
}

const paths: Record<string, Path> = {
  "first import": { before: async () => undefined, run: (a) => a.runImport(NL, noProgress), creates: true },
  "first import beside the analyst's look-alike table": { before: async (fake) => lookAlike(fake), run: (a) => a.runImport(NL, noProgress), analyst: ["Overzicht"], creates: true },
  "re-import": { before: (_f, a) => a.runImport(NL, noProgress), report: changedReport, run: (a) => a.runImport(NL, noProgress) },
  "JSON import": { before: async () => undefined, run: (a) => a.importJson(JSON.stringify(analystDataset(3)), NL, noProgress), creates: true },
};

async function prepared(path: Path): Promise<{ fake: FakeExcel; actions: Actions }> {
  const fake = new FakeExcel();
  await path.before(fake, make(fake));
  return { fake, actions: make(fake, path.report?.() ?? REPORT) };
}

/** The workbook without its settings. */
const content = (fake: FakeExcel) => JSON.stringify({ ...(fake.state.everything() as object), settings: undefined });

/** Everything on the analyst's sheets, tables on them included. */
function analystPart(fake: FakeExcel, sheets: readonly string[]): string {
  const all = fake.state.everything() as { sheets: { name: string }[]; tables: { sheet: string }[] };
  return JSON.stringify({ sheets: all.sheets.filter((s) => sheets.includes(s.name)), tables: all.tables.filter((t) => sheets.includes(t.sheet)) });
}

/** Cut points per path: each request after 0, 1, … all of its commands. */
const points: number[] = [];

afterAll(() => {
  // docs/RELIABILITY.md reports the total (tests/scripts/docs-figures.test.ts checks the generated table).
  if (points.length === Object.keys(paths).length) expect(points.reduce((a, b) => a + b, 0)).toBe(SECURITY_CASES["cut-points"]);
});

describe.each(Object.entries(paths))("%s, cut after every command of every request", (_name, path) => {
  it("a rerun leaves exactly the workbook of a clean import, and no analyst cell is written", async () => {
    const clean = await prepared(path);
    const start = clean.fake.syncs;
    const analystBefore = analystPart(clean.fake, path.analyst ?? []);
    expect((await path.run(clean.actions)).ok).toBe(true);
    const expected = JSON.stringify(clean.fake.state.everything());
    expect(analystPart(clean.fake, path.analyst ?? [])).toBe(analystBefore);
    const requests = clean.fake.requestCommands.slice(start);
    const failures: string[] = [];
    // What the cuts left behind: proof that the hard cases were among them.
    const left = { defaultNamedTable: 0, defaultNamedChart: 0, emptySheet: 0, noPageLayout: 0 };
    for (let sync = 0; sync < requests.length; sync++) {
      for (let ran = 0; ran <= requests[sync]; ran++) {
        const { fake, actions } = await prepared(path);
        const at = fake.syncs + sync + 1;
        fake.options = { failOnSync: (n) => n === at, failAfterCommands: ran };
        const cut = await path.run(actions);
        fake.options = {};
        const where = `request ${sync + 1} after ${ran} of ${requests[sync]}`;
        // A read that fails is read again (read-snapshot.ts); an import that says ok must be complete.
        // (Its last write, the record's column ids, may fail without harm: the next import binds them.)
        if (cut.ok && content(fake) !== content(clean.fake)) failures.push(`${where}: the cut import said ok, but the workbook is incomplete`);
        if (analystPart(fake, path.analyst ?? []) !== analystBefore) failures.push(`${where}: an analyst cell changed at the cut`);
        const ours = fake.state.sheets.filter((s) => !(path.analyst ?? []).includes(s.name));
        if (fake.state.tables.some((t) => /^Table\d/.test(t.name) && !(path.analyst ?? []).includes(t.sheet.name))) left.defaultNamedTable++;
        if (ours.some((s) => s.charts.some((c) => /^Chart \d/.test(c.name)))) left.defaultNamedChart++;
        if (ours.some((s) => s.cells.size === 0)) left.emptySheet++;
        if (ours.some((s) => s.print.orientation === undefined)) left.noPageLayout++;
        const rerun = await path.run(actions);
        if (!rerun.ok) failures.push(`${where}: rerun failed: ${rerun.message}`);
        else if (JSON.stringify(fake.state.everything()) !== expected) failures.push(`${where}: the rerun's workbook differs from a clean import's`);
      }
    }
    expect(failures).toEqual([]);
    points.push(requests.reduce((n, commands) => n + commands + 1, 0));
    // Every kind of leftover occurred at least once where sheets are created.
    if (path.creates) expect(left).toEqual({ defaultNamedTable: expect.any(Number), defaultNamedChart: expect.any(Number), emptySheet: expect.any(Number), noPageLayout: expect.any(Number) });
    if (path.creates) for (const n of Object.values(left)) expect(n).toBeGreaterThan(0);
  }, 120_000);
});

describe("cut twice: the import, then its rerun, each after any command", () => {
  it.each(Object.entries(paths))("%s: a third run still leaves exactly the workbook of a clean import", async (_name, path) => {
    const clean = await prepared(path);
    const start = clean.fake.syncs;
    await path.run(clean.actions);
    const expected = JSON.stringify(clean.fake.state.everything());
    const requests = clean.fake.requestCommands.slice(start);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), fc.nat(), async (s1, k1, s2, k2) => {
        const { fake, actions } = await prepared(path);
        const cut = async (sync: number, ran: number) => {
          const at = fake.syncs + 1 + (sync % requests.length);
          fake.options = { failOnSync: (n) => n === at, failAfterCommands: ran % (requests[sync % requests.length] + 1) };
          await path.run(actions);
          fake.options = {};
        };
        await cut(s1, k1);
        await cut(s2, k2);
        const third = await path.run(actions);
        return third.ok && JSON.stringify(fake.state.everything()) === expected;
      }),
      // The figure counts all paths; each draws its share of new cut pairs on every run.
      { numRuns: SECURITY_CASES["double-cuts"] / Object.keys(paths).length },
    );
  }, 120_000);
});
