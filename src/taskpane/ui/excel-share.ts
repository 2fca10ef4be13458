/** The Excel pane's sharing: export the analyst's rows as JSON, and merge a colleague's file. */
import type { Language } from "../../core/language";
import { importLimitExceeded, MAX_JSON_BYTES, megabytes } from "../../core/share/size";
import { t, type PlainKey } from "../i18n";
import { offersSuggestedIds, type Progress } from "../workbook-actions";
import { button, filePicker, readOnlyText } from "./controls";
import { confirmDialog } from "./dialog";
import { h, uid } from "./dom";
import { announceNotice, errorText, notice, outcomeNotice, progressView, summaryView, type ExcelContext, type ExcelSection, type Notice } from "./excel-common";

export class ShareSection implements ExcelSection {
  private notice: Notice | null = null;
  private exported: { text: string; file: string } | null = null;
  private waiting: PlainKey = "readingFile";
  private progress: Progress | null = null;
  /** The last export stopped on rows that each have a suggested id: offer to export under those. */
  private suggest = false;

  constructor(private readonly ctx: ExcelContext) {}

  render(language: Language): HTMLElement {
    const { lock } = this.ctx;
    const titleId = uid("share-title");
    const textId = uid("export-text");
    const off = lock.busy || this.ctx.loadError() !== null;
    const exported = this.exported;
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "aria-busy": String(lock.task === "export" || lock.task === "json"), "data-testid": "share-section" },
      h("h2", { id: titleId }, t(language, "shareTitle")),
      h("p", { class: "muted" }, t(language, "shareIntro")),
      h(
        "div",
        { class: "actions" },
        button(t(language, "exportButton"), { key: "export", testid: "export-button", disabled: off, onClick: () => void this.runExport(false) }),
        this.suggest ? button(t(language, "exportSuggestedButton"), { key: "export-suggested", testid: "export-suggested-button", disabled: off, onClick: () => void this.runExport(true) }) : null,
      ),
      lock.task === "export" ? h("p", { class: "muted" }, t(language, "exporting")) : null,
      exported
        ? h(
            "div",
            { class: "export" },
            h("p", {}, t(language, "exportDone", { file: exported.file })),
            readOnlyText(t(language, "exportText"), exported.text, { id: textId, key: "export-text", testid: "export-text", rows: 6 }),
            h("div", { class: "actions" }, button(t(language, "copyButton"), { key: "copy", onClick: () => void this.copy(textId) })),
          )
        : null,
      h("h3", { class: "field-label" }, t(language, "importJsonLabel")),
      filePicker(t(language, "chooseJson"), {
        key: "json-file",
        testid: "json-file",
        accept: ".json,application/json",
        disabled: off,
        onFile: (input) => void this.runJsonImport(input),
      }),
      lock.task === "json" ? progressView(language, this.progress, this.waiting) : null,
      notice(this.notice, language),
    );
  }

  private async runExport(useSuggestedIds: boolean): Promise<void> {
    const { shell, lock } = this.ctx;
    if (!lock.claim("export")) return;
    this.notice = null;
    this.suggest = false;
    shell.announce((l) => t(l, "exporting"));
    shell.refresh();
    try {
      const text = await (await this.ctx.actions).exportJson({ uiLanguage: shell.language, ...(useSuggestedIds ? { useSuggestedIds } : {}) });
      const file = `se-trends-${new Date().toISOString().slice(0, 10)}.json`;
      this.exported = { text, file };
      download(text, file);
      // Written even so (it is the analyst's work), but a colleague's import would refuse it.
      const over = importLimitExceeded(text);
      if (over) this.notice = { kind: "warning", lines: (l) => [t(l, "exportTooLarge", { size: megabytes(over.bytes), limit: String(over.limit / 1024 / 1024) })] };
      else if (useSuggestedIds) this.notice = { kind: "info", lines: (l) => [t(l, "exportedWithSuggested")] };
    } catch (error) {
      this.exported = null;
      this.suggest = offersSuggestedIds(error);
      this.notice = { kind: "error", lines: (l) => [t(l, "exportFailed", { message: errorText(error, l) })] };
    } finally {
      lock.release("export");
      shell.refresh(this.exported ? "copy" : "export");
      const file = this.exported?.file;
      const n = this.notice;
      if (file) shell.announce((l) => [t(l, "exportDone", { file }), ...(n ? n.lines(l) : [])].join(" "));
      else announceNotice(shell, n);
    }
  }

  private async copy(textId: string): Promise<void> {
    const area = document.getElementById(textId) as HTMLTextAreaElement | null;
    if (!area || !this.exported) return;
    try {
      await navigator.clipboard.writeText(this.exported.text);
      this.ctx.shell.announce((l) => t(l, "copied"));
    } catch {
      // Clipboard access is often refused in Office webviews: leave the text selected instead.
      area.focus();
      area.select();
      this.ctx.shell.announce((l) => t(l, "copyFailed"));
    }
  }

  private onProgress = (p: Progress) => {
    this.progress = p;
    this.ctx.shell.refresh();
    this.ctx.shell.announce((l) => t(l, "progressText", { label: p.label, done: p.done, total: p.total }));
  };

  private async runJsonImport(input: HTMLInputElement): Promise<void> {
    const { shell, lock } = this.ctx;
    const file = input.files?.[0];
    if (!file || !lock.claim("json")) return;
    this.notice = null;
    this.progress = null;
    this.waiting = "readingFile";
    shell.announce((l) => t(l, "readingFile"));
    shell.refresh();
    const options = this.ctx.importOptions();
    try {
      if (file.size > MAX_JSON_BYTES) {
        this.notice = { kind: "error", lines: (l) => [t(l, "fileTooLarge")] };
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        this.notice = { kind: "error", lines: (l) => [t(l, "fileUnreadable", { message: errorText(error, l) })] };
        return;
      }
      const actions = await this.ctx.actions;
      const check = await actions.checkJson(text, options);
      if (!check.ok) {
        const problem = check.message;
        this.notice = { kind: "error", lines: (l) => [t(l, "fileRejected", { message: problem })] };
        return;
      }
      const yes = await confirmDialog({
        title: t(shell.language, "confirmJsonTitle"),
        body: summaryView(shell.language, check.summary),
        confirm: t(shell.language, "confirmMerge"),
        cancel: t(shell.language, "cancel"),
      });
      if (!yes) {
        this.notice = { kind: "info", lines: (l) => [t(l, "cancelled")] };
        return;
      }
      this.waiting = "importing";
      shell.refresh();
      this.notice = outcomeNotice(await actions.importJson(text, options, this.onProgress), "mergeDone");
    } catch (error) {
      this.notice = { kind: "error", lines: (l) => [t(l, "importFailed", { message: errorText(error, l) })] };
    } finally {
      lock.release("json");
      this.progress = null;
      shell.refresh("json-file");
      announceNotice(shell, this.notice);
    }
  }
}

/** Offers the text as a file; Office webviews may ignore it, hence the text area next to it. */
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
    // The text area fallback is shown in any case.
  }
}
