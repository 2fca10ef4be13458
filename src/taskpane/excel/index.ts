/**
 * Office.js side of the pane, loaded lazily once Office reports Excel, so that neither the
 * writer nor zod is on the page's start-up path.
 */
import type { WorkbookActions } from "../workbook-actions";

export function createExcelActions(): WorkbookActions {
  throw new Error("The workbook writer is not built yet.");
}
