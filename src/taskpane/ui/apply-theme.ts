/**
 * Puts the pane in one of its three looks: html[data-theme] selects the Fluent 2 design tokens
 * (taskpane.css, generated from @fluentui/tokens at build time) and the pane's own colours.
 */
import { chooseTheme, type OfficeThemeLike, type ThemeName } from "./theme";

function media(query: string): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(query).matches;
}

/** Sets html[data-theme] for the current look and returns it. */
export function applyTheme(officeTheme: OfficeThemeLike | null | undefined): ThemeName {
  const name = chooseTheme({ officeTheme, forcedColors: media("(forced-colors: active)"), prefersDark: media("(prefers-color-scheme: dark)") });
  document.documentElement.dataset.theme = name;
  return name;
}

/** Follows a change of Windows' contrast setting while the pane is open (Office's theme is read at start). */
export function followForcedColors(officeTheme: () => OfficeThemeLike | null | undefined): void {
  if (typeof window.matchMedia !== "function") return;
  window.matchMedia("(forced-colors: active)").addEventListener("change", () => applyTheme(officeTheme()));
}
