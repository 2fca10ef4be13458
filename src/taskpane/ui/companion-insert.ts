/**
 * Put a report item or a calculated formula into the cell selected in Excel: as a live formula
 * (SE.TREND and its siblings, SE.POTENTIAL) or as its value. Asks before overwriting a cell that
 * is not empty: Excel cannot undo an add-in's write.
 */
import type { Dataset } from "../../core/dataset/schema";
import { CellError } from "../../core/errors";
import { errorName } from "../../core/error-names";
import { displayFormula, invariantFormula, type Call, type FunctionId } from "../../core/formula-text";
import type { Language } from "../../core/language";
import { FIGURE_FIELDS, OPPORTUNITY_FIELDS, THREAT_FIELDS, TREND_FIELDS, makeLookups } from "../../core/lookup";
import type { CellContent, CompanionActions } from "../companion-actions";
import { t } from "../i18n-browse";
import type { BusyLock } from "./busy-lock";
import { errorText, type Notice } from "./companion-notice";
import { button, choice } from "./controls";
import { confirmDialog } from "./dialog";
import { h } from "./dom";
import type { ItemKind } from "./preview";
import type { Shell } from "./shell";
import { message } from "./widgets";

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

export class CellInserter {
  private readonly lookups: ReturnType<typeof makeLookups>;
  /** The field chosen on each report row, by kind and id. */
  private readonly fields = new Map<string, string>();
  private notice: Notice | null = null;

  constructor(
    private readonly shell: Shell,
    private readonly actions: CompanionActions,
    /** Excel's display language: the formulas shown follow it; null outside a known Excel. */
    private readonly excelLanguage: Language | null,
    dataset: Dataset,
    /** Shared with the import, validation and sharing: one action on the workbook at a time. */
    private readonly lock: BusyLock,
  ) {
    this.lookups = makeLookups(dataset);
  }

  /** What the last insert did, if anything. */
  noticeView(language: Language): HTMLElement | null {
    return this.notice ? h("div", { "data-testid": "insert-notice" }, message(this.notice.kind, ...this.notice.lines(language))) : null;
  }

  /** A report row's field choice and its two insert buttons. */
  controls(kind: ItemKind, id: string, language: Language): HTMLElement {
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
      this.notice = { kind: "error", lines: (l) => [`${errorName(value.code, l)}: ${value.message}`] };
      this.shell.refresh(focusKey);
      return;
    }
    await this.insert(typeof value === "number" ? { kind: "number", value } : { kind: "text", text: value }, null, focusKey);
  }

  async insert(content: CellContent, call: Call | null, focusKey = "calc-insert"): Promise<void> {
    if (!this.lock.claim("insert")) return;
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
          this.notice = { kind: "info", lines: (l) => [t(l, "insertCancelled", { address })] };
          return;
        }
        outcome = await this.actions.insertAtSelection(content, true, this.shell.language);
      }
      if (outcome.ok) {
        const address = outcome.address;
        const shown = (l: Language) => (call ? displayFormula(call, this.excelLanguage ?? l) : content.kind === "text" ? content.text : String(content.kind === "number" ? content.value : ""));
        this.notice = { kind: "success", lines: (l) => [t(l, call ? "insertedFormula" : "insertedValue", { address }), shown(l)] };
      }
    } catch (error) {
      this.notice = { kind: "error", lines: (l) => [t(l, "insertFailed", { message: errorText(error, l) })] };
    } finally {
      this.lock.release("insert");
      const notice = this.notice;
      this.shell.refresh(focusKey);
      if (notice) this.shell.announce((l) => notice.lines(l).join(" "));
    }
  }
}
