/** The Excel pane's check of the analyst's ratings: every invalid cell listed, each one a way to select it. */
import type { Language } from "../../core/language";
import { t } from "../i18n";
import type { RatingIssue } from "../workbook-actions";
import { button } from "./controls";
import { h, uid } from "./dom";
import { announceNotice, errorText, notice, type ExcelContext, type ExcelSection, type Notice } from "./excel-common";

export class ValidateSection implements ExcelSection {
  private notice: Notice | null = null;
  private issues: RatingIssue[] | null = null;

  constructor(private readonly ctx: ExcelContext) {}

  render(language: Language): HTMLElement {
    const { lock } = this.ctx;
    const titleId = uid("validate-title");
    const listLabel = uid("issues-label");
    const issues = this.issues ?? [];
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "aria-busy": String(lock.task === "validate"), "data-testid": "validate-section" },
      h("h2", { id: titleId }, t(language, "validateTitle")),
      h("p", { class: "muted" }, t(language, "validateIntro")),
      h(
        "div",
        { class: "actions" },
        button(t(language, "validateButton"), {
          key: "validate",
          testid: "validate-button",
          disabled: lock.busy || this.ctx.loadError() !== null,
          onClick: () => void this.run(),
        }),
      ),
      lock.task === "validate" ? h("p", { class: "muted" }, t(language, "validating")) : null,
      notice(this.notice, language),
      issues.length > 0
        ? h(
            "div",
            {},
            h("p", { id: listLabel, class: "visually-hidden" }, t(language, "validateListLabel")),
            h(
              "ul",
              { class: "issues", "aria-labelledby": listLabel, "data-testid": "issues", "data-content": "imported" },
              // Plain buttons here, not button(): an entry lays out three lines.
              ...issues.map((issue, i) =>
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
                      disabled: lock.busy && lock.task !== "select",
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

  private async run(): Promise<void> {
    const { shell, lock } = this.ctx;
    if (!lock.claim("validate")) return;
    this.notice = null;
    this.issues = null;
    shell.announce((l) => t(l, "validating"));
    shell.refresh();
    try {
      const issues = await (await this.ctx.actions).validate(shell.language);
      this.issues = issues;
      this.notice =
        issues.length === 0
          ? { kind: "success", lines: (l) => [t(l, "validateNone")] }
          : { kind: "warning", lines: (l) => [t(l, "validateFound", { count: issues.length })] };
    } catch (error) {
      this.notice = { kind: "error", lines: (l) => [t(l, "validateFailed", { message: errorText(error, l) })] };
    } finally {
      lock.release("validate");
      shell.refresh(this.issues && this.issues.length > 0 ? "issue-0" : "validate");
      announceNotice(shell, this.notice);
    }
  }

  private async select(address: string): Promise<void> {
    const { shell, lock } = this.ctx;
    // Not shown as busy: selecting is instant and the list must keep its focus.
    if (!lock.claim("select")) return;
    try {
      await (await this.ctx.actions).select(address, shell.language);
    } catch (error) {
      this.notice = { kind: "error", lines: (l) => [t(l, "selectFailed", { address, message: errorText(error, l) })] };
      shell.refresh();
    } finally {
      lock.release("select");
    }
  }
}
