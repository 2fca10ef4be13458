/**
 * Optional Excel features by requirement set. The import needs only ExcelApi 1.1–1.2 (values,
 * formulas, tables, charts, column width); the rest is an extra that older Excel goes without.
 */
export interface Features {
  /** application.suspendApiCalculationUntilNextSync, conditionalFormats: ExcelApi 1.6. */
  calculationSuspend: boolean;
  conditionalFormats: boolean;
  /** worksheet.freezePanes: ExcelApi 1.7. */
  freezePanes: boolean;
  /** range.dataValidation: ExcelApi 1.8. */
  dataValidation: boolean;
  /** application.suspendScreenUpdatingUntilNextSync: ExcelApi 1.9. */
  screenUpdatingSuspend: boolean;
  /** worksheet.pageLayout (orientation, zoom, print titles, footers): ExcelApi 1.9. */
  pageLayout: boolean;
  /** workbook.settings, where the import records its tables' identity: ExcelApi 1.4. */
  settings: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): Features {
  const api = (v: string) => isSetSupported("ExcelApi", v);
  return {
    calculationSuspend: api("1.6"),
    conditionalFormats: api("1.6"),
    freezePanes: api("1.7"),
    dataValidation: api("1.8"),
    screenUpdatingSuspend: api("1.9"),
    pageLayout: api("1.9"),
    settings: api("1.4"),
  };
}

export function officeIsSetSupported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}
