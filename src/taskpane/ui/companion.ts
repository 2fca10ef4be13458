/**
 * The companion parts of the pane in Excel: score a table of the analyst's own, the calculator
 * and the report browser, each able to put a live formula (or a value) into the selected cell.
 * A lazy chunk: loaded when the analyst opens it, never on the pane's start-up path. The browser
 * and the calculator are the preview's own (preview.ts, calculator.ts), not a second copy.
 */
import { CRITERIA, CRITERION_LABELS, type Criterion } from "../../core/criteria";
import { REPORT } from "../../core/dataset/report";
import type { Dataset } from "../../core/dataset/schema";
import { CellError } from "../../core/errors";
import { errorName } from "../../core/error-names";
import { displayFormula, invariantFormula, type Arg, type Call, type FunctionId } from "../../core/formula-text";
import type { Language } from "../../core/language";
import { FIGURE_FIELDS, OPPORTUNITY_FIELDS, THREAT_FIELDS, TREND_FIELDS, makeLookups } from "../../core/lookup";
import { problemMessage, type Mapping, type OwnTableAnalysis } from "../../core/own-table";
import { columnLetters } from "../../core/plan/address";
import type { CellContent, CompanionActions } from "../companion-actions";
import { t } from "../i18n-browse";
import { calculator } from "./calculator";
import { confirmDialog } from "./dialog";
import { h, uid, type Child } from "./dom";
import { createPreviewState, reportBrowser, type ItemKind } from "./preview";
import type { Shell } from "./shell";
import { message } from "./widgets";
import { BusyLock } from "./busy-lock";
import { button, checkbox, choice } from "./controls";

interface Notice {
  kind: "error" | "success" | "info" | "warning";
  lines: (language: Language) => string[];
}

const FUNCTION_OF: Record<ItemKind, FunctionId> = { trend: "TREND", opportunity: "OPPORTUNITY", threat: "THREAT", figure: "FIGURE" };
const FIELDS_OF: Record<ItemKind, { fields: readonly string[]; aliases: Record<string, string> }> = {
  trend: TREND_FIELDS,
  opportunity: OPPORTUNITY_FIELDS,
  threat: THREAT_FIELDS,
  figure: FIGURE_FIELDS,
};

/** A field's Dutch spelling, from the lookup's own aliases (the first one that names it). */
function fieldWord(kind: ItemKind, field: string, language: Language): string {
  if (language === "en") return field;
  const alias = Object.entries(FIELDS_OF[kind].aliases).find(([, f]) => f === field);
  return alias ? alias[0] : field;
}

function errorText(error: unknown, language: Language): string {
  return error instanceof Error && error.message ? error.message : t(language, "unknownError");
}

export class CompanionView {
  private readonly preview = createPreviewState();
  private readonly lookups: ReturnType<typeof makeLookups>;
  private readonly fields = new Map<string, string>();
  private explanation = false;
  private mapping: Mapping = {};
  private analysis: OwnTableAnalysis | null = null;
  private ownNotice: Notice | null = null;
  private insertNotice: Notice | null = null;
  /** Shared with the import, validation and sharing: one action on the workbook at a time. */
  private readonly lock: BusyLock;

  constructor(
    private readonly shell: Shell,
    private readonly actions: CompanionActions | undefined,
    /** Excel's display language: the formulas shown follow it; null outside a known Excel. */
    private readonly excelLanguage: Language | null,
    private readonly dataset: Dataset = REPORT,
    lock: BusyLock = new BusyLock(),
  ) {
    this.lookups = makeLookups(dataset);
    this.lock = lock;
  }

  render(language: Language): Child[] {
    const excel = this.excelLanguage ?? language;
    return [
      this.ownTableSection(language),
      h(
        "div",
        { "data-content": "dataset" },
        calculator(language, this.preview.inputs, this.dataset.potentialRule, {
          excelLanguage: excel,
          onInsert: this.actions ? (call) => void this.insert({ kind: "formula", formula: invariantFormula(call) }, call) : undefined,
          announce: (text) => this.shell.announce(text),
        }),
      ),
      this.insertNotice ? h("div", { "data-testid": "insert-notice" }, message(this.insertNotice.kind, ...this.insertNotice.lines(language))) : null,
      reportBrowser(language, this.preview, this.dataset, this.actions ? (kind, id, l) => this.insertControls(kind, id, l) : undefined),
    ];
  }

  // ---- score a table of my own ---------------------------------------------------------

