/** The Excel pane's import of the report: language and parts, a confirm with the summary, progress. */
import type { Language } from "../../core/language";
import { t, type PlainKey } from "../i18n";
import type { ChangeSummary, ImportOptions, PartKey, Progress } from "../workbook-actions";
import { button, checkbox, choice } from "./controls";
import { confirmDialog } from "./dialog";
import { h, uid } from "./dom";
import { announceNotice, errorText, notice, outcomeNotice, progressView, summaryView, type ExcelContext, type ExcelSection, type Notice } from "./excel-common";

export const PARTS: readonly PartKey[] = ["overview", "trends", "opportunities", "threats", "figures", "criteria", "source"];

export class ImportSection implements ExcelSection {
  private language: Language;
  private readonly parts = new Set<PartKey>(PARTS);
  private waiting: PlainKey = "checkingChanges";
  private progress: Progress | null = null;
  private notice: Notice | null = null;

  constructor(private readonly ctx: ExcelContext) {
    this.language = ctx.shell.language;
  }

  /** The workbook language and parts chosen here; the JSON merge writes with the same. */
  options(): ImportOptions {
    return { language: this.language, parts: PARTS.filter((p) => this.parts.has(p)), uiLanguage: this.ctx.shell.language };
  }

  render(language: Language): HTMLElement {
    const { lock } = this.ctx;
    const titleId = uid("import-title");
    const running = lock.task === "import";
    const noParts = this.parts.size === 0;
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "aria-busy": String(running || lock.task === "json"), "data-testid": "import-section" },
      h("h2", { id: titleId }, t(language, "importTitle")),
      h("p", { class: "muted" }, t(language, "importIntro")),
      choice(t(language, "workbookLanguage"), {
        key: "wb-lang",
        value: this.language,
        disabled: lock.busy,
        choices: [
          { value: "nl", label: t(language, "languageNl") },
          { value: "en", label: t(language, "languageEn") },
        ],
        onChange: (v) => (this.language = v === "en" ? "en" : "nl"),
      }),
      h(
        "fieldset",
        { class: "fieldset", disabled: lock.busy },
        h("legend", {}, t(language, "partsLegend")),
        ...PARTS.map((part) =>
          checkbox(t(language, `part_${part}` as const), {
            key: `part-${part}`,
            data: { part },
            checked: this.parts.has(part),
            disabled: lock.busy,
            onChange: (on) => {
              if (on) this.parts.add(part);
              else this.parts.delete(part);
              this.ctx.shell.refresh();
            },
          }),
        ),
      ),
      noParts ? h("p", { class: "field-error", id: "no-parts" }, t(language, "noPartsChosen")) : null,
      h(
        "div",
        { class: "actions" },
        button(t(language, "importButton"), {
          key: "import",
          testid: "import-button",
          primary: true,
          disabled: lock.busy || noParts || this.ctx.loadError() !== null,
          describedBy: noParts ? "no-parts" : null,
          onClick: () => void this.run(),
        }),
      ),
      running ? progressView(language, this.progress, this.waiting) : null,
      notice(this.notice, language),
    );
  }

  private onProgress = (p: Progress) => {
    this.progress = p;
    this.ctx.shell.refresh();
    this.ctx.shell.announce((l) => t(l, "progressText", { label: p.label, done: p.done, total: p.total }));
  };

  private async run(): Promise<void> {
    const { shell, lock } = this.ctx;
    if (this.parts.size === 0 || !lock.claim("import")) return;
    this.notice = null;
    this.progress = null;
    this.waiting = "checkingChanges";
    shell.announce((l) => t(l, "checkingChanges"));
    shell.refresh();
    const options = this.options();
    try {
      const actions = await this.ctx.actions;
      let summary: ChangeSummary;
      try {
        summary = await actions.previewImport(options);
      } catch (error) {
        this.notice = { kind: "error", lines: (l) => [t(l, "previewFailed", { message: errorText(error, l) })] };
        return;
      }
      const yes = await confirmDialog({
        title: t(shell.language, "confirmImportTitle"),
        body: summaryView(shell.language, summary),
        confirm: t(shell.language, "confirmImport"),
        cancel: t(shell.language, "cancel"),
      });
      if (!yes) {
        this.notice = { kind: "info", lines: (l) => [t(l, "cancelled")] };
        return;
      }
      this.waiting = "importing";
      shell.announce((l) => t(l, "importing"));
      shell.refresh();
      this.notice = outcomeNotice(await actions.runImport(options, this.onProgress), "importDone");
    } catch (error) {
      this.notice = { kind: "error", lines: (l) => [t(l, "importFailed", { message: errorText(error, l) })] };
    } finally {
      lock.release("import");
      this.progress = null;
      shell.refresh("import");
      announceNotice(shell, this.notice);
    }
  }
}
