/**
 * The pane in Excel: its parts in order — import the report, validate ratings, share as JSON,
 * the companion (own table, calculator, report browser), the self-test and About. Each part is an ExcelSection;
 * they share one context and one busy lock, so only one of them talks to the workbook at a time.
 * They reach the workbook only through WorkbookActions, so tests drive them with a fake and the
 * Office.js side (loaded lazily) never touches the DOM. To add a part, add it to `sections`.
 */
import type { Language } from "../../core/language";
import { MAX_JSON_BYTES } from "../../core/share/size";
import { t } from "../i18n";
import type { WorkbookActions } from "../workbook-actions";
import { aboutSection } from "./about";
import { BusyLock } from "./busy-lock";
import { messageBar } from "./controls";
import type { Child } from "./dom";
import { CompanionHook } from "./excel-companion";
import { errorText, type ExcelContext, type ExcelSection } from "./excel-common";
import { ImportSection, PARTS } from "./excel-import";
import { ShareSection } from "./excel-share";
import { SelfTestSection } from "./selftest-section";
import { ValidateSection } from "./excel-validate";
import type { Shell, View } from "./shell";

export { PARTS };
export { summaryView } from "./excel-common";
/** The import's limit, so a huge file is refused before it is read into memory. */
export { MAX_JSON_BYTES };

export class ExcelView implements View {
  private loadError: string | null = null;
  readonly lock = new BusyLock();
  private readonly sections: readonly ExcelSection[];

  constructor(
    shell: Shell,
    actions: Promise<WorkbookActions>,
    /** Excel's display language, which the formulas shown follow; null when Office does not say. */
    excelLanguage: Language | null = null,
    addinVersion = "",
  ) {
    let importSection: ImportSection | null = null;
    const ctx: ExcelContext = {
      shell,
      actions,
      lock: this.lock,
      loadError: () => this.loadError,
      importOptions: () => (importSection as ImportSection).options(),
    };
    importSection = new ImportSection(ctx);
    this.sections = [
      importSection,
      new ValidateSection(ctx),
      new ShareSection(ctx),
      new CompanionHook(ctx, excelLanguage),
      new SelfTestSection(shell),
      { render: (l) => aboutSection(l, addinVersion) },
    ];
    actions.catch((error: unknown) => {
      this.loadError = errorText(error, shell.language);
      shell.refresh();
    });
  }

  render(language: Language): Child[] {
    return [
      this.loadError ? messageBar("error", t(language, "actionsUnavailable", { message: this.loadError })) : null,
      ...this.sections.flatMap((s) => s.render(language)),
    ];
  }
}
