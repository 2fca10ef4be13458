/**
 * Start-up of the pane. Only the shell, the UI strings and the Excel-mode UI are in this bundle:
 * the workbook writer (with zod) and the preview's dataset and scoring code are separate chunks,
 * fetched once Office.onReady has said which of the two the pane needs (the preview's sooner in
 * what looks like a plain browser tab, see earlyPreview). The controls are native
 * elements (ui/controls.ts): nothing has to be defined before the pane can be drawn.
 */
import { storedLanguage, t, uiLanguageFor, type Language } from "./i18n";
import type { Dataset } from "../core/dataset/schema";
import type { WorkbookActions } from "./workbook-actions";
import { ExcelView } from "./ui/excel-mode";
import type { OfficeThemeLike } from "./ui/theme";
import { PaneShell, safeStorage } from "./ui/shell";
import { messageBar } from "./ui/controls";
import { replaceChildren } from "./ui/dom";
import { looksLikePlainBrowser, type WindowLike } from "./host-hint";
import { applyTheme, followForcedColors } from "./ui/apply-theme";

declare const __APP_VERSION__: string;

type PreviewModule = typeof import("./ui/preview");
// At high priority: fetched as a low-priority script it waits behind office.js's own requests.
const loadPreview = (): Promise<PreviewModule> => import(/* webpackChunkName: "preview", webpackFetchPriority: "high" */ "./ui/preview");

/**
 * In what looks like a plain browser tab the preview's chunk is requested now, while office.js
 * is still starting, instead of once Office.onReady has said so (see the end of this file for
 * what is drawn with it).
 */
const earlyPreview: Promise<PreviewModule> | null =
  window.__seTestHooks?.host !== "excel" && looksLikePlainBrowser(window as unknown as WindowLike) ? loadPreview() : null;

/**
 * Set only by the browser tests (page.addInitScript) to open the Excel UI against a fake
 * workbook, or the preview on a crafted dataset. Harmless in production: a script able to set it
 * before ours already controls the page, and everything the hooks feed in is rendered as text.
 */
export interface TestHooks {
  host?: "excel" | "preview";
  actions?: WorkbookActions;
  displayLanguage?: string;
  dataset?: Dataset;
  /** Stands in for Office.context.officeTheme (light, dark) in the browser tests. */
  officeTheme?: OfficeThemeLike;
}

declare global {
  interface Window {
    __seTestHooks?: TestHooks;
  }
}

function displayLanguage(hooks: TestHooks | undefined): unknown {
  if (hooks?.displayLanguage) return hooks.displayLanguage;
  try {
    return Office.context?.displayLanguage;
  } catch {
    // Outside Office the context may be missing altogether: language unknown.
    return undefined;
  }
}

function officeTheme(hooks: TestHooks | undefined): OfficeThemeLike | null {
  if (hooks?.officeTheme) return hooks.officeTheme;
  try {
    return Office.context?.officeTheme ?? null;
  } catch {
    // Outside Office (or a host without the theme API): the browser's preference decides.
    return null;
  }
}

function ready(mode: "excel" | "preview"): void {
  document.body.dataset.ready = mode;
  // A start-up benchmark reads this mark, next to the functions bundle's own.
  performance.mark("se:pane-interactive");
}

/** The view the pane has started; each is started once. */
let shown: "excel" | "preview" | null = null;
/**
 * Counts the starts. A start overtaken by a later one (the preview, then Excel) draws nothing
 * more: only the preview's start waits (for its chunk), and Office.onReady could say Excel then.
 */
let starts = 0;

function show(excel: boolean): void {
  const view = excel ? "excel" : "preview";
  if (shown === view) return;
  if (shown === null) followForcedColors(() => officeTheme(window.__seTestHooks));
  shown = view;
  void start(excel, ++starts);
}

async function start(excel: boolean, run: number): Promise<void> {
  const hooks = window.__seTestHooks;
  const language: Language = storedLanguage(safeStorage()) ?? uiLanguageFor(displayLanguage(hooks));
  const root = document.getElementById("app") as HTMLElement;
  // The view's own chunk is requested first, so its download overlaps the work below.
  const actions: Promise<WorkbookActions> | null = !excel
    ? null
    : hooks?.actions
      ? Promise.resolve(hooks.actions)
      : import(/* webpackChunkName: "excel" */ "./excel").then((m) => m.createExcelActions());
  const preview = excel ? null : (earlyPreview ?? loadPreview());
  // Marked as handled: a failure is reported where each is awaited, not as an unhandled rejection.
  actions?.catch(() => undefined);
  preview?.catch(() => undefined);
  applyTheme(officeTheme(hooks));
  const shell = new PaneShell(root, language);
  // A view that replaces another one starts at its top, not where the reader was in the other.
  if (run > 1) window.scrollTo(0, 0);
  try {
    if (actions) {
      const display = displayLanguage(hooks);
      shell.setView(new ExcelView(shell, actions, typeof display === "string" && display ? uiLanguageFor(display) : null, __APP_VERSION__));
      shell.announce((l) => t(l, "connected"));
      ready("excel");
    } else {
      const view = await (preview as Promise<PreviewModule>);
      if (run !== starts) return;
      const state = view.createPreviewState();
      const dataset = hooks?.dataset ?? view.DEFAULT_DATASET;
      shell.setView({ render: (l) => view.renderPreview(l, state, dataset, __APP_VERSION__) });
      shell.announce((l) => t(l, "previewStatus"));
      ready("preview");
    }
  } catch (error) {
    if (run !== starts) return;
    const text = error instanceof Error ? error.message : String(error);
    replaceChildren(document.getElementById("main") ?? root, messageBar("error", t(shell.language, "startFailed", { message: text })));
    document.body.dataset.ready = "error";
  }
}

// Without office.js (blocked or offline) there is no Office at all: still show the preview.
if (typeof Office === "undefined") {
  show(window.__seTestHooks?.host === "excel");
} else {
  // Outside Office (a plain browser) onReady resolves with no host: the page is a preview.
  Office.onReady((info) => {
    // The start-up test orders requests by this mark.
    performance.mark("se:office-ready");
    show(info.host === Office.HostType.Excel || window.__seTestHooks?.host === "excel");
  });
}

/**
 * In what looks like a plain browser tab the preview is drawn as soon as its chunk has run, without
 * waiting for Office.onReady: office.js has nothing to tell a plain browser's preview, so the time
 * office.js takes to start once the page has loaded is no longer added to the preview's. A page
 * whose office.js never reports ready still shows the preview, or says in words that its chunk
 * could not be loaded. Office.onReady keeps the last word: if it says Excel after all, the Excel
 * view replaces whatever was drawn.
 */
const showEarlyPreview = (): void => {
  if (shown === null) show(false);
};
earlyPreview?.then(showEarlyPreview, showEarlyPreview);
