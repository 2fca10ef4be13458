/**
 * Runs scenarios one by one, each in its own scope, and removes what each created — also when
 * it failed. Only sheets that did not exist before the scenario and carry its scope's prefix are
 * deleted, so nothing the analyst owns is ever touched.
 */
import type { Language } from "../../core/language";
import { t } from "../i18n-selftest";
import { supportedSets, type Diagnostics, type SelfTestHost } from "./host";
import { makeScope, randomTag, type Scope } from "./scope";
import { SCENARIOS, type Scenario } from "./scenarios";

export interface ScenarioResult {
  id: string;
  title: Record<Language, string>;
  ok: boolean;
  /** Why it failed; also set when the scenario passed but its sheets could not be removed. */
  message?: string;
  /** Temporary sheets left behind (cleanup failed): the analyst may delete them by hand. */
  leftBehind: string[];
}

export interface SelfTestReport {
  addinVersion: string;
  diagnostics: Diagnostics;
  requirementSets: { name: string; highest: string | null }[];
  results: ScenarioResult[];
  passed: number;
  failed: number;
}

export interface RunOptions {
  scenarios?: readonly Scenario[];
  addinVersion?: string;
  /** Tags for the scopes (tests pass fixed ones); default random. */
  tag?: () => string;
  today?: string;
  onResult?: (result: ScenarioResult, done: number, total: number) => void;
}

async function sheetNames(host: SelfTestHost): Promise<string[]> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** Deletes the scopes' new sheets in one request; returns those that could not be deleted. */
async function cleanUp(host: SelfTestHost, before: ReadonlySet<string>, scopes: readonly Scope[]): Promise<string[]> {
  let ours: string[] = [];
  try {
    ours = (await sheetNames(host)).filter((name) => !before.has(name) && scopes.some((s) => name.startsWith(s.sheetPrefix)));
    if (ours.length === 0) return [];
    await host.run(async (context) => {
      for (const name of ours) context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
    return [];
  } catch {
    return ours.length > 0 ? ours : ["?"];
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export async function runScenario(host: SelfTestHost, scenario: Scenario, options: RunOptions = {}): Promise<ScenarioResult> {
  const tag = options.tag ?? randomTag;
  const scopes = [makeScope(tag())];
  let message: string | undefined;
  let before: Set<string>;
  try {
    before = new Set(await sheetNames(host));
  } catch (error) {
    return { id: scenario.id, title: scenario.title, ok: false, message: describe(error), leftBehind: [] };
  }
  try {
    await scenario.run({
      host,
      scope: scopes[0],
      another: () => {
        const scope = makeScope(tag());
        scopes.push(scope);
        return scope;
      },
      today: options.today ?? new Date().toISOString().slice(0, 10),
    });
  } catch (error) {
    message = describe(error);
  }
  const leftBehind = await cleanUp(host, before, scopes);
  const cleanupProblem = leftBehind.length > 0 ? `temporary sheets not removed: ${leftBehind.join(", ")}` : undefined;
  const ok = message === undefined && cleanupProblem === undefined;
  return { id: scenario.id, title: scenario.title, ok, message: [message, cleanupProblem].filter(Boolean).join(" — ") || undefined, leftBehind };
}

export async function runSelfTest(host: SelfTestHost, options: RunOptions = {}): Promise<SelfTestReport> {
  const scenarios = options.scenarios ?? SCENARIOS;
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const result = await runScenario(host, scenario, options);
    results.push(result);
    options.onResult?.(result, results.length, scenarios.length);
  }
  const passed = results.filter((r) => r.ok).length;
  return {
    addinVersion: options.addinVersion ?? "?",
    diagnostics: host.diagnostics,
    requirementSets: supportedSets(host.isSetSupported),
    results,
    passed,
    failed: results.length - passed,
  };
}

/** The report as plain text, for the analyst to copy to support. */
export function reportText(report: SelfTestReport, language: Language): string {
  const d = report.diagnostics;
  const sets = report.requirementSets.map((s) => `${s.name} ${s.highest ?? t(language, "selfTestNotSupported")}`).join(", ");
  // The pane's sentence about Excel, as a line of the report: without its full stop.
  const excel = t(language, "selfTestEnvironment", { platform: d.platform, version: d.version, language: d.displayLanguage }).replace(/\.$/, "");
  return [
    t(language, "selfTestReportTitle", { passed: report.passed, total: report.results.length }),
    t(language, "selfTestReportAddin", { version: report.addinVersion }),
    excel,
    t(language, "selfTestReportSets", { sets }),
    ...report.results.map((r) => `${r.ok ? "PASS" : "FAIL"} ${r.id} — ${r.title[language]}${r.message ? `: ${r.message}` : ""}`),
  ].join("\n");
}
