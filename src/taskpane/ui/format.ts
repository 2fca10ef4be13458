/**
 * Formatting of dataset values for the pane, per UI language. Pure (Intl only) so it is
 * unit-tested in Node.
 */
import type { KeyFigure } from "../../core/dataset/schema";
import type { Language } from "../../core/language";

/** Belgian Dutch and British English: decimal comma / point and the grouping analysts expect. */
export const LOCALES: Record<Language, string> = { nl: "nl-BE", en: "en-GB" };

/**
 * Formatters by locale and options. Building an Intl.NumberFormat costs far more than using
 * one (about a millisecond each in a pane's webview), and the report's figures share a few
 * shapes: without the cache the preview's first paint spent ~20 ms building them.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], options);
    formatters.set(key, format);
  }
  return format;
}

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
    return numberFormat(language, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(figure.value);
  }
  const number = numberFormat(language, { maximumFractionDigits: decimals }).format(figure.value);
  const unit = figure.unit?.[language];
  return unit && unit !== "%" ? `${number} ${unit}` : number;
}

/** A score 0–100 as the pane shows it: at most one decimal, in the language's notation. */
export function formatScore(score: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 1 }).format(score);
}
