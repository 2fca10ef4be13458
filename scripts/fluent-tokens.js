// @ts-check
/**
 * Fluent 2's design tokens as CSS custom properties, written into the pane's stylesheet at build
 * time: the values of @fluentui/tokens' web light theme on :root, and the dark theme's where they
 * differ on :root[data-theme="dark"] (the pane sets data-theme, ui/apply-theme.ts). Only the
 * tokens the stylesheet uses: a page needs a few dozen of the theme's ~460. In the stylesheet,
 * not set by script: the pane has its colours from the first paint, and no script has to run
 * first (setting them from Fluent's theme objects at start-up cost the pane several ms).
 */
const { webDarkTheme, webLightTheme } = require("@fluentui/tokens");

/** The token families of Fluent's themes: a name of theirs that the theme lacks is a typo. */
const TOKEN_NAME = /^(color|borderRadius|fontFamily|fontSize|fontWeight|lineHeight|shadow|spacing|stroke|duration|curve)[A-Z0-9]/;

/**
 * The token block for a stylesheet's `var(--name…)` uses.
 * @param {string} css
 * @param {{ light: Record<string, string | number>, dark: Record<string, string | number> }} [themes]
 * @returns {string}
 */
function tokenCss(css, themes = { light: webLightTheme, dark: webDarkTheme }) {
  const used = [...new Set([...css.matchAll(/var\(\s*--([A-Za-z0-9]+)/g)].map((m) => m[1]))].filter((name) => TOKEN_NAME.test(name)).sort();
  const unknown = used.filter((name) => !(name in themes.light));
  if (unknown.length) throw new Error(`not a Fluent token: ${unknown.map((n) => `--${n}`).join(", ")}`);
  const block = (/** @type {string} */ selector, /** @type {string[]} */ names, /** @type {Record<string, string | number>} */ theme) =>
    names.length ? `${selector} {\n${names.map((n) => `  --${n}: ${theme[n]};`).join("\n")}\n}\n` : "";
  return (
    "/* Fluent 2 design tokens (@fluentui/tokens), generated at build time: scripts/fluent-tokens.js */\n" +
    block(":root", used, themes.light) +
    block(':root[data-theme="dark"]', used.filter((n) => themes.dark[n] !== themes.light[n]), themes.dark)
  );
}

module.exports = { tokenCss };
