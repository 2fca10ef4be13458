/**
 * The pane in Excel: import the report, validate ratings, export and merge JSON. Talks to the
 * workbook only through WorkbookActions, so tests drive it with a fake and the Office.js side
 * (loaded lazily) never touches the DOM.
 */
import type { Language } from "../../core/language";
import { importLimitExceeded, MAX_JSON_BYTES, megabytes } from "../../core/share/size";
import { t, type StringKey } from "../i18n";
import type { ChangeSummary, ImportOptions, ImportOutcome, PartKey, Progress, RatingIssue, WorkbookActions } from "../workbook-actions";
import { h, uid, type Child } from "./dom";
import { confirmDialog } from "./dialog";
import { message } from "./widgets";
import { SelfTestSection } from "./selftest-section";
import type { View, Shell } from "./shell";
import type { CompanionView } from "./companion";

export const PARTS: readonly PartKey[] = ["overview", "trends", "opportunities", "threats", "figures", "criteria", "source"];

/** The import's limit, so a huge file is refused before it is read into memory. */
export { MAX_JSON_BYTES };

type Busy = "import" | "validate" | "export" | "json" | "select";
type Lines = (language: Language) => string[];
interface Notice {
  kind: "error" | "success" | "info" | "warning";
  lines: Lines;
}

function errorText(error: unknown, language: Language): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return t(language, "unknownError");
}

export class ExcelView implements View {
  private importLanguage: Language;
  private readonly parts = new Set<PartKey>(PARTS);
  private busy: Busy | null = null;
  private busyText: StringKey | null = null;
  private progress: Progress | null = null;
  private importNotice: Notice | null = null;
  private validateNotice: Notice | null = null;
  private issues: RatingIssue[] | null = null;
  private shareNotice: Notice | null = null;
  private exported: { text: string; file: string } | null = null;
  private loadError: string | null = null;
  private companion: CompanionView | "loading" | { error: string } | null = null;
  private readonly selfTest: SelfTestSection;

  constructor(
    private readonly shell: Shell,
    private readonly actions: Promise<WorkbookActions>,
    /** Excel's display language, which the formulas shown follow; null when Office does not say. */
    private readonly excelLanguage: Language | null = null,
  ) {
    this.importLanguage = shell.language;
    this.selfTest = new SelfTestSection(shell);
    actions.catch((error: unknown) => {
      this.loadError = errorText(error, shell.language);
      shell.refresh();
    });
  }

  render(language: Language): Child[] {
    return [
      this.loadError ? message("error", t(language, "actionsUnavailable", { message: this.loadError })) : null,
      this.importSection(language),
      this.validateSection(language),
      this.shareSection(language),
      ...this.companionParts(language),
      this.selfTest.render(language),
    ];
  }

  /** The report, calculator and own-table parts: their own chunk, fetched when the analyst opens them. */
  private companionParts(language: Language): Child[] {
    const c = this.companion;
    if (c !== null && c !== "loading" && !("error" in c)) return c.render(language);
    const titleId = uid("companion-title");
    return [
      h(
        "section",
        { class: "card", "aria-labelledby": titleId, "aria-busy": String(c === "loading"), "data-testid": "companion-section" },
        h("h2", { id: titleId }, t(language, "companionTitle")),
        h("p", { class: "muted" }, t(language, "companionIntro")),
        h(
          "div",
          { class: "actions" },
          h(
            "button",
            { type: "button", class: "button", "data-key": "companion-open", "data-testid": "companion-open", disabled: c === "loading", onclick: () => void this.openCompanion() },
            t(language, c === "loading" ? "companionLoading" : "companionOpen"),
          ),
        ),
        c !== null && c !== "loading" ? message("error", t(language, "companionFailed", { message: c.error })) : null,
      ),
    ];
  }

  private async openCompanion(): Promise<void> {
    if (this.companion !== null && this.companion !== "loading" && !("error" in this.companion)) return;
    this.companion = "loading";
    this.shell.refresh("companion-open");
    try {
      const [module, actions] = await Promise.all([import(/* webpackChunkName: "companion" */ "./companion"), this.actions.catch(() => null)]);
      this.companion = new module.CompanionView(this.shell, actions?.companion, this.excelLanguage);
      this.shell.refresh("own-analyse");
    } catch (error) {
      this.companion = { error: errorText(error, this.shell.language) };
      this.shell.refresh("companion-open");
    }
  }

  // ---- sections -------------------------------------------------------------------------

