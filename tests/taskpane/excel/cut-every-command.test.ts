/**
 * Excel does not undo a request that fails halfway: the commands before the failing one stay.
 * This cuts every write request of an import after every one of its commands (between creating
 * a sheet and its tables, between tables.add and the table's name, inside formats, the chart and
 * the page layout), runs the import again, and requires the workbook a clean import leaves:
 * tables by name, cells, formulas, formats, validation, fills, chart, page layout, identity record.
 */
import { REPORT, type Dataset } from "../../../src/core/dataset";
import { createExcelActions } from "../../../src/taskpane/excel";
import type { ImportOutcome } from "../../../src/taskpane/workbook-actions";
import { FakeExcel } from "./fake-excel";
import { analystDataset, NL, noProgress, TODAY } from "./helpers";

type Actions = ReturnType<typeof createExcelActions>;
interface Path {
  before: (fake: FakeExcel, actions: Actions) => Promise<unknown>;
  report?: () => Dataset;
  run: (actions: Actions) => Promise<ImportOutcome>;
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

const paths: Record<string, Path> = {
  "first import": { before: async () => undefined, run: (a) => a.runImport(NL, noProgress) },
  "re-import": { before: (_f, a) => a.runImport(NL, noProgress), report: changedReport, run: (a) => a.runImport(NL, noProgress) },
  "JSON import": { before: async () => undefined, run: (a) => a.importJson(JSON.stringify(analystDataset(3)), NL, noProgress) },
};

async function prepared(path: Path): Promise<{ fake: FakeExcel; actions: Actions }> {
  const fake = new FakeExcel();
  await path.before(fake, make(fake));
  return { fake, actions: make(fake, path.report?.() ?? REPORT) };
}

describe.each(Object.entries(paths))("%s cut after every command of every request", (_name, path) => {
  it("a rerun leaves exactly the workbook of a clean import", async () => {
    const clean = await prepared(path);
    const start = clean.fake.syncs;
    expect((await path.run(clean.actions)).ok).toBe(true);
    const expected = clean.fake.state.everything();
    const requests = clean.fake.requestCommands.slice(start);
    const failures: string[] = [];
    let points = 0;
    for (let sync = 0; sync < requests.length; sync++) {
      for (let ran = 0; ran <= requests[sync]; ran++) {
        points++;
        const { fake, actions } = await prepared(path);
        const at = fake.syncs + sync + 1;
        fake.options = { failOnSync: (n) => n === at, failAfterCommands: ran };
        await path.run(actions);
        fake.options = {};
        const rerun = await path.run(actions);
        const same = JSON.stringify(fake.state.everything()) === JSON.stringify(expected);
        if (!rerun.ok || !same) failures.push(`request ${sync + 1} after ${ran} of ${requests[sync]}: ${rerun.ok ? "differs" : rerun.message}`);
      }
    }
    console.log(points, requests);
    console.log(failures.length, failures.filter((f, i) => i % 7 === 0).join("\n"));
    expect(failures.slice(0, 40)).toEqual([]);
  }, 600_000);
});
