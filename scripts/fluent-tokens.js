// @ts-check
/**
 * Fluent 2's design tokens as CSS custom properties, written into the pane's stylesheet at build
 * time: the values of @fluentui/tokens' web light theme on :root, and the dark theme's where they
 * differ on :root[data-theme="dark"] (the pane sets data-theme, ui/apply-theme.ts). Only the
 * tokens the stylesheet uses: a page needs a few dozen of the theme's ~460. In the stylesheet,
 * not set by script: the pane has its colours from the first paint, and no script has to run
 * first (setting them from Fluent's theme objects at start-up cost the pane several ms).
 */
const CleanCSS = require("clean-css");
const { webDarkTheme, webLightTheme } = require("@fluentui/tokens");

/**
 * The token block for a stylesheet's `var(--name…)` uses. Every name used must be a token of
 * Fluent's theme or a custom property the stylesheet declares itself: anything else (a typo,
 * `--colourX`, `--colorBrandBackground-hover`) fails the build, instead of falling back quietly
 * to the light value in every theme.
 * @param {string} css
 * @param {{ light: Record<string, string | number>, dark: Record<string, string | number> }} [themes]
 * @returns {string}
 */
function tokenCss(css, themes = { light: webLightTheme, dark: webDarkTheme }) {
  const own = new Set([...css.matchAll(/(?:^|[{;\s])--([\w-]+)\s*:/g)].map((m) => m[1]));
  const used = [...new Set([...css.matchAll(/var\(\s*--([\w-]+)/g)].map((m) => m[1]))].filter((name) => !own.has(name)).sort();
  const unknown = used.filter((name) => !Object.prototype.hasOwnProperty.call(themes.light, name));
  if (unknown.length) throw new Error(`not a Fluent token nor declared in the stylesheet: ${unknown.map((n) => `--${n}`).join(", ")}`);
  const block = (/** @type {string} */ selector, /** @type {string[]} */ names, /** @type {Record<string, string | number>} */ theme) =>
    names.length ? `${selector} {\n${names.map((n) => `  --${n}: ${theme[n]};`).join("\n")}\n}\n` : "";
  return (
    "/* Fluent 2 design tokens (@fluentui/tokens), generated at build time: scripts/fluent-tokens.js */\n" +
    block(":root", used, themes.light) +
    block(':root[data-theme="dark"]', used.filter((n) => themes.dark[n] !== themes.light[n]), themes.dark)
  );
}

/**
 * The pane's stylesheet as shipped (inline in taskpane.html): its tokens in front, minified for
 * production (comments and layout out; clean-css level 1 only: values shortened within each rule,
 * no rule merged or moved).
 * @param {string} css
 * @param {boolean} dev
 * @returns {string}
 */
function paneCss(css, dev) {
  const full = tokenCss(css) + css;
  if (dev) return full;
  const out = new CleanCSS({ level: 1 }).minify(full);
  if (out.errors.length || out.warnings.length) throw new Error(`taskpane.css: ${[...out.errors, ...out.warnings].join("; ")}`);
  return out.styles;
}

/**
 * The stylesheet as the text of a <style> element: nothing in it can end the element early.
 * @param {string} css
 * @returns {string}
 */
function styleElementText(css) {
  if (/<\/style/i.test(css)) throw new Error("taskpane.css: contains </style, which would end the page's <style> element");
  return css;
}

module.exports = { tokenCss, paneCss, styleElementText };
