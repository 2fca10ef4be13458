/** The self-test, in the lazily loaded Excel chunk: never part of the pane's start-up bundle. */
export { officeHost, supportedSets, type SelfTestHost, type Diagnostics } from "./host";
export { runSelfTest, runScenario, reportText, type SelfTestReport, type ScenarioResult, type RunOptions } from "./runner";
export { SCENARIOS, HOSTILE_TEXTS, ScenarioFailure, type Scenario, type ScenarioContext } from "./scenarios";
export { TEST_SHEET_MARK } from "./scope";
export { sendAcceptanceReport, ACCEPTANCE_RESULTS_PATH } from "./acceptance";
