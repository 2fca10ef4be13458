/**
 * The "Zelftest / Self-test" card of the Excel mode. Only the card (title, button, progress) is
 * in the start-up bundle: the runner, its scenarios and the report's view come with the lazily
 * loaded Excel chunk when the analyst presses the button. It takes the pane's one busy lock, so
 * the self-test never runs while an import or any other action talks to the workbook, nor the
 * other way round.
 *
 * `npm run test:excel` opens the pane with ?se-acceptance=1: the card then runs the self-test by
 * itself and sends the report to the server that script runs (same origin), so the same
 * scenarios prove a real Excel.
 */
import type { Language } from "../../core/language";
import { t } from "../i18n";
import type { SelfTestHost } from "../selftest";
import { button, messageBar } from "./controls";
import { h, uid, type Child } from "./dom";
import { errorText, type ExcelContext, type ExcelSection } from "./excel-common";
import type { SelfTestReportView } from "./selftest-report";

declare const __APP_VERSION__: string;

/** Browser tests put a fake workbook here (window.__seTestHooks.selfTestHost). */
function hookedHost(): SelfTestHost | undefined {
  return (window as unknown as { __seTestHooks?: { selfTestHost?: SelfTestHost } }).__seTestHooks?.selfTestHost;
}

/** Whether `npm run test:excel` opened the pane (its manifest adds ?se-acceptance=1). */
export function acceptanceRun(search: string): boolean {
  return new URLSearchParams(search).get("se-acceptance") === "1";
}

const TASK = "selftest";

export class SelfTestSection implements ExcelSection {
  private progress: { done: number; total: number } | null = null;
  private result: SelfTestReportView | null = null;
  private failure: string | null = null;

  constructor(private readonly ctx: ExcelContext) {
    if (acceptanceRun(location.search)) void this.run(true);
  }

  render(language: Language): Child {
    const { lock } = this.ctx;
    const running = lock.task === TASK;
    const titleId = uid("selftest-title");
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "aria-busy": String(running), "data-testid": "selftest-section" },
      h("h2", { id: titleId }, t(language, "selfTestTitle")),
      h("p", { class: "muted" }, t(language, "selfTestIntro")),
      h(
        "div",
        { class: "actions" },
        button(t(language, "selfTestButton"), { key: "selftest", testid: "selftest-button", disabled: lock.busy, onClick: () => void this.run(false) }),
      ),
      running ? h("p", { class: "muted", "data-testid": "selftest-progress" }, this.progress ? t(language, "selfTestRunning", this.progress) : t(language, "loading")) : null,
      this.failure ? messageBar("error", t(language, "selfTestFailed", { message: this.failure })) : null,
      this.result ? this.result.render(language) : null,
    );
  }

  private async run(acceptance: boolean): Promise<void> {
    const { shell, lock } = this.ctx;
    if (!lock.claim(TASK)) return;
    this.failure = null;
    this.result = null;
    this.progress = null;
    shell.refresh();
    try {
      const [selftest, view] = await Promise.all([import(/* webpackChunkName: "excel" */ "../selftest"), import(/* webpackChunkName: "excel" */ "./selftest-report")]);
      const host = hookedHost() ?? selftest.officeHost();
      const report = await selftest.runSelfTest(host, {
        addinVersion: __APP_VERSION__,
        onResult: (_r, done, total) => {
          this.progress = { done, total };
          shell.refresh();
        },
      });
      this.result = new view.SelfTestReportView(report, selftest.reportText, (text) => shell.announce(text));
      if (acceptance) await selftest.sendAcceptanceReport(report, selftest.reportText(report, "en"));
    } catch (error) {
      this.failure = errorText(error, shell.language);
    } finally {
      lock.release(TASK);
      const result = this.result;
      shell.refresh(result ? "selftest-copy" : "selftest");
      shell.announce((l) => (result ? result.summary(l) : t(l, "selfTestFailed", { message: this.failure ?? "" })));
    }
  }
}
