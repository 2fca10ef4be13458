/**
 * `npm run test:excel` serves the add-in itself and collects the report on the pane's own origin
 * (POST se-acceptance/results next to taskpane.html), so no second port, certificate or CORS is
 * involved. Sends pass/fail and Excel's facts only: never workbook content.
 */
import type { SelfTestReport } from "./runner";

export const ACCEPTANCE_RESULTS_PATH = "se-acceptance/results";

export async function sendAcceptanceReport(report: SelfTestReport, text: string): Promise<void> {
  const response = await fetch(new URL(ACCEPTANCE_RESULTS_PATH, location.href).href, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ report, text }),
  });
  if (!response.ok) throw new Error(`the results endpoint answered ${response.status}`);
}
