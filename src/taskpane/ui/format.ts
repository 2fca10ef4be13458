/**
 * Formatting of dataset values for the pane, per UI language. Pure (Intl only) so it is
 * unit-tested in Node.
 */
import type { KeyFigure } from "../../core/dataset/schema";
import type { Language } from "../../core/language";

/** Belgian Dutch and British English: decimal comma / point and the grouping analysts expect. */
export const LOCALES: Record<Language, string> = { nl: "nl-BE", en: "en-GB" };

/** The number of decimals the report printed, so 14,7% is not shown as 14,70% or 15%. */
function printedDecimals(printed: string | null): number {
  const m = printed?.match(/[.,](\d+)/);
  return m ? m[1].length : 0;
}

/**
 * A key figure's value as an analyst reads it: shares as percentages, counts with grouping,
 * followed by the unit (a share's unit is the % sign itself). Qualitative figures have no value.
 */
export function formatFigureValue(figure: Pick<KeyFigure, "kind" | "value" | "printed" | "unit">, language: Language): string | null {
  if (figure.value === null || figure.kind === "qualitative") return null;
  const decimals = printedDecimals(figure.printed);
  if (figure.kind === "share") {
    return new Intl.NumberFormat(LOCALES[language], {
      style: "percent",
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(figure.value);
  }
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: decimals }).format(figure.value);
  const unit = figure.unit?.[language];
  return unit && unit !== "%" ? `${number} ${unit}` : number;
}

/** A score 0–100 as the pane shows it: at most one decimal, in the language's notation. */
export function formatScore(score: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(score);
}
