/**
 * The hook for the companion parts in Excel (score an own table, the calculator, the report
 * browser): a small card until the analyst opens them, then their own lazily loaded chunk.
 */
import type { Language } from "../../core/language";
import { t } from "../i18n";
import type { CompanionView } from "./companion";
import { button, messageBar } from "./controls";
import { h, uid, type Child } from "./dom";
import { errorText, type ExcelContext, type ExcelSection } from "./excel-common";

export class CompanionHook implements ExcelSection {
  private state: CompanionView | "loading" | { error: string } | null = null;

  constructor(
    private readonly ctx: ExcelContext,
    /** Excel's display language, which the formulas shown follow; null when Office does not say. */
    private readonly excelLanguage: Language | null,
  ) {}

  private get view(): CompanionView | null {
    const c = this.state;
    return c !== null && c !== "loading" && !("error" in c) ? c : null;
  }

  render(language: Language): Child[] {
    const view = this.view;
    if (view) return view.render(language);
    const c = this.state;
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
          button(t(language, c === "loading" ? "companionLoading" : "companionOpen"), {
            key: "companion-open",
            testid: "companion-open",
            disabled: c === "loading",
            onClick: () => void this.open(),
          }),
        ),
        c !== null && c !== "loading" && "error" in c ? messageBar("error", t(language, "companionFailed", { message: c.error })) : null,
      ),
    ];
  }

  private async open(): Promise<void> {
    const { shell } = this.ctx;
    if (this.view) return;
    this.state = "loading";
    shell.refresh("companion-open");
    try {
      const [module, actions] = await Promise.all([import(/* webpackChunkName: "companion" */ "./companion"), this.ctx.actions.catch(() => null)]);
      this.state = new module.CompanionView(shell, actions?.companion, this.excelLanguage, undefined, this.ctx.lock);
      shell.refresh("own-analyse");
    } catch (error) {
      this.state = { error: errorText(error, shell.language) };
      shell.refresh("companion-open");
    }
  }
}
