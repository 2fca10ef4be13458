/**
 * The Fluent UI web components the pane uses, and nothing else: each import defines one custom
 * element (tree-shaken, no framework). Bundled into the pane's script, which the page runs only
 * after functions.js, so Fluent never delays the custom functions' association.
 */
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/dialog.js";
import "@fluentui/web-components/dialog-body.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/textarea.js";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { chooseTheme, type OfficeThemeLike, type ThemeName } from "./theme";

/**
 * In high contrast the system's colours (Canvas, CanvasText, LinkText …) replace the authored
 * ones, light or dark as Windows is set; Fluent's components carry their own forced-colours
 * styles. A fixed dark contrast palette would clash with a light Windows contrast theme.
 */
const TOKENS = { light: webLightTheme, dark: webDarkTheme, contrast: webLightTheme } as const;

function media(query: string): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(query).matches;
}

/** Sets Fluent's tokens and html[data-theme] (the pane's own CSS reads both) for the current look. */
export function applyTheme(officeTheme: OfficeThemeLike | null | undefined): ThemeName {
  const name = chooseTheme({ officeTheme, forcedColors: media("(forced-colors: active)"), prefersDark: media("(prefers-color-scheme: dark)") });
  setTheme(TOKENS[name]);
  document.documentElement.dataset.theme = name;
  return name;
}

/** Follows a change of Windows' contrast setting while the pane is open (Office's theme is read at start). */
export function followForcedColors(officeTheme: () => OfficeThemeLike | null | undefined): void {
  if (typeof window.matchMedia !== "function") return;
  window.matchMedia("(forced-colors: active)").addEventListener("change", () => applyTheme(officeTheme()));
}
