/**
 * The companion parts of the pane in Excel: score a table of the analyst's own
 * (companion-own-table.ts), the calculator and the report browser, each able to put a live formula
 * (or a value) into the selected cell (companion-insert.ts). A lazy chunk: loaded when the analyst
 * opens it, never on the pane's start-up path. The browser and the calculator are the preview's
 * own (preview.ts, calculator.ts), not a second copy.
 */
import { REPORT } from "../../core/dataset/report";
import type { Dataset } from "../../core/dataset/schema";
import { invariantFormula } from "../../core/formula-text";
import type { Language } from "../../core/language";
import type { CompanionActions } from "../companion-actions";
import { BusyLock } from "./busy-lock";
import { calculator } from "./calculator";
import { CellInserter } from "./companion-insert";
import { OwnTableSection } from "./companion-own-table";
import { h, type Child } from "./dom";
import { createPreviewState, reportBrowser } from "./preview";
import type { Shell } from "./shell";

export class CompanionView {
  private readonly preview = createPreviewState();
  private readonly own: OwnTableSection;
  /** Null without the workbook's actions: nothing to insert into. */
  private readonly inserter: CellInserter | null;

  constructor(
    private readonly shell: Shell,
    actions: CompanionActions | undefined,
    /** Excel's display language: the formulas shown follow it; null outside a known Excel. */
    private readonly excelLanguage: Language | null,
    private readonly dataset: Dataset = REPORT,
    /** Shared with the import, validation and sharing: one action on the workbook at a time. */
    lock: BusyLock = new BusyLock(),
  ) {
    this.own = new OwnTableSection(shell, actions, excelLanguage, lock);
    this.inserter = actions ? new CellInserter(shell, actions, excelLanguage, dataset, lock) : null;
  }

  render(language: Language): Child[] {
    const excel = this.excelLanguage ?? language;
    const inserter = this.inserter;
    return [
      this.own.render(language),
      h(
        "div",
        { "data-content": "dataset" },
        calculator(language, this.preview.inputs, this.dataset.potentialRule, {
          excelLanguage: excel,
          onInsert: inserter ? (call) => void inserter.insert({ kind: "formula", formula: invariantFormula(call) }, call) : undefined,
          announce: (text) => this.shell.announce(text),
        }),
      ),
      inserter?.noticeView(language) ?? null,
      reportBrowser(language, this.preview, this.dataset, inserter ? (kind, id, l) => inserter.controls(kind, id, l) : undefined),
    ];
  }
}
