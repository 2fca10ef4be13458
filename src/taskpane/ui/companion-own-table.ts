/**
 * Score a table of the analyst's own: the companion part that reads the selection, lets the
 * analyst map its columns to the four criteria, and writes Potential and Score columns beside it.
 */
import { CRITERIA, CRITERION_LABELS, type Criterion } from "../../core/criteria";
import { displayFormula, type Arg } from "../../core/formula-text";
import type { Language } from "../../core/language";
import { problemMessage, type Mapping, type OwnTableAnalysis } from "../../core/own-table";
import { columnLetters } from "../../core/plan/address";
import type { CompanionActions } from "../companion-actions";
import { t } from "../i18n-browse";
import type { BusyLock } from "./busy-lock";
import { errorText, type Notice } from "./companion-notice";
import { button, checkbox, choice } from "./controls";
import { h, uid } from "./dom";
import type { Shell } from "./shell";
import { message } from "./widgets";

export class OwnTableSection {
  private explanation = false;
  private mapping: Mapping = {};
  private analysis: OwnTableAnalysis | null = null;
  private notice: Notice | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly actions: CompanionActions | undefined,
    /** Excel's display language: the example formula follows it; null outside a known Excel. */
    private readonly excelLanguage: Language | null,
    /** Shared with the import, validation and sharing: one action on the workbook at a time. */
    private readonly lock: BusyLock,
  ) {}

  render(language: Language): HTMLElement {
    const titleId = uid("own-title");
    const a = this.analysis;
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "aria-busy": String(this.lock.task === "own"), "data-testid": "own-table" },
      h("h2", { id: titleId }, t(language, "ownTitle")),
      h("p", { class: "muted" }, t(language, "ownIntro")),
      checkbox(t(language, "ownExplanation"), {
        key: "own-explanation",
        checked: this.explanation,
        disabled: this.lock.busy,
        onChange: (on) => {
          this.explanation = on;
          if (this.analysis) void this.analyse("own-explanation");
        },
      }),
      h(
        "div",
        { class: "actions" },
        button(t(language, "ownAnalyse"), { key: "own-analyse", testid: "own-analyse", disabled: this.lock.busy || !this.actions, onClick: () => void this.analyse("own-analyse") }),
      ),
      a && a.headers.length > 0 ? this.mappingView(language, a) : null,
      a?.problem ? message(a.problem.code === "missing" ? "warning" : "error", problemMessage(a.problem, language)) : null,
      a?.plan
        ? h(
            "div",
            { class: "own-plan", "data-testid": "own-plan" },
            h(
              "p",
              {},
              t(language, a.plan.mode === "table" ? "ownPlanTable" : "ownPlanRange", {
                address: a.plan.address,
                columns: a.plan.columns.map((c) => c.header).join(", "),
                rows: a.plan.rows,
              }),
            ),
            h("p", { class: "muted small" }, t(language, "ownFormulaExample"), " ", h("code", { "data-testid": "own-example" }, this.exampleFormula(a, language))),
            h(
              "div",
              { class: "actions" },
              button(t(language, "ownWrite"), { key: "own-write", testid: "own-write", primary: true, disabled: this.lock.busy, onClick: () => void this.write() }),
            ),
          )
        : null,
      this.notice ? message(this.notice.kind, ...this.notice.lines(language)) : null,
    );
  }

  /** The first data row's Potential formula, shown as the analyst's Excel would show it. */
  private exampleFormula(a: OwnTableAnalysis, language: Language): string {
    const first = a.plan?.columns[0].formulas[0];
    if (!first) return "";
    // The plan holds the invariant text; its arguments are references and at most a language code.
    const m = /^=SE\.POTENTIAL\((.*)\)$/.exec(first);
    if (!m) return first;
    const args: Arg[] = m[1].split(",").map((x) => (x.startsWith('"') ? x.slice(1, -1) : { ref: x }));
    return displayFormula({ fn: "POTENTIAL", args }, this.excelLanguage ?? language);
  }

  private mappingView(language: Language, a: OwnTableAnalysis): HTMLElement {
    return h(
      "fieldset",
      { class: "fieldset", disabled: this.lock.busy, "data-testid": "own-mapping" },
      h("legend", {}, t(language, "ownMapping")),
      ...CRITERIA.map((criterion: Criterion) => {
        const chosen = a.mapping[criterion];
        return choice(CRITERION_LABELS[language][criterion], {
          key: `map-${criterion}`,
          data: { criterion },
          value: chosen === undefined ? "" : String(chosen),
          disabled: this.lock.busy,
          choices: [
            { value: "", label: t(language, "ownChoose") },
            ...a.headers.map((header, i) => ({ value: String(i), label: `${columnLetters(a.left + i)}: ${header || t(language, "ownNoHeader")}` })),
          ],
          onChange: (v) => {
            if (v === "") delete this.mapping[criterion];
            else this.mapping[criterion] = Number(v);
            void this.analyse(`map-${criterion}`);
          },
        });
      }),
    );
  }

  private async analyse(focusKey: string): Promise<void> {
    if (!this.actions || !this.lock.claim("own")) return;
    this.notice = null;
    this.shell.refresh(focusKey);
    try {
      this.analysis = await this.actions.analyseSelection({ language: this.shell.language, explanation: this.explanation, mapping: this.mapping });
      const a = this.analysis;
      this.shell.announce((l) => (a.problem ? problemMessage(a.problem, l) : a.plan ? t(l, "ownReady", { address: a.plan.address }) : ""));
    } catch (error) {
      this.analysis = null;
      this.notice = { kind: "error", lines: (l) => [t(l, "ownFailed", { message: errorText(error, l) })] };
    } finally {
      this.lock.release("own");
      this.shell.refresh(focusKey);
    }
  }

  private async write(): Promise<void> {
    const plan = this.analysis?.plan;
    if (!this.actions || !plan || !this.lock.claim("own")) return;
    this.shell.refresh("own-write");
    try {
      const outcome = await this.actions.scoreSelection({ language: this.shell.language, explanation: this.explanation, mapping: this.mapping }, plan.address);
      if (outcome.ok) {
        const done = outcome.plan;
        this.analysis = null;
        this.notice = { kind: "success", lines: (l) => [t(l, "ownDone", { address: done.address, rows: done.rows })] };
      } else {
        this.analysis = outcome.analysis;
        this.notice = { kind: "warning", lines: (l) => [t(l, "ownChanged")] };
      }
    } catch (error) {
      this.notice = { kind: "error", lines: (l) => [t(l, "ownFailed", { message: errorText(error, l) })] };
    } finally {
      this.lock.release("own");
      const notice = this.notice;
      this.shell.refresh("own-analyse");
      if (notice) this.shell.announce((l) => notice.lines(l).join(" "));
    }
  }
}