  private ownTableSection(language: Language): HTMLElement {
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
      this.ownNotice ? message(this.ownNotice.kind, ...this.ownNotice.lines(language)) : null,
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
    this.ownNotice = null;
    this.shell.refresh(focusKey);
    try {
      this.analysis = await this.actions.analyseSelection({ language: this.shell.language, explanation: this.explanation, mapping: this.mapping });
      const a = this.analysis;
      this.shell.announce((l) => (a.problem ? problemMessage(a.problem, l) : a.plan ? t(l, "ownReady", { address: a.plan.address }) : ""));
    } catch (error) {
      this.analysis = null;
      this.ownNotice = { kind: "error", lines: (l) => [t(l, "ownFailed", { message: errorText(error, l) })] };
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
        this.ownNotice = { kind: "success", lines: (l) => [t(l, "ownDone", { address: done.address, rows: done.rows })] };
      } else {
        this.analysis = outcome.analysis;
        this.ownNotice = { kind: "warning", lines: (l) => [t(l, "ownChanged")] };
      }
    } catch (error) {
      this.ownNotice = { kind: "error", lines: (l) => [t(l, "ownFailed", { message: errorText(error, l) })] };
    } finally {
      this.lock.release("own");
      const notice = this.ownNotice;
      this.shell.refresh("own-analyse");
      if (notice) this.shell.announce((l) => notice.lines(l).join(" "));
    }
  }

  // ---- insert at the selected cell -----------------------------------------------------

  private insertControls(kind: ItemKind, id: string, language: Language): HTMLElement {
    const key = `${kind}-${id}`;
    const spec = FIELDS_OF[kind];
    const field = this.fields.get(key) ?? spec.fields[0];
    // Read when pressed: the field chosen may have changed since this row was drawn.
    const chosen = () => this.fields.get(key) ?? spec.fields[0];
    const call = (): Call => ({
      fn: FUNCTION_OF[kind],
      args: [/^\d+$/.test(id) ? Number(id) : id, fieldWord(kind, chosen(), language), ...(language === "nl" ? [] : [language])],
    });
    return h(
      "div",
      { class: "insert-row", "data-testid": "insert-row" },
      choice(t(language, "insertField"), {
        key: `field-${key}`,
        small: true,
        value: field,
        choices: spec.fields.map((f) => ({ value: f, label: fieldWord(kind, f, language) })),
        onChange: (v) => this.fields.set(key, v),
      }),
      button(t(language, "insertFormula"), {
        key: `ins-f-${key}`,
        testid: "insert-formula",
        small: true,
        onClick: () => {
          const c = call();
          void this.insert({ kind: "formula", formula: invariantFormula(c) }, c, `ins-f-${key}`);
        },
      }),
      button(t(language, "insertValue"), {
        key: `ins-v-${key}`,
        testid: "insert-value",
        small: true,
        onClick: () => void this.insertValue(kind, id, chosen(), `ins-v-${key}`),
      }),
    );
  }

  private async insertValue(kind: ItemKind, id: string, field: string, focusKey: string): Promise<void> {
    const language = this.shell.language;
    const lookup = { trend: this.lookups.lookupTrend, opportunity: this.lookups.lookupOpportunity, threat: this.lookups.lookupThreat, figure: this.lookups.lookupFigure }[kind];
    const value = lookup(id, field, language);
    if (value instanceof CellError) {
      this.insertNotice = { kind: "error", lines: (l) => [`${errorName(value.code, l)}: ${value.message}`] };
      this.shell.refresh(focusKey);
      return;
    }
    await this.insert(typeof value === "number" ? { kind: "number", value } : { kind: "text", text: value }, null, focusKey);
  }

  private async insert(content: CellContent, call: Call | null, focusKey = "calc-insert"): Promise<void> {
    if (!this.actions || !this.lock.claim("insert")) return;
    try {
      let outcome = await this.actions.insertAtSelection(content, false, this.shell.language);
      if (!outcome.ok) {
        const { address, current } = outcome;
        const yes = await confirmDialog({
          title: t(this.shell.language, "insertOccupiedTitle"),
          body: [h("p", {}, t(this.shell.language, "insertOccupied", { address })), h("p", {}, h("code", {}, current))],
          confirm: t(this.shell.language, "insertOverwrite"),
          cancel: t(this.shell.language, "cancel"),
        });
        if (!yes) {
          this.insertNotice = { kind: "info", lines: (l) => [t(l, "insertCancelled", { address })] };
          return;
        }
        outcome = await this.actions.insertAtSelection(content, true, this.shell.language);
      }
      if (outcome.ok) {
        const address = outcome.address;
        const shown = (l: Language) => (call ? displayFormula(call, this.excelLanguage ?? l) : content.kind === "text" ? content.text : String(content.kind === "number" ? content.value : ""));
        this.insertNotice = { kind: "success", lines: (l) => [t(l, call ? "insertedFormula" : "insertedValue", { address }), shown(l)] };
      }
    } catch (error) {
      this.insertNotice = { kind: "error", lines: (l) => [t(l, "insertFailed", { message: errorText(error, l) })] };
    } finally {
      this.lock.release("insert");
      const notice = this.insertNotice;
      this.shell.refresh(focusKey);
      if (notice) this.shell.announce((l) => notice.lines(l).join(" "));
    }
  }
}

