/**
 * What the parts of the Excel pane share: the context each section gets (the shell, the
 * workbook actions, the one busy lock), notices, the progress bar and the change summary.
 */
import type { Language } from "../../core/language";
import { t, type PlainKey } from "../i18n";
import type { ChangeSummary, ImportOptions, ImportOutcome, Progress, WorkbookActions } from "../workbook-actions";
import type { BusyLock } from "./busy-lock";
import { messageBar, type MessageKind } from "./controls";
import { h, type Child } from "./dom";
import type { Shell } from "./shell";

/** A part of the Excel pane: anything that renders itself. ExcelView lists them in order. */
export interface ExcelSection {
  render(language: Language): Child | Child[];
}

export interface ExcelContext {
  readonly shell: Shell;
  readonly actions: Promise<WorkbookActions>;
  readonly lock: BusyLock;
  /** Why the workbook actions could not load, or null; every action button is off while set. */
  loadError(): string | null;
  /** What the analyst chose to import (language, parts): the report import and the JSON merge share it. */
  importOptions(): ImportOptions;
}

export interface Notice {
  kind: MessageKind;
  lines: (language: Language) => string[];
}

export function notice(n: Notice | null, language: Language): HTMLElement | null {
  return n ? messageBar(n.kind, ...n.lines(language)) : null;
}

export function announceNotice(shell: Shell, n: Notice | null): void {
  if (n) shell.announce((l) => n.lines(l).join(" "));
}

export function errorText(error: unknown, language: Language): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return t(language, "unknownError");
}

/** Progress of a running import: a bar with the step as its visible label. */
export function progressView(language: Language, p: Progress | null, waiting: PlainKey): HTMLElement {
  const text = p ? t(language, "progressText", { label: p.label, done: p.done, total: p.total }) : t(language, waiting);
  const determinate = p !== null && p.total > 0;
  return h(
    "div",
    { class: "progress", "data-testid": "progress" },
    h("p", { class: "progress-label" }, text),
    // Native: the role, the range and the state come with the element; its label says the step.
    h("progress", {
      class: "progress-bar",
      "aria-label": t(language, "progressLabel"),
      "aria-valuetext": text,
      max: determinate ? p.total : null,
      value: determinate ? p.done : null,
    }),
  );
}

/** What an import will change, as the confirm dialog shows it. */
export function summaryView(language: Language, s: ChangeSummary): Child[] {
  const block = (title: PlainKey, items: string[], testid: string) =>
    items.length > 0 ? [h("h3", {}, t(language, title)), h("ul", { class: "details-list", "data-testid": testid }, ...items.map((x) => h("li", {}, x)))] : [];
  return [
    h("p", {}, t(language, "confirmIntro")),
    h(
      "dl",
      { class: "summary", "data-testid": "summary" },
      h("dt", {}, t(language, "rowsUpdated")),
      h("dd", { "data-testid": "summary-updated" }, String(s.updated)),
      h("dt", {}, t(language, "rowsAdded")),
      h("dd", { "data-testid": "summary-added" }, String(s.added)),
      h("dt", {}, t(language, "conflicts")),
      h("dd", { "data-testid": "summary-conflicts" }, String(s.conflicts)),
    ),
    ...block("sheetsCreated", s.sheetsCreated, "summary-created"),
    ...block("sheetsRenamed", s.sheetsRenamed.map((r) => t(language, "sheetRenamed", r)), "summary-renamed"),
    ...block("details", s.details, "summary-details"),
  ];
}

export function outcomeNotice(outcome: ImportOutcome, doneKey: PlainKey): Notice {
  if (outcome.ok) {
    const s = outcome.summary;
    return {
      kind: "success",
      lines: (l) => [
        t(l, doneKey),
        `${t(l, "rowsUpdated")}: ${s.updated} · ${t(l, "rowsAdded")}: ${s.added} · ${t(l, "conflicts")}: ${s.conflicts}`,
      ],
    };
  }
  return {
    kind: "error",
    lines: (l) => [
      t(l, "importPartial", { written: outcome.batchesWritten, total: outcome.batchesTotal }),
      ...(outcome.message ? [outcome.message] : []),
      t(l, "importRetry"),
    ],
  };
}
