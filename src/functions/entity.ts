import type { OpportunityCard } from "../core/lookup";

/**
 * Entity cards need data types in the workbook (ExcelApi 1.16) and data types returned by custom
 * functions (CustomFunctionsRuntime 1.4): Office 2024/LTSC has the first without the second
 * (custom-functions requirement-set docs; office-js #5794) and would show #VALUE!. Only with
 * both does SE.OPPORTUNITY return a card; elsewhere the plain title.
 */
export function entitiesSupported(): boolean {
  try {
    const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    return requirements?.isSetSupported("ExcelApi", "1.16") === true && requirements.isSetSupported("CustomFunctionsRuntime", "1.4") === true;
  } catch {
    return false;
  }
}

/** An Excel.EntityCellValue, written with string literals so the bundle needs no Excel enums. */
export function toEntity(card: OpportunityCard): Excel.EntityCellValue {
  const properties: Record<string, Excel.EntityPropertyType> = {};
  for (const p of card.properties) properties[p.name] = { type: "String", basicValue: p.value } as Excel.StringCellValue;
  return {
    type: "Entity",
    text: card.title,
    properties,
    layouts: { card: { title: { property: card.properties[0].name } } },
    provider: { description: card.attribution },
  } as Excel.EntityCellValue;
}