  private importSection(language: Language): HTMLElement {
    const titleId = uid("import-title");
    const langId = uid("wb-lang");
    const running = this.busy === "import" || this.busy === "json";
    const noParts = this.parts.size === 0;
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "aria-busy": String(running), "data-testid": "import-section" },
      h("h2", { id: titleId }, t(language, "importTitle")),
      h("p", { class: "muted" }, t(language, "importIntro")),
      h(
        "div",
        { class: "field" },
        h("label", { for: langId }, t(language, "workbookLanguage")),
        h(
          "select",
          {
            id: langId,
            class: "select",
            "data-key": "wb-lang",
            disabled: this.busy !== null,
            onchange: (e: Event) => (this.importLanguage = (e.target as HTMLSelectElement).value === "en" ? "en" : "nl"),
          },
          h("option", { value: "nl", selected: this.importLanguage === "nl" }, t(language, "languageNl")),
          h("option", { value: "en", selected: this.importLanguage === "en" }, t(language, "languageEn")),
        ),
      ),
      h(
        "fieldset",
        { class: "fieldset", disabled: this.busy !== null },
        h("legend", {}, t(language, "partsLegend")),
        ...PARTS.map((part) => {
          const id = uid(`part-${part}`);
          return h(
            "div",
            { class: "check" },
            h("input", {
              id,
              type: "checkbox",
              checked: this.parts.has(part),
              "data-key": `part-${part}`,
              "data-part": part,
              onchange: (e: Event) => {
                if ((e.target as HTMLInputElement).checked) this.parts.add(part);
                else this.parts.delete(part);
                this.shell.refresh();
              },
            }),
            h("label", { for: id }, t(language, `part_${part}` as StringKey)),
          );
        }),
      ),
      noParts ? h("p", { class: "field-error", id: "no-parts" }, t(language, "noPartsChosen")) : null,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          {
            type: "button",
            class: "button button-primary",
            "data-key": "import",
            "data-testid": "import-button",
            disabled: this.busy !== null || noParts || this.loadError !== null,
            "aria-describedby": noParts ? "no-parts" : null,
            onclick: () => void this.runReportImport(),
          },
          t(language, "importButton"),
        ),
      ),
      this.busy === "import" ? this.progressView(language) : null,
      this.importNotice ? message(this.importNotice.kind, ...this.importNotice.lines(language)) : null,
    );
  }

  private progressView(language: Language): HTMLElement {
    const p = this.progress;
    const id = uid("progress");
    const text = p ? t(language, "progressText", { label: p.label, done: p.done, total: p.total }) : t(language, this.busyText ?? "importing");
    return h(
      "div",
      { class: "progress", "data-testid": "progress" },
      h("label", { for: id, class: "progress-label" }, text),
      h("progress", {
        id,
        max: p && p.total > 0 ? p.total : null,
        value: p && p.total > 0 ? p.done : null,
        "aria-label": t(language, "progressLabel"),
      }),
    );
  }

  private validateSection(language: Language): HTMLElement {
    const titleId = uid("validate-title");
    const listLabel = uid("issues-label");
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "data-testid": "validate-section" },
      h("h2", { id: titleId }, t(language, "validateTitle")),
      h("p", { class: "muted" }, t(language, "validateIntro")),
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          {
            type: "button",
            class: "button",
            "data-key": "validate",
            "data-testid": "validate-button",
            disabled: this.busy !== null || this.loadError !== null,
            onclick: () => void this.runValidate(),
          },
          t(language, "validateButton"),
        ),
      ),
      this.busy === "validate" ? h("p", { class: "muted" }, t(language, "validating")) : null,
      this.validateNotice ? message(this.validateNotice.kind, ...this.validateNotice.lines(language)) : null,
      this.issues && this.issues.length > 0
        ? h(
            "div",
            {},
            h("p", { id: listLabel, class: "visually-hidden" }, t(language, "validateListLabel")),
            h(
              "ul",
              { class: "issues", "aria-labelledby": listLabel, "data-testid": "issues", "data-content": "imported" },
              ...this.issues.map((issue, i) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "issue",
                      "data-key": `issue-${i}`,
                      "data-address": issue.address,
                      "aria-label": `${t(language, "issueGoTo", { address: issue.address })}: ${issue.message}`,
                      disabled: this.busy !== null && this.busy !== "select",
                      onclick: () => void this.select(issue.address),
                    },
                    h("span", { class: "issue-address" }, issue.address),
                    h("span", { class: "issue-column" }, issue.column),
                    h("span", { class: "issue-message" }, issue.message),
                  ),
                ),
              ),
            ),
          )
        : null,
    );
  }

  private shareSection(language: Language): HTMLElement {
    const titleId = uid("share-title");
    const fileId = uid("json-file");
    const textId = uid("export-text");
    const exported = this.exported;
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "data-testid": "share-section" },
      h("h2", { id: titleId }, t(language, "shareTitle")),
      h("p", { class: "muted" }, t(language, "shareIntro")),
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          {
            type: "button",
            class: "button",
            "data-key": "export",
            "data-testid": "export-button",
            disabled: this.busy !== null || this.loadError !== null,
            onclick: () => void this.runExport(),
          },
          t(language, "exportButton"),
        ),
      ),
      this.busy === "export" ? h("p", { class: "muted" }, t(language, "exporting")) : null,
      exported
        ? h(
            "div",
            { class: "export" },
            h("p", {}, t(language, "exportDone", { file: exported.file })),
            h("label", { for: textId }, t(language, "exportText")),
            h("textarea", { id: textId, class: "textarea", readonly: true, rows: 6, value: exported.text, "data-testid": "export-text", spellcheck: "false" }),
            h(
              "div",
              { class: "actions" },
              h("button", { type: "button", class: "button", "data-key": "copy", onclick: () => void this.copy(textId) }, t(language, "copyButton")),
            ),
          )
        : null,
      h(
        "div",
        { class: "field file-field" },
        h("label", { for: fileId }, t(language, "importJsonLabel")),
        h("input", {
          id: fileId,
          type: "file",
          accept: ".json,application/json",
          class: "file-input",
          "data-key": "json-file",
          "data-testid": "json-file",
          disabled: this.busy !== null || this.loadError !== null,
          onchange: (e: Event) => void this.runJsonImport(e.target as HTMLInputElement),
        }),
      ),
      this.busy === "json" ? this.progressView(language) : null,
      this.shareNotice ? message(this.shareNotice.kind, ...this.shareNotice.lines(language)) : null,
    );
  }

  // ---- actions --------------------------------------------------------------------------

  /** Claims the pane for one action; false when another one runs (a second click does nothing). */
  private start(busy: Busy, text: StringKey | null): boolean {
    if (this.busy !== null) return false;
    this.busy = busy;
    this.busyText = text;
    this.progress = null;
    if (text) this.shell.announce((l) => t(l, text));
    this.shell.refresh();
    return true;
  }

  private stop(focusKey: string | null): void {
    this.busy = null;
    this.busyText = null;
    this.progress = null;
    this.shell.refresh(focusKey);
  }

  private options(): ImportOptions {
    return { language: this.importLanguage, parts: PARTS.filter((p) => this.parts.has(p)), uiLanguage: this.shell.language };
  }

  private onProgress = (p: Progress) => {
    this.progress = p;
    this.shell.refresh();
    this.shell.announce((l) => t(l, "progressText", { label: p.label, done: p.done, total: p.total }));
  };

  private async runReportImport(): Promise<void> {
    if (this.parts.size === 0 || !this.start("import", "checkingChanges")) return;
    this.importNotice = null;
    const options = this.options();
    try {
      const actions = await this.actions;
      let summary: ChangeSummary;
      try {
        summary = await actions.previewImport(options);
      } catch (error) {
        this.importNotice = { kind: "error", lines: (l) => [t(l, "previewFailed", { message: errorText(error, l) })] };
        return;
      }
      const yes = await confirmDialog({
        title: t(this.shell.language, "confirmImportTitle"),
        body: summaryView(this.shell.language, summary),
        confirm: t(this.shell.language, "confirmImport"),
        cancel: t(this.shell.language, "cancel"),
      });
      if (!yes) {
        this.importNotice = { kind: "info", lines: (l) => [t(l, "cancelled")] };
        return;
      }
      this.busyText = "importing";
      this.shell.announce((l) => t(l, "importing"));
      this.shell.refresh();
      const outcome = await actions.runImport(options, this.onProgress);
      this.importNotice = outcomeNotice(outcome, "importDone");
    } catch (error) {
      this.importNotice = { kind: "error", lines: (l) => [t(l, "importFailed", { message: errorText(error, l) })] };
    } finally {
      this.stop("import");
      this.announceNotice(this.importNotice);
    }
  }

  private async runValidate(): Promise<void> {
    if (!this.start("validate", "validating")) return;
    this.validateNotice = null;
    this.issues = null;
    try {
      const issues = await (await this.actions).validate(this.shell.language);
      this.issues = issues;
      this.validateNotice =
        issues.length === 0
          ? { kind: "success", lines: (l) => [t(l, "validateNone")] }
          : { kind: "warning", lines: (l) => [t(l, "validateFound", { count: issues.length })] };
    } catch (error) {
      this.validateNotice = { kind: "error", lines: (l) => [t(l, "validateFailed", { message: errorText(error, l) })] };
    } finally {
      this.stop(this.issues && this.issues.length > 0 ? "issue-0" : "validate");
      this.announceNotice(this.validateNotice);
    }
  }

  private async select(address: string): Promise<void> {
    if (this.busy !== null) return;
    // Not shown as busy: selecting is instant and the list must keep its focus.
    this.busy = "select";
    try {
      await (await this.actions).select(address);
    } catch (error) {
      this.validateNotice = { kind: "error", lines: (l) => [t(l, "selectFailed", { address, message: errorText(error, l) })] };
      this.shell.refresh();
    } finally {
      this.busy = null;
    }
  }

  private async runExport(): Promise<void> {
    if (!this.start("export", "exporting")) return;
    this.shareNotice = null;
    try {
      const text = await (await this.actions).exportJson();
      const file = `se-trends-${new Date().toISOString().slice(0, 10)}.json`;
      this.exported = { text, file };
      download(text, file);
      // Written even so (it is the analyst's work), but a colleague's import would refuse it.
      const over = importLimitExceeded(text);
      if (over) this.shareNotice = { kind: "warning", lines: (l) => [t(l, "exportTooLarge", { size: megabytes(over.bytes), limit: String(over.limit / 1024 / 1024) })] };
    } catch (error) {
      this.exported = null;
      this.shareNotice = { kind: "error", lines: (l) => [t(l, "exportFailed", { message: errorText(error, l) })] };
    } finally {
      this.stop(this.exported ? "copy" : "export");
      const file = this.exported?.file;
      const notice = this.shareNotice;
      if (file) this.shell.announce((l) => [t(l, "exportDone", { file }), ...(notice ? notice.lines(l) : [])].join(" "));
      else this.announceNotice(notice);
    }
  }

  private async copy(textId: string): Promise<void> {
    const area = document.getElementById(textId) as HTMLTextAreaElement | null;
    if (!area || !this.exported) return;
    try {
      await navigator.clipboard.writeText(this.exported.text);
      this.shell.announce((l) => t(l, "copied"));
    } catch {
      // Clipboard access is often refused in Office webviews: leave the text selected instead.
      area.focus();
      area.select();
      this.shell.announce((l) => t(l, "copyFailed"));
    }
  }

  private async runJsonImport(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file || !this.start("json", "readingFile")) return;
    this.shareNotice = null;
    const options = this.options();
    try {
      if (file.size > MAX_JSON_BYTES) {
        this.shareNotice = { kind: "error", lines: (l) => [t(l, "fileTooLarge")] };
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        this.shareNotice = { kind: "error", lines: (l) => [t(l, "fileUnreadable", { message: errorText(error, l) })] };
        return;
      }
      const actions = await this.actions;
      const check = await actions.checkJson(text, options);
      if (!check.ok) {
        const problem = check.message;
        this.shareNotice = { kind: "error", lines: (l) => [t(l, "fileRejected", { message: problem })] };
        return;
      }
      const yes = await confirmDialog({
        title: t(this.shell.language, "confirmJsonTitle"),
        body: summaryView(this.shell.language, check.summary),
        confirm: t(this.shell.language, "confirmMerge"),
        cancel: t(this.shell.language, "cancel"),
      });
      if (!yes) {
        this.shareNotice = { kind: "info", lines: (l) => [t(l, "cancelled")] };
        return;
      }
      this.busyText = "importing";
      this.shell.refresh();
      const outcome = await actions.importJson(text, options, this.onProgress);
      this.shareNotice = outcomeNotice(outcome, "mergeDone");
    } catch (error) {
      this.shareNotice = { kind: "error", lines: (l) => [t(l, "importFailed", { message: errorText(error, l) })] };
    } finally {
      this.stop("json-file");
      this.announceNotice(this.shareNotice);
    }
  }

  private announceNotice(notice: Notice | null): void {
    if (notice) this.shell.announce((l) => notice.lines(l).join(" "));
  }
}

/** What an import will change, as the confirm dialog shows it. */
export function summaryView(language: Language, s: ChangeSummary): Child[] {
  const block = (title: StringKey, items: string[], testid: string) =>
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

function outcomeNotice(outcome: ImportOutcome, doneKey: StringKey): Notice {
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

/** Offers the text as a file; Office webviews may ignore it, hence the textarea next to it. */
function download(text: string, file: string): void {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const a = h("a", { href: url, download: file, class: "visually-hidden" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked later: some browsers start reading the blob only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch {
    // The textarea fallback is shown in any case.
  }
}
