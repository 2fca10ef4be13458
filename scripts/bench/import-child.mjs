// The import section's measurements, in a Node process of its own (the parent's heap holds a
// webpack build; the 100,000-row case needs about 2 GB of its own).
// Usage: node import-child.mjs '{"sizes":[1000,10000,100000]}'  → JSON on stdout.
//
// The production writer (src/taskpane/excel: createExcelActions, prepareImport, writeBatches)
// runs against the in-memory Excel of the writer's tests (tests/taskpane/excel/fake-excel.ts),
// which counts every context.sync and the bytes of each request and response. Both are loaded
// from the TypeScript sources through tsx (types stripped on load, checked by `npm run lint`).
import path from "node:path";
import { require as tsxRequire } from "tsx/cjs/api";
import { root } from "./build.mjs";

const { sizes } = JSON.parse(process.argv[2] ?? "{}");

const load = (file) => tsxRequire(path.join(root, file), import.meta.url);
{
  const helpers = load("tests/taskpane/excel/helpers.ts");
  const { prepareImport, batchSizes } = load("src/taskpane/excel/index.ts");
  const { readSnapshot } = load("src/taskpane/excel/read-snapshot.ts");
  const { checkDatasetJson, datasetJson, MAX_JSON_BYTES } = load("src/core/share/index.ts");
  const { REPORT } = load("src/core/dataset/index.ts");
  const { NL, TODAY } = helpers;
  const noProgress = () => {};
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const max = (xs) => (xs.length ? Math.max(...xs) : 0);
  const utf8 = (text) => Buffer.byteLength(text, "utf8");

  /**
   * One import on `fake`: first the writer's own estimate (the batches prepareImport packs from
   * the workbook as it is now, read outside the counted window), then the import itself, counted.
   */
  async function measured(fake, dataset, start) {
    const snapshot = await fake.run((context) => readSnapshot(context));
    const estimate = batchSizes(prepareImport(dataset, NL, snapshot, TODAY));
    const syncs0 = fake.syncs;
    const req0 = fake.requestBytes.length;
    const res0 = fake.responseBytes.length;
    const t = performance.now();
    const outcome = await start();
    const ms = performance.now() - t;
    const requests = fake.requestBytes.slice(req0);
    const syncs = fake.syncs - syncs0;
    if (!outcome.ok) throw new Error(`import failed: ${outcome.message}`);
    if (outcome.batchesTotal !== estimate.length) throw new Error(`estimate has ${estimate.length} batches, the import wrote ${outcome.batchesTotal}`);
    // Reads come first (sheet names, then the add-in's tables), then one sync per batch.
    const batchBytes = requests.slice(requests.length - outcome.batchesTotal);
    return {
      syncs,
      readSyncs: syncs - outcome.batchesTotal,
      batches: outcome.batchesTotal,
      batchBytes,
      estimateBytes: estimate,
      maxBatchBytes: max(batchBytes),
      maxEstimateBytes: max(estimate),
      maxRequestBytes: max(requests),
      totalBytes: sum(requests),
      totalEstimateBytes: sum(estimate),
      maxResponseBytes: max(fake.responseBytes.slice(res0)),
      added: outcome.summary.added,
      updated: outcome.summary.updated,
      ms,
    };
  }

  const cases = [];

  // Warm-up (JIT), not reported: the reference set once.
  {
    const { actions } = helpers.setup();
    await actions.runImport(NL, noProgress);
  }

  // The reference set: the report itself, as the pane's "Import" button writes it.
  {
    const { fake, actions } = helpers.setup();
    const first = await measured(fake, REPORT, () => actions.runImport(NL, noProgress));
    const reimport = await measured(fake, REPORT, () => actions.runImport(NL, noProgress));
    cases.push({ name: "reference", rows: 0, path: "report", first, reimport });
  }

  for (const rows of sizes) {
    const dataset = helpers.analystDataset(rows);
    const json = JSON.stringify(dataset);
    // The file compact (JSON.stringify, as the writer's tests write it) and as the pane's export
    // writes it (datasetJson: indented), each put to the import's check.
    const exported = datasetJson(dataset);
    const checked = checkDatasetJson(json, REPORT, "en");
    const file = {
      compactBytes: utf8(json),
      compactAccepted: checked.ok,
      exportFormatBytes: utf8(exported),
      exportFormatAccepted: checkDatasetJson(exported, REPORT, "en").ok,
      limitBytes: MAX_JSON_BYTES,
    };
    if (checked.ok) {
      // An analyst's JSON file (report + analyst rows + ratings) imported into a blank workbook,
      // then the same file again; then the report import on the workbook that now holds the rows.
      const { fake, actions } = helpers.setup();
      const first = await measured(fake, checked.dataset, () => actions.importJson(json, NL, noProgress));
      const reimport = await measured(fake, checked.dataset, () => actions.importJson(json, NL, noProgress));
      const reportReimport = await measured(fake, REPORT, () => actions.runImport(NL, noProgress));
      cases.push({ name: `${rows.toLocaleString("en")} rows`, rows, path: "json", file, first, reimport, reportReimport });
    } else {
      // The file is refused before anything is read or written (0 syncs). The writer is then
      // measured with the same dataset handed to it directly, as the report is: what a workbook
      // of this size costs, however its rows got there.
      const { fake, actions } = helpers.setup({ report: dataset });
      const first = await measured(fake, dataset, () => actions.runImport(NL, noProgress));
      const reimport = await measured(fake, dataset, () => actions.runImport(NL, noProgress));
      cases.push({ name: `${rows.toLocaleString("en")} rows`, rows, path: "direct", file, jsonRefused: checked.message, first, reimport });
    }
  }

  process.stdout.write(JSON.stringify({ cases }));
}
