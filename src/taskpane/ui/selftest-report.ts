/**
 * The self-test's report in the pane: pass or fail per scenario (in words, not colour alone),
 * Excel's facts, temporary sheets left behind, and the report as text to copy for support.
 * Comes with the lazily loaded Excel chunk, next to the runner.
 */
import type { Language } from "../../core/language";
import { t } from "../i18n-selftest";
import type { SelfTestReport } from "../selftest";
import { button, messageBar, readOnlyText } from "./controls";
import { h, uid } from "./dom";

export class SelfTestReportView {
  private readonly text: Record<Language, string>;

  constructor(
    private readonly report: SelfTestReport,
    reportText: (report: SelfTestReport, language: Language) => string,
    private readonly announce: (text: (language: Language) => string) => void,
  ) {
    this.text = { nl: reportText(report, "nl"), en: reportText(report, "en") };
  }

  summary(language: Language): string {
    return t(language, "selfTestDone", { passed: this.report.passed, total: this.report.results.length });
  }

  render(language: Language): HTMLElement {
    const report = this.report;
    const textId = uid("selftest-text");
    return h(
      "div",
      { "data-testid": "selftest-result" },
      messageBar(report.failed === 0 ? "success" : "warning", this.summary(language)),
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
      ...report.results.filter((r) => r.leftBehind.length > 0).map((r) => messageBar("warning", t(language, "selfTestLeftBehind", { sheets: r.leftBehind.join(", ") }))),
      readOnlyText(t(language, "selfTestReport"), this.text[language], { id: textId, key: "selftest-text", testid: "selftest-text", rows: 8 }),
      h("div", { class: "actions" }, button(t(language, "copyButton"), { key: "selftest-copy", onClick: () => void this.copy(textId, language) })),
    );
  }

  private async copy(textId: string, language: Language): Promise<void> {
    const area = document.getElementById(textId) as HTMLTextAreaElement | null;
    if (!area) return;
    try {
      await navigator.clipboard.writeText(this.text[language]);
      this.announce((l) => t(l, "copied"));
    } catch {
      // Clipboard access is often refused in Office webviews: leave the text selected instead.
      area.focus();
      area.select();
      this.announce((l) => t(l, "copyFailed"));
    }
  }
}
