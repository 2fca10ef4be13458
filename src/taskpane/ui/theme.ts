/**
 * Which of the pane's three looks applies. Pure (no DOM, no Office), so the choice is unit-tested:
 * the operating system's forced colours (Windows high contrast, which Office follows) win; then
 * Office's own theme (Black and Dark Gray are dark); outside Office the browser's preference.
 */
export type ThemeName = "light" | "dark" | "contrast";

/** The part of Office.context.officeTheme the choice reads; every field may be missing. */
export interface OfficeThemeLike {
  isDarkTheme?: unknown;
  themeId?: unknown;
  bodyBackgroundColor?: unknown;
}

export interface ThemeInputs {
  officeTheme?: OfficeThemeLike | null;
  forcedColors: boolean;
  prefersDark: boolean;
}

/** Office.ThemeId values of the dark themes (the enum's string values). */
const DARK_THEME_IDS = new Set(["Black", "DarkGray"]);

/** Relative luminance of "#rrggbb" (WCAG 2.1), or null for anything else. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((x) => {
    const c = parseInt(x, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function chooseTheme({ officeTheme, forcedColors, prefersDark }: ThemeInputs): ThemeName {
  if (forcedColors) return "contrast";
  if (officeTheme) {
    if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
    if (typeof officeTheme.themeId === "string") return DARK_THEME_IDS.has(officeTheme.themeId) ? "dark" : "light";
    if (typeof officeTheme.bodyBackgroundColor === "string") {
      const l = luminance(officeTheme.bodyBackgroundColor);
      if (l !== null) return l < 0.2 ? "dark" : "light";
    }
  }
  return prefersDark ? "dark" : "light";
}
