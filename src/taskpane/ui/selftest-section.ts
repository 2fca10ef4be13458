/**
 * The "Zelftest / Self-test" card of the Excel mode. Only this small UI is in the start-up
 * bundle: the runner and its scenarios come with the lazily loaded Excel chunk when the analyst
 * presses the button. The report is plain text to copy for support.
 *
 * `npm run test:excel` opens the pane with ?se-acceptance=1: the card then runs the self-test by
 * itself and sends the report to the server that script runs (same origin), so the same
 * scenarios prove a real Excel.
 */
import type { Language } from "../i18n";
import { t } from "../i18n";
import type { SelfTestHost, SelfTestReport } from "../selftest";
import { h, uid } from "./dom";
import { message } from "./widgets";
import type { Shell } from "./shell";

declare const __APP_VERSION__: string;

/** Browser tests put a fake workbook here (window.__seTestHooks.selfTestHost). */
function hookedHost(): SelfTestHost | undefined {
  return (window as unknown as { __seTestHooks?: { selfTestHost?: SelfTestHost } }).__seTestHooks?.selfTestHost;
}

/** Whether `npm run test:excel` opened the pane (its manifest adds ?se-acceptance=1). */
export function acceptanceRun(search: string): boolean {
  return new URLSearchParams(search).get("se-acceptance") === "1";
}

export class SelfTestSection {
  private running = false;
  private progress: { done: number; total: number } | null = null;
  private report: SelfTestReport | null = null;
  private text: Record<Language, string> | null = null;
  private failure: string | null = null;

  constructor(private readonly shell: Shell) {
    if (acceptanceRun(location.search)) void this.run(true);
  }

  render(language: Language): HTMLElement {
    const titleId = uid("selftest-title");
    const textId = uid("selftest-text");
    const report = this.report;
    return h(
      "section",
      { class: "card", "aria-labelledby": titleId, "aria-busy": String(this.running), "data-testid": "selftest-section" },
      h("h2", { id: titleId }, t(language, "selfTestTitle")),
      h("p", { class: "muted" }, t(language, "selfTestIntro")),
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { type: "button", class: "button", "data-key": "selftest", "data-testid": "selftest-button", disabled: this.running, onclick: () => void this.run(false) },
          t(language, "selfTestButton"),
        ),
      ),
      this.running && this.progress ? h("p", { class: "muted", "data-testid": "selftest-progress" }, t(language, "selfTestRunning", this.progress)) : null,
      this.failure ? message("error", t(language, "selfTestFailed", { message: this.failure })) : null,
      report
        ? h(
            "div",
            { "data-testid": "selftest-result" },
            message(report.failed === 0 ? "success" : "warning", t(language, "selfTestDone", { passed: report.passed, total: report.results.length })),
            h(
              "p",
              { "data-testid": "selftest-environment" },
              t(language, "selfTestEnvironment", { platform: report.diagnostics.platform, version: report.diagnostics.version, language: report.diagnostics.displayLanguage }),
            ),
            h(
              "ul",
              { class: "details-list", "data-testid": "selftest-list" },
              ...report.results.map((r) =>
                h(
                  "li",
                  { "data-testid": `selftest-scenario-${r.id}`, "data-ok": String(r.ok) },
                  `${r.ok ? "✓" : "✗"} ${t(language, r.ok ? "selfTestPassed" : "selfTestFailedItem")}: ${r.title[language]}`,
                  r.message ? h("br") : null,
                  r.message ? h("span", { class: "muted" }, r.message) : null,
                ),
              ),
            ),
            ...report.results
              .filter((r) => r.leftBehind.length > 0)
              .map((r) => message("warning", t(language, "selfTestLeftBehind", { sheets: r.leftBehind.join(", ") }))),
            h("label", { for: textId }, t(language, "selfTestReport")),
            h("textarea", { id: textId, class: "textarea", readonly: true, rows: 8, value: this.text?.[language] ?? "", "data-testid": "selftest-text", spellcheck: "false" }),
            h("div", { class: "actions" }, h("button", { type: "button", class: "button", "data-key": "selftest-copy", onclick: () => void this.copy(textId, language) }, t(language, "copyButton"))),
          )
        : null,
    );
  }

  private async run(acceptance: boolean): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.failure = null;
    this.report = null;
    this.progress = null;
    this.shell.refresh();
    try {
      const selftest = await import(/* webpackChunkName: "excel" */ "../selftest");
      const host = hookedHost() ?? selftest.officeHost();
      const report = await selftest.runSelfTest(host, {
        addinVersion: __APP_VERSION__,
        onResult: (_r, done, total) => {
          this.progress = { done, total };
          this.shell.refresh();
        },
      });
      this.report = report;
      this.text = { nl: selftest.reportText(report, "nl"), en: selftest.reportText(report, "en") };
      if (acceptance) await selftest.sendAcceptanceReport(report, this.text.en);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    } finally {
      this.running = false;
      this.shell.refresh(this.report ? "selftest-copy" : "selftest");
      const report = this.report;
      this.shell.announce((l) => (report ? t(l, "selfTestDone", { passed: report.passed, total: report.results.length }) : t(l, "selfTestFailed", { message: this.failure ?? "" })));
    }
  }

  private async copy(textId: string, language: Language): Promise<void> {
    const area = document.getElementById(textId) as HTMLTextAreaElement | null;
    if (!area || !this.text) return;
    try {
      await navigator.clipboard.writeText(this.text[language]);
      this.shell.announce((l) => t(l, "copied"));
    } catch {
      // Clipboard access is often refused in Office webviews: leave the text selected instead.
      area.focus();
      area.select();
      this.shell.announce((l) => t(l, "copyFailed"));
    }
  }
}
