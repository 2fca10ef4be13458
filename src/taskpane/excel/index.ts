/**
 * Office.js side of the pane, loaded lazily once Office reports Excel, so that neither the
 * writer nor zod is on the page's start-up path. A thin adapter: the core plans, merges and
 * batches; this file reads the workbook, hands the core plain data, and executes what it decided.
 */
import { REPORT, type Dataset } from "../../core/dataset";
import type { Language } from "../../core/language";
import { mergePlan, packBatches, pendingProbes, ratingIssues, type Batch, type MergeResult } from "../../core/merge";
import { bindCreated, IDENTITY_KEY, serializeIdentity, settled, type IdentityRecord, type WorkbookSnapshot } from "../../core/workbook";
import { buildPlan, parseQualified, TABLE_NAMES, type WorkbookPlan } from "../../core/plan";
import { checkDatasetJson, datasetJson, exportDataset, exportProblemsMessage } from "../../core/share";
import type { ChangeSummary, ImportOptions, ImportOutcome, JsonCheck, Progress, RatingIssue, WorkbookActions } from "../workbook-actions";
import { t } from "../i18n";
import { detectFeatures, officeIsSetSupported, type IsSetSupported } from "./features";
import { writeBatches } from "./import-batches";
import { createCompanionActions } from "./own-table";
import { readSnapshot } from "./read-snapshot";
import { inLanguage, limitSyncs, SYNC_LIMIT_MS, SyncTimeout, syncTimeoutText } from "./time-limit";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelActionsDeps {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
  /** The report the import writes; tests pass variants. */
  report?: Dataset;
  today?: () => string;
  batchLimit?: number;
  /** Time limit of one request to Excel (tests with fake timers lower or keep it). */
  syncLimitMs?: number;
}

export interface PreparedImport {
  merge: MergeResult;
  batches: Batch[];
}

/** Plans in both languages: an existing table is merged in the language its headers are in. */
export function plansFor(dataset: Dataset, options: ImportOptions, importDate: string): Record<Language, WorkbookPlan> {
  const make = (language: Language) => buildPlan(dataset, { language, parts: options.parts, importDate });
  return { nl: make("nl"), en: make("en") };
}

/** The whole decision for one import, as data: a benchmark measures the batches' bytes here. */
export function prepareImport(
  dataset: Dataset,
  options: ImportOptions,
  snapshot: WorkbookSnapshot,
  importDate: string,
  batchLimit?: number,
  plans: Record<Language, WorkbookPlan> = plansFor(dataset, options, importDate),
): PreparedImport {
  const merge = mergePlan(plans, options.language, snapshot, messagesOf(options));
  return { merge, batches: packBatches(merge.steps, batchLimit) };
}

/** Per-batch estimated request sizes in bytes, for benchmarks and the 5 MB check. */
export function batchSizes(prepared: PreparedImport): number[] {
  return prepared.batches.map((b) => b.bytes);
}

function messagesOf(options: ImportOptions): Language {
  return options.uiLanguage ?? options.language;
}

const EMPTY_SUMMARY: ChangeSummary = { updated: 0, added: 0, conflicts: 0, sheetsCreated: [], sheetsRenamed: [], details: [] };

