/**
 * The preview's calculator: four inputs → potential, score and explanation from the core.
 * The inputs keep their text across language switches; the result is recomputed on each input.
 */
import { CRITERIA, CRITERION_LABELS, type Criterion } from "../../core/criteria";
import type { Language } from "../../core/language";
import type { PotentialRule, Text } from "../../core/dataset/schema";
import { t } from "../i18n";
import { h, replaceChildren, uid } from "./dom";
import { errorName } from "../../core/error-names";
import { functionName, type Call } from "../../core/formula-text";
import { exactRule } from "../../core/rule-text";
import { calculate, formulaFor, potentialCall, type CalculatorInputs } from "./calculator-logic";
import { button, messageBar, textField } from "./controls";
import { copyButton } from "./copy";
import { formatScore } from "./format";
import { potentialBadge } from "./widgets";

export interface CalculatorOptions {
  /** Excel's display language, for the formula's names and separators; default the pane's. */
  excelLanguage?: Language;
  /** In Excel: puts the live formula into the selected cell. */
  onInsert?: (call: Call) => void;
  announce?: (text: string) => void;
}

export function calculator(language: Language, inputs: CalculatorInputs, rule: PotentialRule | null, options: CalculatorOptions = {}): HTMLElement {
  const output = h("div", { class: "calc-result", role: "status", "aria-live": "polite", "aria-atomic": "true", "data-testid": "calc-result" });
  const formula = h("code", { class: "calc-formula", "data-testid": "calc-formula" });
  const excel = options.excelLanguage ?? language;
  const announce = options.announce ?? (() => {});
  const formulaLine = h(
    "div",
    { class: "calc-formula-line" },
    h("p", {}, h("span", { class: "muted" }, `${t(language, "calcFormula")}: `), formula),
    h(
      "div",
      { class: "actions" },
      copyButton(language, "calc-copy", () => formula.textContent ?? "", () => formula, announce),
      options.onInsert
        ? button(t(language, "insertFormula"), { key: "calc-insert", testid: "calc-insert", small: true, onClick: () => options.onInsert?.(potentialCall(inputs, language)) })
        : null,
    ),
  );
  const update = () => {
    const ok = showResult(output, language, inputs);
    // Only a complete case is worth copying into Excel.
    formulaLine.hidden = !ok;
    formula.textContent = ok ? formulaFor(inputs, language, excel) : "";
  };
  const fields = CRITERIA.map((criterion: Criterion) =>
    textField(capitalise(CRITERION_LABELS[language][criterion]), {
      key: `calc-${criterion}`,
      data: { criterion },
      value: inputs[criterion],
      hint: criterion === "investment" ? t(language, "calcInvestmentHint") : undefined,
      onInput: (value) => {
        inputs[criterion] = value;
        update();
      },
    }),
  );
  const clear = button(t(language, "calcClear"), {
    key: "calc-clear",
    onClick: () => {
      for (const k of CRITERIA) inputs[k] = "";
      section.querySelectorAll<HTMLInputElement>("[data-criterion]").forEach((i) => (i.value = ""));
      update();
      section.querySelector<HTMLElement>("[data-criterion]")?.focus();
    },
  });
  const titleId = uid("calc-title");
  const section = h(
    "section",
    { class: "card", "aria-labelledby": titleId, "data-testid": "calculator" },
    h("h2", { id: titleId }, t(language, "calcTitle")),
    h("p", { class: "muted" }, t(language, "calcIntro", { functions: (["POTENTIAL", "SCORE", "EXPLAIN"] as const).map((fn) => `=${functionName(fn, excel)}`).join(", ") })),
    h("div", { class: "calc-grid" }, ...fields),
    h("div", { class: "actions" }, clear),
    output,
    formulaLine,
    rule ? ruleDetails(language, rule) : null,
  );
  update();
  return section;
}

/** Shows the core's answer; true when it is a result (not empty, not an error). */
function showResult(output: HTMLElement, language: Language, inputs: CalculatorInputs): boolean {
  const result = calculate(inputs, language);
  output.dataset.kind = result.kind;
  if (result.kind === "empty") {
    replaceChildren(output, h("p", { class: "muted" }, t(language, "calcEmpty")));
  } else if (result.kind === "error") {
    replaceChildren(
      output,
      h("div", { "data-testid": "calc-error" }, messageBar("error", h("strong", {}, `${t(language, "calcProblem")} (${errorName(result.code, language)})`), result.message)),
    );
  } else {
    replaceChildren(
      output,
      h(
        "dl",
        { class: "result-list" },
        h("dt", {}, t(language, "calcPotential")),
        h("dd", { "data-testid": "calc-potential" }, potentialBadge(result.potential)),
        h("dt", {}, t(language, "calcScore")),
        h("dd", { "data-testid": "calc-score", "data-value": String(result.score) }, formatScore(result.score, language)),
        h("dt", {}, t(language, "calcExplanation")),
        h("dd", { "data-testid": "calc-explanation" }, result.explanation),
      ),
    );
  }
  return result.kind === "ok";
}

function ruleDetails(language: Language, rule: PotentialRule): HTMLElement {
  const text = (x: Text) => x[language];
  return h(
    "details",
    { class: "details", "data-content": "dataset" },
    h("summary", {}, t(language, "ruleTitle")),
    ...rule.levels.map((level) =>
      h(
        "div",
        { class: "rule-level" },
        h("p", {}, text(level.definition)),
        level.conditions.length > 0 ? h("ul", {}, ...level.conditions.map((c) => h("li", {}, text(c.text)))) : null,
      ),
    ),
    rule.remark ? h("p", { class: "muted" }, text(rule.remark)) : null,
    exactRuleView(language),
  );
}

/** The rule as the functions apply it, rendered from the core: conditions, thresholds, score. */
export function exactRuleView(language: Language): HTMLElement {
  const rule = exactRule(language);
  return h(
    "div",
    { class: "exact-rule", "data-testid": "exact-rule" },
    h("h3", {}, t(language, "exactRuleTitle")),
    h("ul", {}, ...rule.levels.map((l) => h("li", {}, h("strong", {}, l.label), `: ${l.condition}`))),
    h("p", {}, rule.remark),
    h("p", { class: "rule-caption" }, t(language, "exactRuleThresholds")),
    h(
      "dl",
      { class: "rule-criteria" },
      ...rule.criteria.flatMap((c) => [
        h("dt", { "data-criterion": c.criterion }, c.name, c.note ? h("span", { class: "hint" }, ` (${c.note})`) : null),
        h(
          "dd",
          { "data-criterion": c.criterion },
          h("span", { "data-stance": "favourable" }, `${t(language, "favourable")}: ${c.favourable}`),
          h("span", { "data-stance": "neutral" }, `${t(language, "neutral")}: ${c.neutral}`),
          h("span", { "data-stance": "unfavourable" }, `${t(language, "unfavourable")}: ${c.unfavourable}`),
        ),
      ]),
    ),
    h("p", { "data-testid": "score-formula" }, rule.score),
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
