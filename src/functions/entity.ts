import type { OpportunityCard } from "../core/lookup";

/**
 * Entity cards need ExcelApi 1.16 (data types); older Excel would show #VALUE! for them, so the
 * requirement set chooses between a card and the plain title.
 */
export function entitiesSupported(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.16") === true;
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