function describeError(error: unknown, language: Language): string {
  if (error instanceof SyncTimeout) return syncTimeoutText(language, error.ms);
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * A failed write batch. Excel does not undo a request that fails halfway (what ran before the
 * failing command stays), so the failing part is "not or only partly" written, never "nothing".
 */
function failureMessage(language: Language, written: number, total: number, error: unknown): string {
  const failed = written + 1;
  const range = (from: number) => (from === total ? `${total}` : `${from}–${total}`);
  // Each optional sentence brings the space that separates it from the one before.
  const done = written === 0 ? "" : ` ${t(language, "writeFailedWritten", { parts: written > 1 ? `1–${written}` : "1", total })}`;
  const rest = failed < total ? ` ${t(language, "writeFailedUnwritten", { parts: range(failed + 1) })}` : "";
  return t(language, "writeFailed", { failed, total, error: describeError(error, language), written: done, unwritten: rest });
}

/**
 * One more write after an import that created tables: the record with Excel's ids of their
 * columns, so a later rename or move of a report column is followed, and without the sheets it
 * listed as pending (they are complete now). If it fails the import still stands; the columns are
 * then checked by place and header until a later import binds them, and the next import checks
 * the pending sheets once more (completing them writes nothing that is already there).
 */
async function recordColumnIds(context: Excel.RequestContext, record: IdentityRecord, created: readonly string[], columns: readonly Excel.TableColumnCollection[]): Promise<void> {
  try {
    const tables = created.map((name, i) => ({ name, columns: columns[i].items.map((c) => ({ id: c.id, index: c.index, name: c.name })) }));
    context.workbook.settings.add(IDENTITY_KEY, serializeIdentity(settled(bindCreated(record, tables))));
    await context.sync();
  } catch {
    // Nothing lost: see above.
  }
}

/** The workbook as a merge needs it, with the places on sheets an unfinished import was creating. */
function readForImport(context: Excel.RequestContext, plans: Record<Language, WorkbookPlan>, settings: boolean): Promise<WorkbookSnapshot> {
  return readSnapshot(context, undefined, { settings, probe: (pending) => pendingProbes(plans, pending) });
}

/** Reading the workbook or planning the import failed: nothing was written yet. */
function preparationFailureMessage(language: Language, error: unknown): string {
  return t(language, "importNotPrepared", { error: describeError(error, language) });
}

export function createExcelActions(deps: ExcelActionsDeps = {}): WorkbookActions {
  const excelRun: ExcelRun = deps.run ?? ((batch) => Excel.run(batch));
  const limit = deps.syncLimitMs ?? SYNC_LIMIT_MS;
  // Every request of every action has a time limit; a timeout says so in the pane's language.
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>, language: Language = isDutch() ? "nl" : "en"): Promise<T> =>
    excelRun((context) => batch(limitSyncs(context, limit))).catch((error: unknown) => {
      throw inLanguage(error, language);
    });
  const isSetSupported = deps.isSetSupported ?? officeIsSetSupported;
  const report = deps.report ?? REPORT;
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  let busy = false;

  const busyOutcome = (language: Language): ImportOutcome => ({
    ok: false,
    batchesWritten: 0,
    batchesTotal: 0,
    summary: EMPTY_SUMMARY,
    message: t(language, "importAlreadyRunning"),
  });

  async function importDataset(dataset: Dataset, options: ImportOptions, onProgress: (p: Progress) => void): Promise<ImportOutcome> {
    if (busy) return busyOutcome(messagesOf(options));
    busy = true;
    try {
      return await run(async (context) => {
        const features = detectFeatures(isSetSupported);
        let prepared: PreparedImport;
        try {
          const plans = plansFor(dataset, options, today());
          prepared = prepareImport(dataset, options, await readForImport(context, plans, features.settings), today(), deps.batchLimit, plans);
        } catch (error) {
          return { ok: false, batchesWritten: 0, batchesTotal: 0, summary: EMPTY_SUMMARY, message: preparationFailureMessage(messagesOf(options), error) };
        }
        const summary = prepared.merge.summary;
        const { record, created } = prepared.merge;
        // The ids Excel gave the columns just created come back with the last batch.
        let columns: Excel.TableColumnCollection[] = [];
        const bindIds = features.settings && record !== undefined && (created.length > 0 || record.pending !== undefined);
        const queueIds = () => {
          if (bindIds) columns = created.map((name) => context.workbook.tables.getItem(name).columns.load("items/id,items/index,items/name"));
        };
        const result = await writeBatches(context, prepared.batches, features, messagesOf(options), onProgress, queueIds);
        if (result.error === undefined) {
          if (bindIds) await recordColumnIds(context, record, created, columns);
          return { ok: true, batchesWritten: result.written, batchesTotal: result.total, summary };
        }
        return {
          ok: false,
          batchesWritten: result.written,
          batchesTotal: result.total,
          summary,
          message: failureMessage(messagesOf(options), result.written, result.total, result.error),
        };
      });
    } finally {
      busy = false;
    }
  }

  async function preview(dataset: Dataset, options: ImportOptions): Promise<ChangeSummary> {
    const settings = detectFeatures(isSetSupported).settings;
    const plans = plansFor(dataset, options, today());
    return run(async (context) => prepareImport(dataset, options, await readForImport(context, plans, settings), today(), undefined, plans).merge.summary, messagesOf(options));
  }

  return {
    previewImport: (options) => preview(report, options),
    runImport: (options, onProgress) => importDataset(report, options, onProgress),

    validate: (uiLanguage) =>
      run(async (context) => {
        const snapshot = await readSnapshot(context, new Set([TABLE_NAMES.opportunities]), { settings: detectFeatures(isSetSupported).settings });
        const language: Language = uiLanguage ?? (isDutch() ? "nl" : "en");
        return snapshot.tables.flatMap((t) => ratingIssues(t, language, snapshot.identity?.tables[t.name])) as RatingIssue[];
      }, uiLanguage),

    select: (address, uiLanguage) =>
      run(async (context) => {
        const where = parseQualified(address);
        if (!where) throw new Error(t(uiLanguage ?? uiLanguageOf(), "notCellAddress", { address }));
        const sheet = context.workbook.worksheets.getItem(where.sheet);
        sheet.activate();
        sheet.getRange(where.address).select();
        await context.sync();
      }, uiLanguage),

    exportJson: (exportOptions = {}) =>
      run(async (context) => {
        const snapshot = await readSnapshot(context, new Set([TABLE_NAMES.opportunities]), { settings: detectFeatures(isSetSupported).settings });
        const table = snapshot.tables[0];
        const exported = exportDataset(report, table, {
          source: `Werkboek / workbook, ${today()}`,
          record: table && snapshot.identity?.tables[table.name],
          useSuggestedIds: exportOptions.useSuggestedIds === true,
        });
        // Stops before anything is saved: the message names every row it cannot take and how to fix it;
        // when each such row has a suggested id, the pane offers to export under those (offersSuggestedIds).
        if (!exported.ok) {
          throw Object.assign(new Error(exportProblemsMessage(exported.problems, exportOptions.uiLanguage ?? uiLanguageOf())), { suggestedIds: exported.problems.every((p) => p.suggestion !== undefined) });
        }
        return datasetJson(exported.dataset);
      }, exportOptions.uiLanguage),

    checkJson: async (text, options): Promise<JsonCheck> => {
      const checked = checkDatasetJson(text, report, messagesOf(options));
      if (!checked.ok) return checked;
      return { ok: true, summary: await preview(checked.dataset, options) };
    },

    importJson: async (text, options, onProgress) => {
      const checked = checkDatasetJson(text, report, messagesOf(options));
      if (!checked.ok) return { ok: false, batchesWritten: 0, batchesTotal: 0, summary: EMPTY_SUMMARY, message: checked.message };
      return importDataset(checked.dataset, options, onProgress);
    },

    companion: createCompanionActions(run, isSetSupported),
  };
}

/** Excel's UI language: the messages' language when the pane gives none. */
function uiLanguageOf(): Language {
  return isDutch() ? "nl" : "en";
}

/** Without a pane language, validation messages follow Excel's UI language, as the functions' do. */
function isDutch(): boolean {
  try {
    return /^nl/i.test(Office.context.displayLanguage);
  } catch {
    return true;
  }
}
